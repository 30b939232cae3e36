"""Helper mode across the app: the sidebar's Journal row becomes Helping (same place, same
Ctrl+4), Today becomes the helper's Today, every page still opens, and the journal is never
shown (not by the sidebar, its shortcut, a link, the check-in of Today, the tray or a
reminder); one click in the sidebar switches back, and the person's view has its Journal."""

from __future__ import annotations

import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from companion.core import helper_mode
from companion.ui.who_dialog import WhoDialog, use_choice

PERSON = ["today", "prepare", "breathe", "journal", "learn", "plan", "settings"]
HELPER = ["today", "prepare", "breathe", "helping", "learn", "plan", "settings"]


@pytest.fixture
def ana(context):
    return helper_mode.add_helper(context.db, "Ana")


def _helping(context, helper_id) -> None:
    use_choice(context, True, helper_id, "")


def _keys(window) -> list[str]:
    return [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]


def _journal_hidden(window) -> None:
    journal = window.built("journal")
    assert journal is None or not journal.isVisible()
    assert window.current_section() != "journal"
    assert "journal" not in window.keys
    assert "Journal" not in [window.nav.item(r).text() for r in range(window.nav.count())]


def test_the_person_sees_the_journal_and_a_quiet_switch(window):
    assert _keys(window) == PERSON
    assert window.switch_button.isVisible() and window.switch_button.text() == "Helper view"
    assert window.switch_button.isFlat()  # quiet in the person's view


def test_helper_mode_swaps_journal_for_helping_in_the_same_place(window, context, ana):
    _helping(context, ana)
    assert _keys(window) == HELPER
    assert window.nav.item(3).text() == "Helping"
    assert window.nav.item(3).toolTip() == "Helping (Ctrl+4)"
    assert not window.nav.item(3).icon().isNull()
    assert window.switch_button.accessibleDescription() == "Helper view: Ana"
    assert window.switch_button.text() == "Person's view"
    assert type(window.stack.widget(0)).__name__ == "HelperTodayPage"
    _journal_hidden(window)


def test_ctrl_4_opens_helping_in_helper_mode_and_the_journal_otherwise(window, context, qtbot, ana):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "journal"
    _helping(context, ana)
    assert window.current_section() == "helping"  # the journal on screen gives way at once
    _journal_hidden(window)
    window.show_section("today")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "helping"
    assert type(window.stack.currentWidget()).__name__ == "HelpingPage"


@pytest.mark.parametrize("helping", [False, True])
def test_every_page_opens_in_both_modes(window, context, ana, helping):
    if helping:
        _helping(context, ana)
    expected = HELPER if helping else PERSON
    for number, key in enumerate(expected, start=1):
        window.show_section(key)
        assert window.current_section() == key
        page = window.stack.currentWidget()
        assert page is window.page(key) and page.isVisible()
        assert window.nav.currentRow() == number - 1
    names = {key: type(page).__name__ for key, page in window.pages.items()}
    assert names["today"] == ("HelperTodayPage" if helping else "TodayPage")
    assert ("helping" in names) is helping and ("journal" in names) is not helping
    window.open_help()
    assert window.help_panel is not None and window.help_panel.isVisible()
    window.help_panel.close()
    if helping:
        _journal_hidden(window)


def test_every_way_to_the_journal_leads_to_the_helpers_check_in(window, context, ana):
    window.journal  # built before: it is hidden, never shown  # noqa: B018
    _helping(context, ana)
    for way in (
        window.open_check_in,
        lambda: window.show_section("journal"),
        lambda: window.open_link("journal"),
        lambda: window.today.openCheckIn.emit(),
        lambda: window.today.reminder_banner.openCheckIn.emit(),
        lambda: window.open_link("helping:check-in"),
    ):
        window.show_section("today")
        way()
        assert window.current_section() in ("helping", "today")
        _journal_hidden(window)
    window.open_check_in()
    assert window.current_section() == "helping"
    assert window.helping.part() == "check-in"
    window.open_link("helping:conversations")
    assert window.helping.part() == "conversations"
    window.open_check_in()
    assert window.helping.part() == "check-in"


def test_the_tray_notice_of_a_check_in_goes_to_the_helpers_check_in(window, context, ana):
    from companion.core import reminders
    from companion.ui.tray import Tray

    _helping(context, ana)
    tray = Tray.__new__(Tray)  # only the part that follows a clicked notice
    tray.shell = types.SimpleNamespace(window=window, bring_forward=lambda: None)
    tray.last = reminders.Reminder(reminders.CHECK_IN)
    tray._message_clicked()
    assert window.current_section() == "helping"
    _journal_hidden(window)


