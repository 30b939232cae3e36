"""Practice time: every session counts however short, in every summary (Today, Breathe's
history and its chart, the journal's day); short times read "under a minute"; counts use
plural forms; and the session length chosen on Breathe is remembered across restarts."""

from __future__ import annotations

from datetime import datetime

import pytest

from companion.core import sessions, storage
from companion.core.clock import FakeClock
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.names import practice_time
from companion.ui.pages.breathe import AFTER, BreathePage


@pytest.fixture
def clock(context):
    return context.storage.clock


def _practise(window, clock, seconds: float) -> None:
    """A box-breathing session on Breathe, stopped after `seconds`, and saved."""
    window.show_section("breathe")
    page = window.breathe
    page.select("box")
    page.start()
    clock.advance(seconds)
    page.session_view.tick()
    page.session_view.stop()
    assert page.stack.currentIndex() == AFTER
    page.after_view.save_button.click()


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (1, "menos de un minuto"),
        (26, "menos de un minuto"),
        (59.9, "menos de un minuto"),
        (60, "1 minuto"),
        (89, "1 minuto"),
        (90, "2 minutos"),
        (12 * 60, "12 minutos"),
    ],
)
def test_practice_time_in_spanish(spanish_translations, seconds, words):
    i18n.use_language("es")
    assert practice_time(seconds) == words


def test_practice_time_in_english_never_says_1_minutes():
    assert practice_time(26) == "under a minute"
    assert practice_time(60) in ("1 minute", "1 minute(s)")  # the second before English plurals
    assert "1.0" not in practice_time(61) and "minutes" not in practice_time(61)


def test_a_26_second_session_counts_everywhere(window, clock, context):
    _practise(window, clock, 26)
    assert [row["seconds"] for row in context.db.table("exercise_sessions").rows] == [26]
    breathe = window.breathe

    window.today.refresh()
    today = window.today.practice_text.text()
    assert "No practice" not in today
    assert "under a minute" in today and "1 session" in today

    history = breathe.history_text.text()
    assert "1 session" in history and "under a minute" in history
    assert breathe.chart.days()[-1][1] == pytest.approx(26)
    assert "under a minute" in breathe.chart.toolTip()
    assert "under a minute" in breathe.chart.accessibleDescription()

    window.show_section("journal")
    line = window.journal.form.breathing.text()
    assert "under a minute" in line and "No breathing practice" not in line


def test_the_after_view_says_under_a_minute(window, clock):
    window.show_section("breathe")
    page = window.breathe
    page.select("box")
    page.start()
    clock.advance(26)
    page.session_view.tick()
    page.session_view.stop()
    assert page.after_view.summary.text().startswith("You practised for under a minute.")


def test_a_short_day_still_draws_a_bar(window, clock, qtbot):
    _practise(window, clock, 5)
    chart = window.breathe.chart
    chart.resize(400, 120)
    image = chart.grab().toImage()
    bar = chart.bar_colour().rgb()
    found = any(
        image.pixelColor(x, y).rgb() == bar
        for x in range(image.width() - 40, image.width())
        for y in range(image.height())
    )
    assert found  # today's bar, the last one, is there


def test_counts_use_plural_forms_in_spanish(spanish_translations, window, clock, context):
    i18n.use_language("es")
    when = datetime(2026, 1, 1, 8, 0)
    sessions.log_session(context.db, "box", when, 26, True)
    page = BreathePage(context, window_state_for(context.storage.data_dir))
    assert page.history_text.text().startswith("1 sesión, menos de un minuto en total.")
    sessions.log_session(context.db, "calm", when, 150, False)
    page.refresh()
    assert page.history_text.text().startswith("2 sesiones, 3 minutos en total.")
    page.select("paced")
    page.by_cycles.setChecked(True)
    page.cycles.setValue(1)
    assert page.length_note.text() == "1 respiración, menos de un minuto en total."
    page.cycles.setValue(6)
    assert page.length_note.text() == "6 respiraciones, 1 minuto en total."
    page.select("grounding")
    assert page.timing_label.text().startswith("5 pasos")
    page.deleteLater()


def test_today_in_spanish_counts_sessions(spanish_translations, context, qtbot, data_dir):
    i18n.use_language("es")
    from companion.ui.main_window import MainWindow

    sessions.log_session(context.db, "box", datetime(2026, 1, 1, 8, 0), 26, True)
    window = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(window)
    text = window.today.practice_text.text()
    assert text == "Práctica de relajación esta semana: menos de un minuto, en 1 sesión."


# --- the length chosen last --------------------------------------------------------------------


def _restart(data_dir, qtbot) -> BreathePage:
    """Breathe as it opens after the app is started again on the same data."""
    again = AppContext(storage.open(data_dir, clock=FakeClock()))
    page = BreathePage(again, window_state_for(data_dir))
    qtbot.addWidget(page)
    return page


def test_each_exercise_suggests_its_own_length_until_one_is_chosen(qtbot, data_dir, context):
    page = _restart(data_dir, qtbot)
    page.select("paced")
    assert page.by_minutes.isChecked() and page.minutes.value() == 5
    page.select("box")
    assert page.by_cycles.isChecked() and page.cycles.value() == 4
    assert context.setting("breathe_length_in") == "exercise"  # looking is not choosing


def test_the_length_chosen_last_is_kept_across_a_restart(qtbot, data_dir, context):
    page = BreathePage(context, window_state_for(data_dir))
    qtbot.addWidget(page)
    page.select("paced")
    page.by_minutes.setChecked(True)
    page.minutes.setValue(12)  # chosen, not started: still remembered
    context.storage.db.close()

    again = _restart(data_dir, qtbot)
    again.select("paced")
    assert again.by_minutes.isChecked() and again.minutes.value() == 12
    again.select("box")  # the same length for another pattern
    assert again.by_minutes.isChecked() and again.minutes.value() == 12
    again.by_cycles.setChecked(True)
    again.cycles.setValue(9)
    again.select("four-seven-eight")  # at most 4 breaths: its limit holds
    assert again.by_cycles.isChecked() and again.cycles.value() == 4
    again.context.storage.db.close()

    third = _restart(data_dir, qtbot)
    third.select("calm")
    assert third.by_cycles.isChecked() and third.cycles.value() == 9
    third.context.storage.db.close()
