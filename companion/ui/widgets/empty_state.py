"""The one empty state: shown in place of a list that has nothing in it yet.

Centred in the room the list would fill: a muted icon, one sentence saying what will be
here and why it helps, and one primary button that adds the first thing (docs/design.md,
"Empty state"). No empty table with its headers is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui import icons, theme
from companion.ui.widgets.text import paragraph

ICON_SIZE = 48  # px, at every text size: the sentence and the button carry the meaning
LINE_CHARACTERS = 60  # the sentence wraps at about this many characters

PRIMARY_QSS = """
QPushButton {
    background-color: palette(highlight); color: palette(highlighted-text);
    border: 2px solid palette(highlight); border-radius: 8px;
    padding: 4px 1.2em; font-weight: 600;
}
QPushButton:focus { border: 2px solid palette(window-text); }
QPushButton:pressed { border: 2px solid palette(highlighted-text); }
"""
"""Filled accent with the palette's highlighted text on it; focus is a ring in the text
colour, which stands out from the page or card around the button in both palettes."""


def _give_way(height: int) -> QSpacerItem:
    """`height` pixels of space, or less when there is not room for them."""
    return QSpacerItem(0, height, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)


class _Icon(QWidget):
    """The picture, which gives up its room (and is then not drawn) before anything else
    when the window is too short: the sentence and the button must always be seen."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._picture = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.repaint_in(self.palette())

    def repaint_in(self, palette: QPalette) -> None:
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self._picture = icons.pixmap(self._name, muted, ICON_SIZE, ratio=2.0)  # sharp at 200 %
        self.update()

    def pixmap(self) -> QPixmap:
        return self._picture

    def sizeHint(self) -> QSize:
        return QSize(ICON_SIZE, ICON_SIZE)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.height() < ICON_SIZE:
            return  # squeezed: no half an icon
        painter = QPainter(self)
        x = (self.width() - ICON_SIZE) // 2
        painter.drawPixmap(x, (self.height() - ICON_SIZE) // 2, self._picture)
        painter.end()


class EmptyState(QWidget):
    """An icon, `sentence` and a primary `button` reading `action`, centred in the space."""

    def __init__(
        self, sentence: str, action: str, icon: str = "add-first", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.icon = _Icon(icon)
        self.sentence = paragraph(sentence)  # the text colour: readable on a page, a card, a tab
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(action)
        self.button.setAutoDefault(False)
        theme.style(self.button, PRIMARY_QSS)

        layout = QVBoxLayout(self)
        # Room around the parts gives way first when the window is short (then the icon):
        # the sentence and the button then take no more height than a row of buttons and
        # a line of text did.
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addItem(_give_way(12))
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.sentence, 100)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addItem(_give_way(8))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._fit_sentence()

    def text(self) -> str:
        """The sentence shown."""
        return self.sentence.text()

    def _fit_sentence(self) -> None:
        self.sentence.setMaximumWidth(self.fontMetrics().averageCharWidth() * LINE_CHARACTERS)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # light and dark: the icon keeps the colour of muted text
            self.icon.repaint_in(self.palette())
        elif event.type() == QEvent.Type.FontChange:
            self._fit_sentence()
