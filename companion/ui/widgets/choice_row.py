"""A row of large, labelled buttons for one answer: mood 1 to 5, craving 0 to 10, tension.

`ChoiceRow` shows one button per choice, side by side, folding onto a second line rather
than making the window wider (large text, Spanish). At most one is chosen; none chosen
means "not answered", and choosing the chosen one again clears it.

It behaves like a group of radio buttons: Tab stops once on the row (on the chosen
button, or the first), Left and Right move between the buttons, Space or Enter chooses,
and, when asked, the digit keys choose the choice with that number. Up and Down and the
mouse wheel are left to the page, which scrolls; nothing changes on the way.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPaintEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from companion.ui import theme
from companion.ui.widgets.flow import FlowRow

Choice = tuple[Hashable, str] | tuple[Hashable, str, str]
"""(value, label) or (value, label, a longer description for a screen reader)."""

_SHEET = """
QRadioButton {
    background: palette(base); color: palette(text);
    border: 1px solid palette(mid); border-radius: 8px; padding: 9px 14px;
}
QRadioButton::indicator { width: 0px; height: 0px; margin: 0px; border: none; image: none; }
QRadioButton:hover:!checked { background: palette(alternate-base); }
QRadioButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); font-weight: 600;
}
QRadioButton:focus { border: 2px solid palette(highlight); padding: 8px 13px; }
QRadioButton:checked:focus { border: 2px solid palette(text); }
QRadioButton:disabled { color: palette(mid); }
"""

_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class _ChoiceButton(QRadioButton):
    """One choice: a radio button drawn as a large box, whose keys the row handles."""

    def __init__(self, row: ChoiceRow, text: str) -> None:
        super().__init__(text, row)
        self._row = row
        self.setAutoExclusive(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def natural_size(self) -> QSize:
        return super().sizeHint()

    def sizeHint(self) -> QSize:
        """As wide as the widest choice of the row: a calm row of equal boxes."""
        return self._row.button_size()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def nextCheckState(self) -> None:
        """The row decides on `clicked` (Qt never asks the chosen one, which may clear)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._row.key(self, event):
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The box as the style draws it, and the words centred in it (a radio button's
        own words sit at the left, after an indicator this button does not show)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        words = option.text
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, option)
        palette = self.palette()
        if not self.isEnabled():
            role, group = QPalette.ColorRole.Text, QPalette.ColorGroup.Disabled
        elif self.isChecked():
            role, group = QPalette.ColorRole.HighlightedText, QPalette.ColorGroup.Active
        else:
            role, group = QPalette.ColorRole.Text, QPalette.ColorGroup.Active
        font = QFont(self.font())
        font.setBold(self.isChecked())
        painter.setFont(font)
        painter.setPen(palette.color(group, role))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, words)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the page around the row and never changes the answer."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        bar = parent.verticalScrollBar()
        if bar.maximum() == bar.minimum():
            bar = parent.horizontalScrollBar()
        QCoreApplication.sendEvent(bar, event)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._row.entered(self, event.reason())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the row: the other buttons are not stops on the way out."""
        return self._row.leave(self, next)


class ChoiceRow(QWidget):
    """One answer from a row of buttons; `value()` is None when nothing is chosen."""

    valueChanged = Signal(object)

    def __init__(
        self,
        name: str,
        choices: Sequence[Choice],
        digits: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons are the stops, not the row
        self._digits = digits
        self._values: list[Hashable] = []
        self._labels: list[str] = []
        self.buttons: list[_ChoiceButton] = []
        self._value: Hashable | None = None
        self._size: QSize | None = None
        layout = FlowRow(self, spacing=8)
        for choice in choices:
            value, label = choice[0], choice[1]
            button = _ChoiceButton(self, label)
            button.clicked.connect(lambda _on=False, b=button: self.toggle(b))
            if len(choice) > 2:
                button.setAccessibleDescription(choice[2])
            self._values.append(value)
            self._labels.append(label)
            self.buttons.append(button)
            layout.addWidget(button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setName(name)
        theme.style(self, _SHEET)

    # --- the answer ------------------------------------------------------------------------

    def value(self) -> Hashable | None:
        return self._value

    def setValue(self, value: Hashable | None) -> None:
        """Choose `value` (None, or a value not offered, clears the row)."""
        index = self._values.index(value) if value in self._values else -1
        for n, button in enumerate(self.buttons):
            if n == index:
                button.setChecked(True)
            elif button.isChecked():
                button.setAutoExclusive(False)  # an exclusive button refuses to uncheck
                button.setChecked(False)
                button.setAutoExclusive(True)
        new = self._values[index] if index >= 0 else None
        if new != self._value:
            self._value = new
            self.valueChanged.emit(new)

    def setName(self, name: str) -> None:
        """The row's name, and each button's ("Mood: 3, okay")."""
        self.setAccessibleName(name)
        for button, label in zip(self.buttons, self._labels, strict=True):
            button.setAccessibleName(
                QCoreApplication.translate("ChoiceRow", "%1: %2")
                .replace("%1", name)
                .replace("%2", " ".join(label.replace("&", "").split()))
            )

    def take_focus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Focus the row where Tab would: on the chosen button, or the first."""
        self._stop().setFocus(reason)

    def button_for(self, value: Hashable) -> QRadioButton:
        return self.buttons[self._values.index(value)]

    # --- sizes -----------------------------------------------------------------------------

    def button_size(self) -> QSize:
        if self._size is None:
            size = QSize()
            for button in self.buttons:
                size = size.expandedTo(button.natural_size())
            self._size = size
        return self._size

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() in (event.Type.FontChange, event.Type.StyleChange, event.Type.Polish):
            self._size = None
            for button in self.buttons:
                button.updateGeometry()
        return super().event(event)

    # --- what the buttons ask --------------------------------------------------------------

    def toggle(self, button: _ChoiceButton) -> None:
        """A click or Space: choose this one, or clear it when it is the chosen one."""
        value = self._values[self.buttons.index(button)]
        self.setValue(None if value == self._value else value)

    def _stop(self) -> _ChoiceButton:
        """The one button Tab stops at: the chosen one, or the first."""
        for button in self.buttons:
            if button.isChecked():
                return button
        return self.buttons[0]

    def entered(self, button: _ChoiceButton, reason: Qt.FocusReason) -> None:
        if reason in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            stop = self._stop()
            if stop is not button and stop.isVisible() and stop.isEnabled():
                stop.setFocus(reason)

    def leave(self, button: _ChoiceButton, forward: bool) -> bool:
        others = [b for b in self.buttons if b is not button]
        policies = [b.focusPolicy() for b in others]
        for other in others:
            other.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        try:
            return QWidget.focusNextPrevChild(button, forward)
        finally:
            for other, policy in zip(others, policies, strict=True):
                other.setFocusPolicy(policy)

    def key(self, button: _ChoiceButton, event: QKeyEvent) -> bool:
        """Handle a key pressed on one of the buttons; False leaves it to the button."""
        key = Qt.Key(event.key())
        if (
            event.modifiers()
            & ~Qt.KeyboardModifier.KeypadModifier
            & ~(Qt.KeyboardModifier.ShiftModifier)
        ):
            return False
        here = self.buttons.index(button)
        if key in _STEPS:
            there = min(max(here + _STEPS[key], 0), len(self.buttons) - 1)
            self.buttons[there].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            there = 0 if key == Qt.Key.Key_Home else len(self.buttons) - 1
            self.buttons[there].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            event.ignore()  # the page scrolls; the answer stays
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.setValue(self._values[here])
            return True
        if self._digits and key in _DIGITS and _DIGITS[key] in self._values:
            value = _DIGITS[key]
            self.setValue(value)
            self.button_for(value).setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
