"""The people helping: family members and friends who can take on preparation tasks.

The same people are the Plan's contacts (companion.core.plan_contacts adds their role,
email, address, availability and whether they are in the Get help now panel); the
functions here read and write only the Prepare fields and leave the others alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from companion.core.validate import InvalidInputError, clean_text

MAX_NAME = 80
MAX_RELATIONSHIP = 60
MAX_PHONE = 40
MAX_NOTE = 500


@dataclass(frozen=True)
class Helper:
    """Someone helping with preparation; tasks and calls can be theirs."""

    id: int
    name: str
    relationship: str = ""
    phone: str = ""
    note: str = ""


def _from_row(row: dict[str, Any]) -> Helper:
    return Helper(row["id"], row["name"], row["relationship"], row["phone"], row["note"])


def _clean(name: str, relationship: str, phone: str, note: str) -> dict[str, str]:
    return {
        "name": clean_text(name, "name", MAX_NAME, required=True),
        "relationship": clean_text(relationship, "relationship", MAX_RELATIONSHIP),
        "phone": clean_text(phone, "phone", MAX_PHONE),
        "note": clean_text(note, "note", MAX_NOTE),
    }


def list_helpers(db: Database) -> list[Helper]:
    return [
        _from_row(row) for row in db.table("helpers").rows_where(order_by="name COLLATE NOCASE")
    ]


def get_helper(db: Database, helper_id: int) -> Helper | None:
    rows = list(db.table("helpers").rows_where("id = ?", [helper_id]))
    return _from_row(rows[0]) if rows else None


def add_helper(
    db: Database, name: str, relationship: str = "", phone: str = "", note: str = ""
) -> Helper:
    values = _clean(name, relationship, phone, note)
    with db.atomic():
        new_id = db.table("helpers").insert(values).last_pk
    return Helper(int(str(new_id)), **values)


def update_helper(
    db: Database, helper_id: int, name: str, relationship: str = "", phone: str = "", note: str = ""
) -> Helper:
    values = _clean(name, relationship, phone, note)
    with db.atomic():
        if get_helper(db, helper_id) is None:
            raise InvalidInputError("helper", "missing", "That helper no longer exists.")
        db.table("helpers").update(helper_id, values)
    return Helper(helper_id, **values)


def task_count(db: Database, helper_id: int) -> int:
    """How many checklist items are assigned to this helper."""
    row = db.execute(
        "SELECT COUNT(*) FROM checklist_items WHERE assignee_id = ?", [helper_id]
    ).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class RemovedHelper:
    """What `delete_helper` took away, so that `restore_helper` can put it all back: the
    whole row (Prepare's fields and the Plan's alike) and the ids of what was theirs."""

    row: dict[str, Any]
    task_ids: tuple[int, ...] = ()
    call_ids: tuple[int, ...] = ()
    appointment_ids: tuple[int, ...] = ()

    @property
    def id(self) -> int:
        return int(self.row["id"])

    @property
    def name(self) -> str:
        return str(self.row["name"])


# what points at a helper: (table, column, field of RemovedHelper)
_THEIRS = (
    ("checklist_items", "assignee_id", "task_ids"),
    ("facility_calls", "caller_id", "call_ids"),
    ("appointments", "contact_id", "appointment_ids"),
)


def delete_helper(db: Database, helper_id: int) -> RemovedHelper | None:
    """Remove a helper; their tasks go back to "me", their calls to nobody in particular,
    and their appointments to no one. Returns what was removed, for `restore_helper`
    (undo), or None when there was no such helper."""
    with db.atomic():
        rows = list(db.table("helpers").rows_where("id = ?", [helper_id]))
        if not rows:
            return None
        theirs: dict[str, tuple[int, ...]] = {}
        for table, column, field in _THEIRS:
            found = db.execute(
                f"SELECT id FROM {table} WHERE {column} = ? ORDER BY id", [helper_id]
            )
            theirs[field] = tuple(int(row[0]) for row in found.fetchall())
            db.execute(f"UPDATE {table} SET {column} = NULL WHERE {column} = ?", [helper_id])
        db.execute("DELETE FROM helpers WHERE id = ?", [helper_id])
    return RemovedHelper(rows[0], **theirs)


def restore_helper(db: Database, removed: RemovedHelper) -> int:
    """Put back a helper removed by `delete_helper` (undo), with every field they had, and
    give them back their tasks, calls and appointments.

    They keep their id unless it has since been given to someone new; then they get a
    fresh one. A task, call or appointment is given back only if it is still there and
    nobody else has been chosen for it since. Returns the id they now have."""
    row = dict(removed.row)
    with db.atomic():
        if get_helper(db, removed.id) is not None:
            del row["id"]
        new_id = int(str(db.table("helpers").insert(row).last_pk))
        for table, column, field in _THEIRS:
            for thing_id in getattr(removed, field):
                db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                    [new_id, thing_id],
                )
    return new_id
