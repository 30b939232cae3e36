"""The frame of the app's small day charts: a bar for each day, the day's number beneath.

Breathe's practice (history_chart.py), the journal's cravings worked through
(pages/journal_cravings.py) and a helper's stress and sleep (pages/helper_trends.py) are
each one of these: the chart keeps room for its bars and its lines of text at any text
size, paints its bars in one colour, and writes the days' numbers beneath whole, every
day's when they fit side by side, else every second or third day, always the last.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class DayBarChart(QWidget):
    """A chart of day bars; `BARS` pixels for the bars, and `TEXT_LINES` lines of text."""

    BARS = 100
    TEXT_LINES = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def _fit_height(self) -> None:
        self.setMinimumHeight(self.BARS + self.TEXT_LINES * self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def paint_bars(
        self,
        painter: QPainter,
        rect: QRectF,
        values: Sequence[float | None],
        scale: tuple[float, float],
        colour: QColor,
        least: float = 0.0,
        radius: float = 3.0,
    ) -> None:
        """A bar for each value from the bottom of `rect`, `scale` (low, high) its height;
        none for a missing value, nor for the lowest one unless `least` (the shortest bar
        painted) is more than nothing for a value at the bottom (a stress of 0 still
        shows)."""
        if not values:
            return
        low, high = scale
        span = max(1e-9, high - low)
        slot = rect.width() / len(values)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for n, value in enumerate(values):
            if value is None:
                continue
            height = max(rect.height() * (value - low) / span, least)
            if height <= 0:
                continue
            bar = QRectF(rect.left() + n * slot + slot * 0.15, rect.bottom() - height,
                         max(1.0, slot * 0.7), height)  # fmt: skip
            painter.drawRoundedRect(bar, radius, radius)

    def paint_day_numbers(
        self, painter: QPainter, rect: QRectF, days: Sequence[date], colour: QColor
    ) -> None:
        """Each day's number under its bar, whole and never cut at the chart's edges."""
        if not days:
            return
        metrics = self.fontMetrics()
        line = metrics.height()
        slot = rect.width() / len(days)
        wide = metrics.horizontalAdvance("30") + line / 2  # room for a day's number
        every = math.ceil(wide / max(slot, 1.0))
        painter.setPen(colour)
        for n, day in enumerate(days):
            if (len(days) - 1 - n) % every:
                continue
            middle = rect.left() + (n + 0.5) * slot
            left = min(max(0.0, middle - wide / 2), self.width() - wide)
            label = QRectF(left, rect.bottom() + 2, wide, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(day.day))
