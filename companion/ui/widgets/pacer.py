"""The pacer: a shape that grows on the in-breath, rests on holds, shrinks on the out-breath.

Painting is cheap on purpose: colours, pens and fonts are made once (and again
only when the palette or font changes), and each frame only computes one size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.pacing import EXHALE, HOLD_IN, HOLD_OUT, INHALE, RELEASE, TENSE, Position

# Calm colours per phase that read on light and dark backgrounds alike.
PHASE_COLOURS = {
    INHALE: "#3b82c4",
    HOLD_IN: "#7b68c8",
    EXHALE: "#2f9e8f",
    HOLD_OUT: "#8a8f98",
    TENSE: "#c9743a",
    RELEASE: "#2f9e8f",
}


class Pacer(QWidget):
    """Shows one Position: the shape (or a steady bar), the phase word and seconds left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 260)
        self.setAccessibleName(self.tr("Breathing pacer"))
        self.reduced_motion = False
        self._position: Position | None = None
        self._word = ""
        self._seconds = ""
        self._fills = {kind: QColor(colour) for kind, colour in PHASE_COLOURS.items()}
        self._rims = {kind: QColor(colour).darker(125) for kind, colour in PHASE_COLOURS.items()}
        self._make_fonts()

    def _make_fonts(self) -> None:
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self._word_font = QFont(base)
        self._word_font.setPointSizeF(size * 2.2)
        self._word_font.setBold(True)
        self._seconds_font = QFont(base)
        self._seconds_font.setPointSizeF(size * 1.6)
        self._text_pen = QPen(self.palette().color(self.foregroundRole()))
        self._track_pen = QPen(self.palette().color(self.palette().ColorRole.Mid), 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._make_fonts()
        super().changeEvent(event)

    def show_position(self, position: Position | None, word: str, seconds: str) -> None:
        self._position, self._word, self._seconds = position, word, seconds
        self.setAccessibleDescription(f"{word} {seconds}")
        self.update()

    def shown(self) -> Position | None:
        """The position the pacer shows now (what its next paint will draw)."""
        return self._position

    def colour(self) -> QColor:
        kind = self._position.segment.kind if self._position else HOLD_OUT
        return self._fills.get(kind, self._fills[HOLD_OUT])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        kind = self._position.segment.kind if self._position else HOLD_OUT
        fill, rim = self._fills.get(kind, self._fills[HOLD_OUT]), self._rims.get(kind)
        side = min(rect.width(), rect.height() - 70)
        centre = rect.center()
        centre.setY(centre.y() - 30)
        if self.reduced_motion:
            bar = QRectF(rect.left() + 30, centre.y() - 14, rect.width() - 60, 28)
            painter.setPen(self._track_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar, 8, 8)
            done = self._position.progress if self._position else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * done, 28), 8, 8)
        else:
            smallest, largest = side * 0.28, side * 0.92
            size = self._position.size if self._position else 0.0
            diameter = smallest + (largest - smallest) * size
            painter.setPen(self._track_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, largest / 2, largest / 2)
            painter.setPen(QPen(rim, 3) if rim is not None else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawEllipse(centre, diameter / 2, diameter / 2)
        painter.setPen(self._text_pen)
        painter.setFont(self._word_font)
        words = QRectF(rect.left(), rect.bottom() - 78, rect.width(), 44)
        painter.drawText(words, Qt.AlignmentFlag.AlignCenter, self._word)
        painter.setFont(self._seconds_font)
        seconds = QRectF(rect.left(), rect.bottom() - 36, rect.width(), 34)
        painter.drawText(seconds, Qt.AlignmentFlag.AlignCenter, self._seconds)
        painter.end()
