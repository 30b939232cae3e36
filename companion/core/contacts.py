"""The person's own numbers for the Get help now panel: save (add or change), remove, list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from companion.core import ordering
from companion.core.validate import InvalidInputError, check_saveable

MAX_NAME = 80
MAX_NUMBER = 40
MAX_NOTE = 200


@dataclass(frozen=True)
class OwnNumber:
    """A number the person added: a sponsor, a friend, their clinic."""

    id: int
    name: str
    number: str
    note: str = ""
    position: int = 0


def _clean(name: str, number: str, note: str) -> tuple[str, str, str]:
    """The three values stripped, or InvalidInputError saying which one and why."""
    for field, text in (("name", name), ("number", number), ("note", note)):
        check_saveable(text, field)
    name, number, note = name.strip(), number.strip(), note.strip()
    if not name:
        raise InvalidInputError("name", "no-name", "Please give the number a name.")
    if not number:
        raise InvalidInputError("number", "no-number", "Please enter a phone number.")
    if not any(ch.isdigit() for ch in number):
        raise InvalidInputError("number", "no-digit", "A phone number needs at least one digit.")
    for field, text, limit in (
        ("name", name, MAX_NAME),
        ("number", number, MAX_NUMBER),
        ("note", note, MAX_NOTE),
    ):
        if len(text) > limit:
            raise InvalidInputError(
                field, "too-long", "That is too long to save; please shorten it."
            )
    return name, number, note


def list_own_numbers(db: Database) -> list[OwnNumber]:
    return [
        OwnNumber(row["id"], row["name"], row["number"], row["note"], row["position"])
        for row in db.table("own_numbers").rows_where(order_by="position, id")
    ]


def save_own_number(
    db: Database, number_id: int | None, *, name: str, number: str, note: str = ""
) -> OwnNumber:
    """Add a number (`number_id` None) at the end of the list, or change one in its place;
    nothing is stored when refused."""
    name, number, note = _clean(name, number, note)
    with db.atomic():
        if number_id is None:
            position = ordering.end_position(db, "own_numbers")
            row = {"name": name, "number": number, "note": note, "position": position}
            number_id = int(str(db.table("own_numbers").insert(row).last_pk))
        else:
            found = db.execute(
                "SELECT position FROM own_numbers WHERE id = ?", [number_id]
            ).fetchone()
            if found is None:
                raise InvalidInputError("number", "missing", "That number no longer exists.")
            position = int(found[0])
            db.table("own_numbers").update(
                number_id, {"name": name, "number": number, "note": note}
            )
    return OwnNumber(number_id, name, number, note, position)


def delete_own_number(db: Database, number_id: int) -> OwnNumber | None:
    """Remove a number and return it, so the caller can offer to put it back."""
    rows = list(db.table("own_numbers").rows_where("id = ?", [number_id]))
    if not rows:
        return None
    with db.atomic():
        db.table("own_numbers").delete(number_id)
    row = rows[0]
    return OwnNumber(row["id"], row["name"], row["number"], row["note"], row["position"])


def restore_own_number(db: Database, number: OwnNumber) -> OwnNumber:
    """Put back a number removed by `delete_own_number` (undo), at its old place in the list.

    Numbers added since stay after it; the others keep their places. If its id has
    since been given to a new number, it gets a fresh id instead of overwriting that
    one; the number is returned with the id it now has.
    """
    position = number.position if number.position > 0 else number.id
    row = {"name": number.name, "number": number.number, "note": number.note, "position": position}
    with db.atomic():
        if db.execute("SELECT 1 FROM own_numbers WHERE position = ?", [position]).fetchone():
            db.execute(  # its place was taken: make room, so the others keep their order
                "UPDATE own_numbers SET position = position + 1 WHERE position >= ?", [position]
            )
        if db.execute("SELECT 1 FROM own_numbers WHERE id = ?", [number.id]).fetchone() is None:
            row["id"] = number.id
        new_id = db.table("own_numbers").insert(row).last_pk
    return OwnNumber(int(new_id), number.name, number.number, number.note, position)  # type: ignore[arg-type]
