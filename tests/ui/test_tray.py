"""The tray and the reminders on screen: off by default, the banner on Today where there
is no tray (as offscreen), discreet notices, the tray's menu, and Settings' part."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from companion.core import reminders
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.shell import Shell
from companion.ui.tray import Tray, notice_words


@pytest.fixture
def shell(qtbot, context, data_dir):
    made = Shell(context, window_state_for(data_dir))
    qtbot.addWidget(made.window)
    made.window.show()
    qtbot.waitExposed(made.window)
    return made


def test_off_by_default(shell, data_dir, app):
    tray = Tray(shell, data_dir, available=True)
    assert tray.icon is None and not tray.timer.isActive() and not tray.in_use
    assert app.quitOnLastWindowClosed()
    assert shell.window.today.reminder_banner.isHidden()


def test_without_a_tray_the_reminder_shows_on_today_once(shell, context, data_dir, qtbot):
    context.set_setting("reminder_check_in_time", "08:00")  # the test clock says 09:00
    tray = Tray(shell, data_dir, available=False)
    banner = shell.window.today.reminder_banner
    assert banner.isHidden()
    context.set_setting("reminder_check_in", True)  # checked at once
    assert not banner.isHidden()
    assert "check-in" in banner.text.text()
    assert tray.check() == []  # not twice
    with qtbot.waitSignal(banner.openCheckIn):
        banner.check_in_button.click()
    assert banner.isHidden()
    assert shell.window.current_section() == "journal"


def test_without_a_tray_settings_says_so(shell, data_dir):
    Tray(shell, data_dir, available=False)
    card = shell.window.settings_page.reminders
    assert "no tray" in card.where.text()
    # Start with my computer then opens the window; it does not promise a tray
    assert "starts in the tray" not in card.autostart_note.text()


def test_the_tray_menu_opens_get_help_now(shell, context, data_dir):
    tray = Tray(shell, data_dir, available=False)
    icon = tray._make_icon()  # offscreen has no tray to show it in
    names = [action.text() for action in icon.contextMenu().actions() if action.text()]
    assert names == ["Open Prep Companion", "Get help now", "Lock now", "Quit"]
    icon.contextMenu().aboutToShow.emit()
    lock = icon.contextMenu().actions()[2]
    assert not lock.isVisible()  # the data is not protected: nothing to lock
    help_action = icon.contextMenu().actions()[1]
    help_action.trigger()
    assert shell.window.help_panel is not None and shell.window.help_panel.isVisible()
    shell.window.help_panel.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_discreet_notices_say_only_the_app_name(language, spanish_translations):
    i18n.use_language(language)
    for reminder in (
        reminders.Reminder(reminders.CHECK_IN),
        reminders.Reminder(reminders.APPOINTMENT, datetime(2026, 3, 10, 15, 0)),
    ):
        title, text = notice_words(reminder, discreet=True)
        words = f"{title} {text}".lower()
        assert title == "Prep Companion" and "Prep Companion" in text
        for word in ("detox", "journal", "craving", "check", "diario", "ansia", "desintox"):
            assert word not in words
        _title, plain = notice_words(reminder, discreet=False)
        assert plain != text


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen shows no tray icon
def test_settings_turn_reminders_on(shell, context, data_dir, app):
    tray = Tray(shell, data_dir, available=True)
    card = shell.window.settings_page.reminders
    assert not card.time.isEnabled()
    card.check_in.setChecked(True)
    assert context.setting("reminder_check_in") is True and card.time.isEnabled()
    card.time.setEditText("7:15 pm")
    card.time.edit.editingFinished.emit()
    assert context.setting("reminder_check_in_time") == "19:15"
    card.lead.setCurrentIndex(card.lead.findData(60))
    assert context.setting("reminder_appointment_lead") == 60
    assert tray.timer.isActive() and not app.quitOnLastWindowClosed()
    card.check_in.setChecked(False)
    assert not tray.timer.isActive() and app.quitOnLastWindowClosed()


def test_start_with_my_computer_writes_and_removes_the_file(
    shell, context, data_dir, tmp_path, monkeypatch
):
    from companion.core import autostart

    if not autostart.supported():
        pytest.skip("freedesktop autostart only")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    Tray(shell, data_dir, available=False)
    card = shell.window.settings_page.reminders
    card.autostart.setChecked(True)
    path = autostart.entry_path()
    assert path.is_file() and context.setting("start_with_computer") is True
    assert "--data-dir" in path.read_text()  # the test's data folder is not the usual one
    card.autostart.setChecked(False)
    assert not path.exists() and context.setting("start_with_computer") is False


def test_quit_from_the_tray_ends_the_app(shell, data_dir, monkeypatch):
    ended = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: ended.append(True))
    Tray(shell, data_dir, available=False).quit()
    assert ended == [True] and not shell.window.isVisible()
