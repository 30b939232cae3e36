"""The people on the person's side: family and friends helping with preparation, and the
Plan's contacts (care team, program, counsellor, peer, pharmacy...), who are the same
people, one `helpers` row each.

One model (`Person`), one validation, one way to list, save, remove (with undo) and name
them. Prepare's People tab edits only some of the fields; `save_person` keeps the others.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from companion.core.rows import from_row
from companion.core.validate import InvalidInputError, clean_text

ROLES = ("care-team", "detox-program", "counsellor", "peer", "family", "pharmacy", "other")
MAX_NAME = 80
MAX_RELATIONSHIP = 60
MAX_PHONE = 40
MAX_NOTE = 500
MAX_EMAIL = 254
MAX_ADDRESS = 300
MAX_AVAILABILITY = 120

_PHONE_DIGITS = frozenset("0123456789")
_PHONE_MARKS = frozenset(" +-()./")
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


@dataclass(frozen=True)
class Person:
    """Someone to reach, who may also take on tasks and calls."""

    id: int
    name: str
    role: str = "family"
    relationship: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    availability: str = ""
    note: str = ""
    in_help: bool = False  # shown in the Get help now panel (needs a phone)
    shared: bool = False  # included in a plan shared with helpers (core/share.py)


def looks_like_a_phone(text: str) -> bool:
    """At least one digit, and nothing but digits, spaces and + - ( ) . /"""
    chars = set(text)
    return bool(chars & _PHONE_DIGITS) and chars <= _PHONE_DIGITS | _PHONE_MARKS


def _from_row(row: dict[str, Any]) -> Person:
    return from_row(Person, row, in_help=bool(row["in_help"]), shared=bool(row["shared"]))


def _clean(values: dict[str, Any], *, help_asked: bool) -> dict[str, Any]:
    """Every field checked and trimmed; InvalidInputError naming the first that cannot be
    saved. `help_asked`: Get help now was chosen in this save, so a phone is needed."""
    clean: dict[str, Any] = {"name": clean_text(values["name"], "name", MAX_NAME, required=True)}
    if values["role"] not in ROLES:
        raise InvalidInputError("role", "unknown-choice", f"Unknown role {values['role']!r}.")
    clean["role"] = values["role"]
    clean["relationship"] = clean_text(values["relationship"], "relationship", MAX_RELATIONSHIP)
    clean["phone"] = clean_text(values["phone"], "phone", MAX_PHONE)
    if clean["phone"] and not looks_like_a_phone(clean["phone"]):
        raise InvalidInputError(
            "phone",
            "not-a-phone",
            "A phone number has digits, and only spaces and + - ( ) . / between them.",
        )
    clean["email"] = clean_text(values["email"], "email", MAX_EMAIL)
    if clean["email"] and not EMAIL.fullmatch(clean["email"]):
        raise InvalidInputError(
            "email", "not-an-email", "That does not look like an email address (name@example.org)."
        )
    clean["address"] = clean_text(values["address"], "address", MAX_ADDRESS)
    clean["availability"] = clean_text(values["availability"], "availability", MAX_AVAILABILITY)
    clean["note"] = clean_text(values["note"], "note", MAX_NOTE)
    clean["in_help"] = bool(values["in_help"])
    clean["shared"] = bool(values["shared"])
    if help_asked and clean["in_help"] and not clean["phone"]:
        raise InvalidInputError(
            "phone", "required", "To show someone in Get help now, please add their phone."
        )
    return clean


def list_people(db: Database, role: str | None = None) -> list[Person]:
    """Everyone (or everyone with `role`), sorted by name ignoring case."""
    where, args = ("role = ?", [role]) if role is not None else (None, [])
    rows = db.table("helpers").rows_where(where, args, order_by="name COLLATE NOCASE, id")
    return [_from_row(row) for row in rows]


def get_person(db: Database, person_id: int) -> Person | None:
    rows = list(db.table("helpers").rows_where("id = ?", [person_id]))
    return _from_row(rows[0]) if rows else None


def exists(db: Database, person_id: int | None) -> bool:
    """Whether someone with this id is stored (None: nobody in particular, so no)."""
    if person_id is None:
        return False
    return db.execute("SELECT 1 FROM helpers WHERE id = ?", [person_id]).fetchone() is not None


def names(db: Database) -> dict[int, str]:
    """Each person's name by id: what tasks, calls and appointments show for who."""
    return {int(row[0]): str(row[1]) for row in db.execute("SELECT id, name FROM helpers")}


