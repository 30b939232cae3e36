"""The helper's Today: the countdown, the helper's tasks with the overdue ones first (in the
overdue colour and saying so in words), the next appointment they are part of, this
week's skill with "Read about it" and "I practised it", their own check-in as the one
primary button, a quiet way to plan a conversation; and nothing in discreet mode that
says what the app is for."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from companion.core import (
    appointments,
    checklist,
    family_skills,
    helper_mode,
    intake,
    settings,
    share,
)
from companion.core.content import load_checklist_template
from companion.core.family_skills import Skill
from companion.ui.pages.today_helper import HelperTodayPage

TODAY = date(2026, 1, 1)  # FakeClock's day
SKILLS = (
    Skill("positive-words", "Say it positively", "Once this week, ask kindly.", "family-talking"),
    Skill("notice-steps", "Notice a step forward", "Say thank you once.", "family-rewarding"),
)


@pytest.fixture(autouse=True)
def _skills_and_no_shared_plan(monkeypatch):
    monkeypatch.setattr(family_skills, "load_skills", lambda root=None: SKILLS)
    monkeypatch.setattr(share, "opened", lambda _db: None)


@pytest.fixture
def helper(context):
    """Ana, helping: three tasks (one overdue), an appointment with her, her check-in."""
    db = context.db
    checklist.ensure_template(db, load_checklist_template())
    ana = helper_mode.add_helper(db, "Ana")
    category = checklist.categories(db)[0].key
    for title, due in [
        ("Pack a bag for the detox stay", TODAY + timedelta(days=4)),
        ("Ring the clinic", TODAY - timedelta(days=2)),
        ("Find the bus times", None),
    ]:
        checklist.save_item(db, None, category=category, title=title, due=due, assignee_id=ana)
    intake.set_intake(db, TODAY + timedelta(days=9), "Riverside detox unit")
    appointments.save_appointment(
        db,
        None,
        kind="intake",
        title="Detox assessment",
        starts_at=datetime(2026, 1, 3, 10, 0),
        place="Riverside",
        contact_id=ana,
    )
    db.table("helper_check_ins").insert({"helper_id": ana, "day": TODAY.isoformat(), "stress": 5})
    helper_mode.use_helper(db, ana)
    return ana


def _page(context, qtbot) -> HelperTodayPage:
    page = HelperTodayPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    return page


def _lines(page) -> list[QLabel]:
    return [w for w in page.task_list.findChildren(QLabel) if w.isVisibleTo(page)]


def test_the_helpers_day(context, qtbot, helper):
    page = _page(context, qtbot)
    assert page.countdown_number.text() == "9"
    assert "Riverside detox unit" in page.intake_text.text()
    lines = _lines(page)
    assert [line.text() for line in lines] == [
        "\u2022 Overdue (was due 30 Dec 2025): Ring the clinic",
        "\u2022 Due 5 Jan 2026: Pack a bag for the detox stay",
        "\u2022 Find the bus times",
    ]
    # overdue in the overdue colour, and in words: never the colour alone
    assert lines[0].property("overdue") is True and "Overdue" in lines[0].text()
    assert lines[1].property("overdue") is False
    assert page.tasks_summary.text() == "3 open tasks, 1 overdue."
    assert page.appointment_box.isVisibleTo(page)
    assert "Detox assessment" in page.appointment_text.text()
    assert "Riverside" in page.appointment_text.text()
    assert page.skill_title.text() == family_skills.skill_for_week(SKILLS, TODAY).title
    assert page.checkin_text.text().startswith("Done for today")
    assert page.checkin_button.text() == "Open my check-in"
    assert not page.who_box.isVisibleTo(page)


def test_one_primary_button_and_every_button_named(context, qtbot, helper):
    page = _page(context, qtbot)
    primaries = [b for b in page.findChildren(QPushButton) if b.objectName() == "primaryButton"]
    assert primaries == [page.checkin_button]
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page):
            assert button.accessibleName(), button.text()
    assert page.talk_button.isFlat()  # the quiet way in
    assert page.practised.accessibleName()


def test_the_buttons_lead_where_they_say(context, qtbot, helper):
    page = _page(context, qtbot)
    links: list[str] = []
    page.openLink.connect(links.append)
    sections: list[str] = []
    page.openPrepare.connect(lambda part: sections.append("prepare:" + part))
    page.openSection.connect(sections.append)
    for button in (page.checkin_button, page.talk_button, page.read_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    skill = family_skills.skill_for_week(SKILLS, TODAY)
    assert links == ["helping:check-in", "helping:conversations", "learn:" + skill.learn]
    qtbot.mouseClick(page.tasks_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert sections == ["prepare:checklist", "plan"]


def test_i_practised_it_is_kept_for_the_week(context, qtbot, helper):
    page = _page(context, qtbot)
    assert not page.practised.isChecked()
    page.practised.click()
    monday = family_skills.week_of(TODAY)
    assert family_skills.practised(context.db, helper, monday)
    again = _page(context, qtbot)
    assert again.practised.isChecked()
    page.practised.click()
    assert not family_skills.practised(context.db, helper, monday)


def test_not_checked_in_yet(context, qtbot, helper):
    context.db.execute("DELETE FROM helper_check_ins")
    page = _page(context, qtbot)
    assert page.checkin_button.text() == "Check in now"
    assert "Not done yet" in page.checkin_text.text()


def test_discreet_mode_says_nothing_of_what_the_app_is_for(context, qtbot, helper):
    context.set_setting("discreet_mode", True)
    page = _page(context, qtbot)
    words = " ".join(
        label.text() + " " + label.accessibleName()
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(page)
    ) + " ".join(b.text() + b.accessibleName() for b in page.findChildren(QPushButton))
    for word in ("detox", "Detox", "clinic", "Pack a bag", "craving", "withdrawal", "overdose"):
        assert word not in words, word
    assert page.tasks_summary.text() == "3 open tasks, 1 overdue."
    assert page.tasks_summary.property("overdue") is True


def test_no_helper_chosen_asks_who(context, qtbot):
    settings.set_setting(context.db, "user", "helper")
    page = _page(context, qtbot)
    assert page.who_box.isVisibleTo(page)
    assert not page.checkin_button.isEnabled() and not page.practised.isEnabled()
    asked = []
    page.chooseUser.connect(lambda: asked.append(True))
    qtbot.mouseClick(page.who_button, Qt.MouseButton.LeftButton)
    assert asked == [True]


def test_a_shared_plan_opened_on_the_helpers_computer(context, qtbot, monkeypatch):
    from companion.core.share import SharedPlan, SharedTask

    ana = helper_mode.add_helper(context.db, "Ana")
    helper_mode.use_helper(context.db, ana)
    plan = SharedPlan(
        plan_id="a" * 32,
        person_name="Sam",
        written_at=datetime(2025, 12, 30, 9, 0),
        intake_date=TODAY + timedelta(days=2),
        intake_place="",
        tasks=(SharedTask(1, "home", "Clear the spare room", assignee=4, mine=True),),
        people=(),
        appointments=(),
        me=4,
    )
    monkeypatch.setattr(share, "opened", lambda _db: plan)
    page = _page(context, qtbot)
    assert page.intake_heading.text() == "Sam's intake"
    assert [line.text() for line in _lines(page)] == ["\u2022 Clear the spare room"]
    sections: list[str] = []
    page.openSection.connect(sections.append)
    qtbot.mouseClick(page.tasks_button, Qt.MouseButton.LeftButton)
    assert sections == ["plan"]  # where the shared plan is


def test_it_follows_changes(context, qtbot, helper):
    from companion.core.changes import Area

    page = _page(context, qtbot)
    item = next(i for i in checklist.list_items(context.db) if i.title == "Ring the clinic")
    context.write(Area.CHECKLIST, checklist.set_done, context.db, item.id, True, TODAY)
    assert page.tasks_summary.text() == "2 open tasks."


def test_a_long_list_shows_five_and_counts_the_rest(context, qtbot, helper):
    category = checklist.categories(context.db)[0].key
    for number in range(4):
        checklist.save_item(
            context.db, None, category=category, title=f"Extra {number}", assignee_id=helper
        )
    page = _page(context, qtbot)
    lines = [line.text() for line in _lines(page)]
    assert len(lines) == 6 and lines[-1] == "2 more tasks"
    assert page.tasks_summary.text() == "7 open tasks, 1 overdue."
