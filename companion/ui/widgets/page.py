"""The frame every page shares: a scrolling, readable column with a heading."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from companion.ui.widgets.text import heading

READABLE_WIDTH = 780


class Page(QScrollArea):
    """A page with a heading and a column of content no wider than is comfortable to read."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.setContentsMargins(32, 28, 32, 28)
        column = QWidget()
        column.setMaximumWidth(READABLE_WIDTH)
        self.body = QVBoxLayout(column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(14)
        self.title = heading(title)
        self.body.addWidget(self.title)
        row.addWidget(column, 1)
        row.addStretch(0)
        self.setWidget(outer)
        self.setAccessibleName(title)

    def finish(self) -> None:
        """Call after adding content: pushes it to the top of the page."""
        self.body.addStretch(1)


class Card(QFrame):
    """A rounded box on the palette's base colour, outlined in its mid colour (or `border`)."""

    RADIUS = 10.0

    def __init__(self, border: str | None = None, width: float = 1.0) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._border = QColor(border) if border else None
        self._width = width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        border = self._border or palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, self._width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        inset = self._width / 2
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(rect, self.RADIUS, self.RADIUS)
        painter.end()


def card(border: str | None = None, width: float = 1.0) -> tuple[QFrame, QVBoxLayout]:
    """A softly outlined box that groups related content."""
    frame = Card(border, width)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout
