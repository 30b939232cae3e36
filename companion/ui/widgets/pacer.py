"""The pacer: a shape that grows on the in-breath, rests on holds, shrinks on the out-breath.

It takes the keyboard focus when a session starts, so a screen reader names it; each
change of phase (not each second) is announced, through Qt's announcement event where
this Qt has one, otherwise by changing its accessible description.

Painting is cheap on purpose: colours, pens and fonts are made once (and again
only when the palette or font changes), each frame only computes one size, and only
the part that changed is painted again: the shape when it moves, the words when
they change (once a second), nothing at all while a hold shows the same thing.
"""

from __future__ import annotations

import math

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
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


# Qt 6.8 and later can ask a screen reader to say a short text (a "live" message).
ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


class Pacer(QWidget):
    """Shows one Position: the shape (or a steady bar), the phase word and seconds left."""

    pauseAsked = Signal()  # Space while the pacer has the focus
    announced = Signal(str)  # each phase change said to a screen reader

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # It paints its own background, so Qt need not paint what lies behind it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 260)
        self.setAccessibleName(self.tr("Breathing pacer"))
        self._guide = self.tr(
            "Breathe in as the shape grows and out as it shrinks. Space pauses, Esc stops."
        )
        self.setAccessibleDescription(self._guide)
        self.reduced_motion = False
        self._position: Position | None = None
        self._word = ""
        self._seconds = ""
        self._drawn: tuple[object, ...] = ()  # what the shape looked like when last shown
        self._side_now = 0.0  # the shape's room: kept up to date by resizeEvent
        self._track_cache: tuple[tuple[float, float, int, int, int], QPixmap] | None = None
        self._discs: dict[str, QPixmap] = {}  # each phase's disc at its largest
        self._disc_key: tuple[int, float, bool] | None = None
        self._fills = {kind: QColor(colour) for kind, colour in PHASE_COLOURS.items()}
        self._rims = {kind: QColor(colour).darker(125) for kind, colour in PHASE_COLOURS.items()}
        self._make_fonts()

    def _make_fonts(self) -> None:
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self._word_font = QFont(base)
        self._word_font.setPointSizeF(size * 2.4)
        self._word_font.setWeight(QFont.Weight.DemiBold)
        self._seconds_font = QFont(base)
        self._seconds_font.setPointSizeF(size * 1.5)
        self._word_height = QFontMetrics(self._word_font).height()
        self._seconds_height = QFontMetrics(self._seconds_font).height()
        palette = self.palette()
        self._text_pen = QPen(palette.color(self.foregroundRole()))
        self._muted_pen = QPen(palette.color(palette.ColorRole.PlaceholderText))
        self._track_pen = QPen(palette.color(palette.ColorRole.Mid), 2)
        self._focus_pen = QPen(palette.color(palette.ColorRole.Highlight), 2)
        self._dark = palette.color(self.backgroundRole()).lightnessF() < 0.5
        self._resize_parts()

    def _words_height(self) -> int:
        """Room under the shape for the phase word and the seconds, at this text size."""
        return self._word_height + self._seconds_height + 12

    def _resize_parts(self) -> None:
        self._side_now = max(
            0.0, min(float(self.width()), float(self.height()) - 16) - self._words_height()
        )
        self._drawn = self._shape_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._make_fonts()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_parts()  # all of it is painted again after a resize anyway

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the outline around the shape is the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.pauseAsked.emit()
            return
        super().keyPressEvent(event)

    def announce(self, text: str) -> None:
        """Have a screen reader say `text` once (a phase change, a pause)."""
        announce(self, text)
        self.announced.emit(text)

    def showing(self) -> str:
        """The phase word and seconds shown now, as one line."""
        return f"{self._word} {self._seconds}".strip()

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
        return QPointF(centre.x(), centre.y() - self._words_height() / 2)

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
        height = self._words_height()
        return QRectF(rect.left(), rect.bottom() - height, rect.width(), height).toAlignedRect()

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
        pen = self._outline()
        key = (round(largest, 2), ratio, pen.color().rgba(), pen.width(), background.rgba())
        if self._track_cache is None or self._track_cache[0] != key:
            extent = math.ceil(largest + 10)  # as wide as the shape's area, rim and all
            pixmap = QPixmap(math.ceil(extent * ratio), math.ceil(extent * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(background)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pen)
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
            painter.setPen(self._outline())
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
            inner = diameter / 2 - 1.5
            disc = self._disc(kind, fill, largest)
            target = QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner)
            painter.drawPixmap(target, disc, QRectF(disc.rect()))
        if not area.intersects(self._words_area()):
            painter.end()  # only the shape moved
            return
        words = QRectF(self._words_area())
        painter.setPen(self._text_pen)
        painter.setFont(self._word_font)
        top = QRectF(words.left(), words.top(), words.width(), self._word_height)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self._word)
        painter.setPen(self._muted_pen)
        painter.setFont(self._seconds_font)
        under = QRectF(words.left(), top.bottom() + 2, words.width(), self._seconds_height)
        painter.drawText(under, Qt.AlignmentFlag.AlignCenter, self._seconds)
        painter.end()

    def _outline(self) -> QPen:
        """The still outline the shape grows to (the bar's frame): in the accent colour
        while the pacer has the keyboard focus, which is its focus ring."""
        return self._focus_pen if self.hasFocus() else self._track_pen

    def _disc(self, kind: str, fill: QColor, largest: float) -> QPixmap:
        """The disc with its gentle light: paler at the middle, the phase's colour at the
        rim (on a dark page only a little paler, so it does not glare). Drawn once per
        phase, size and palette at its largest; each frame copies it at its size, which
        costs a sixth of filling a gradient again."""
        ratio = self.devicePixelRatioF()
        key = (round(largest), ratio, self._dark)
        if self._disc_key != key:
            self._discs, self._disc_key = {}, key
        disc = self._discs.get(kind)
        if disc is None:
            extent = max(1, math.ceil(largest * ratio))
            disc = QPixmap(extent, extent)
            disc.fill(Qt.GlobalColor.transparent)
            middle = QPointF(extent / 2, extent / 2)
            gradient = QRadialGradient(middle, extent / 2)
            gradient.setColorAt(0.0, fill.lighter(118 if self._dark else 140))
            gradient.setColorAt(1.0, fill)
            painter = QPainter(disc)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(gradient)
            painter.drawEllipse(middle, extent / 2, extent / 2)
            painter.end()
            self._discs[kind] = disc
        return disc


def announce(widget: QWidget, text: str) -> None:
    """Ask a screen reader to say `text` once, politely. Without Qt's announcement event,
    `widget`'s accessible description becomes `text`, which is said because it has focus."""
    if ANNOUNCEMENT is not None:
        QAccessible.updateAccessibility(ANNOUNCEMENT(widget, text))
        return
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
