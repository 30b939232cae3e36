"""The helper's Today: their own open tasks (overdue first, then by due date), the next
appointment they are part of, the intake countdown, this week's skill and whether it was
practised, their own check-in; from the local plan, or from a plan shared with them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.core import (
    appointments,
    checklist,
    family_skills,
    helper_mode,
    helper_today,
    intake,
    settings,
    share,
)
from companion.core.content import load_checklist_template
from companion.core.family_skills import Skill
from companion.core.share import SharedAppointment, SharedPlan, SharedTask

TODAY = date(2026, 3, 11)  # a Wednesday
NOW = datetime(2026, 3, 11, 9, 30)
SKILLS = (
    Skill("positive-words", "Say it positively", "Ask once, positively.", "family-talking"),
    Skill("notice-steps", "Notice a step", "Say thank you once.", "family-rewarding"),
)


@pytest.fixture(autouse=True)
def _no_shared_plan(monkeypatch):
    """No plan shared with this helper is open, unless a test opens one."""
    monkeypatch.setattr(share, "opened", lambda _db: None)


@pytest.fixture
def plan(db):
    checklist.ensure_template(db, load_checklist_template())
    ana = helper_mode.add_helper(db, "Ana")
    ben = helper_mode.add_helper(db, "Ben")
    category = checklist.categories(db)[0].key
    for title, due, who in [
        ("Later task", TODAY + timedelta(days=5), ana),
        ("Undated task", None, ana),
        ("Overdue task", TODAY - timedelta(days=2), ana),
        ("Ben's task", TODAY - timedelta(days=9), ben),
        ("Person's own", TODAY - timedelta(days=9), None),
    ]:
        checklist.save_item(db, None, category=category, title=title, due=due, assignee_id=who)
    done = checklist.save_item(db, None, category=category, title="Done task", assignee_id=ana)
    checklist.set_done(db, done.id, True, TODAY)
    return db, ana, ben


def test_the_helpers_open_tasks_overdue_first_then_by_due_date(plan):
    db, ana, _ben = plan
    shown = helper_today.helper_today(db, ana, TODAY, NOW, SKILLS)
    assert [t.title for t in shown.tasks] == ["Overdue task", "Later task", "Undated task"]
    assert [t.overdue for t in shown.tasks] == [True, False, False]
    assert shown.overdue == 1 and shown.done == 1
    assert not shown.shared


def test_the_intake_countdown(plan):
    db, ana, _ben = plan
    assert helper_today.helper_today(db, ana, TODAY, NOW, SKILLS).intake_date is None
    intake.set_intake(db, TODAY + timedelta(days=12), "Riverside")
    shown = helper_today.helper_today(db, ana, TODAY, NOW, SKILLS)
    assert shown.intake_date == TODAY + timedelta(days=12) and shown.days_until == 12
    assert shown.intake_place == "Riverside"


def test_the_next_appointment_they_are_part_of(plan):
    db, ana, ben = plan
    for title, when, who in [
        ("Over already", NOW - timedelta(days=1), ana),
        ("With Ben", NOW + timedelta(hours=1), ben),
        ("Assessment", NOW + timedelta(days=2), ana),
        ("Later with Ana", NOW + timedelta(days=4), ana),
    ]:
        appointments.save_appointment(
            db, None, kind="other", title=title, starts_at=when, contact_id=who, place="Clinic"
        )
    shown = helper_today.helper_today(db, ana, TODAY, NOW, SKILLS)
    assert shown.appointment == helper_today.HelperAppointment(
        "Assessment", NOW + timedelta(days=2), "Clinic"
    )
    assert helper_today.helper_today(db, ben, TODAY, NOW, SKILLS).appointment is not None


def test_this_weeks_skill_and_whether_practised(plan):
    db, ana, ben = plan
    shown = helper_today.helper_today(db, ana, TODAY, NOW, SKILLS)
    monday = date(2026, 3, 9)
    assert shown.week == monday
    assert shown.skill == family_skills.skill_for_week(SKILLS, monday)
    assert not shown.skill_practised
    family_skills.mark_practised(db, ana, monday, shown.skill.key, TODAY)
    assert helper_today.helper_today(db, ana, TODAY, NOW, SKILLS).skill_practised
    assert not helper_today.helper_today(db, ben, TODAY, NOW, SKILLS).skill_practised


def test_no_skill_without_skills(plan):
    db, ana, _ben = plan
    assert helper_today.helper_today(db, ana, TODAY, NOW, ()).skill is None


def test_the_helpers_own_check_in(plan):
    db, ana, ben = plan
    assert not helper_today.helper_today(db, ana, TODAY, NOW, SKILLS).checked_in
    db.table("helper_check_ins").insert({"helper_id": ana, "day": TODAY.isoformat(), "stress": 4})
    assert helper_today.helper_today(db, ana, TODAY, NOW, SKILLS).checked_in
    assert not helper_today.helper_today(db, ben, TODAY, NOW, SKILLS).checked_in
    tomorrow = TODAY + timedelta(days=1)
    assert not helper_today.helper_today(db, ana, tomorrow, NOW, SKILLS).checked_in


def test_no_helper_chosen_shows_no_one_elses_things(plan):
    db, _ana, _ben = plan
    settings.set_setting(db, "person_name", "Sam")
    shown = helper_today.helper_today(db, 0, TODAY, NOW, SKILLS)
    assert shown.tasks == () and shown.appointment is None
    assert not shown.checked_in and not shown.skill_practised
    assert shown.person_name == "Sam"


# --- from a plan shared with the helper (their own computer) ------------------------------


def _task(number: int, title: str, due: date | None, who: int, **more) -> SharedTask:
    return SharedTask(number, "home", title, due=due, assignee=who, mine=who == 7, **more)


def _shared(me: int | None) -> SharedPlan:
    return SharedPlan(
        plan_id="0" * 32,
        person_name="Sam",
        written_at=NOW,
        intake_date=TODAY + timedelta(days=3),
        intake_place="Riverside",
        tasks=(
            _task(1, "Pack a bag", TODAY + timedelta(days=1), 7),
            _task(2, "Call the clinic", TODAY - timedelta(days=1), 7),
            _task(3, "Someone else's", TODAY - timedelta(days=5), 8),
            _task(4, "Done already", None, 7, done_on=TODAY),
        ),
        people=(),
        appointments=(
            SharedAppointment("Going on now", "other", NOW - timedelta(minutes=10), 60, "", 7),
            SharedAppointment("Not mine", "other", NOW - timedelta(minutes=20), 60, "", 8),
        ),
        me=me,
    )


def test_a_shared_plan_that_names_the_helper_is_used(plan, monkeypatch):
    db, ana, _ben = plan
    monkeypatch.setattr(share, "opened", lambda _db: _shared(7))
    shown = helper_today.helper_today(db, ana, TODAY, NOW, SKILLS)
    assert shown.shared and shown.person_name == "Sam"
    assert shown.days_until == 3 and shown.intake_place == "Riverside"
    assert [t.title for t in shown.tasks] == ["Call the clinic", "Pack a bag"]
    assert [t.overdue for t in shown.tasks] == [True, False]
    assert shown.done == 1
    assert shown.appointment is not None and shown.appointment.title == "Going on now"


def test_a_shared_plan_without_the_helper_is_not_used(plan, monkeypatch):
    db, ana, _ben = plan
    monkeypatch.setattr(share, "opened", lambda _db: _shared(None))
    shown = helper_today.helper_today(db, ana, TODAY, NOW, SKILLS)
    assert not shown.shared
    assert shown.tasks[0].title == "Overdue task"


def test_no_shared_plan_open(plan, monkeypatch):
    db, ana, _ben = plan
    monkeypatch.setattr(share, "opened", lambda _db: None)
    assert not helper_today.helper_today(db, ana, TODAY, NOW, SKILLS).shared
