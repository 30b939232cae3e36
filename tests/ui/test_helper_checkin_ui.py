"""The helper's own check-in tab: it saves itself and shows what was saved when opened
again, keeps typing it cannot save, holds text to its limits, ignores the wheel over the
stress buttons, fills in a missed day, words the trends, says when there is nothing to
show, follows a change of helper, and speaks Spanish."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from companion.core import helper_checkins, people
from companion.core.helper_checkins import MAX_SELF_CARE, HelperCheckIn
from companion.ui import i18n
from companion.ui.pages.helper_checkin import HelperCheckInTab


@pytest.fixture
def ana(context):
    helper = people.save_person(context.db, None, name="Ana").id
    context.set_setting("user", "helper")
    context.set_setting("helper_id", helper)
    return helper


def _tab(qtbot, context):
    tab = HelperCheckInTab(context)
    qtbot.addWidget(tab)
    tab.resize(800, 700)
    tab.show()
    return tab


def _save(context, helper, back, stress=None, sleep=None):
    today = context.today()
    helper_checkins.save_check_in(
        context.db, helper, today - timedelta(days=back),
        stress=stress, sleep_hours=sleep, self_care="", note="", today=today,
    )  # fmt: skip


def test_what_is_answered_saves_itself_and_is_shown_again(qtbot, context, ana):
    tab = _tab(qtbot, context)
    assert tab.stack.currentWidget() is tab.form_area
    tab.stress.buttons[7].click()
    tab.sleep.quick.buttons[6].click()
    qtbot.keyClicks(tab.self_care, "A walk")
    tab.note.setPlainText("Slept badly, but the talk went well.")
    assert tab.status.text() == "Saving\u2026"
    context.storage.clock.advance(5)
    tab.autosave.tick()
    assert tab.status.text() == "Saved"
    today = context.today()
    assert helper_checkins.get_check_in(context.db, ana, today) == HelperCheckIn(
        ana, today, 7, 6.0, "A walk", "Slept badly, but the talk went well."
    )
    again = _tab(qtbot, context)
    assert again.stress.value() == 7
    assert again.sleep.value() == 6.0
    assert again.self_care.text() == "A walk"
    assert again.note.toPlainText() == "Slept badly, but the talk went well."
    assert again.status.text() == "Saved"


def test_half_hours_of_sleep_use_the_precise_field(qtbot, context, ana):
    _save(context, ana, 0, sleep=7.5)
    tab = _tab(qtbot, context)
    assert tab.sleep.quick.value() == "other"
    assert tab.sleep.hours.isVisible() and tab.sleep.value() == 7.5


def test_leaving_saves_what_was_typed(qtbot, context, ana):
    tab = _tab(qtbot, context)
    qtbot.keyClicks(tab.self_care, "Read a book")
    assert tab.leave_ok()
    assert helper_checkins.get_check_in(context.db, ana, context.today()).self_care == (
        "Read a book"
    )


def test_too_long_text_is_held_to_the_limit(qtbot, context, ana):
    tab = _tab(qtbot, context)
    tab.self_care.setText("x" * (MAX_SELF_CARE + 50))
    assert len(tab.self_care.text()) == MAX_SELF_CARE
    tab.note.setPlainText("y" * (helper_checkins.MAX_NOTE + 50))
    assert len(tab.note.toPlainText()) == helper_checkins.MAX_NOTE
    assert tab.flush()
    stored = helper_checkins.get_check_in(context.db, ana, context.today())
    assert stored.self_care == "x" * MAX_SELF_CARE


def test_a_refused_save_keeps_what_was_typed_and_asks_before_leaving(qtbot, context, ana):
    tab = _tab(qtbot, context)
    context.db.execute("DELETE FROM helpers")  # the helper is gone: the core refuses
    qtbot.keyClicks(tab.self_care, "Phoned my sister")
    assert not tab.flush()
    assert tab.problem.isVisible() and tab.problem.text()
    assert tab.status.text().startswith("Not saved")
    assert tab.self_care.text() == "Phoned my sister"
    assert not tab.leave_ok()  # the question is answered "stay"
    assert tab.self_care.text() == "Phoned my sister"


def test_the_wheel_over_the_stress_buttons_changes_nothing(qtbot, context, ana):
    tab = _tab(qtbot, context)
    tab.stress.setValue(3)
    assert tab.flush()
    target = tab.stress.buttons[8]
    centre = target.rect().center()
    for delta in (120, -120):
        wheel = QWheelEvent(
            centre, target.mapToGlobal(centre), QPoint(0, 0), QPoint(0, delta),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(target, wheel)
    assert tab.stress.value() == 3
    assert not tab.autosave.dirty


def test_a_missed_day_can_be_filled_in_but_not_a_day_ahead(qtbot, context, ana):
    tab = _tab(qtbot, context)
    today = context.today()
    yesterday = today - timedelta(days=1)
    tab.show_day(yesterday)
    assert tab.heading.text() != "Today" and tab.today_button.isEnabled()
    tab.stress.buttons[4].click()
    tab.show_day(today)  # going to another day saves the one shown
    assert helper_checkins.get_check_in(context.db, ana, yesterday).stress == 4
    assert helper_checkins.get_check_in(context.db, ana, today) is None
    assert tab.stress.value() is None
    tab.show_day(today + timedelta(days=3))
    assert tab.day == today
    tab.day_field.line.setText("1 Jan 2199")
    tab.day_field.line.editingFinished.emit()
    assert tab.day == today
    assert tab.day_field.problem.text()


def test_trends_say_in_words_how_this_week_compares(qtbot, context, ana):
    for back in range(7):
        _save(context, ana, back, stress=6, sleep=6.5)
    for back in range(7, 14):
        _save(context, ana, back, stress=7, sleep=6)
    tab = _tab(qtbot, context)
    trends = tab.trends
    assert not trends.empty.isVisibleTo(tab)
    assert trends.stress_words.text() == (
        "Stress this week: about 6 of 10, a little lower than last week."
    )
    assert trends.sleep_words.text() == (
        "Sleep this week: about 6.5 hours a night, a little more than last week."
    )
    assert trends.stress.accessibleDescription().startswith(trends.stress_words.text())
    assert len(trends.stress.days()) == 14
    trends.span.setCurrentIndex(1)
    assert len(trends.stress.days()) == 30
    assert trends.stress_sentence(5.0, None) == "Stress this week: about 5 of 10."
    assert trends.stress_sentence(8.0, 3.0).endswith("higher than last week.")
    assert trends.sleep_sentence(None, 7.0) == "Sleep this week: not answered yet."


def test_empty_states(qtbot, context):
    tab = _tab(qtbot, context)  # no helper chosen
    assert tab.stack.currentWidget() is tab.no_helper
    tab.stress.setValue(5)  # nothing to save for no one
    assert not tab.autosave.dirty
    helper = people.save_person(context.db, None, name="Ana").id
    context.set_setting("helper_id", helper)
    assert tab.stack.currentWidget() is tab.form_area
    assert tab.trends.empty.isVisibleTo(tab)
    assert not tab.trends.charts.isVisibleTo(tab)


def test_switching_helper_saves_for_the_first_and_shows_the_second(qtbot, context, ana):
    ben = people.save_person(context.db, None, name="Ben").id
    _save(context, ben, 0, stress=2)
    tab = _tab(qtbot, context)
    tab.stress.buttons[9].click()
    context.set_setting("helper_id", ben)
    assert helper_checkins.get_check_in(context.db, ana, context.today()).stress == 9
    assert tab.stress.value() == 2
    context.set_setting("helper_id", 0)
    assert tab.stack.currentWidget() is tab.no_helper


def test_a_data_reset_shows_the_stored_check_in(qtbot, context, ana):
    tab = _tab(qtbot, context)
    _save(context, ana, 0, stress=4)
    context.dataReset.emit()
    assert tab.stress.value() == 4


def test_in_spanish(qtbot, context, ana):
    i18n.use_language("es")
    _save(context, ana, 0, stress=6, sleep=7)
    tab = _tab(qtbot, context)
    assert tab.heading.text() == "Hoy"
    assert "estrés" in tab.stress.accessibleName().lower()
    assert tab.trends.stress_words.text().startswith("Estrés")
    assert tab.self_care.accessibleName() != "One thing I did for myself"
