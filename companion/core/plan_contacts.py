"""The Plan's contacts: the people on the person's side, with how and when to reach them.

They are the same people as the Prepare helpers (one `helpers` table): a contact saved
here is a helper there, and the reverse. Import these names from companion.core.plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from companion.core import helpers
from companion.core.validate import InvalidInputError, clean_text

ROLES = ("care-team", "detox-program", "counsellor", "peer", "family", "pharmacy", "other")
MAX_NAME = helpers.MAX_NAME
MAX_RELATIONSHIP = helpers.MAX_RELATIONSHIP
MAX_PHONE = helpers.MAX_PHONE
MAX_NOTE = helpers.MAX_NOTE
MAX_EMAIL = 254
MAX_ADDRESS = 300
MAX_AVAILABILITY = 120

_PHONE_DIGITS = frozenset("0123456789")
_PHONE_MARKS = frozenset(" +-()./")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


@dataclass(frozen=True)
class Contact:
    """Someone to reach: a care-team member, the program, family, a peer, the pharmacy..."""

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


def _looks_like_a_phone(text: str) -> bool:
    """At least one digit, and nothing but digits, spaces and + - ( ) . /"""
    chars = set(text)
    return bool(chars & _PHONE_DIGITS) and chars <= _PHONE_DIGITS | _PHONE_MARKS


def _from_row(row: dict[str, Any]) -> Contact:
    return Contact(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        relationship=row["relationship"],
        phone=row["phone"],
        email=row["email"],
        address=row["address"],
        availability=row["availability"],
        note=row["note"],
        in_help=bool(row["in_help"]),
    )


def _clean(
    name: str,
    role: str,
    relationship: str,
    phone: str,
    email: str,
    address: str,
    availability: str,
    note: str,
    in_help: bool,
) -> dict[str, Any]:
    values: dict[str, Any] = {"name": clean_text(name, "name", MAX_NAME, required=True)}
    if role not in ROLES:
        raise InvalidInputError("role", "unknown-choice", f"Unknown role {role!r}.")
    values["role"] = role
    values["relationship"] = clean_text(relationship, "relationship", MAX_RELATIONSHIP)
    values["phone"] = clean_text(phone, "phone", MAX_PHONE)
    if values["phone"] and not _looks_like_a_phone(values["phone"]):
        raise InvalidInputError(
            "phone",
            "not-a-phone",
            "A phone number has digits, and only spaces and + - ( ) . / between them.",
        )
    values["email"] = clean_text(email, "email", MAX_EMAIL)
    if values["email"] and not _EMAIL.fullmatch(values["email"]):
        raise InvalidInputError(
            "email", "not-an-email", "That does not look like an email address (name@example.org)."
        )
    values["address"] = clean_text(address, "address", MAX_ADDRESS)
    values["availability"] = clean_text(availability, "availability", MAX_AVAILABILITY)
    values["note"] = clean_text(note, "note", MAX_NOTE)
    if in_help and not values["phone"]:
        raise InvalidInputError(
            "phone", "required", "To show someone in Get help now, please add their phone."
        )
    values["in_help"] = bool(in_help)
    return values


def list_contacts(db: Database, role: str | None = None) -> list[Contact]:
    """Everyone (or everyone with `role`), sorted by name ignoring case."""
    where, args = ("role = ?", [role]) if role is not None else (None, [])
    rows = db.table("helpers").rows_where(where, args, order_by="name COLLATE NOCASE, id")
    return [_from_row(row) for row in rows]


def get_contact(db: Database, contact_id: int) -> Contact | None:
    rows = list(db.table("helpers").rows_where("id = ?", [contact_id]))
    return _from_row(rows[0]) if rows else None


def save_contact(
    db: Database,
    contact_id: int | None,
    *,
    name: str,
    role: str = "family",
    relationship: str = "",
    phone: str = "",
    email: str = "",
    address: str = "",
    availability: str = "",
    note: str = "",
    in_help: bool = False,
) -> Contact:
    """Add a contact (`contact_id` None) or change one; nothing is stored when refused."""
    values = _clean(name, role, relationship, phone, email, address, availability, note, in_help)
    with db.atomic():
        if contact_id is None:
            contact_id = int(str(db.table("helpers").insert(values).last_pk))
        elif get_contact(db, contact_id) is None:
            raise InvalidInputError("contact", "missing", "That contact no longer exists.")
        else:
            db.table("helpers").update(contact_id, values)
    return Contact(contact_id, **values)


def delete_contact(db: Database, contact_id: int) -> helpers.RemovedHelper | None:
    """Remove a contact: their tasks go back to "me", their calls and appointments to no one.
    What was removed is returned for `helpers.restore_helper` (undo); None if not there."""
    return helpers.delete_helper(db, contact_id)


def help_contacts(db: Database) -> list[Contact]:
    """The contacts chosen for the Get help now panel that have a phone, sorted by name."""
    rows = db.table("helpers").rows_where(
        "in_help != 0 AND phone != ''", order_by="name COLLATE NOCASE, id"
    )
    return [_from_row(row) for row in rows]
