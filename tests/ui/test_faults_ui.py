"""A full disk while the window is open: the person is told "Not saved", never "Saved",
what they typed stays on screen to be saved later, and nothing crashes."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt

from companion.core import checklist, journal
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import answering, text_of

TODAY = date(2026, 1, 1)  # the FakeClock's date in the UI fixtures
FULL = "database or disk is full"
_real_set_done = checklist.set_done


def _disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError(FULL)


@pytest.fixture
def warnings(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append((box.windowTitle(), text_of(box))))
    return shown


@pytest.fixture
def journal_page(window):
    window.show_section("journal")
    return window.journal


def _type(page, text="A hard night, but I am still here"):
    page.form.notes.setPlainText(text)
    page.form.craving.setValue(7)


def test_journal_save_on_a_full_disk_says_not_saved(journal_page, context, monkeypatch):
    page = journal_page
    _type(page)
    monkeypatch.setattr(journal, "save_entry", _disk_full)
    assert page.flush() is False
    label = page.saved_label.text()
    assert label.startswith("Not saved")
    assert "disk is full" in label
    assert label != "Saved"
    assert journal.get_entry(context.db, TODAY) is None
    # What was typed is still there, and still owed a save.
    assert page.form.notes.toPlainText() == "A hard night, but I am still here"
    assert page.autosave.dirty
    monkeypatch.undo()  # room again, so the window can close with the typing saved


def test_autosave_keeps_trying_and_saves_once_there_is_room(journal_page, context, monkeypatch):
    page = journal_page
    clock = context.storage.clock
    _type(page)
    monkeypatch.setattr(journal, "save_entry", _disk_full)
    for _ in range(3):
        clock.advance(2.0)
        page.autosave.tick()
        assert page.saved_label.text().startswith("Not saved")
    monkeypatch.undo()  # space was freed
    clock.advance(2.0)
    page.autosave.tick()
    assert page.saved_label.text() == "Saved"
    saved = journal.get_entry(context.db, TODAY)
    assert saved.notes == "A hard night, but I am still here"
    assert saved.craving == 7


def test_closing_the_window_on_a_full_disk_asks_before_losing_typing(
    window, journal_page, monkeypatch
):

    _type(journal_page)
    monkeypatch.setattr(journal, "save_entry", _disk_full)
    asked = []

    monkeypatch.setattr(dialogs, "run", answering(False, asked))
    window.close()  # the close-time save fails: the person is asked, and chooses to stay
    assert asked and "is not saved" in asked[0] and "the disk is full" in asked[0]
    assert window.isVisible()
    assert journal_page.saved_label.text().startswith("Not saved")
    assert journal_page.form.notes.toPlainText().startswith("A hard night")
    monkeypatch.setattr(dialogs, "run", answering(True))
    window.close()
    assert not window.isVisible()


def test_moving_to_another_day_on_a_full_disk_keeps_the_typing(journal_page, context, monkeypatch):
    page = journal_page
    _type(page)
    monkeypatch.setattr(journal, "save_entry", _disk_full)
    page.previous_button.click()
    monkeypatch.undo()
    kept_on_screen = page.day == TODAY and page.form.notes.toPlainText().startswith("A hard")
    assert kept_on_screen or journal.get_entry(context.db, TODAY) is not None


@pytest.fixture
def checklist_tab(window):
    window.show_section("prepare")
    window.prepare.show_tab("checklist")
    return window.prepare.checklist_tab


def _check_state(tab, item_id):
    return tab.model.data(tab.model.index_of_item(item_id), Qt.ItemDataRole.CheckStateRole)


def test_ticking_a_task_on_a_full_disk_shows_a_message(
    checklist_tab, context, monkeypatch, warnings
):
    tab = checklist_tab
    first = tab.model.items_in_order()[0]
    monkeypatch.setattr(checklist, "set_done", _disk_full)
    index = tab.model.index_of_item(first.id)
    tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Not saved"
    assert "disk is full" in text
    assert "Nothing was changed" in text
    assert checklist.get_item(context.db, first.id).done_on is None
    # The tick box shows what is stored, not what was asked for.
    assert _check_state(tab, first.id) in (Qt.CheckState.Unchecked, Qt.CheckState.Unchecked.value)
    monkeypatch.setattr(checklist, "set_done", _real_set_done)
    tab.model.setData(
        tab.model.index_of_item(first.id),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert checklist.get_item(context.db, first.id).done_on == TODAY
    assert len(warnings) == 1


def test_every_checklist_change_on_a_full_disk_is_reported(
    checklist_tab, context, monkeypatch, warnings
):
    """Delete, move up and undo go through the same path; each says so and changes nothing."""
    tab = checklist_tab
    before = [(i.id, i.category, i.position) for i in checklist.list_items(context.db)]
    second = tab.model.items_in_order()[1]
    tab.select_item(second.id)
    for name in ("delete_item", "move_item", "restore_item"):
        monkeypatch.setattr(checklist, name, _disk_full)
    tab.delete_item()
    tab.move_selected(-1)
    assert len(warnings) == 2
    assert all(title == "Not saved" and "disk is full" in text for title, text in warnings)
    assert [(i.id, i.category, i.position) for i in checklist.list_items(context.db)] == before
    assert not tab.undo_bar.isVisible()  # nothing was deleted, so there is nothing to undo


def test_a_storage_error_from_the_backup_timer_goes_to_the_status_bar(window, monkeypatch):
    from companion.core import storage

    def backup_fails():
        raise storage.DiskFullError("Could not make a backup: the disk is full.", "backup")

    monkeypatch.setattr(window.context.storage, "backup_if_due", backup_fails)
    window.backup_if_due()
    assert "disk is full" in window.statusBar().currentMessage()
