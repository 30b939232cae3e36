"""The mouse wheel scrolls the page: no choice, number, date or slider on any page or in
any dialog changes on the wheel unless the person has clicked or tabbed into it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)
from test_accessibility import DIALOGS, _qt_internal

from companion.core import journal
from companion.ui.widgets.choice_row import ChoiceRow

NOTCH = 120


def _wheel(widget: QWidget, notches: int) -> None:
    """A real wheel event, delivered the way Qt delivers one (focus policy included)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, NOTCH * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, ChoiceRow):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def _fields(root: QWidget) -> list[QWidget]:
    found = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, (QComboBox, QAbstractSpinBox, QAbstractSlider, ChoiceRow))
        and not isinstance(w, QScrollBar)
        and not _qt_internal(w)
    ]
    return found


def _assert_wheel_changes_nothing(root: QWidget, where: str) -> int:
    fields = _fields(root)
    for field in fields:
        field.clearFocus()
        before = _value(field)
        for notches in (1, -1, -2, 2):
            _wheel(field, notches)
            assert not field.hasFocus(), (
                f"{where}: the wheel gave focus to {field.accessibleName()}"
            )
            assert _value(field) == before, f"{where}: the wheel changed {field.accessibleName()}"
    return len(fields)


def test_no_field_on_any_page_changes_on_the_wheel(window):
    counted = 0
    for key, page in window.pages.items():  # builds every page
        window.show_section(key)
        counted += _assert_wheel_changes_nothing(page, key)
    counted += _assert_wheel_changes_nothing(window, "window")
    assert counted > 30  # the journal's symptoms alone are more than this


def test_no_field_in_the_helpers_view_changes_on_the_wheel(window, context):
    """The helper's Today, Helping (their check-in with its sleep question and the trends'
    span, and the conversation planner), the shared plan and the rest, in helper mode."""
    from companion.core import helper_mode
    from companion.ui.who_dialog import use_choice

    use_choice(context, True, helper_mode.add_helper(context.db, "Ana"), "")
    counted = 0
    for key, page in window.pages.items():
        window.show_section(key)
        if key == "helping":
            window.helping.show_part("conversations")  # built when first shown
            window.helping.show_part("check-in")
            window.helping.check_in.sleep.quick.setValue("other")  # the precise field shows
        counted += _assert_wheel_changes_nothing(page, f"helper's {key}")
    assert "helping" in window.pages and window.helper_today is not None
    counted += _assert_wheel_changes_nothing(window.helper_today, "the helper's Today")
    assert counted >= 20  # the stress and sleep rows, the precise hours, the span, ...


@pytest.mark.parametrize("name", DIALOGS)
def test_no_field_in_any_dialog_changes_on_the_wheel(name, qtbot, context, window):
    dialog = DIALOGS[name](context)
    qtbot.addWidget(dialog)
    dialog.show()
    _assert_wheel_changes_nothing(dialog, name)


def test_help_panel_region_does_not_change_on_the_wheel(qtbot, window):
    window.open_help()
    assert _assert_wheel_changes_nothing(window.help_panel, "help") >= 1


def test_the_wheel_over_the_symptoms_scrolls_the_check_in(qtbot, window):
    window.resize(900, 600)
    window.show_section("journal")
    page = window.journal
    page.form.body.open_button.click()
    page.form.body.more_button.click()
    symptom = next(iter(page.form.symptoms.values())).buttons[2]
    # The check-in scrolls inside the journal, and the journal itself scrolls in a short
    # window: whichever of them has somewhere to go takes the wheel.
    bars = [
        a.verticalScrollBar()
        for a in page.window().findChildren(QScrollArea)
        if a.isAncestorOf(symptom) and a.verticalScrollBar().maximum() > 0
    ]
    assert bars
    for bar in bars:
        bar.setValue(0)
    _wheel(symptom, -3)
    assert any(bar.value() > 0 for bar in bars), "the page scrolled"
    assert not symptom.isChecked()


def test_a_field_the_person_chose_still_takes_the_wheel(qtbot, window):
    """Clicking into a field first is how a person says 'this one'."""
    window.activateWindow()
    window.show_section("journal")
    form = window.journal.form
    form.sleep_quick.setValue("other")  # the precise field for hours of sleep
    sleep = form.sleep_hours
    sleep.setValue(journal.SLEEP_RANGE[0])
    sleep.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(sleep.hasFocus)
    _wheel(sleep, 2)
    assert sleep.value() > journal.SLEEP_RANGE[0]


def test_settings_language_does_not_switch_on_the_wheel(window, context):
    window.show_section("settings")
    page = window.settings_page
    language = next(c for c in page.findChildren(QComboBox) if "anguage" in c.accessibleName())
    _wheel(language, -2)
    _wheel(language, 2)
    assert context.setting("language") == "system"


def test_the_dialogs_checked_are_every_dialog_the_app_has(qtbot, context, window):
    """A new dialog must join the wheel check (and the others that use this list)."""
    from app_tour import every_dialog_class

    from companion.ui.widgets.help_panel import HelpPanel
    from companion.ui.widgets.own_number_dialog import OwnNumberDialog

    checked = {type(make(context)).__name__ for make in DIALOGS.values()}
    checked |= {HelpPanel.__name__, OwnNumberDialog.__name__}
    assert every_dialog_class() <= checked
