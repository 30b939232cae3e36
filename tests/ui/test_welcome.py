"""The welcome at first start: shown once, skippable at every step (Esc too), Back works,
finishing saves the language, region and intake date, and Settings shows it again. It
is used with the keyboard alone, and fits 900x600 at the largest text in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from companion.core import content, intake, storage
from companion.core.clock import FakeClock
from companion.ui import i18n, theme, welcome
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from tests.ui.text_fit import clipped_text


def _open(window) -> welcome.Welcome:
    dialog = welcome.open_welcome(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read after it ends
    return dialog


def _words(dialog) -> str:
    page = dialog.stack.currentWidget()
    return " ".join(label.text() for label in page.findChildren(QLabel))


def test_shown_at_the_first_start_and_not_the_second(window, qtbot, data_dir):
    assert welcome.should_show(window.context)
    dialog = _open(window)
    assert dialog.isVisible() and dialog.windowTitle()
    dialog.forward()
    dialog.forward()
    dialog.forward()
    assert "does not replace" in _words(dialog)  # what the first-start note said
    dialog.forward()
    assert "Get help now" in _words(dialog) and "F1" in _words(dialog)
    dialog.forward()  # "Go to Today"
    assert not dialog.isVisible()
    assert window.current_section() == "today"
    assert window.today.next_button.hasFocus() or not window.isActiveWindow()
    window.close()
    window.context.storage.db.close()
    store = storage.open(data_dir, clock=FakeClock())
    try:
        assert not welcome.should_show(AppContext(store))
    finally:
        store.db.close()


def test_not_shown_to_someone_who_saw_the_old_note(context):
    context.set_setting("first_note_seen", True)
    assert not welcome.should_show(context)


def test_skip_saves_nothing_but_that_it_was_seen(window, qtbot):
    context = window.context
    region_before = context.setting("region")
    dialog = _open(window)
    dialog.region.setCurrentIndex(dialog.region.findData("ES"))
    dialog.forward()
    dialog.forward()
    dialog.intake_date.line.setText("20 Jan 2026")
    dialog.skip_button.click()
    assert not dialog.isVisible()
    assert context.setting("welcome_done") is True
    assert context.setting("region") == region_before
    assert context.setting("language") == "system"
    assert intake.get_intake(context.db).when is None


def test_escape_skips_and_back_goes_back(window, qtbot):
    dialog = _open(window)
    assert not dialog.back_button.isEnabled()
    dialog.forward()
    assert dialog.step == 1 and dialog.back_button.isEnabled()
    dialog.back_button.click()
    assert dialog.step == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.context.setting("welcome_done") is True


def test_finishing_saves_the_choices(window, qtbot, spanish_translations):
    context = window.context
    dialog = _open(window)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert content.language() == "es"  # the welcome speaks it at once
    assert dialog.next_button.text().replace("&", "") == "Continuar"
    dialog.forward()
    dialog.region.setCurrentIndex(dialog.region.findData("MX"))
    dialog.forward()
    dialog.intake_date.set_value(date(2026, 1, 20))
    for _ in range(3):
        dialog.forward()
    assert not dialog.isVisible()
    assert context.setting("welcome_done") is True
    assert context.setting("language") == "es"
    assert context.setting("region") == "MX"
    assert intake.get_intake(context.db).when == date(2026, 1, 20)
    assert window.today.countdown_number.text() == "19"  # FakeClock's day is 1 Jan 2026


def test_the_name_is_saved_when_the_welcome_is_finished(window, qtbot):
    context = window.context
    dialog = _open(window)
    dialog.forward()
    dialog.forward()
    assert welcome.STEPS[dialog.step] == "intake"
    assert dialog.person_name.accessibleName()
    dialog.person_name.setText("  Alex ")
    for _ in range(3):
        dialog.forward()
    assert not dialog.isVisible()
    assert context.setting("person_name") == "Alex"
    again = _open(window)  # shown again from Settings: it starts from the name given
    assert again.person_name.text() == "Alex"
    again.skip()


def test_skipping_saves_no_name(window, qtbot):
    dialog = _open(window)
    dialog.person_name.setText("Alex")
    dialog.skip_button.click()
    assert window.context.setting("person_name") == ""
    assert window.context.setting("welcome_done") is True


def test_a_date_not_understood_keeps_the_step(window, qtbot):
    dialog = _open(window)
    dialog.forward()
    dialog.forward()
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())  # as tight as it opens
    qtbot.wait(10)
    dialog.intake_date.line.setText("the thirty-second of Smarch")
    dialog.forward()
    assert dialog.step == 2 and dialog.isVisible()
    assert dialog.intake_date.problem.text()
    # the message shows whole: the welcome grew rather than hide it behind a scroll bar
    scroll = dialog.stack.currentWidget()
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() == 0)


def test_settings_shows_it_again(window, qtbot, monkeypatch):
    window.context.set_setting("welcome_done", True)
    seen = []

    def answer(dialog) -> int:  # stands in for the wait: looks, then skips
        seen.append((type(dialog).__name__, dialog.isVisible() or dialog.show() is None))
        dialog.skip()
        return 0

    monkeypatch.setattr(welcome.Welcome, "exec", answer)
    settings_page = window.settings_page
    window.show_section("settings")
    qtbot.mouseClick(settings_page.welcome_button, Qt.MouseButton.LeftButton)
    assert seen == [("Welcome", True)]
    assert window.current_section() == "today"


def test_the_keyboard_alone_goes_through_it(window, qtbot):
    dialog = _open(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.language.hasFocus()
    steps = 0
    while dialog.isVisible() and steps < 10:
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
        steps += 1
    assert not dialog.isVisible() and steps == 5
    assert window.context.setting("welcome_done") is True
    dialog = _open(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    reached = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton):
            assert focused.accessibleName() or focused.text()
            reached.add(focused)
    assert {dialog.skip_button, dialog.next_button} <= reached


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_step_fits_at_the_largest_text(
    language, context, data_dir, qapp, qtbot, spanish_translations
):
    assert i18n.use_language(language)
    context.set_setting("text_size", "largest")
    theme.apply_look(qapp, context.setting("appearance"), "largest")
    window = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    dialog = _open(window)
    qtbot.waitExposed(dialog)
    problems = []
    for step in range(len(welcome.STEPS)):
        dialog._show_step(step)
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QApplication.processEvents()
        assert dialog.width() <= 900 and dialog.height() <= 600, dialog.size()
        problems += [f"step {step + 1}: {p}" for p in clipped_text(dialog)]
        if language == "es":
            assert "Skip" not in dialog.skip_button.text()
    assert problems == [], "\n".join(problems)


def test_a_language_chosen_builds_the_window_in_it(context, data_dir, qtbot, spanish_translations):
    from companion.ui.shell import Shell

    shell = Shell(context, window_state_for(data_dir))
    old = shell.window
    qtbot.addWidget(old)
    old.show()
    qtbot.waitExposed(old)
    dialog = _open(old)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    for _ in welcome.STEPS:
        dialog.forward()
    qtbot.waitUntil(lambda: shell.window is not old)
    qtbot.addWidget(shell.window)
    assert shell.window.today.title.text() == "Hoy"
    assert shell.window.current_section() == "today"
    assert content.language() == "es"