def save_person(
    db: Database,
    person_id: int | None,
    *,
    name: str | None = None,
    role: str | None = None,
    relationship: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    address: str | None = None,
    availability: str | None = None,
    note: str | None = None,
    in_help: bool | None = None,
    shared: bool | None = None,
) -> Person:
    """Add someone (`person_id` None) or change them; nothing is stored when refused.

    When changing, a field not given (None) keeps its stored value, so a form showing
    only some fields leaves the others as they were. A new person needs a name; the
    other fields start empty (role: family)."""
    given = {
        "name": name,
        "role": role,
        "relationship": relationship,
        "phone": phone,
        "email": email,
        "address": address,
        "availability": availability,
        "note": note,
        "in_help": in_help,
        "shared": shared,
    }
    with db.atomic():
        if person_id is None:
            stored = Person(0, "")
        else:
            found = get_person(db, person_id)
            if found is None:
                raise InvalidInputError("person", "missing", "That person no longer exists.")
            stored = found
        values = asdict(stored) | {key: value for key, value in given.items() if value is not None}
        del values["id"]
        clean = _clean(values, help_asked=in_help is not None)
        if person_id is None:
            person_id = int(str(db.table("helpers").insert(clean).last_pk))
        else:
            db.table("helpers").update(person_id, clean)
    return Person(person_id, **clean)


def task_count(db: Database, person_id: int) -> int:
    """How many checklist items are assigned to this person."""
    row = db.execute(
        "SELECT COUNT(*) FROM checklist_items WHERE assignee_id = ?", [person_id]
    ).fetchone()
    return int(row[0])


def help_people(db: Database) -> list[Person]:
    """The people chosen for the Get help now panel that have a phone, sorted by name."""
    rows = db.table("helpers").rows_where(
        "in_help != 0 AND phone != ''", order_by="name COLLATE NOCASE, id"
    )
    return [_from_row(row) for row in rows]


@dataclass(frozen=True)
class RemovedPerson:
    """What `delete_person` took away, so that `restore_person` can put it all back: the
    whole row and the ids of what was theirs."""

    row: dict[str, Any]
    task_ids: tuple[int, ...] = ()
    call_ids: tuple[int, ...] = ()
    appointment_ids: tuple[int, ...] = ()
    safety_plan: tuple[dict[str, Any], ...] = ()  # their rows of safety_plan_people

    @property
    def id(self) -> int:
        return int(self.row["id"])

    @property
    def name(self) -> str:
        return str(self.row["name"])


# what points at a person: (table, column, field of RemovedPerson)
_THEIRS = (
    ("checklist_items", "assignee_id", "task_ids"),
    ("facility_calls", "caller_id", "call_ids"),
    ("appointments", "contact_id", "appointment_ids"),
)


def require_known(db: Database, contact_ids: list[int]) -> None:
    """InvalidInputError unless every id is a whole number naming a contact in the Plan
    (the safety plan's steps and the overdose plan name contacts this way)."""
    if any(not isinstance(cid, int) or isinstance(cid, bool) for cid in contact_ids):
        raise InvalidInputError("people", "unknown-choice", "A contact is named by its number.")
    known = {int(row[0]) for row in db.execute("SELECT id FROM helpers").fetchall()}
    if not set(contact_ids) <= known:
        raise InvalidInputError("people", "unknown-choice", "That contact is not in the Plan.")


def delete_person(db: Database, person_id: int) -> RemovedPerson | None:
    """Remove someone; their tasks go back to "me", their calls to nobody in particular,
    and their appointments to no one. Returns what was removed, for `restore_person`
    (undo), or None when there was no such person."""
    with db.atomic():
        rows = list(db.table("helpers").rows_where("id = ?", [person_id]))
        if not rows:
            return None
        theirs: dict[str, tuple[int, ...]] = {}
        for table, column, field in _THEIRS:
            found = db.execute(
                f"SELECT id FROM {table} WHERE {column} = ? ORDER BY id", [person_id]
            )
            theirs[field] = tuple(int(row[0]) for row in found.fetchall())
            db.execute(f"UPDATE {table} SET {column} = NULL WHERE {column} = ?", [person_id])
        in_plan = tuple(db.table("safety_plan_people").rows_where("contact_id = ?", [person_id]))
        db.execute("DELETE FROM helpers WHERE id = ?", [person_id])  # the plan's rows go too
    return RemovedPerson(rows[0], **theirs, safety_plan=in_plan)


def restore_person(db: Database, removed: RemovedPerson) -> int:
    """Put back someone removed by `delete_person` (undo), with every field they had, and
    give them back their tasks, calls, appointments and their place in the safety plan.

    They keep their id unless it has since been given to someone new; then they get a
    fresh one. A task, call or appointment is given back only if it is still there and
    nobody else has been chosen for it since. Returns the id they now have."""
    row = dict(removed.row)
    with db.atomic():
        if get_person(db, removed.id) is not None:
            del row["id"]
        new_id = int(str(db.table("helpers").insert(row).last_pk))
        for table, column, field in _THEIRS:
            for thing_id in getattr(removed, field):
                db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                    [new_id, thing_id],
                )
        for place in removed.safety_plan:
            db.execute(
                "INSERT OR IGNORE INTO safety_plan_people (contact_id, step, position) "
                "VALUES (?, ?, ?)",
                [new_id, place["step"], place["position"]],
            )
    return new_id
