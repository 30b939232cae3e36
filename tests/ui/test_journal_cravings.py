"""Cravings worked through in Breathe, in the journal: a line under the day's craving
rating when looking back at that day, and a Cravings part in the trends with its chart,
strength, fall, triggers and an empty state; in English and Spanish."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from companion.core.changes import Area
from companion.core.cravings import QUICK_CHECK, URGE_SURFING, record_craving
from companion.ui import i18n

TODAY = date(2026, 1, 1)
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def page(window):
    window.show_section("journal")
    return window.journal


def _two_uses(db, day=YESTERDAY):
    record_craving(
        db,
        started_at=datetime.combine(day, time(9, 30)),
        kind=URGE_SURFING,
        seconds=600,
        completed=True,
        strength_before=8,
        strength_after=4,
        trigger="place",
    )
    record_craving(
        db,
        started_at=datetime.combine(day, time(21, 0)),
        kind=QUICK_CHECK,
        strength_before=5,
        needs=("lonely", "tired"),
    )


def test_a_day_looked_back_at_shows_its_cravings_in_a_line(page, context):
    _two_uses(context.db)
    assert page.form.cravings.isHidden()  # today has none: no line at all
    page.show_day(YESTERDAY)
    line = page.form.cravings
    assert line.isVisible()
    assert line.text() == (
        "Cravings worked through: 2 \u2014 urge surfing 10 min, 8 \u2192 4 "
        "(trigger: a place); quick check: lonely, tired, 5 before"
    )
    assert line.accessibleName() == "Cravings worked through on this day"
    page.show_day(TODAY)
    assert page.form.cravings.isHidden()


def test_a_craving_saved_in_breathe_shows_at_once_and_keeps_what_was_typed(page, context):
    page.form.notes.setPlainText("typing")
    record_craving(context.db, started_at=datetime.combine(TODAY, time(8, 0)), kind=URGE_SURFING)
    context.dataChanged.emit(Area.CRAVINGS)
    assert page.form.cravings.text() == "Cravings worked through: 1 \u2014 urge surfing"
    assert page.form.notes.toPlainText() == "typing"


def test_one_craving_is_said_in_the_singular(page, context):
    record_craving(
        context.db,
        started_at=datetime.combine(TODAY, time(8, 0)),
        kind=URGE_SURFING,
        seconds=30,
        strength_before=6,
    )
    page.show_day(TODAY)
    assert page.form.cravings.text() == (
        "Cravings worked through: 1 \u2014 urge surfing under 1 min, 6 before"
    )


def test_trends_have_a_cravings_part_with_chart_strength_fall_and_triggers(page, context):
    _two_uses(context.db)
    _two_uses(context.db, TODAY)
    page.tabs.setCurrentWidget(page.trends)
    page.trends.range.setCurrentIndex(page.trends.range.findData(7))
    part = page.trends.cravings
    assert part.isVisible() and part.empty.isHidden()
    assert part.count.text() == (
        "4 times in these days \u2014 2 urge-surfing sessions, 2 quick checks."
    )
    counts = [point.count for point in part.chart.points()]
    assert counts == [0, 0, 0, 0, 0, 2, 2]
    assert part.strength.text() == "How strong, before: 6.5 out of 10 on average."
    assert "fell by 4 on average (2 sessions rated" in part.fall.text()
    assert part.triggers.text() == "What set them off: a place (2)."
    assert part.needs.text() == "What the quick checks found most: lonely (2), tired (2)."
    description = part.chart.accessibleDescription()
    assert description.startswith("Cravings worked through over 7 days: 4 in all; most on")
    assert part.chart.accessibleName() == "Cravings worked through per day"


def test_trends_without_cravings_say_so(page, context):
    from companion.core import journal
    from companion.core.journal import JournalEntry

    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=3), TODAY)
    page.tabs.setCurrentWidget(page.trends)
    part = page.trends.cravings
    assert part.isVisible() and part.empty.isVisible()
    assert part.chart.isHidden() and part.count.isHidden()


def test_cravings_alone_show_without_the_check_in_charts(page, context):
    _two_uses(context.db)
    page.tabs.setCurrentWidget(page.trends)
    trends = page.trends
    assert trends.empty.isHidden() and trends.cravings.isVisible()
    assert all(view.isHidden() for _chart, view in trends.charts().values())


def test_all_time_starts_at_the_first_craving_when_it_came_first(page, context):
    from companion.core import journal
    from companion.core.journal import JournalEntry

    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=3), TODAY)
    record_craving(
        context.db,
        started_at=datetime.combine(TODAY - timedelta(days=20), time(8)),
        kind=QUICK_CHECK,
    )
    page.tabs.setCurrentWidget(page.trends)
    page.trends.range.setCurrentIndex(page.trends.range.findData(0))
    assert page.trends.span() == (TODAY - timedelta(days=20), TODAY)


def test_spanish_words_for_the_day_and_the_trends(page, context, spanish_translations):
    i18n.use_language("es")
    _two_uses(context.db)
    page.show_day(YESTERDAY)
    line = page.form.cravings.text()
    assert line.startswith("Deseos de consumir afrontados: 2 \u2014 ")
    assert "un lugar" in line and "soledad, cansancio" in line
    page.tabs.setCurrentWidget(page.trends)
    part = page.trends.cravings
    assert "2 veces" in part.count.text()
    assert part.strength.text() == "Fuerza antes: 6,5 de 10 de media."


def test_quick_checks_alone_leave_out_the_triggers_and_the_fall(page, context):
    record_craving(
        context.db, started_at=datetime.combine(TODAY, time(8)), kind=QUICK_CHECK, needs=("hungry",)
    )
    page.tabs.setCurrentWidget(page.trends)
    part = page.trends.cravings
    assert part.triggers.isHidden() and part.strength.text() == "How strong, before: not rated."
    assert part.fall.text().startswith("Rate the craving before and after urge surfing")
    assert part.needs.text() == "What the quick checks found most: hungry (1)."
