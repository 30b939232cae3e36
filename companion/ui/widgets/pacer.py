"""The pacer: a shape that grows on the in-breath, rests on holds, shrinks on the out-breath.

Painting is cheap on purpose: colours, pens and fonts are made once (and again
only when the palette or font changes), each frame only computes one size, and only
the part that changed is painted again: the shape when it moves, the words when
they change (once a second), nothing at all while a hold shows the same thing.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.pacing import EXHALE, HOLD_IN, HOLD_OUT, INHALE, RELEASE, TENSE, Position

SMALLEST, LARGEST = 0.28, 0.92  # the disc's diameter at rest and full, as parts of its room

# Calm colours per phase that read on light and dark backgrounds alike.
PHASE_COLOURS = {
    INHALE: "#3b82c4",
    HOLD_IN: "#7b68c8",
    EXHALE: "#2f9e8f",
    HOLD_OUT: "#838891",
    TENSE: "#c9743a",
    RELEASE: "#2f9e8f",
}


class Pacer(QWidget):
    """Shows one Position: the shape (or a steady bar), the phase word and seconds left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # It paints its own background, so Qt need not paint what lies behind it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(260, 260)
        self.setAccessibleName(self.tr("Breathing pacer"))
        self.reduced_motion = False
        self._position: Position | None = None
        self._word = ""
        self._seconds = ""
        self._drawn: tuple[object, ...] = ()  # what the shape looked like when last shown
        self._side_now = 0.0  # the shape's room: kept up to date by resizeEvent
        self._track_cache: tuple[tuple[float, float, int, int], QPixmap] | None = None
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._side_now = max(0.0, min(float(self.width()), float(self.height()) - 70))
        self._drawn = self._shape_state()  # all of it is painted again after a resize anyway

    def show_position(self, position: Position | None, word: str, seconds: str) -> None:
        words_changed = (word, seconds) != (self._word, self._seconds)
        self._position, self._word, self._seconds = position, word, seconds
        shape = self._shape_state()
        if shape != self._drawn:
            moved = not self.reduced_motion and shape[:2] == self._drawn[:2]
            if moved:  # the same disc, a little larger or smaller
                self.update(self._around(self._diameter(self._drawn), self._diameter(shape)))
            else:  # a new colour, or the bar: all of it
                self.update(self._shape_area())
            self._drawn = shape
        if words_changed:
            self.setAccessibleDescription(f"{word} {seconds}")
            self.update(self._words_area())

    def _shape_state(self) -> tuple[object, ...]:
        """What the shape would look like, to the pixel: equal means no repaint."""
        position = self._position
        kind = position.segment.kind if position else HOLD_OUT
        if self.reduced_motion:
            amount = position.progress if position else 0.0
            return (kind, True, round(amount * (self.width() - 60) * 4))
        size = position.size if position else 0.0
        return (kind, False, round(size * self._side() * (LARGEST - SMALLEST)))

    def _diameter(self, shape: tuple[object, ...]) -> float:
        """The disc's diameter in a shape state (its third part counts pixels)."""
        steps = shape[2]
        return self._side() * SMALLEST + (float(steps) if isinstance(steps, int) else 0.0)

    def _around(self, before: float, after: float) -> QRect:
        """The square around the larger of the disc's old and new sizes, rim and all: a
        frame repaints only that, not the whole shape's room (a third of it on average)."""
        return self._square(max(before, after) / 2 + 5)

    def _side(self) -> float:
        return self._side_now

    def _centre(self) -> QPointF:
        """The middle of the shape: the middle of the pacer, raised to leave the words room."""
        centre = QRectF(self.rect()).center()
        return QPointF(centre.x(), centre.y() - 30)

    def _square(self, half: float) -> QRect:
        centre = self._centre()
        return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half).toAlignedRect()

    def _shape_area(self) -> QRect:
        """Where the shape (or the bar) is drawn, with room for its rim."""
        if self.reduced_motion:
            return QRectF(0, self._centre().y() - 20, self.width(), 40).toAlignedRect()
        return self._square(self._side() * LARGEST / 2 + 4)

    def _words_area(self) -> QRect:
        rect = QRectF(self.rect())
        return QRectF(rect.left(), rect.bottom() - 80, rect.width(), 80).toAlignedRect()

    def shown(self) -> Position | None:
        """The position the pacer shows now (what its next paint will draw)."""
        return self._position

    def colour(self) -> QColor:
        kind = self._position.segment.kind if self._position else HOLD_OUT
        return self._fills.get(kind, self._fills[HOLD_OUT])

    def _track(self, largest: float) -> QPixmap:
        """The background with the still outline the shape grows to, drawn once per size
        and palette: each frame copies it rather than filling and drawing again."""
        ratio = self.devicePixelRatioF()
        background = self.palette().color(self.backgroundRole())
        key = (round(largest, 2), ratio, self._track_pen.color().rgba(), background.rgba())
        if self._track_cache is None or self._track_cache[0] != key:
            extent = math.ceil(largest + 10)  # as wide as the shape's area, rim and all
            pixmap = QPixmap(math.ceil(extent * ratio), math.ceil(extent * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(background)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self._track_pen)
            painter.drawEllipse(QPointF(extent / 2, extent / 2), largest / 2, largest / 2)
            painter.end()
            self._track_cache = (key, pixmap)
        return self._track_cache[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        area = event.rect()
        kind = self._position.segment.kind if self._position else HOLD_OUT
        fill, rim = self._fills.get(kind, self._fills[HOLD_OUT]), self._rims.get(kind)
        side = self._side()
        centre = self._centre()
        if not self.reduced_motion and area.intersects(self._shape_area()):
            track = self._track(side * LARGEST)
            extent = track.width() / track.devicePixelRatio()
            corner = QPointF(centre.x() - extent / 2, centre.y() - extent / 2)
            if not QRectF(corner.x(), corner.y(), extent, extent).contains(QRectF(area)):
                painter.fillRect(area, self.palette().color(self.backgroundRole()))
            painter.drawPixmap(corner, track)  # the background and the outline, as one copy
        else:
            painter.fillRect(area, self.palette().color(self.backgroundRole()))
        if not area.intersects(self._shape_area()):
            pass  # only the words changed
        elif self.reduced_motion:
            bar = QRectF(rect.left() + 30, centre.y() - 14, rect.width() - 60, 28)
            painter.setPen(self._track_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar, 8, 8)
            done = self._position.progress if self._position else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * done, 28), 8, 8)
        else:
            smallest, largest = side * SMALLEST, side * LARGEST
            size = self._position.size if self._position else 0.0
            diameter = smallest + (largest - smallest) * size
            # The rim and the fill as two filled discs: filling is much cheaper than
            # stroking a wide outline, and this is drawn sixty times a second.
            painter.setPen(Qt.PenStyle.NoPen)
            if rim is not None:
                painter.setBrush(rim)
                painter.drawEllipse(centre, diameter / 2 + 1.5, diameter / 2 + 1.5)
            painter.setBrush(fill)
            painter.drawEllipse(centre, diameter / 2 - 1.5, diameter / 2 - 1.5)
        if not area.intersects(self._words_area()):
            painter.end()  # only the shape moved
            return
        painter.setPen(self._text_pen)
        painter.setFont(self._word_font)
        words = QRectF(rect.left(), rect.bottom() - 78, rect.width(), 44)
        painter.drawText(words, Qt.AlignmentFlag.AlignCenter, self._word)
        painter.setFont(self._seconds_font)
        seconds = QRectF(rect.left(), rect.bottom() - 36, rect.width(), 34)
        painter.drawText(seconds, Qt.AlignmentFlag.AlignCenter, self._seconds)
        painter.end()
