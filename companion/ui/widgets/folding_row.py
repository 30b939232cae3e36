"""A row that folds into a column: its parts side by side while the width it is given
holds them all, one above the other when it does not (large text in a small window).
Its least width is that of its widest part, so it never makes the window wider. A
wrapping label counts as wide as its text on two lines: a sentence squeezed into a
narrow column of many lines beside its buttons is harder to read than folded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayoutItem

ACROSS = QBoxLayout.Direction.LeftToRight
DOWN = QBoxLayout.Direction.TopToBottom
MOST_LINES = 2  # a wrapping label beside the other parts takes at most this many lines


def _width_across(item: QLayoutItem) -> int:
    """The width a part needs side by side: its least, or for a wrapping label, the
    width that holds its text in MOST_LINES lines."""
    least = item.minimumSize().width()
    label = item.widget()
    if not isinstance(label, QLabel) or not label.wordWrap() or not label.text():
        return least
    metrics = label.fontMetrics()
    words = max(metrics.horizontalAdvance(line) for line in label.text().splitlines() or [""])
    margins = label.contentsMargins()
    room = -(-words // MOST_LINES) + metrics.averageCharWidth() * 4  # a little slack per line
    return max(least, room + margins.left() + margins.right() + 2 * label.margin())


class FoldingRow(QBoxLayout):
    def __init__(self) -> None:
        super().__init__(ACROSS)
        self.on_fold: Callable[[bool], None] | None = None  # told when it folds or unfolds

    def _items(self) -> list[QLayoutItem]:
        items = (self.itemAt(n) for n in range(self.count()))
        return [item for item in items if item is not None and not item.isEmpty()]

    def _parts(self) -> list[QSize]:
        return [item.minimumSize() for item in self._items()]

    def width_across(self) -> int:
        """How wide the row is with its parts side by side, each as narrow as it can be
        (a wrapping label: on at most two lines)."""
        items = self._items()
        margins = self.contentsMargins()
        spacing = max(0, self.spacing()) * max(0, len(items) - 1)
        widths = sum(_width_across(item) for item in items)
        return widths + spacing + margins.left() + margins.right()

    def minimumSize(self) -> QSize:
        least = super().minimumSize()
        margins = self.contentsMargins()
        widest = max((p.width() for p in self._parts()), default=0)
        return QSize(widest + margins.left() + margins.right(), least.height())

    def setGeometry(self, rect: QRect) -> None:
        wanted = ACROSS if self.width_across() <= rect.width() else DOWN
        if self.direction() != wanted:
            self.setDirection(wanted)
            if self.on_fold is not None:
                self.on_fold(wanted == DOWN)
        super().setGeometry(rect)
