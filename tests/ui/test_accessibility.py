"""Every interactive widget has an accessible name and can be reached with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from companion.ui.widgets.help_panel import HelpPanel
from companion.ui.widgets.own_number_dialog import OwnNumberDialog

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a widget (a combo box's popup, a table's header and corner
    button) are named and reached through the widget that owns them."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, (QComboBox, QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QLineEdit)
        ) or parent.inherits("QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def _check(root: QWidget) -> None:
    widgets = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    widgets = [w for w in widgets if not _qt_internal(w)]
    assert widgets
    for widget in widgets:
        label = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        assert label.strip(), f"{type(widget).__name__} {widget.objectName()} has no name"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{label} is not reachable by Tab"


def test_main_window_widgets_are_named_and_reachable(window):
    _check(window)


def test_help_panel_widgets_are_named_and_reachable(qtbot, context):
    panel = HelpPanel(context)
    qtbot.addWidget(panel)
    _check(panel)


def test_number_dialog_widgets_are_named_and_reachable(qtbot):
    dialog = OwnNumberDialog(lambda *_: None)
    qtbot.addWidget(dialog)
    _check(dialog)
