"""A row that folds into a column: its parts side by side while the width it is given
holds them all, one above the other when it does not (large text in a small window).
Its least width is that of its widest part, so it never makes the window wider."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout

ACROSS = QBoxLayout.Direction.LeftToRight
DOWN = QBoxLayout.Direction.TopToBottom


class FoldingRow(QBoxLayout):
    def __init__(self) -> None:
        super().__init__(ACROSS)
        self.on_fold: Callable[[bool], None] | None = None  # told when it folds or unfolds

    def _parts(self) -> list[QSize]:
        items = (self.itemAt(n) for n in range(self.count()))
        return [item.minimumSize() for item in items if item is not None and not item.isEmpty()]

    def width_across(self) -> int:
        """How wide the row is with its parts side by side, each as narrow as it can be."""
        parts = self._parts()
        margins = self.contentsMargins()
        spacing = max(0, self.spacing()) * max(0, len(parts) - 1)
        return sum(p.width() for p in parts) + spacing + margins.left() + margins.right()

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
