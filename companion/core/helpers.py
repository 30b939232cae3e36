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


def delete_helper(db: Database, helper_id: int) -> None:
    """Remove a helper; their tasks go back to "me", their calls to nobody in particular,
    and their appointments to no one."""
    with db.atomic():
        db.execute(
            "UPDATE checklist_items SET assignee_id = NULL WHERE assignee_id = ?", [helper_id]
        )
        db.execute("UPDATE facility_calls SET caller_id = NULL WHERE caller_id = ?", [helper_id])
        db.execute("UPDATE appointments SET contact_id = NULL WHERE contact_id = ?", [helper_id])
        db.execute("DELETE FROM helpers WHERE id = ?", [helper_id])
