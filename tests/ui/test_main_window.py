"""The main window: sections, navigation, Get help now, discreet title, remembered size."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from companion.ui.app import window_state_for
from companion.ui.main_window import MainWindow

SECTIONS = ["today", "prepare", "breathe", "journal", "learn", "plan", "settings"]


def test_sidebar_lists_every_section_in_order(window):
    keys = [
        window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())
    ]
    assert keys == SECTIONS
    texts = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert texts == ["Today", "Prepare", "Breathe", "Journal", "Learn", "Plan", "Settings"]


def test_ctrl_number_shortcuts_switch_sections(window, qtbot):
    for number, key in enumerate(SECTIONS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == key
        assert window.stack.currentWidget() is window.pages[key]


def test_clicking_sidebar_shows_page(window):
    window.nav.setCurrentRow(SECTIONS.index("learn"))
    assert window.current_section() == "learn"


def test_every_section_has_its_own_page(window):
    pages = {key: type(page).__name__ for key, page in window.pages.items()}
    assert pages == {
        "today": "TodayPage",
        "prepare": "PreparePage",
        "breathe": "BreathePage",
        "journal": "JournalPage",
        "learn": "LearnPage",
        "plan": "PlanPage",
        "settings": "SettingsPage",
    }


def test_today_buttons_open_their_sections(window, qtbot):
    for key, button in window.today.section_buttons.items():
        window.show_section("today")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_section() == key


def test_get_help_button_and_f1_open_the_panel(window, qtbot):
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    assert window.help_panel is not None and window.help_panel.isVisible()
    window.help_panel.close()
    assert not window.help_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_panel.isVisible()
    window.help_panel.close()
    qtbot.mouseClick(window.today.help_button, Qt.MouseButton.LeftButton)
    assert window.help_panel.isVisible()


def test_get_help_button_is_always_visible(window):
    for key in SECTIONS:
        window.show_section(key)
        assert window.help_button.isVisible()


def test_discreet_mode_gives_a_neutral_title(window, context):
    assert "detox" in window.windowTitle()
    context.set_setting("discreet_mode", True)
    assert window.windowTitle() == "Prep Companion"
    context.set_setting("discreet_mode", False)
    assert "detox" in window.windowTitle()


def test_discreet_title_is_used_from_the_start(qtbot, context, data_dir):
    context.set_setting("discreet_mode", True)
    win = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(win)
    assert win.windowTitle() == "Prep Companion"


def test_window_size_is_remembered(qtbot, context, data_dir):
    first = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 700)
    first.close()
    state_file = data_dir / "window.ini"
    assert state_file.exists()
    assert state_file.stat().st_mode & 0o777 == 0o600
    second = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(second)
    # The offscreen test screen is only 800 px wide, so Qt fits the width to the
    # screen (and our minimum); the remembered height comes back exactly.
    assert second.height() == 700
    assert second.width() >= 880


def test_readable_at_small_and_large_sizes(window, qtbot):
    for width, height in ((900, 600), (1280, 800)):
        window.resize(width, height)
        qtbot.wait(10)
        for key in SECTIONS:
            window.show_section(key)
            page = window.stack.currentWidget()
            if isinstance(page, QScrollArea):
                # Scrolling pages scroll vertically and never need a horizontal scroll bar.
                assert page.horizontalScrollBar().maximum() == 0
            else:
                assert page.minimumSizeHint().width() <= page.width()
        assert window.width() >= 880


def test_automatic_backup_runs_only_after_a_change(window, context):
    window.backup_if_due()  # copying the checklist on first use was a change
    made = len(context.storage.backups())
    context.storage.clock.advance(timedelta(minutes=20))
    window.backup_if_due()
    assert len(context.storage.backups()) == made  # nothing changed since
    context.set_setting("region", "UK")
    window.backup_if_due()
    assert len(context.storage.backups()) == made + 1


def test_ctrl_comma_opens_settings(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "settings"


def test_only_today_is_built_at_start(window):
    assert [key for key in SECTIONS if window.built(key) is not None] == ["today"]
    assert window.help_panel is None


def test_a_page_is_built_once_when_first_shown(window, qtbot):
    window.show_section("journal")
    journal = window.built("journal")
    assert journal is not None and window.stack.currentWidget() is journal
    assert window.built("plan") is None
    window.show_section("today")
    window.show_section("journal")
    assert window.built("journal") is journal
    assert window.stack.count() == len(SECTIONS)


def test_today_shows_the_checklist_before_prepare_is_opened(window):
    assert window.built("prepare") is None
    summary = window.today.readiness.summary.text()
    assert summary.startswith("Ready: 0% (0 of ") and "(0 of 0 done)" not in summary


def test_the_backup_timer_runs_only_while_a_change_waits(window, context):
    assert not window.backup_timer.isActive()  # nothing fires while nothing changes
    context.set_setting("discreet_mode", True)
    assert window.backup_timer.isActive()
    context.storage.backup_now()
    window.backup_if_due()
    assert not window.backup_timer.isActive()
