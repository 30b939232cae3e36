"""The frame every page shares: a scrolling, readable column with a heading.

Pages scroll up and down, never sideways: a `DownScroll` area asks its layout for the
width its content needs, so the window widens (or rows fold) rather than cut text or
hide it to the right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui import theme
from companion.ui.widgets.text import heading, paragraph

READABLE_WIDTH = 780

# The spacing scale (docs/design.md): xs inside a group, s between buttons and lines,
# m inside a card and between cards, l between sections, xl the page's margins.
XS, S, M, L, XL = 4, 8, 16, 24, 32
# A page's margins (left, top, right, bottom); on the right the scroll bar, when shown,
# takes part of the room.
PAGE_MARGINS = (XL, XL, L, M)
# Inside a tab's frame, which already sets the tab's content apart: s all round.
TAB_MARGINS = (S, S, S, S)


class DownScroll(QScrollArea):
    """A scroll area that scrolls only up and down: it is never narrower than its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a place Tab stops

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        around = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), inner.minimumSizeHint().width() + around), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's least width may have changed
        return super().eventFilter(watched, event)


def plain_scrolling(scroll: QScrollArea) -> None:
    """How the app's scroll areas look and move: no frame, the content as wide as the area,
    and a sideways bar only when something cannot be made to fit. It is not a place Tab
    stops (Qt makes every scroll area one): Tab goes to the controls inside, and the area
    scrolls to show each."""
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


def scrolling_column(margins: tuple[int, int, int, int]) -> tuple[QScrollArea, QVBoxLayout]:
    """A plain scroll area holding a column with these margins (left, top, right, bottom):
    add the content to the column."""
    scroll = QScrollArea()
    plain_scrolling(scroll)
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(*margins)
    scroll.setWidget(holder)
    return scroll, column


def scrolling_page(owner: QWidget) -> QVBoxLayout:
    """Make `owner` a page that scrolls as a whole when the window is short (large text),
    rather than make the window taller or squeeze its tabs and lists; return the column to
    fill, with the page's margins and the `s` gap."""
    whole = QVBoxLayout(owner)
    whole.setContentsMargins(0, 0, 0, 0)
    scroll = DownScroll()
    plain_scrolling(scroll)
    inner = QWidget()
    scroll.setWidget(inner)
    whole.addWidget(scroll)
    column = QVBoxLayout(inner)
    column.setContentsMargins(*PAGE_MARGINS)
    column.setSpacing(S)
    return column


class Page(DownScroll):
    """A page with a heading and a column of content no wider than is comfortable to read."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_scrolling(self)
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.setContentsMargins(XL, XL, XL, L)
        column = QWidget()
        column.setMaximumWidth(READABLE_WIDTH)
        self.body = QVBoxLayout(column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(M)
        self.title = heading(title)
        self.body.addWidget(self.title)
        row.addWidget(column, 1)
        row.addStretch(0)
        self.setWidget(outer)
        self.setAccessibleName(title)

    def finish(self) -> None:
        """Call after adding content: pushes it to the top of the page."""
        self.body.addStretch(1)


class ShownStack(QStackedWidget):
    """A stack that asks only for the room of the widget it shows: a part shown later (a
    breathing session and its large pacer) does not make the window taller beforehand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()


class Card(QFrame):
    """A rounded box on the palette's base colour, outlined in its mid colour (or `border`)."""

    RADIUS = 8.0

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
    layout.setContentsMargins(M, M, M, M)
    layout.setSpacing(S)
    return frame, layout


def purpose(text: str) -> QLabel:
    """The one muted line under a page's title saying what the page is for."""
    label = paragraph(text, muted=True)
    label.setObjectName("pagePurpose")
    return label


DANGER_QSS = """
QPushButton#dangerButton {
    background-color: transparent; color: %1;
    border: 1px solid %1; border-radius: 8px; padding: 8px 16px;
}
QPushButton#dangerButton:focus { border: 2px solid palette(text); padding: 7px 15px; }
"""


class DangerButton(QPushButton):
    """A button for deleting everything: outlined and worded in the overdue colour, never
    filled red. Its colour follows the palette (light or dark)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("dangerButton")
        self._colour = ""
        self._restyle()

    def _restyle(self) -> None:
        colour = theme.overdue_color(QApplication.palette())
        if colour != self._colour:  # setting a sheet changes the palette: only when needed
            self._colour = colour
            theme.style(self, DANGER_QSS.replace("%1", colour))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()


def left_aligned(widget: QWidget) -> QHBoxLayout:
    """A row holding `widget` (a button) at its natural width, on the left."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
