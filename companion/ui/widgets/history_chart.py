"""A small bar chart: the practice on each of the last days. Any practice at all shows as
a bar, however short; the words for each day's time come from names.practice_time."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.names import practice_time
from companion.ui.widgets.pacer import PHASE_COLOURS


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_height()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._days: list[tuple[date, float]] = []
        self._bar = QColor(PHASE_COLOURS["exhale"])

    def days(self) -> list[tuple[date, float]]:
        """The days shown, each with the seconds practised on it, oldest first."""
        return list(self._days)

    def bar_colour(self) -> QColor:
        """The colour the bars are painted in."""
        return QColor(self._bar)

    def set_days(self, days: list[tuple[date, float]]) -> None:
        """Show `days`: each day with the seconds practised on it, oldest first."""
        self._days = days
        total = sum(seconds for _day, seconds in days)
        self.setAccessibleName(self.tr("Time practised per day"))
        self.setAccessibleDescription(
            ", ".join(
                f"{QLocale().toString(QDate(day.year, day.month, day.day), 'd MMM')}: "
                + practice_time(seconds)
                for day, seconds in days
                if seconds > 0
            )
            or self.tr("No practice yet")
        )
        self.setToolTip(
            self.tr("Last %n day(s): %1", "", len(days)).replace(
                "%1", practice_time(total) if total > 0 else self.tr("no practice yet")
            )
        )
        self.update()

    def _fit_height(self) -> None:
        """Room for the bars and a line of day numbers in the text size."""
        self.setMinimumHeight(100 + self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        metrics = self.fontMetrics()
        line = metrics.height()
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -(line + 4))
        most = max(max(seconds for _d, seconds in self._days), 60.0)
        slot = rect.width() / len(self._days)
        # Every day's number when they fit side by side, else every second or third day,
        # always with today's.
        every = math.ceil((metrics.horizontalAdvance("30") + line / 2) / max(slot, 1.0))
        painter.setFont(self.font())
        for n, (day, seconds) in enumerate(self._days):
            height = rect.height() * seconds / most
            if seconds > 0:
                height = max(height, 4.0)  # a few seconds still show: every session counts
            bar = QRectF(rect.left() + n * slot + slot * 0.15, rect.bottom() - height,
                         slot * 0.7, height)  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._bar)
            painter.drawRoundedRect(bar, 3, 3)
            if (len(self._days) - 1 - n) % every:
                continue
            painter.setPen(text)
            label = QRectF(rect.left() + (n - 1) * slot, rect.bottom() + 2, slot * 3, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.end()
