"""The intake plan: the date and place detox starts, and the countdown to it."""

from __future__ import annotations

from datetime import date

import pytest

from companion.core import intake
from companion.core.intake import IntakePlan
from companion.core.validate import InvalidInputError


def test_empty_plan(db):
    plan = intake.get_intake(db)
    assert plan == IntakePlan()
    assert (plan.when, plan.place) == (None, "")
    assert plan.days_until(date(2026, 3, 10)) is None


def test_set_and_get_round_trip(db):
    stored = intake.set_intake(db, "2026-04-01", "  St Anne's ward  ")
    assert stored == IntakePlan(date(2026, 4, 1), "St Anne's ward")
    assert intake.get_intake(db) == stored

    again = intake.set_intake(db, date(2026, 5, 2))
    assert again == IntakePlan(date(2026, 5, 2), "")
    assert intake.get_intake(db) == again
    assert db.execute("SELECT COUNT(*) FROM intake_plan").fetchone()[0] == 1

    place_only = intake.set_intake(db, None, "Somewhere")
    assert intake.get_intake(db) == place_only == IntakePlan(None, "Somewhere")
    assert intake.set_intake(db, "", "x").when is None


def test_days_until():
    plan = IntakePlan(date(2026, 4, 1))
    assert plan.days_until(date(2026, 3, 10)) == 22
    assert plan.days_until(date(2026, 3, 31)) == 1
    assert plan.days_until(date(2026, 4, 1)) == 0
    assert plan.days_until(date(2026, 4, 3)) == -2
    assert IntakePlan(date(2027, 1, 1)).days_until(date(2026, 12, 31)) == 1


@pytest.mark.parametrize("bad", ["2026-02-30", "2026-13-01", "tomorrow", "01/04/2026"])
def test_impossible_date_is_refused_and_the_plan_is_unchanged(db, bad):
    stored = intake.set_intake(db, "2026-04-01", "Ward 3")
    with pytest.raises(InvalidInputError) as refused:
        intake.set_intake(db, bad, "Elsewhere")
    assert (refused.value.field, refused.value.reason) == ("intake date", "bad-date")
    assert intake.get_intake(db) == stored


def test_too_long_place_is_refused_and_the_plan_is_unchanged(db):
    stored = intake.set_intake(db, "2026-04-01", "Ward 3")
    with pytest.raises(InvalidInputError) as refused:
        intake.set_intake(db, "2026-04-02", "p" * (intake.MAX_PLACE + 1))
    assert (refused.value.field, refused.value.reason) == ("place", "too-long")
    assert intake.get_intake(db) == stored
    longest = "p" * intake.MAX_PLACE
    assert intake.set_intake(db, "2026-04-02", longest).place == longest


def test_clear_intake(db):
    intake.set_intake(db, "2026-04-01", "Ward 3")
    intake.clear_intake(db)
    assert intake.get_intake(db) == IntakePlan()
    intake.clear_intake(db)  # clearing an empty plan is fine
    assert intake.get_intake(db) == IntakePlan()


def test_undoing_a_clear_puts_back_the_date_place_and_the_tick_with_its_day(db):
    from datetime import date

    from companion.core import checklist
    from companion.core.content import load_checklist_template

    checklist.ensure_template(db, load_checklist_template())
    intake.set_intake(db, "2026-04-01", "Ward 3", today=date(2026, 1, 5))
    before = (list(db.table("intake_plan").rows), list(db.table("checklist_items").rows))
    cleared = intake.clear_intake(db)
    assert intake.get_intake(db) == IntakePlan()
    assert cleared.ticked and cleared.ticked[0][1] == "2026-01-05"
    assert intake.restore_intake(db, cleared) == IntakePlan(date(2026, 4, 1), "Ward 3")
    assert (list(db.table("intake_plan").rows), list(db.table("checklist_items").rows)) == before
