"""Today: the countdown as a large number, one next step with the page's only primary
button, compact cards in two columns where there is room, and in discreet mode no word
of what the app is for, on screen or in what a screen reader reads."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

from companion.core import intake, storage
from companion.core.changes import Area
from companion.core.clock import FakeClock
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import demo_data

WORDS = {"en": ("detox",), "es": ("desintox", "detox")}


def _said(widget: QWidget) -> list[str]:
    """What a person sees or a screen reader reads on `widget`."""
    said = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        said.append(widget.text())
    return said


@pytest.mark.parametrize("language", ["en", "es"])
def test_discreet_mode_says_nothing_of_detox(language, tmp_path, qtbot, spanish_translations):
    assert i18n.use_language(language)
    folder = tmp_path / "demo"
    demo_data.build(folder, date(2026, 1, 1))
    store = storage.open(folder, clock=FakeClock())
    try:
        context = AppContext(store)
        window = MainWindow(context, window_state_for(folder))
        qtbot.addWidget(window)
        window.show()
        today = window.today
        context.set_setting("discreet_mode", True)
        found = [
            f"{type(w).__name__}: {t!r}"
            for w in [today, *today.findChildren(QWidget)]
            if w.isVisibleTo(today) or w is today
            for t in _said(w)
            if any(word in t.casefold() for word in WORDS[language])
        ]
        assert found == []
    finally:
        store.close()


def test_the_countdown_is_a_large_number_with_the_date_beneath(window, context):
    today = window.today
    assert today.countdown_number.isHidden()
    assert "No intake date" in today.intake_text.text()
    assert today.next_action == "intake"
    context.write(Area.INTAKE, intake.set_intake, context.db, date(2026, 1, 13), "Riverside")
    assert today.countdown_number.text() == "12"
    assert not today.countdown_number.isHidden()
    number, body = today.countdown_number.font(), today.intake_text.font()
    assert number.pointSizeF() >= 2.5 * body.pointSizeF()
    assert "12 days until intake at Riverside" in today.intake_text.text()
    assert "2026" in today.intake_text.text()  # the date beneath, in the person's language
    assert today.countdown_number.accessibleName() == today.intake_text.text()


def test_one_next_step_and_it_goes_there(window, context, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__))
    today = window.today
    primaries = [
        b for b in today.findChildren(QAbstractButton) if b.objectName() == "primaryButton"
    ]
    assert primaries == [today.next_button]
    today.next_button.click()  # no date yet: the intake dialog is the next step
    assert window.current_section() == "prepare" and opened == ["IntakeDialog"]
    window.show_section("today")
    context.write(Area.INTAKE, intake.set_intake, context.db, date(2026, 1, 13))
    assert today.next_action == "checklist"
    assert today.next_text.text().startswith("Next on your checklist")


def test_cards_are_two_columns_when_wide_and_one_when_narrow(window, qtbot, context):
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.today.cards.columns == 2)
    column = window.today.body.parentWidget()
    assert column is not None
    # no empty fifth of the page on the right
    assert column.width() > 0.8 * (window.today.viewport().width() - 64)
    context.set_setting("text_size", "largest")
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.today.cards.columns == 1)
    assert window.width() <= 900


def test_discreet_mode_on_a_new_data_folder_too(window, context):
    today = window.today
    said = [t for w in today.findChildren(QWidget) for t in _said(w)]
    assert any("detox" in t.casefold() for t in said)  # Learn's line says it, until...
    context.set_setting("discreet_mode", True)
    shown = [w for w in today.findChildren(QWidget) if w.isVisibleTo(today)]
    assert not [t for w in shown for t in _said(w) if "detox" in t.casefold()]
