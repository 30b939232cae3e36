"""A picture of the withdrawal timeline: coloured windows on a time line, with now marked.

The first week is drawn wide and the weeks after it narrow, so the early hours,
where most changes happen, are readable.

Where each word goes is worked out by `layout_bars`, a pure function of the windows,
the words, the width and how wide the font makes each word: a name that does not fit
inside its bar goes beside it (or under it, the row growing); axis labels that would
run into each other are left out; the "now" line is broken wherever it would cross a
word. Tests check that no word is cut, overlaps another or is crossed by the line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.timeline import DAY, Reading, Window

FIRST_WEEK_SHARE = 0.75
LAST_HOUR = 90 * DAY
COLOURS = {
    "onset": "#e0b341",
    "peak": "#d0693b",
    "main": "#d0693b",
    "varies": "#c9a063",
    "easing": "#3b9e8f",
    "lingering": "#7b8bc8",
}
SIDE = 10.0  # room left and right of the time line
PAD = 6.0  # between a bar's edge and the word inside it
GAP = 6.0  # between words, and between a bar and the word beside it
LINE_CLEAR = 2.0  # the "now" line stops this far from a word


def x_for(hours: float, left: float, width: float) -> float:
    """Where `hours` after last use falls across the picture (first week wide, then narrow)."""
    hours = max(0.0, min(hours, LAST_HOUR))
    week = 7 * DAY
    if hours <= week:
        return left + width * FIRST_WEEK_SHARE * hours / week
    rest = (hours - week) / (LAST_HOUR - week)
    return left + width * (FIRST_WEEK_SHARE + (1 - FIRST_WEEK_SHARE) * rest)


@dataclass(frozen=True)
class Word:
    """A word (or a few) and the box it is drawn in; `on_bar` words sit on a bar's colour."""

    text: str
    rect: QRectF
    on_bar: bool = False


@dataclass(frozen=True)
class Tick:
    """A mark on the time line: hours after last use, its words, and how much it matters
    (lower first) when there is room for only some of the words."""

    hours: float
    text: str
    rank: int


@dataclass(frozen=True)
class ChartLayout:
    bars: tuple[tuple[str, QRectF], ...]  # window key and its bar
    names: tuple[Word, ...]  # each bar's name
    axis_y: float
    ticks: tuple[float, ...]  # x of every mark on the time line
    tick_words: tuple[Word, ...]  # the marks' words that have room
    now_x: float | None  # None: now is not on the time line
    now_word: Word | None
    now_line: tuple[tuple[float, float], ...]  # the "now" line's pieces, top to bottom
    height: float  # what the picture needs

    def words(self) -> tuple[Word, ...]:
        return self.names + self.tick_words + ((self.now_word,) if self.now_word else ())


def _crosses(rect: QRectF, x: float | None) -> bool:
    return x is not None and rect.left() - LINE_CLEAR <= x <= rect.right() + LINE_CLEAR


def _name_box(
    bar: QRectF, wide: float, tall: float, right: float, now_x: float | None
) -> QRectF | None:
    """Where a bar's name goes on its row: inside the bar, beside it (right, past the
    "now" line, then left), or None when none has room. A place clear of the line is
    taken first."""
    top = bar.top() + (bar.height() - tall) / 2
    inside = [QRectF(bar.left() + PAD, top, wide, tall)]
    if now_x is not None and bar.left() < now_x < bar.right():  # either side of the line
        inside.append(QRectF(now_x + LINE_CLEAR + PAD, top, wide, tall))
    places = [box for box in inside if box.right() + PAD <= bar.right()]
    if bar.right() + GAP + wide <= right:
        places.append(QRectF(bar.right() + GAP, top, wide, tall))
    if now_x is not None and now_x >= bar.right() and now_x + LINE_CLEAR + GAP + wide <= right:
        places.append(QRectF(now_x + LINE_CLEAR + GAP, top, wide, tall))  # past the line
    if bar.left() - GAP - wide >= 0:
        places.append(QRectF(bar.left() - GAP - wide, top, wide, tall))
    clear = [box for box in places if not _crosses(box, now_x)]
    return (clear or places)[0] if places else None


