"""A picture of the withdrawal timeline: coloured windows on a time line, with now marked.

The first week is drawn wide and the weeks after it narrow, so the early hours,
where most changes happen, are readable.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.timeline import DAY, Reading

FIRST_WEEK_SHARE = 0.75
LAST_HOUR = 90 * DAY
COLOURS = {
    "onset": "#e0b341",
    "peak": "#d0693b",
    "main": "#d0693b",
    "easing": "#3b9e8f",
    "lingering": "#7b8bc8",
}


def x_for(hours: float, left: float, width: float) -> float:
    """Where `hours` after last use falls across the picture (first week wide, then narrow)."""
    hours = max(0.0, min(hours, LAST_HOUR))
    week = 7 * DAY
    if hours <= week:
        return left + width * FIRST_WEEK_SHARE * hours / week
    rest = (hours - week) / (LAST_HOUR - week)
    return left + width * (FIRST_WEEK_SHARE + (1 - FIRST_WEEK_SHARE) * rest)


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reading: Reading | None = None
        self.names: dict[str, str] = {}
        self.now_label = ""

    def show_reading(self, reading: Reading, names: dict[str, str], now_label: str) -> None:
        self.reading, self.names, self.now_label = reading, names, now_label
        described = ", ".join(
            f"{names.get(w.key, w.key)} {w.start:g}-{w.end:g} h" for w in reading.windows
        )
        self.setAccessibleName(now_label)
        self.setAccessibleDescription(described)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.reading is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        left, width = 10.0, self.width() - 20.0
        lanes = self.reading.windows
        lane_height = 26.0
        top = 34.0
        for n, window in enumerate(lanes):
            x1, x2 = x_for(window.start, left, width), x_for(window.end, left, width)
            rect = QRectF(x1, top + n * (lane_height + 6), max(2.0, x2 - x1), lane_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(COLOURS.get(window.key, "#888888")))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor("#111111"))
            painter.drawText(
                rect.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.names.get(window.key, window.key),
            )
        axis_y = top + len(lanes) * (lane_height + 6) + 4
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(left + width, axis_y))
        for hours, label in ((0, "0"), (DAY, "1 d"), (3 * DAY, "3 d"), (7 * DAY, "1 wk"),
                             (30 * DAY, "1 mo"), (LAST_HOUR, "3 mo")):  # fmt: skip
            x = x_for(hours, left, width)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 5))
            align = (
                Qt.AlignmentFlag.AlignRight if hours == LAST_HOUR else Qt.AlignmentFlag.AlignLeft
            )
            box = QRectF(x - (60 if hours == LAST_HOUR else 0), axis_y + 6, 60, 18)
            painter.drawText(box, align, label)
        hours = self.reading.hours
        if 0 <= hours <= LAST_HOUR:
            x = x_for(hours, left, width)
            painter.setPen(QPen(text, 3))
            painter.drawLine(QPointF(x, 26), QPointF(x, axis_y))
            painter.drawText(
                QRectF(x - 80, 4, 160, 20), Qt.AlignmentFlag.AlignCenter, self.now_label
            )
        painter.end()
