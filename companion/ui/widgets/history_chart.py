"""A small bar chart: the practice on each of the last days. Any practice at all shows as
a bar, however short; the words for each day's time come from names.practice_time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from companion.ui.names import practice_time
from companion.ui.widgets.day_bars import DayBarChart
from companion.ui.widgets.pacer import PHASE_COLOURS


class HistoryChart(DayBarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -(line + 4))
        most = max(max(seconds for _d, seconds in self._days), 60.0)
        painter.setFont(self.font())
        # a few seconds still show as a bar: every session counts
        values = [seconds if seconds > 0 else None for _day, seconds in self._days]
        self.paint_bars(painter, rect, values, (0.0, most), self._bar, least=4.0)
        text = self.palette().color(self.foregroundRole())
        self.paint_day_numbers(painter, rect, [day for day, _s in self._days], text)
        painter.end()
