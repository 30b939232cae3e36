"""The focused breathing session: the whole window for the pacer, Esc from anywhere, the
pacer focused and its phases announced (not every second), tension as rows of buttons,
and the finish screen."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.ui.pages.breathe import AFTER, CHOOSE, GROUND, RUN
from companion.ui.widgets import pacer as pacer_module
from companion.ui.widgets.choice_row import ChoiceRow


@pytest.fixture
def page(window):
    window.show_section("breathe")
    return window.breathe


@pytest.fixture
def clock(context):
    return context.storage.clock


def _start(page, key="box", cycles=2):
    page.select(key)
    if key not in ("muscle-relaxation", "grounding"):
        page.by_cycles.setChecked(True)
        page.cycles.setValue(cycles)
    page.start()


def _advance(page, clock, seconds):
    clock.advance(seconds)
    page.session_view.tick()


def _alone(window) -> bool:
    """The session has the whole window: no sidebar, no page title."""
    return not window.sidebar.isVisible() and not window.sidebar_line.isVisible()


# --- the whole window ---------------------------------------------------------------------


def test_a_session_hides_the_sidebar_and_the_title_and_esc_brings_them_back(window, page):
    assert window.sidebar.isVisible()
    _start(page)
    assert page.stack.currentIndex() == RUN
    assert _alone(window) and not page.title.isVisible()
    assert not page.caution_label.isVisible()  # the chooser, details and all, is away
    return_to_finish(window, page, page.session_view.pacer)


def return_to_finish(window, page, widget):
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == AFTER
    assert window.sidebar.isVisible() and window.sidebar_line.isVisible()
    assert page.title.isVisible()


def test_esc_from_a_button_stops_too(window, page):
    _start(page)
    page.session_view.stop_button.setFocus()
    return_to_finish(window, page, page.session_view.stop_button)


def test_esc_from_the_pause_button_while_paused(window, page, qtbot):
    _start(page)
    view = page.session_view
    view.pause_button.setFocus()
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Space)  # the button's own Space: once
    assert view.session.paused
    assert _alone(window)  # paused, still the whole window
    return_to_finish(window, page, view.pause_button)


def test_esc_stops_grounding_and_restores_the_window(window, page):
    _start(page, "grounding")
    assert page.stack.currentIndex() == GROUND and _alone(window)
    return_to_finish(window, page, page.grounding_view.next_button)


def test_the_sidebar_comes_back_when_the_session_finishes(window, page, clock):
    _start(page, "box", cycles=1)
    assert _alone(window)
    _advance(page, clock, 16.0)
    assert page.stack.currentIndex() == AFTER
    assert window.sidebar.isVisible()


def test_esc_does_nothing_on_the_chooser(window, page, qtbot):
    assert not page.escape.isEnabled()
    qtbot.keyClick(page.list, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == CHOOSE


def test_another_section_pauses_the_session_and_shows_the_sidebar(window, page, clock):
    _start(page)
    window.show_section("today")  # by its shortcut, Ctrl+1
    assert window.sidebar.isVisible()
    assert page.session_view.session.paused
    window.show_section("breathe")
    assert _alone(window)  # still the session's, waiting to be resumed


# --- the pacer for a screen reader ------------------------------------------------------------


def test_the_pacer_has_the_focus_a_name_and_a_description(page):
    _start(page)
    pacer = page.session_view.pacer
    assert pacer.hasFocus()
    assert pacer.accessibleName() == "Breathing pacer"
    assert "Esc" in pacer.accessibleDescription()


def test_space_on_the_pacer_pauses_and_resumes(page, qtbot):
    _start(page)
    view = page.session_view
    qtbot.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.session.paused and view.pacer.showing() == "Paused"
    qtbot.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.session.running


def test_phase_changes_are_announced_not_every_second(page, clock):
    said: list[str] = []
    page.session_view.pacer.announced.connect(said.append)
    _start(page, "box", cycles=1)  # 4 s in, hold, out, hold
    for _ in range(9):
        _advance(page, clock, 1.0)  # nine frames a second apart: two phase changes
    assert said == ["Breathe in", "Hold", "Breathe out"]


def test_the_announcement_is_qt_s_own_event(page, clock, monkeypatch):
    sent = []
    fake = SimpleNamespace(updateAccessibility=sent.append)
    monkeypatch.setattr(pacer_module, "QAccessible", fake)
    made = []
    monkeypatch.setattr(
        pacer_module, "ANNOUNCEMENT", lambda widget, text: made.append((widget, text)) or text
    )
    _start(page, "box", cycles=1)
    _advance(page, clock, 4.0)
    pacer = page.session_view.pacer
    assert made[:2] == [(pacer, "Breathe in"), (pacer, "Hold")]
    assert sent[:2] == ["Breathe in", "Hold"]


def test_without_the_event_the_description_says_the_phase(page, clock, monkeypatch):
    monkeypatch.setattr(pacer_module, "ANNOUNCEMENT", None)
    _start(page, "box", cycles=1)
    pacer = page.session_view.pacer
    assert pacer.accessibleDescription() == "Breathe in"
    _advance(page, clock, 2.0)
    assert pacer.accessibleDescription() == "Breathe in"  # not every second
    _advance(page, clock, 2.0)
    assert pacer.accessibleDescription() == "Hold"


def test_the_installed_qt_has_the_announcement_event():
    from PySide6 import QtGui

    assert pacer_module.ANNOUNCEMENT is getattr(QtGui, "QAccessibleAnnouncementEvent", None)


def test_muscle_steps_are_announced_with_their_words(page, clock):
    said: list[str] = []
    page.session_view.pacer.announced.connect(said.append)
    _start(page, "muscle-relaxation")
    assert said[0].startswith("Tense. ") and ":" in said[0]


# --- tension, before and after -----------------------------------------------------------


def test_tension_before_is_a_row_of_eleven_buttons(page):
    assert isinstance(page.before, ChoiceRow)
    assert [b.text() for b in page.before.buttons] == [str(n) for n in range(11)]
    assert page.before.value() is None  # not rated unless chosen
    assert page.before.buttons[0].accessibleName() == "How tense you feel before: 0"
    assert "calm" in page.before.buttons[0].accessibleDescription()


def test_ratings_before_and_after_are_saved(page, clock, context):
    _start(page, "box", cycles=1)
    page.stack.setCurrentIndex(CHOOSE)  # not how a person does it: start again, rated
    page.before.button_for(6).click()
    page.start()
    _advance(page, clock, 16.0)
    after = page.after_view
    assert isinstance(after.rating, ChoiceRow)
    assert len(after.rating.buttons) == 11
    after.rating.button_for(2).click()
    after.done_button.click()
    row = list(context.db.table("exercise_sessions").rows)[-1]
    assert (row["tension_before"], row["tension_after"]) == (6, 2)
    assert page.before.value() is None  # asked afresh next time


def test_unrated_sessions_save_no_tension(page, clock, context):
    _start(page, "box", cycles=1)
    _advance(page, clock, 16.0)
    page.after_view.done_button.click()
    row = next(iter(context.db.table("exercise_sessions").rows))
    assert (row["tension_before"], row["tension_after"]) == (None, None)


# --- the finish screen ------------------------------------------------------------------------


def test_the_finish_screen_counts_breaths_and_done_returns(window, page, clock):
    _start(page, "box", cycles=2)
    _advance(page, clock, 32.0)
    after = page.after_view
    assert after.heading.text() == "Well done"
    assert "You took 2 slow breaths." in after.summary.text()
    assert after.done_button.text() == "Done"
    assert after.rating.buttons[0].hasFocus()
    after.done_button.click()
    assert page.stack.currentIndex() == CHOOSE
    assert window.sidebar.isVisible()


def test_stopping_early_counts_whole_breaths_kindly(page, clock):
    _start(page, "box", cycles=3)
    _advance(page, clock, 20.0)  # one breath and a little
    page.session_view.stop()
    summary = page.after_view.summary.text()
    assert "You took 1 slow breath." in summary and "It still counts." in summary


def test_muscle_relaxation_counts_muscle_groups(page, clock):
    _start(page, "muscle-relaxation")
    timeline = page.session_view.timeline
    _advance(page, clock, timeline.total_seconds)
    groups = len(timeline.segments) // 2
    assert f"You relaxed {groups} muscle groups." in page.after_view.summary.text()


def test_grounding_counts_steps(page):
    _start(page, "grounding")
    page.grounding_view.next_button.click()
    page.grounding_view.stop()
    assert "You went through 1 step." in page.after_view.summary.text()


# --- the chooser's keyboard and names --------------------------------------------------------


def test_unavailable_cues_say_why_on_the_boxes(page):
    for box, cue in ((page.chime, page.sound), (page.speak, page.speech)):
        if not cue.available:
            assert box.accessibleDescription() == cue.reason
            assert box.toolTip() == cue.reason


def test_tab_goes_from_new_pattern_to_the_length(page):
    page.select("box")
    page.new_button.setFocus(Qt.FocusReason.TabFocusReason)
    page.new_button.focusNextPrevChild(True)
    assert QApplication.focusWidget() is page.by_minutes or (
        QApplication.focusWidget() is page.by_cycles
    )


def test_grounding_prompts_are_announced(page, monkeypatch):
    said = []
    monkeypatch.setattr(
        "companion.ui.pages.breathe_session.announce", lambda widget, text: said.append(text)
    )
    _start(page, "grounding")
    page.grounding_view.next_button.click()
    assert [text.split(".")[0] for text in said] == ["5", "4"]
    assert page.grounding_view.next_button.hasFocus()
