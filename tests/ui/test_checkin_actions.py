"""A check-in really takes under a minute: mood, craving, hours of sleep and one symptom,
done as a person would, by clicks or by keys, take at most 8 actions, and the day saved
holds exactly those answers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from companion.core import journal

TODAY = date(2026, 1, 1)
MOST = 8


class Person:
    """Clicks and presses keys through qtbot, and counts every one."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.actions = 0

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget.accessibleName()} cannot be clicked: hidden"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.actions += 1

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has focus"
        QTest.keyClick(focus, key, modifier)
        self.actions += 1


@pytest.fixture
def page(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_section("journal")
    return window.journal


def _saved(page, context):
    page.flush()  # what the autosave does a moment later, without anyone asking
    return journal.get_entry(context.db, TODAY)


def test_a_check_in_by_clicks(page, context, qtbot):
    form, person = page.form, Person(qtbot)
    person.click(form.mood.button_for(3))
    person.click(form.craving.button_for(4))
    person.click(form.sleep_quick.button_for(7))
    person.click(form.body.open_button)
    person.click(form.symptoms["anxiety"].button_for(2))
    assert person.actions <= MOST, f"{person.actions} actions"
    saved = _saved(page, context)
    assert (saved.mood, saved.craving, saved.sleep_hours) == (3, 4, 7.0)
    assert saved.symptoms is not None and saved.symptoms["anxiety"] == 2
    assert sum(saved.symptoms.values()) == 2


def test_a_check_in_by_keys_alone(page, context, qtbot):
    form, person = page.form, Person(qtbot)
    form.set_focus_first()  # where the check-in opens
    assert form.mood.buttons[0].hasFocus()
    person.press(Qt.Key.Key_3)  # mood
    person.press(Qt.Key.Key_Tab)
    person.press(Qt.Key.Key_4)  # craving
    person.press(Qt.Key.Key_Tab)
    person.press(Qt.Key.Key_7)  # hours of sleep
    person.press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Add how my body feels
    qtbot.waitUntil(form.body.is_open)  # a button's letter clicks it after a short flash
    assert form.symptoms["anxiety"].buttons[0].hasFocus()
    person.press(Qt.Key.Key_2)  # anxious or on edge: moderately
    assert person.actions <= MOST, f"{person.actions} actions"
    saved = _saved(page, context)
    assert (saved.mood, saved.craving, saved.sleep_hours) == (3, 4, 7.0)
    assert saved.symptoms is not None and saved.symptoms["anxiety"] == 2


def test_half_hours_and_long_nights_still_go_in_exactly(page, context, qtbot):
    form, person = page.form, Person(qtbot)
    assert not form.sleep_hours.isVisible()
    person.click(form.sleep_quick.button_for("other"))
    assert form.sleep_hours.isVisible() and form.sleep_hours.hasFocus()
    QTest.keyClicks(form.sleep_hours, "10.5")
    form.sleep_hours.interpretText()
    assert _saved(page, context).sleep_hours == 10.5
    page.show_day(TODAY, save_first=False)  # shown again: as "Other", with the field open
    assert form.sleep_quick.value() == "other" and form.sleep_hours.value() == 10.5
    assert form.sleep_hours.isVisible()


def test_a_saved_day_shows_every_symptom_it_has(page, context):
    journal.save_entry(
        context.db,
        journal.JournalEntry(day=TODAY, mood=2, symptoms={"headache": 3}),
        TODAY,
    )
    page.show_day(TODAY, save_first=False)
    body = page.form.body
    assert body.is_open() and page.form.symptoms["headache"].isVisible()
    assert page.form.symptoms["headache"].value() == 3
    assert not body.more_button.isVisible()


def test_the_symptoms_start_folded_with_six_first(page):
    body = page.form.body
    assert not body.is_open() and body.open_button.isVisible()
    body.open_button.click()
    shown = [key for key, row in page.form.symptoms.items() if row.isVisible()]
    assert len(shown) == 6
    body.more_button.click()
    assert all(row.isVisible() for row in page.form.symptoms.values())
    assert len(page.form.symptoms) == len(journal.load_symptoms())