def test_one_click_switches_back_and_forth(window, context, qtbot, ana):
    _helping(context, ana)
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert context.setting("user") == "person"
    assert _keys(window) == PERSON
    assert type(window.stack.widget(0)).__name__ == "TodayPage"
    window.show_section("journal")
    assert window.current_section() == "journal" and window.journal.isVisible()
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)  # Ana, remembered
    assert context.setting("user") == "helper" and context.setting("helper_id") == ana
    assert _keys(window) == HELPER
    _journal_hidden(window)


def test_the_switch_asks_who_when_no_helper_was_chosen(window, monkeypatch, qtbot):
    asked = []
    monkeypatch.setattr(WhoDialog, "exec", lambda self: asked.append(self.chooser.helping()))
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert asked == [True]  # starting from "I'm helping"


def test_helper_mode_is_remembered_by_a_new_window(context, data_dir, qtbot, ana):
    from companion.ui.app import window_state_for
    from companion.ui.main_window import MainWindow

    _helping(context, ana)
    again = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(again)
    again.show()
    assert _keys(again) == HELPER
    assert type(again.stack.currentWidget()).__name__ == "HelperTodayPage"
    _journal_hidden(again)


def test_erasing_everything_goes_back_to_the_persons_view(window, context, ana):
    _helping(context, ana)
    context.erase_all_data()
    assert _keys(window) == PERSON


def test_the_who_dialog_adds_a_new_helper_and_switches(window, context, qtbot):
    dialog = WhoDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.chooser.helper_choice.setChecked(True)
    assert dialog.chooser.names.currentData() == 0  # "Someone new": no contacts yet
    assert dialog.chooser.new_name.isVisibleTo(dialog)
    dialog.accept()  # no name: refused, nothing changed
    assert dialog.error.isVisibleTo(dialog) and context.setting("user") == "person"
    dialog.chooser.new_name.setText("Ana")
    dialog.accept()
    assert context.setting("user") == "helper"
    helper = helper_mode.current_user(context.db).helper
    assert helper is not None and helper.name == "Ana" and helper.role == "family"
    assert _keys(window) == HELPER
    assert "Helper view: Ana" in window.switch_button.toolTip()


def test_the_who_dialog_says_hiding_the_journal_is_courtesy(context, qtbot):
    dialog = WhoDialog(context)
    qtbot.addWidget(dialog)
    assert "courtesy, not protection" in dialog.chooser.note.text()
    assert isinstance(dialog.chooser, QWidget)


def test_a_removed_helper_keeps_helper_mode_and_today_asks_who(window, context, ana):
    from companion.core import people

    _helping(context, ana)
    people.delete_person(context.db, ana)
    context.changed(__import__("companion.core.changes").core.changes.Area.HELPERS)
    today = window.shown_today
    assert window.helper_mode and today.who_box.isVisibleTo(today)
    _journal_hidden(window)


def test_the_welcome_asks_who_is_using_the_app(window, context, qtbot):
    from companion.ui import welcome

    dialog = welcome.Welcome(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    while welcome.STEPS[dialog.step] != "about":
        dialog.forward()
    assert dialog.who.isVisible() and dialog.who.person_choice.isChecked()
    assert dialog.who.person_choice.hasFocus() or not dialog.isActiveWindow()
    dialog.who.helper_choice.setChecked(True)
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())  # as tight as it opens
    qtbot.wait(10)
    dialog.forward()  # no name typed: the step stays and says why
    assert welcome.STEPS[dialog.step] == "about" and dialog.who_problem.isVisible()
    # the message is in sight: the welcome grew, or scrolled down to it
    scroll = dialog.stack.currentWidget()
    qtbot.waitUntil(
        lambda: (
            dialog.who_problem.visibleRegion().boundingRect().height()
            == dialog.who_problem.height()
        )
    )
    assert scroll.isAncestorOf(dialog.who_problem)
    dialog.who.new_name.setText("Ana")
    while dialog.isVisible():
        dialog.forward()
    assert context.setting("user") == "helper"
    assert _keys(window) == HELPER
    assert window.current_section() == "today"
    assert type(window.stack.currentWidget()).__name__ == "HelperTodayPage"


def test_the_welcome_left_as_it_was_keeps_the_persons_view(window, context, qtbot):
    from companion.ui import welcome

    dialog = welcome.Welcome(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    while dialog.isVisible():
        dialog.forward()
    assert context.setting("user") == "person" and _keys(window) == PERSON
    assert helper_mode.helpers(context.db) == []


def test_check_in_now_puts_the_keyboard_on_the_first_question(window, context, ana, qtbot):
    """From the helper's Today, a digit answers the stress question at once."""
    from PySide6.QtWidgets import QApplication

    _helping(context, ana)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    stress = window.helping.check_in.stress
    for way in (window.open_check_in, window.shown_today.checkin_button.click):
        window.show_section("today")
        way()
        qtbot.waitUntil(lambda: QApplication.focusWidget() in stress.buttons)
