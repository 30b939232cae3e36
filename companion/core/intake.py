"""The planned intake: when and where the person is due to start detox.

Setting the date ticks the checklist task "Set your intake date" (its rule is
checklist.AUTO_INTAKE); clearing the date unticks it, and undoing the clearing ticks it
again with the day it had.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from companion.core import checklist
from companion.core.validate import clean_text, iso_date, parse_date, read_date

MAX_PLACE = 120


@dataclass(frozen=True)
class IntakePlan:
    """The intake date and place; both may be unset."""

    when: date | None = None
    place: str = ""

    def days_until(self, today: date) -> int | None:
        """Whole days from `today` to the intake (0 on the day, negative after it)."""
        return (self.when - today).days if self.when is not None else None


def get_intake(db: Database) -> IntakePlan:
    rows = list(db.table("intake_plan").rows_where("id = 1"))
    if not rows:
        return IntakePlan()
    return IntakePlan(read_date(rows[0]["date"]), rows[0]["place"])


def set_intake(
    db: Database, when: date | str | None, place: str = "", *, today: date | None = None
) -> IntakePlan:
    """Store the intake date (None clears it) and place; an impossible date is refused.

    A date ticks "Set your intake date" with `today`'s date (without `today`, the next
    checklist.apply_auto_ticks does it); no date unticks it.
    """
    plan = IntakePlan(parse_date(when, "intake date"), clean_text(place, "place", MAX_PLACE))
    with db.atomic():
        db.table("intake_plan").upsert(
            {"id": 1, "date": iso_date(plan.when), "place": plan.place}, pk="id"
        )
        if plan.when is None:
            checklist.untick_auto(db, checklist.AUTO_INTAKE)
        elif today is not None:
            checklist.tick_auto(db, checklist.AUTO_INTAKE, today)
    return plan


@dataclass(frozen=True)
class ClearedIntake:
    """What `clear_intake` took away, for `restore_intake` (undo): the stored plan, and
    the tasks it had ticked, each with the day it was ticked."""

    row: dict[str, Any] | None
    ticked: tuple[tuple[int, str], ...] = ()


def clear_intake(db: Database) -> ClearedIntake:
    """Forget the intake date and place, and untick "Set your intake date"."""
    with db.atomic():
        rows = list(db.table("intake_plan").rows_where("id = 1"))
        ticked = db.execute(
            "SELECT id, done_on FROM checklist_items WHERE auto = ? AND done_on IS NOT NULL",
            [checklist.AUTO_INTAKE],
        ).fetchall()
        db.execute("DELETE FROM intake_plan")
        checklist.untick_auto(db, checklist.AUTO_INTAKE)
    return ClearedIntake(rows[0] if rows else None, tuple((int(i), str(d)) for i, d in ticked))


def restore_intake(db: Database, cleared: ClearedIntake) -> IntakePlan:
    """Put back what `clear_intake` cleared (undo): the date and place, and the tick on
    "Set your intake date" with the day it had, unless that task was ticked since."""
    with db.atomic():
        if cleared.row is not None:
            db.table("intake_plan").upsert(cleared.row, pk="id")
        for item_id, done_on in cleared.ticked:
            db.execute(
                "UPDATE checklist_items SET done_on = ? WHERE id = ? AND done_on IS NULL",
                [done_on, item_id],
            )
    return get_intake(db)
