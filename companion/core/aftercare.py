"""The Plan's health notes: the aftercare plan (what comes after detox), and the medications
and allergies to tell the care team about. Import these names from companion.core.plan.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlite_utils import Database

from companion.core.validate import InvalidInputError, clean_text

NEXT_STEPS = (
    "not-decided",
    "residential",
    "outpatient",
    "therapy",
    "sober-living",
    "support-group",
)
MAX_TEXT = 5000  # aftercare texts
MAX_NAME = 120  # a medication or an allergy
MAX_DETAIL = 500  # what a medication is for, notes on it, a reaction


@dataclass(frozen=True)
class AftercarePlan:
    """What happens after detox, and how to notice and handle a hard moment."""

    next_step: str = "not-decided"
    first_week: str = ""
    warning_signs: str = ""
    coping_steps: str = ""


def get_aftercare(db: Database) -> AftercarePlan:
    """The saved plan, or an empty one when nothing has been written yet."""
    rows = list(db.table("aftercare_plan").rows_where("id = 1"))
    if not rows:
        return AftercarePlan()
    row = rows[0]
    step = row["next_step"] if row["next_step"] in NEXT_STEPS else "not-decided"
    return AftercarePlan(step, row["first_week"], row["warning_signs"], row["coping_steps"])


def save_aftercare(db: Database, plan: AftercarePlan) -> AftercarePlan:
    """Store the plan (texts trimmed) and return it as stored; nothing is stored when refused."""
    if plan.next_step not in NEXT_STEPS:
        raise InvalidInputError(
            "next step", "unknown-choice", f"Unknown next step {plan.next_step!r}."
        )
    saved = AftercarePlan(
        next_step=plan.next_step,
        first_week=clean_text(plan.first_week, "first week", MAX_TEXT),
        warning_signs=clean_text(plan.warning_signs, "warning signs", MAX_TEXT),
        coping_steps=clean_text(plan.coping_steps, "coping steps", MAX_TEXT),
    )
    with db.atomic():
        db.table("aftercare_plan").upsert(
            {
                "id": 1,
                "next_step": saved.next_step,
                "first_week": saved.first_week,
                "warning_signs": saved.warning_signs,
                "coping_steps": saved.coping_steps,
            },
            pk="id",
        )
    return saved


# --- medications and allergies ----------------------------------------------------------------


@dataclass(frozen=True)
class Medication:
    """A medicine the person takes (prescribed or not), so the care team knows."""

    id: int
    name: str
    purpose: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Allergy:
    id: int
    name: str
    reaction: str = ""


def _save(db: Database, table: str, thing: str, row_id: int | None, values: dict[str, Any]) -> int:
    """Insert `values` (row_id None) or update that row; the id it is stored under."""
    with db.atomic():
        if row_id is None:
            return int(str(db.table(table).insert(values).last_pk))
        if db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone() is None:
            raise InvalidInputError(thing, "missing", f"That {thing} no longer exists.")
        db.table(table).update(row_id, values)
    return row_id


def list_medications(db: Database) -> list[Medication]:
    """Every medication, sorted by name ignoring case."""
    return [
        Medication(row["id"], row["name"], row["purpose"], row["notes"])
        for row in db.table("medications").rows_where(order_by="name COLLATE NOCASE, id")
    ]


def save_medication(
    db: Database, medication_id: int | None, *, name: str, purpose: str = "", notes: str = ""
) -> Medication:
    """Add a medication (`medication_id` None) or change one."""
    values = {
        "name": clean_text(name, "name", MAX_NAME, required=True),
        "purpose": clean_text(purpose, "purpose", MAX_DETAIL),
        "notes": clean_text(notes, "notes", MAX_DETAIL),
    }
    return Medication(_save(db, "medications", "medication", medication_id, values), **values)


def _delete(db: Database, table: str, row_id: int) -> dict[str, Any] | None:
    """Remove one row and return it as it was, so it can be put back; None if not there."""
    with db.atomic():
        rows = list(db.table(table).rows_where("id = ?", [row_id]))
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
    return rows[0] if rows else None


def _restore(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert a removed row again under its old id, or a fresh one if that has been taken."""
    with db.atomic():
        if db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row["id"]]).fetchone():
            row = {key: value for key, value in row.items() if key != "id"}
        return int(str(db.table(table).insert(row).last_pk))


def delete_medication(db: Database, medication_id: int) -> Medication | None:
    """Remove a medication and return it, for `restore_medication` (undo)."""
    row = _delete(db, "medications", medication_id)
    return Medication(**row) if row else None


def restore_medication(db: Database, medication: Medication) -> Medication:
    """Put back a removed medication, under its old id unless that has since been taken."""
    new_id = _restore(db, "medications", asdict(medication))
    return replace(medication, id=new_id)


def list_allergies(db: Database) -> list[Allergy]:
    """Every allergy, sorted by name ignoring case."""
    return [
        Allergy(row["id"], row["name"], row["reaction"])
        for row in db.table("allergies").rows_where(order_by="name COLLATE NOCASE, id")
    ]


def save_allergy(db: Database, allergy_id: int | None, *, name: str, reaction: str = "") -> Allergy:
    """Add an allergy (`allergy_id` None) or change one."""
    values = {
        "name": clean_text(name, "name", MAX_NAME, required=True),
        "reaction": clean_text(reaction, "reaction", MAX_DETAIL),
    }
    return Allergy(_save(db, "allergies", "allergy", allergy_id, values), **values)


def delete_allergy(db: Database, allergy_id: int) -> Allergy | None:
    """Remove an allergy and return it, for `restore_allergy` (undo)."""
    row = _delete(db, "allergies", allergy_id)
    return Allergy(**row) if row else None


def restore_allergy(db: Database, allergy: Allergy) -> Allergy:
    """Put back a removed allergy, under its old id unless that has since been taken."""
    return replace(allergy, id=_restore(db, "allergies", asdict(allergy)))