def _on_bar(box: QRectF, bar: QRectF) -> bool:
    return bar.left() <= box.left() and box.right() <= bar.right()


def least_width(texts: Sequence[str], measure: Callable[[str], float]) -> int:
    """The narrowest the chart can be: its longest word fits on a row."""
    return int(max((measure(text) for text in texts), default=0) + 2 * (SIDE + PAD)) + 1


def layout_bars(
    windows: Sequence[Window],
    names: dict[str, str],
    hours: float,
    now_text: str,
    ticks: Sequence[Tick],
    width: float,
    measure: Callable[[str], float],
    line_height: float,
) -> ChartLayout:
    """Where every bar and word of the chart goes, `width` pixels wide, when `measure`
    gives a text's width and a line is `line_height` high."""
    left, span = SIDE, max(1.0, width - 2 * SIDE)
    on_line = 0 <= hours <= LAST_HOUR
    now_x = x_for(hours, left, span) if on_line else None
    now_wide = measure(now_text)
    anchor = now_x if now_x is not None else (left if hours < 0 else left + span)
    now_left = min(max(0.0, anchor - now_wide / 2), max(0.0, width - now_wide))
    now_word = Word(now_text, QRectF(now_left, 4, now_wide, line_height)) if now_text else None

    lane = max(26.0, line_height + 8)
    y = 4 + line_height + 6
    bars, words = [], []
    for window in windows:
        x1, x2 = x_for(window.start, left, span), x_for(window.end, left, span)
        bar = QRectF(x1, y, max(2.0, x2 - x1), lane)
        text = names.get(window.key, window.key)
        wide = measure(text)
        box = _name_box(bar, wide, line_height, width, now_x)
        row = lane
        if box is None:  # no room on the row: under the bar, and the row grows
            under = min(max(0.0, x1), max(0.0, width - wide))
            box = QRectF(under, bar.bottom() + 2, wide, line_height)
            row = lane + 2 + line_height
        bars.append((window.key, bar))
        words.append(Word(text, box, _on_bar(box, bar)))
        y += row + 6

    axis_y = y - 2
    marks = tuple(x_for(tick.hours, left, span) for tick in ticks)
    kept: list[Word] = []
    for tick in sorted(ticks, key=lambda t: t.rank):
        x, wide = x_for(tick.hours, left, span), measure(tick.text)
        box = QRectF(min(max(0.0, x - wide / 2), max(0.0, width - wide)), axis_y + 7, wide, 0)
        box.setHeight(line_height)
        near = box.adjusted(-GAP, 0, GAP, 0)
        if all(not near.intersects(other.rect) for other in kept):
            kept.append(Word(tick.text, box))
    kept.sort(key=lambda word: word.rect.left())

    pieces: list[tuple[float, float]] = []
    if now_x is not None:
        top = 4 + line_height + 2
        for word in sorted(words, key=lambda w: w.rect.top()):
            if _crosses(word.rect, now_x) and word.rect.top() - LINE_CLEAR > top:
                pieces.append((top, word.rect.top() - LINE_CLEAR))
                top = word.rect.bottom() + LINE_CLEAR
            elif _crosses(word.rect, now_x):
                top = max(top, word.rect.bottom() + LINE_CLEAR)
        if axis_y > top:
            pieces.append((top, axis_y))
    return ChartLayout(
        bars=tuple(bars),
        names=tuple(words),
        axis_y=axis_y,
        ticks=marks,
        tick_words=tuple(kept),
        now_x=now_x,
        now_word=now_word,
        now_line=tuple(pieces),
        height=axis_y + 7 + line_height + 4,
    )


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.reading: Reading | None = None
        self.names: dict[str, str] = {}
        self.now_label = ""

    def ticks(self) -> tuple[Tick, ...]:
        """The marks on the time line, in the interface's language."""
        return (
            Tick(0, self.tr("Last use"), 0),
            Tick(DAY, self.tr("%n day(s)", "", 1), 3),
            Tick(3 * DAY, self.tr("%n day(s)", "", 3), 5),
            Tick(7 * DAY, self.tr("%n week(s)", "", 1), 2),
            Tick(21 * DAY, self.tr("%n week(s)", "", 3), 6),  # where methadone's range ends
            Tick(30 * DAY, self.tr("%n month(s)", "", 1), 4),
            Tick(LAST_HOUR, self.tr("%n month(s)", "", 3), 1),
        )

    def show_reading(self, reading: Reading, names: dict[str, str], now_label: str) -> None:
        self.reading, self.names, self.now_label = reading, names, now_label
        described = ", ".join(
            self.tr("%1: %2 to %3 hours after last use")
            .replace("%1", names.get(w.key, w.key))
            .replace("%2", f"{w.start:g}")
            .replace("%3", f"{w.end:g}")
            for w in reading.windows
        )
        self.setAccessibleName(now_label)
        self.setAccessibleDescription(described)
        self.updateGeometry()
        self.update()

    def layout_for(self, width: float) -> ChartLayout | None:
        if self.reading is None:
            return None
        metrics = QFontMetricsF(self.font())
        return layout_bars(
            self.reading.windows,
            self.names,
            self.reading.hours,
            self.now_label,
            self.ticks(),
            width,
            lambda text: metrics.horizontalAdvance(text),
            metrics.height(),
        )

    # --- size: as tall as the words need at this width ----------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout_for(width)
        return int(layout.height + 1) if layout else 190

    def sizeHint(self) -> QSize:
        width = max(self.width(), 400)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the longest word, and as tall as the words need then."""
        texts = [*self.names.values(), self.now_label, *(t.text for t in self.ticks())]
        wide = least_width(texts, QFontMetricsF(self.font()).horizontalAdvance)
        return QSize(wide, self.heightForWidth(max(wide, self.width())))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()  # a new width can move a name under its bar

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_for(self.width())
        painter = QPainter(self)
        if layout is None or not layout.bars:
            self._paint_nothing_yet(painter)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        # docs/design.md, Charts: the time line and its marks muted (still 4.5 : 1), the
        # words and the "now" line in the text colour.
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(Qt.PenStyle.NoPen)
        for key, bar in layout.bars:
            painter.setBrush(QColor(COLOURS.get(key, "#888888")))
            painter.drawRoundedRect(bar, 6, 6)
        painter.setPen(QPen(muted, 1))
        axis = layout.axis_y
        painter.drawLine(QPointF(SIDE, axis), QPointF(self.width() - SIDE, axis))
        for x in layout.ticks:
            painter.drawLine(QPointF(x, axis), QPointF(x, axis + 5))
        if layout.now_x is not None:
            painter.setPen(QPen(text, 3))
            for top, bottom in layout.now_line:
                painter.drawLine(QPointF(layout.now_x, top), QPointF(layout.now_x, bottom))
        # The layout gave each word its room; rounding must not clip a pixel of it.
        centred = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        centred |= Qt.TextFlag.TextDontClip
        for word in layout.words():
            painter.setPen(QColor("#111111") if word.on_bar else text)
            painter.drawText(word.rect, centred, word.text)
        painter.end()

    def nothing_yet(self) -> str:
        return self.tr("The timeline appears here once there is a medicine to show.")

    def _paint_nothing_yet(self, painter: QPainter) -> None:
        """No data: no axis, one muted sentence in the middle (docs/design.md, Charts)."""
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect().adjusted(8, 8, -8, -8), flags, self.nothing_yet())
        painter.end()
