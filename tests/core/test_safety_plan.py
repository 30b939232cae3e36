"""The safety plan: storing the seven steps, refusing what cannot be saved, and counting
what the person wrote or picked."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from companion.core import checklist, people, safety_plan
from companion.core.content import load_checklist_template
from companion.core.safety_plan import SafetyPlan
from companion.core.validate import InvalidInputError

NOW = datetime(2026, 3, 9, 20, 15, 42)


def _two(db):
    mum = people.save_person(db, None, name="Mum", phone="07700 900456")
    nurse = people.save_person(db, None, name="Nurse Priya", role="care-team", phone="020 7946")
    return mum, nurse


def test_empty_plan_when_none_saved(db):
    plan = safety_plan.get_safety_plan(db)
    assert plan == SafetyPlan()
    assert not safety_plan.has_safety_plan(plan)
    assert safety_plan.steps_done(plan) == 0


def test_round_trip_trims_and_keeps_order(db):
    mum, nurse = _two(db)
    sam = people.save_person(db, None, name="Sam")
    saved = safety_plan.save_safety_plan(
        db,
        SafetyPlan(
            warning_signs="  Not sleeping\nAvoiding Sam  ",
            calming=" Box breathing ",
            reasons="My daughter",
            helpers=(sam.id, mum.id),
            professionals=(nurse.id,),
        ),
        NOW,
    )
    assert saved.warning_signs == "Not sleeping\nAvoiding Sam"
    assert saved.calming == "Box breathing"
    assert saved.changed_at == "2026-03-09T20:15"
    assert safety_plan.get_safety_plan(db) == saved
    assert saved.helpers == (sam.id, mum.id)
    assert safety_plan.steps_done(saved) == 5
    assert safety_plan.has_safety_plan(saved)
    assert not safety_plan.is_complete(saved)
    again = safety_plan.save_safety_plan(
        db, SafetyPlan(distractions="The park", helpers=(mum.id,)), NOW
    )
    assert safety_plan.get_safety_plan(db) == again
    assert again.warning_signs == "" and again.professionals == ()
    assert db.table("safety_plan").count == 1


def test_complete_plan_counts_seven(db):
    mum, nurse = _two(db)
    plan = SafetyPlan("a", "b", "c", "d", "e", (mum.id,), (nurse.id,))
    assert safety_plan.is_complete(safety_plan.save_safety_plan(db, plan, NOW))


@pytest.mark.parametrize(
    "plan_of",
    [
        lambda m, n: SafetyPlan(calming="x" * (safety_plan.MAX_TEXT + 1), helpers=(m,)),
        lambda m, n: SafetyPlan(reasons="bad \ud800", helpers=(m,)),
        lambda m, n: SafetyPlan(calming="ok", helpers=(m, 9999)),
        lambda m, n: SafetyPlan(calming="ok", helpers=(m,), professionals=(m,)),
        lambda m, n: SafetyPlan(calming="ok", helpers=(m, m)),
    ],
)
def test_refused_values_store_nothing(db, plan_of):
    mum, nurse = _two(db)
    before = safety_plan.save_safety_plan(
        db, SafetyPlan(warning_signs="kept", professionals=(nurse.id,)), NOW
    )
    with pytest.raises(InvalidInputError):
        safety_plan.save_safety_plan(db, plan_of(mum.id, nurse.id), datetime(2026, 4, 1, 9, 0))
    assert safety_plan.get_safety_plan(db) == before


def test_longest_text_is_kept(db):
    text = "w" * safety_plan.MAX_TEXT
    assert safety_plan.save_safety_plan(db, SafetyPlan(calming=text), NOW).calming == text


def test_removed_contact_leaves_the_plan(db):
    mum, nurse = _two(db)
    safety_plan.save_safety_plan(
        db, SafetyPlan(calming="Walk", helpers=(mum.id,), professionals=(nurse.id,)), NOW
    )
    people.delete_person(db, mum.id)
    plan = safety_plan.get_safety_plan(db)
    assert plan.helpers == () and plan.professionals == (nurse.id,)
    assert plan.calming == "Walk"


def test_checklist_item_ticks_itself_when_people_and_a_step_are_there(db):
    checklist.ensure_template(db, load_checklist_template())
    item = next(i for i in checklist.list_items(db) if i.auto == checklist.AUTO_SAFETY_PLAN)
    assert item.title == "Make a safety plan with someone you trust"
    mum, _ = _two(db)
    today = date(2026, 3, 9)
    safety_plan.save_safety_plan(db, SafetyPlan(helpers=(mum.id,)), NOW)
    assert item.id not in checklist.apply_auto_ticks(db, today)
    safety_plan.save_safety_plan(db, SafetyPlan(calming="Walk"), NOW)
    assert item.id not in checklist.apply_auto_ticks(db, today)
    safety_plan.save_safety_plan(db, SafetyPlan(calming="Walk", helpers=(mum.id,)), NOW)
    assert checklist.apply_auto_ticks(db, today) == [item.id]


def test_export_accepts_the_rule():
    from companion.core import export_rules

    assert export_rules.auto_rule("safety-plan") is None
