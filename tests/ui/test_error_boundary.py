"""The one error boundary: an injected storage failure in a dialog, an autosave and a
page action is said in the person's language and loses nothing; an error nobody
expected is met by the last-resort handler, which saves the typing, writes a private
crash log and says so calmly."""

from __future__ import annotations

import errno
import sqlite3
import stat
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from companion import __version__
from companion.core import contacts, journal
from companion.core.changes import Area
from companion.ui import crash, i18n
from companion.ui.errors import explain
from companion.ui.widgets import dialogs
from companion.ui.widgets.own_number_dialog import OwnNumberDialog
from tests.ui.dialog_answers import told_into

DISK_FULL = sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def spanish(spanish_translations):
    i18n.use_language("es")


def _said_in_spanish(text: str) -> None:
    assert "disco" in text and "disk" not in text


def test_a_dialog_says_a_storage_failure_in_spanish_and_keeps_what_was_typed(
    qtbot, context, spanish, monkeypatch
):
    def full(*_args, **_kwargs):
        raise DISK_FULL

    monkeypatch.setattr(contacts, "save_own_number", full)
    dialog = OwnNumberDialog(
        lambda name, number, note: context.write(
            Area.OWN_NUMBERS,
            contacts.save_own_number,
            context.db,
            None,
            name=name,
            number=number,
            note=note,
        )
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ana")
    dialog.number.setText("555 0101")
    dialog.accept()
    assert dialog.isVisible()  # still open, nothing typed is lost
    assert dialog.error.text() == explain(DISK_FULL)
    _said_in_spanish(dialog.error.text())
    assert (dialog.name.text(), dialog.number.text()) == ("Ana", "555 0101")
    assert contacts.list_own_numbers(context.db) == []


def test_an_autosave_says_a_storage_failure_in_spanish_and_saves_when_it_can(
    window, spanish, monkeypatch
):
    window.show_section("journal")
    page = window.journal
    page.form.notes.setPlainText("Hard morning, better after a walk")
    real = journal.save_valid_parts

    def full(*_args):
        raise DISK_FULL

    monkeypatch.setattr(journal, "save_valid_parts", full)
    assert page.flush() is False
    _said_in_spanish(page.saved_label.text())
    assert explain(DISK_FULL) in page.saved_label.text()
    assert page.form.notes.toPlainText() == "Hard morning, better after a walk"
    monkeypatch.setattr(journal, "save_valid_parts", real)
    assert page.flush() is True
    saved = journal.get_entry(window.context.db, window.context.today())
    assert saved is not None and saved.notes == "Hard morning, better after a walk"


def test_a_page_action_says_a_storage_failure_in_spanish(window, spanish, monkeypatch):
    said = []
    monkeypatch.setattr(dialogs, "run", told_into(said))

    def full():
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(window.context.storage, "backup_now", full)
    window.settings_page.back_up_now()
    [text] = said
    _said_in_spanish(text)
    assert "No space left" not in text  # never the English words of the system


def _raised(error: Exception) -> Exception:
    try:
        raise error
    except Exception as caught:
        return caught


def test_the_last_resort_saves_typing_writes_a_private_log_and_says_so(
    window, data_dir, monkeypatch
):
    shown = []
    monkeypatch.setattr(dialogs, "run", told_into(shown))
    window.show_section("journal")
    window.journal.form.notes.setPlainText("typed just before the crash")
    crash.handle(_raised(RuntimeError("boom")), window, data_dir, window.context.storage.clock)

    saved = journal.get_entry(window.context.db, window.context.today())
    assert saved is not None and saved.notes == "typed just before the crash"
    [log] = (data_dir / crash.CRASH_FOLDER).glob("crash-*.txt")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text("utf-8")
    assert "RuntimeError: boom" in text and "Traceback" in text and __version__ in text
    [message] = shown
    assert message.startswith("Something went wrong. What you typed is kept.")
    assert str(log) in message


def test_the_hook_routes_unexpected_errors_and_keeps_only_the_newest_logs(
    window, data_dir, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    clock = window.context.storage.clock
    crash.install(lambda: window, data_dir, clock)
    for n in range(crash.KEEP + 2):
        clock.advance(1)
        error = _raised(ValueError(f"number {n}"))
        sys.excepthook(type(error), error, error.__traceback__)
    logs = sorted((data_dir / crash.CRASH_FOLDER).glob("crash-*.txt"))
    assert len(logs) == crash.KEEP
    assert f"number {crash.KEEP + 1}" in logs[-1].read_text("utf-8")
    assert "number 0" not in "".join(log.read_text("utf-8") for log in logs)


def test_the_message_is_translated(spanish):
    assert crash.message(True, None).startswith("Algo")
