"""Passphrase protection on screen: Settings turns it on (the recovery key shown once and
asked back), changes the passphrase and turns it off; the unlock screen opens the data
with the passphrase or the recovery key and says plainly when neither fits; Get help now
works on it without the data; Lock now and locking after a while save what was typed,
close the data and bring the unlock screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QShortcut

from companion.core import journal, storage
from companion.core.storage import keys, protection
from companion.ui.app import window_state_for
from companion.ui.look import Look
from companion.ui.protection_dialogs import (
    ChangePassphraseDialog,
    ProtectDialog,
    RecoveryKeyDialog,
    TurnOffDialog,
)
from companion.ui.shell import Shell
from companion.ui.unlock import UnlockWindow
from companion.ui.widgets import dialogs

CHEAP = keys.Cost(n=2**10, r=8, p=1)
PASSPHRASE = "river stones at dawn"


@pytest.fixture
def cheap(context):
    context.key_cost = CHEAP
    return context


def _protect(context, qtbot) -> str:
    dialog = ProtectDialog(context)
    qtbot.addWidget(dialog)
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.again.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == ProtectDialog.DialogCode.Accepted, dialog.error.text()
    return dialog.recovery_key


def test_protecting_from_settings_encrypts_and_the_page_follows(window, cheap, qtbot, data_dir):
    window.show_section("settings")
    page = window.settings_page
    assert page.protect_button.isVisibleTo(page) and not page.unprotect_button.isVisibleTo(page)
    recovery = _protect(cheap, qtbot)
    assert cheap.protected and protection.is_protected(data_dir)
    assert keys.normalise_recovery_key(recovery)
    assert not storage.db.is_plain(cheap.storage.path)
    assert page.unprotect_button.isVisibleTo(page) and page.locking.isVisibleTo(page)
    assert not page.protect_button.isVisibleTo(page)
    assert "encrypted" in page.protection_text.text()
    # the app goes on saving, into the encrypted file
    cheap.set_setting("region", "UK")
    assert cheap.setting("region") == "UK"


def test_the_passphrase_is_asked_twice_and_long_enough(cheap, qtbot):
    dialog = ProtectDialog(cheap)
    qtbot.addWidget(dialog)
    dialog.passphrase.first.setText("short")
    dialog.passphrase.again.setText("short")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "too short" in dialog.error.text()
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.again.setText(PASSPHRASE + "!")
    dialog.accept()
    assert "not the same" in dialog.error.text()
    assert not cheap.protected


def test_the_recovery_key_is_asked_back_before_the_dialog_closes(qtbot, monkeypatch):
    key = keys.new_recovery_key()
    dialog = RecoveryKeyDialog(key, date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_label.text().split() == key.split("-")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    dialog.reject()  # Esc before the key was checked: asked, and stays
    assert asked and dialog.isVisible()
    dialog.kept_button.click()
    assert dialog.pages.currentIndex() == 1
    dialog.answer.setText("ZZZZZ")
    dialog.check_button.click()
    assert dialog.problem.isVisibleTo(dialog) and not dialog.confirmed
    group = keys.recovery_group(key, dialog.group)
    dialog.answer.setText(group.lower())
    dialog.check_button.click()
    assert dialog.confirmed and dialog.result() == RecoveryKeyDialog.DialogCode.Accepted
    data = dialog.page_data()
    assert data["key"] == key and len(dialog._pdf()) > 1000


def test_change_passphrase_and_turn_off_need_the_passphrase(cheap, qtbot, data_dir):
    recovery = _protect(cheap, qtbot)
    change = ChangePassphraseDialog(cheap)
    qtbot.addWidget(change)
    change.current.setText("not it")
    change.passphrase.first.setText("a brand new passphrase")
    change.passphrase.again.setText("a brand new passphrase")
    change.accept()
    assert "not the passphrase" in change.error.text()
    change.current.setText(recovery)
    change.accept()
    assert change.result() == ChangePassphraseDialog.DialogCode.Accepted
    document = keys.read_key_file(data_dir)
    assert document is not None and keys.unlock(document, "a brand new passphrase")
    off = TurnOffDialog(cheap)
    qtbot.addWidget(off)
    off.current.setText(PASSPHRASE)  # the old one no longer fits
    off.accept()
    assert off.error.isVisibleTo(off) and cheap.protected
    off.current.setText("a brand new passphrase")
    off.accept()
    assert not cheap.protected and not protection.is_protected(data_dir)
    assert storage.db.is_plain(cheap.storage.path)


def test_the_unlock_screen_opens_with_either_secret_and_says_when_neither_fits(qtbot):
    data_key, document = keys.make_keys(PASSPHRASE, "7K2QM-4PXRT-9WBCD-EFGH1-JK3MN", CHEAP)
    screen = UnlockWindow(document, Look(discreet_mode=False))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.field.echoMode().name == "Password"
    screen.field.setText("a wrong guess here")
    assert not screen.try_unlock()
    assert screen.problem.isVisibleTo(screen) and "does not open" in screen.problem.text()
    assert screen.key is None
    screen.field.setText("7k2qm 4pxrt 9wbcd efgh1 jk3mn")
    with qtbot.waitSignal(screen.unlocked) as got:
        assert screen.try_unlock()
    assert got.args == [data_key] and screen.field.text() == ""


def test_get_help_now_works_on_the_unlock_screen_without_the_data(qtbot):
    _, document = keys.make_keys(PASSPHRASE, keys.new_recovery_key(), CHEAP)
    screen = UnlockWindow(document, Look(region="UK"))
    qtbot.addWidget(screen)
    screen.show()
    shortcuts = {s.key().toString() for s in screen.findChildren(QShortcut)}
    assert {"F1", "Ctrl+Shift+H"} <= shortcuts
    screen.help_button.click()
    panel = screen.help_panel
    assert panel is not None and panel.isVisible()
    assert panel.emergency_number.text() == "999"
    assert not panel.people_box.isVisibleTo(panel) and not panel.safety_box.isVisibleTo(panel)
    assert not panel.craving_button.isVisibleTo(panel)


def test_lock_now_saves_typing_closes_the_data_and_unlocks_again(
    cheap, qtbot, data_dir, monkeypatch
):
    _protect(cheap, qtbot)
    shell = Shell(cheap, window_state_for(data_dir))
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.show_section("journal")
    shell.window.journal.form.notes.setPlainText("typed just before locking")
    shortcuts = {s.key().toString() for s in shell.window.findChildren(QShortcut)}
    assert "Ctrl+L" in shortcuts
    shell.window.request_lock()
    assert shell.locked and shell.unlock_window is not None
    assert not shell.window.isVisible()
    screen = shell.unlock_window
    qtbot.addWidget(screen)
    screen.field.setText(PASSPHRASE)
    assert screen.try_unlock()
    assert not shell.locked and shell.window.isVisible()
    saved = journal.get_entry(shell.context.db, shell.context.today())
    assert saved is not None and saved.notes == "typed just before locking"
    shell.context.storage.close()


def test_locking_after_a_while_follows_the_setting(cheap, qtbot, data_dir):
    shell = Shell(cheap, window_state_for(data_dir))
    qtbot.addWidget(shell.window)
    cheap.set_setting("lock_after", 5)
    assert not shell.idle.isActive()  # not protected: never locks
    _protect(cheap, qtbot)
    assert shell.idle.isActive() and shell.idle.interval() == 5 * 60_000
    shell.idle.timeout.emit()
    assert shell.locked
    screen = shell.unlock_window
    assert screen is not None
    qtbot.addWidget(screen)
    screen.field.setText(PASSPHRASE)
    assert screen.try_unlock()
    assert shell.idle.isActive()
    shell.context.set_setting("lock_after", 0)
    assert not shell.idle.isActive()
    shell.context.storage.close()


def test_the_welcome_offers_protection_and_goes_there_when_ticked(
    window, cheap, qtbot, monkeypatch
):
    from companion.ui import protection_dialogs, welcome

    called: list[object] = []
    monkeypatch.setattr(protection_dialogs, "turn_on", lambda ctx, *_a: called.append(ctx))
    dialog = welcome.open_welcome(cheap, window)
    assert not dialog.protect_box.isChecked() and dialog.protect_box.accessibleName()
    dialog.protect_box.setChecked(True)
    dialog.finish()
    qtbot.waitUntil(lambda: bool(called))
    assert called == [cheap]


def test_exporting_protected_data_offers_a_passphrase_for_the_file(
    window, cheap, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from companion.core import sealed
    from companion.ui import protection_dialogs
    from companion.ui.pages import settings_data

    _protect(cheap, qtbot)
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose(dialog) -> int:
        assert dialog.protect.isChecked()  # on at first, for protected data
        dialog.passphrase.first.setText("words for the file")
        dialog.passphrase.again.setText("words for the file")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(protection_dialogs.ExportChoiceDialog, "exec", choose)
    assert settings_data.export_everything(window, cheap) == target
    assert sealed.is_sealed(__import__("json").loads(target.read_text()))
    asked: list[bool] = []

    def answer(_parent, _name, again):
        asked.append(again)
        return "words for the file" if again else "a wrong guess"

    monkeypatch.setattr(protection_dialogs, "ask_file_passphrase", answer)
    found = settings_data._check_import(window, target)
    assert asked == [False, True] and found is not None and found[1] == []


def test_saving_a_plain_file_from_protected_data_is_said_first(window, cheap, qtbot, monkeypatch):
    from companion.ui.protection_dialogs import plain_file_ok

    assert plain_file_ok(window, cheap)  # not protected: nothing to say
    _protect(cheap, qtbot)
    said: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: said.append(a[2]) or False)
    assert not plain_file_ok(window, cheap)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: said.append(a[2]) or True)
    assert plain_file_ok(window, cheap) and plain_file_ok(window, cheap)
    assert len(said) == 2 and "not be protected" in said[0]  # once agreed, not again
