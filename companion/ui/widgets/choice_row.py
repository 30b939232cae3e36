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

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QRadioButton, QSizePolicy, QWidget

from companion.ui.widgets.flow import FlowRow

Choice = tuple[Hashable, str] | tuple[Hashable, str, str]
"""(value, label) or (value, label, a longer description for a screen reader)."""

# The box, drawn with the palette (no style sheet: two dozen styled rows made the journal
# several times slower to open): padding inside the box, its corner radius, border widths.
PAD_X, PAD_Y, RADIUS, LINE, FOCUS_LINE = 14, 9, 8.0, 1.0, 2.0

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
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repainted as the pointer comes and goes

    def _words_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(self.isChecked())
        return font

    def natural_size(self) -> QSize:
        """The words in bold (a chosen box is bold and must not grow) plus the padding."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        lines = self.text().replace("&", "").split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.lineSpacing() * len(lines)
        edge = int(FOCUS_LINE)
        return QSize(width + 2 * (PAD_X + edge), height + 2 * (PAD_Y + edge))

    def sizeHint(self) -> QSize:
        """As wide as the widest choice of the row: a calm row of equal boxes."""
        return self._row.button_size()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        """The whole box takes the click (a radio button's own area is its indicator and
        words at the left)."""
        return self.rect().contains(pos)

    def nextCheckState(self) -> None:
        """The row decides on `clicked` (Qt never asks the chosen one, which may clear)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._row.key(self, event):
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """A rounded box in the palette's colours, the words centred in it: the page's base
        colour with a quiet outline; the highlight when chosen; a 2 px ring with the focus
        (the highlight, or the text colour around a chosen box)."""
        palette = self.palette()
        chosen, focused = self.isChecked(), self.hasFocus()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole
        if chosen:
            fill, words = palette.color(group, role.Highlight), role.HighlightedText
        elif self.underMouse() and self.isEnabled():
            fill, words = palette.color(group, role.AlternateBase), role.Text
        else:
            fill, words = palette.color(group, role.Base), role.Text
        if focused:
            outline = palette.color(group, role.Text if chosen else role.Highlight)
            width = FOCUS_LINE
        else:
            outline = palette.color(group, role.Highlight if chosen else role.Mid)
            width = LINE
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline, width))
        painter.setBrush(fill)
        inset = width / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS
        )
        painter.setFont(self._words_font())
        painter.setPen(palette.color(group, words))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text().replace("&", ""))

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
