"""A row of buttons that folds onto more lines when the window is too narrow for it.

`FlowRow` lays its widgets left to right, each at the width its text needs, and starts
a new line when the next one would not fit. It is only as wide as its widest widget, so
a row of long Spanish labels at the largest text size never forces the window wider or
cuts a button's text short: it grows a line taller instead.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowRow(QLayout):
    """Widgets side by side, folding onto the next line when out of room."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Heights measured for widths asked of heightForWidth: a page full of rows is asked
        # the same question many times while it is laid out (kept until invalidate).
        self._measured: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # --- what a QLayout must answer ------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._measured = {}

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._measured = {}
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._measured.get(width)
        if height is None:
            height = self._measured[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        """A widget's hint or visibility changed (Qt says so here): measure again."""
        self._measured = {}
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.horizontalSpacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As narrow as the widest widget: everything else can fold under it."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # --- the folding ---------------------------------------------------------------------------

    def horizontalSpacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        return self._style_spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def verticalSpacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        return self._style_spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def _style_spacing(self, metric: QStyle.PixelMetric) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        found = parent.style().pixelMetric(metric, None, parent)
        return found if found >= 0 else 6

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the widgets in `rect` (or only measure, when `move` is False); returns the
        height they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        across, down = self.horizontalSpacing(), self.verticalSpacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._shown():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            width = min(hint.width(), max(area.width(), 1))
            if item.hasHeightForWidth():
                hint.setHeight(item.heightForWidth(width))
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, QSize(width, hint.height())))
            x += width + across
        y = area.y()
        for line in lines:
            tall = max((size.height() for _item, size in line), default=0)
            x = area.x()
            for item, size in line:
                if move:
                    top = y + (tall - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + across
            y += tall + down
        used = y - down - area.y() if self._shown() else 0
        return used + margins.top() + margins.bottom()


def flow_row(*widgets: QWidget) -> FlowRow:
    """A FlowRow holding `widgets`, in order."""
    row = FlowRow()
    for widget in widgets:
        row.addWidget(widget)
    return row
