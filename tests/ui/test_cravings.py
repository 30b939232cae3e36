"""Breathe's Cravings part: the quick check saves what was ticked, an urge-surfing session
runs to its end on the clock (or stops midway) and is saved from its first moment, the
finish screen adds the rating, trigger and note, and one click lands on it from Today and
Get help now."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from companion.core import cravings
from companion.core.cravings import QUICK_CHECK, URGE_SURFING
from companion.ui.pages.breathe import CHOOSE, CRAVINGS, URGE, URGE_AFTER


@pytest.fixture
def page(window):
    window.show_section("breathe")
    return window.breathe


@pytest.fixture
def clock(context):
    return context.storage.clock


def _saved(context) -> list[cravings.CravingUse]:
    return cravings.list_cravings(context.db, date(2000, 1, 1), date(2100, 1, 1))


def _advance(part, clock, seconds: float) -> None:
    clock.advance(seconds)
    part.session_view.tick()


def _start(page, minutes=5, strength=7):
    page.show_cravings()
    view = page.cravings.view
    view.strength.setValue(strength)
    view.length.setValue(minutes)
    view.start_button.click()


def test_the_cravings_part_is_one_click_from_breathe(page):
    assert page.stack.currentIndex() == CHOOSE
    assert page.parts.isVisible() and page.parts.count() == 2
    page.parts.setCurrentIndex(1)
    assert page.stack.currentIndex() == CRAVINGS
    assert page.purpose.isVisible()
    page.parts.setCurrentIndex(0)
    assert page.stack.currentIndex() == CHOOSE


def test_quick_check_saves_the_needs_and_shows_their_actions(page, context):
    page.show_cravings()
    view = page.cravings.view
    assert not view.need_actions["lonely"].isVisible()
    view.needs["lonely"].setChecked(True)
    view.needs["tired"].setChecked(True)
    assert view.need_actions["lonely"].isVisible()
    assert not view.need_actions["hungry"].isVisible()
    view.strength.setValue(6)
    view.save_check.click()
    [use] = _saved(context)
    assert use.kind == QUICK_CHECK
    assert use.needs == ("lonely", "tired")
    assert use.strength_before == 6
    assert view.ticked() == () and view.saved_note.text()


def test_a_whole_session_runs_on_the_clock_and_is_saved(window, page, context, clock):
    _start(page, minutes=5, strength=8)
    part = page.cravings
    assert page.stack.currentIndex() == URGE
    assert not window.sidebar.isVisible()  # the session has the whole window
    [use] = _saved(context)  # saved the moment it began
    assert use.kind == URGE_SURFING and use.strength_before == 8 and not use.completed
    first = part.session_view.prompt.text()
    assert first
    heights = []
    for _ in range(29):
        _advance(part, clock, 10)
        heights.append(part.session_view.wave.shown())
    assert page.stack.currentIndex() == URGE
    assert part.session_view.prompt.text() != first
    assert max(heights) > 0.5 and min(heights) < 0.2  # the wave rose and fell
    _advance(part, clock, 10)  # 300 seconds: the end
    assert page.stack.currentIndex() == URGE_AFTER
    assert window.sidebar.isVisible()
    [use] = _saved(context)
    assert use.completed and use.seconds == 300
    after = part.after_view
    after.rating.setValue(3)
    assert "5" in after.fall.text() and after.fall.isVisible()  # fell by 5 points
    assert not after.help_row.isVisible()
    after.trigger.setValue("place")
    after.note.setText("After the phone call")
    after.save_button.click()
    [use] = _saved(context)
    assert (use.strength_after, use.trigger, use.note) == (3, "place", "After the phone call")
    assert use.fall == 5
    assert page.stack.currentIndex() == CRAVINGS


def test_stopping_midway_keeps_the_session_saved(window, page, context, clock):
    _start(page, minutes=10, strength=9)
    _advance(page.cravings, clock, 95)
    QTest.keyClick(window, Qt.Key.Key_Escape)  # Esc stops, wherever the focus is
    assert page.stack.currentIndex() == URGE_AFTER
    [use] = _saved(context)
    assert not use.completed and use.seconds == pytest.approx(95)
    after = page.cravings.after_view
    after.rating.setValue(9)  # it did not fall: help is offered
    assert after.help_row.isVisible()
    after.skip_button.click()
    [use] = _saved(context)
    assert use.strength_after is None and use.seconds == pytest.approx(95)


def test_pausing_holds_the_wave_and_the_time(page, clock):
    _start(page, minutes=5)
    view = page.cravings.session_view
    _advance(page.cravings, clock, 20)
    view.toggle_pause()
    assert not view.timer.isActive()  # nothing repaints while paused
    clock.advance(500)
    view.toggle_pause()
    assert view.elapsed() == pytest.approx(20)
    assert page.stack.currentIndex() == URGE


def test_the_wave_timer_stops_when_the_session_is_hidden(window, page, clock):
    _start(page, minutes=5)
    view = page.cravings.session_view
    assert view.timer.isActive()
    window.show_section("journal")
    assert not view.timer.isActive()


def test_reduce_motion_shows_a_still_stepped_wave(page, context, clock):
    context.set_setting("reduced_motion", True)
    _start(page, minutes=5)
    wave = page.cravings.session_view.wave
    assert wave.reduced_motion
    for _ in range(30):
        _advance(page.cravings, clock, 3)
        assert wave.shown() * 4 == round(wave.shown() * 4)
        assert wave.word()


def test_length_is_remembered(window, page):
    page.show_cravings()
    page.cravings.view.length.setValue(15)
    assert window.window_state.value("breathe/urge_minutes", type=int) == 15


def test_today_button_lands_on_cravings(window):
    window.show_section("today")
    window.today.craving_button.click()
    assert window.current_section() == "breathe"
    assert window.breathe.stack.currentIndex() == CRAVINGS
    assert window.breathe.cravings.view.start_button.hasFocus()


def test_help_panel_button_lands_on_cravings(window):
    window.open_help()
    panel = window.help_panel
    panel.craving_button.click()
    assert not panel.isVisible()
    assert window.current_section() == "breathe"
    assert window.breathe.stack.currentIndex() == CRAVINGS


def test_discreet_mode_keeps_craving_off_the_buttons(window, context):
    context.set_setting("discreet_mode", True)
    window.open_help()
    for button in (window.today.craving_button, window.help_panel.craving_button):
        assert "craving" not in button.text().lower()
        assert "craving" not in button.accessibleName().lower()
    window.show_section("breathe")
    assert "craving" not in window.breathe.parts.tabText(1).lower()


def test_a_running_session_is_left_alone(window, page):
    page.select("box")
    page.start()
    running = page.stack.currentIndex()
    window.open_cravings()
    assert page.stack.currentIndex() == running


def test_quick_check_buttons_go_where_they_say(window, page):
    page.show_cravings()
    view = page.cravings.view
    view.needs["angry"].setChecked(True)
    [calm] = view.need_actions["angry"].findChildren(type(view.save_check))
    calm.click()
    assert page.stack.currentIndex() == CHOOSE
    assert page.current_exercise().key == "calm"


def test_leaving_the_finish_screen_another_way_keeps_the_answers(window, page, context, clock):
    _start(page, minutes=5, strength=7)
    _advance(page.cravings, clock, 40)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    after = page.cravings.after_view
    before = after.trigger.mapTo(window, after.trigger.rect().topLeft())
    after.rating.setValue(4)  # the line saying how much it fell appears...
    assert after.trigger.mapTo(window, after.trigger.rect().topLeft()) == before  # ...in place
    after.trigger.setValue("feeling")
    window.show_section("journal")  # away, without Save
    [use] = _saved(context)
    assert (use.strength_after, use.trigger) == (4, "feeling")
