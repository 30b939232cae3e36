"""Cards side by side in two columns when there is room, one above the other when not.

The grid is only as wide as its widest card needs, so it never holds the window wider
than one column would: at a small window or a large text size the cards stack. In two
columns each card keeps its own height (a short card is not stretched to match a tall
one beside it): the cards go alternately left and right, each column from the top.
With `rows=True` the two cards of a row share their height instead (for a pair that
belongs together, like the countdown and the next step).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

COLUMN_CHARS = 30  # a column narrower than about this many characters stacks the cards


class CardGrid(QWidget):
    """Cards laid out in one or two columns, by the width the grid is given."""

    def __init__(self, spacing: int = 16, rows: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.cards: list[QWidget] = []
        self.columns = 1
        self._rows = rows
        self._spacing = spacing
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(spacing)
        self.grid.setVerticalSpacing(spacing)
        self._stacks = [QVBoxLayout(), QVBoxLayout()]
        for index, stack in enumerate(self._stacks):
            stack.setSpacing(spacing)
            stack.addStretch(1)  # the cards at the top, each as tall as it needs
            self.grid.addLayout(stack, 0, index)

    def add(self, card: QWidget) -> None:
        self.cards.append(card)
        self.relayout()

    def column_width(self) -> int:
        """The least width of one column: its widest card's, and a readable line."""
        widest = max((card.minimumSizeHint().width() for card in self.cards), default=0)
        return max(widest, self.fontMetrics().averageCharWidth() * COLUMN_CHARS)

    def columns_for(self, width: int) -> int:
        return 2 if width >= 2 * self.column_width() + self._spacing else 1

    def relayout(self, columns: int | None = None) -> None:
        """Place the shown cards again, in `columns` (by default, as many as fit now)."""
        self.columns = columns if columns is not None else self.columns_for(self.width())
        for card in self.cards:
            for stack in self._stacks:
                stack.removeWidget(card)
            self.grid.removeWidget(card)
        shown = [card for card in self.cards if not _hidden(card)]
        for index, card in enumerate(shown):
            if self._rows:
                self.grid.addWidget(card, 1 + index // self.columns, index % self.columns)
            else:
                stack = self._stacks[index % self.columns]
                stack.insertWidget(stack.count() - 1, card)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.columns == 1:
            return hint
        return QSize(self.column_width(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self.columns_for(event.size().width())
        if wanted != self.columns:
            self.relayout(wanted)


def _hidden(card: QWidget) -> bool:
    """Whether `card` was hidden on purpose (a card not placed yet is hidden only because
    it has no parent: it shows once placed)."""
    return card.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and card.isHidden()
