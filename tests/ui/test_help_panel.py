"""Get help now: every region's numbers, the person's own numbers with undo, overdose steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from companion.core import contacts, content
from companion.core.settings import REGIONS
from companion.ui.widgets.help_panel import HelpPanel
from companion.ui.widgets.own_number_dialog import OwnNumberDialog


@pytest.fixture
def panel(qtbot, context):
    widget = HelpPanel(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize("region", REGIONS)
def test_every_region_shows_its_emergency_number_and_helplines(qtbot, context, region):
    context.set_setting("region", region)
    widget = HelpPanel(context)
    qtbot.addWidget(widget)
    expected = content.region_help(region)
    assert widget.region.currentData() == region
    assert widget.emergency_number.text() == expected.emergency_number
    texts = _texts(widget)
    for line in expected.helplines:
        assert line.name in texts
        assert line.number in texts
        assert line.source in texts
        assert line.last_checked in texts


def test_panel_follows_region_setting_changes(panel, context):
    context.set_setting("region", "AU")
    assert panel.emergency_number.text() == "000"
    assert "Lifeline" in _texts(panel)
    context.set_setting("region", "NZ")
    assert panel.emergency_number.text() == "111"


def test_panel_can_show_another_region_without_changing_settings(panel, context):
    panel.region.setCurrentIndex(panel.region.findData("IE"))
    assert panel.emergency_number.text() == "112 or 999"
    assert context.setting("region") == "US"


def test_overdose_response_steps_are_shown_with_sources(panel):
    steps = content.load_response_steps()
    texts = _texts(panel)
    for step in steps.steps:
        assert step in texts
    for sign in steps.signs:
        assert sign in texts
    assert steps.sources[0] in texts


def test_empty_own_numbers_say_what_to_do(panel):
    numbers = panel.own_numbers
    assert numbers.empty.isVisibleTo(panel) and "Add someone you trust" in numbers.empty.text()
    assert not numbers.view.isVisibleTo(panel)
    assert not numbers.edit_button.isEnabled()
    assert not numbers.remove_button.isEnabled()


def test_add_a_number_through_the_dialog(panel, context, qtbot, monkeypatch):
    def fill_and_save(dialog: OwnNumberDialog) -> int:
        dialog.name.setText("My sister")
        dialog.number.setText("07700 900123")
        dialog.note.setText("Any time")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OwnNumberDialog, "exec", fill_and_save)
    panel.own_numbers.add()
    saved = contacts.list_own_numbers(context.db)
    assert [(n.name, n.number, n.note) for n in saved] == [
        ("My sister", "07700 900123", "Any time")
    ]
    assert panel.own_numbers.rows() == saved and panel.own_numbers.selected() == saved[0]
    assert panel.own_numbers.view.isVisibleTo(panel)


def test_invalid_number_is_refused_with_a_message_and_nothing_saved(context, qtbot):
    def save(name, number, note):
        contacts.save_own_number(context.db, None, name=name, number=number, note=note)

    dialog = OwnNumberDialog(save)
    qtbot.addWidget(dialog)
    dialog.name.setText("Clinic")
    dialog.number.setText("call me")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "digit" in dialog.error.text()
    assert dialog.result() == 0
    assert contacts.list_own_numbers(context.db) == []


def test_edit_a_number(panel, context, monkeypatch):
    contacts.save_own_number(context.db, None, name="Sponsor", number="555 0100")
    panel.refresh_numbers()
    panel.own_numbers.select_row(0)
    assert panel.own_numbers.edit_button.isEnabled()

    def change(dialog: OwnNumberDialog) -> int:
        assert dialog.name.text() == "Sponsor"
        dialog.number.setText("555 0199")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OwnNumberDialog, "exec", change)
    panel.own_numbers.edit_selected()
    assert contacts.list_own_numbers(context.db)[0].number == "555 0199"


def test_remove_then_undo_puts_the_number_back(panel, context, qtbot):
    contacts.save_own_number(context.db, None, name="Sam", number="555 0101")
    contacts.save_own_number(context.db, None, name="Alex", number="555 0102")
    before = contacts.list_own_numbers(context.db)
    panel.refresh_numbers()
    panel.own_numbers.select_row(0)
    panel.own_numbers.remove_selected()
    undo_bar = panel.own_numbers.undo_bar
    assert [n.name for n in contacts.list_own_numbers(context.db)] == ["Alex"]
    assert undo_bar.isVisibleTo(panel)
    assert "Sam" in undo_bar.label.text()
    undo_bar.button.click()
    assert contacts.list_own_numbers(context.db) == before
    assert not undo_bar.isVisibleTo(panel)


def test_delete_key_removes_the_selected_number(panel, context, qtbot):
    contacts.save_own_number(context.db, None, name="Sam", number="555 0101")
    panel.refresh_numbers()
    panel.own_numbers.select_row(0)
    panel.own_numbers.view.setFocus()
    qtbot.keyClick(panel.own_numbers.view, Qt.Key.Key_Delete)
    assert contacts.list_own_numbers(context.db) == []


def test_own_numbers_model_is_a_valid_qt_model(panel, context, qtmodeltester):
    contacts.save_own_number(context.db, None, name="Sam", number="555 0101", note="evenings")
    contacts.save_own_number(context.db, None, name="Al", number="1")
    panel.refresh_numbers()
    model = panel.own_numbers.model
    qtmodeltester.check(model)
    qtmodeltester.check(panel.own_numbers.proxy)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole).startswith("Sam")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == (
        "Sam, 555 0101, evenings"
    )
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole).name == "Al"
