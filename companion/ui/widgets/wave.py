"""The urge-surfing wave: water that swells, crests and settles, painted with the palette.

It shows one height (0 flat, 1 the tallest wave) given by `companion.core.urge_surfing`
and the word for the wave's part ("Rising"...). It repaints only when the height moves
by a whole pixel or the word changes, so a slow wave costs few frames. With reduce motion
the water stands still at a few steps (it changes four times a wave, never glides) and the
word says what the wave is doing.

Like the pacer it takes the keyboard focus when a session starts (Space pauses), and a
screen reader is told each new prompt through `announce`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.widgets.pacer import announce

STEPS = 4  # the heights a still wave can stand at, with reduce motion
SAMPLES = 48  # points along the water's line


class Wave(QWidget):
    """Draws the water at one height, with the word for the wave's part beneath it."""

    pauseAsked = Signal()
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 110)
        self.setAccessibleName(self.tr("Craving wave"))
        self.setAccessibleDescription(
            self.tr("The wave rises, crests and falls, like the craving. Space pauses, Esc stops.")
        )
        self.reduced_motion = False
        self._height = 0.0
        self._word = ""
        self._drawn: tuple[object, ...] = ()
        self.paints = 0  # how many times it has painted (for the benchmark)

    # --- what it shows ---------------------------------------------------------------------

    def show_height(self, height: float, word: str) -> None:
        self._height = max(0.0, min(1.0, height))
        self._word = word
        state = self._state()
        if state != self._drawn:
            self._drawn = state
            self.update()

    def shown(self) -> float:
        """The height as drawn: stepped with reduce motion."""
        if self.reduced_motion:
            return round(self._height * STEPS) / STEPS
        return self._height

    def word(self) -> str:
        return self._word

    def _state(self) -> tuple[object, ...]:
        """What would be drawn, to the pixel: equal means no repaint."""
        return (self.reduced_motion, round(self.shown() * self._room()), self._word)

    def _room(self) -> float:
        """How many pixels the crest can rise above the still water."""
        return max(1.0, self._water_rect().height() * 0.8)

    def _word_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * 1.2)
        return font

    def _word_height(self) -> int:
        return QFontMetrics(self._word_font()).height() + 8

    def _water_rect(self) -> QRectF:
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        return rect.adjusted(0, 0, 0, -self._word_height())

    # --- events ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.pauseAsked.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def announce(self, text: str) -> None:
        """Have a screen reader say `text` once (a new prompt, a pause)."""
        announce(self, text)
        self.announced.emit(text)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        self.paints += 1
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        water = self._water_rect()
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlphaF(0.35)
        outline = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        if self.hasFocus():  # the frame around the water is the focus ring
            outline = QPen(accent, 2)
        painter.setPen(outline)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(water, 8, 8)
        rise = self.shown() * self._room()
        still = water.bottom() - water.height() * 0.12  # the calm sea's level
        path = QPainterPath(QPointF(water.left(), water.bottom()))
        for n in range(SAMPLES + 1):
            x = water.left() + water.width() * n / SAMPLES
            # One broad swell in the middle, on a gently rippled sea.
            across = (n / SAMPLES - 0.5) / 0.22
            swell = math.exp(-across * across)
            ripple = 2.0 * math.sin(n / SAMPLES * math.pi * 6)
            path.lineTo(QPointF(x, still - rise * swell - ripple))
        path.lineTo(QPointF(water.right(), water.bottom()))
        path.closeSubpath()
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(water.adjusted(1, 1, -1, -1), 7, 7)
        painter.setClipPath(clip)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        painter.drawPath(path)
        painter.restore()
        words = QRectF(water.left(), water.bottom() + 4, water.width(), self._word_height() - 4)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(self._word_font())
        painter.drawText(words, Qt.AlignmentFlag.AlignCenter, self._word)
        painter.end()
