"""Text widgets that keep their relative size when the person changes the text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class ScaledLabel(QLabel):
    """A label whose font is a fixed multiple of the application font (headings, big numbers)."""

    def __init__(
        self, text: str = "", factor: float = 1.0, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self._factor = factor
        self._bold = bold
        self._apply()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._apply)

    def _apply(self, *_font: object) -> None:
        font = QFont(QApplication.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self._factor)
        font.setBold(self._bold)
        self.setFont(font)


def heading(text: str, level: int = 1) -> ScaledLabel:
    factors = {1: 1.7, 2: 1.25, 3: 1.08}
    label = ScaledLabel(text, factors.get(level, 1.0), bold=True)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def paragraph(text: str, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        palette = label.palette()
        color = palette.color(palette.ColorRole.WindowText)
        color.setAlphaF(0.75)
        palette.setColor(palette.ColorRole.WindowText, color)
        label.setPalette(palette)
    return label
