"""Trends: mood, craving, sleep and the symptom total over 7, 30, 90 days or all time.

Qt Charts is imported only when this view is first shown, so starting the app
does not pay for it. Days without an entry are gaps in the lines, not zeros.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from companion.core import journal
from companion.core.journal import TrendPoint
from companion.ui.names import format_date
from companion.ui.theme import is_dark
from companion.ui.widgets.text import paragraph

RANGES = (7, 30, 90, 0)  # 0 = all time
DAY_MS = 86_400_000
MAX_DOTTED = 120  # beyond this many points the dots would only crowd the lines
MOST_POINTS = 366  # a longer span is drawn as averages of a few days each: no chart is
# wide enough to show more points than this, and thousands would be slow to draw


def runs(
    points: list[TrendPoint], value: Callable[[TrendPoint], float | None]
) -> list[list[TrendPoint]]:
    """Split the points into runs of consecutive points that have a value: one line per run.

    Points are consecutive when each starts where the one before ended (a day apart, or
    a few days apart when each point is an average of a few days).
    """
    result: list[list[TrendPoint]] = []
    previous: date | None = None
    for point in points:
        if value(point) is None:
            previous = None
            continue
        if previous is None or point.day - previous != timedelta(days=point.days):
            result.append([])
        result[-1].append(point)
        previous = point.day
    return result


class TrendsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._charts: dict[str, Any] = {}
        self._built = False
        self._points: dict[date, TrendPoint] = {}
        self._first, self._days = date.today(), 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        self.range = QComboBox()
        for days, text in zip(
            RANGES,
            (
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Last 90 days"),
                self.tr("All time"),
            ),
            strict=True,
        ):
            self.range.addItem(text, days)
        self.range.setCurrentIndex(1)
        self.range.setAccessibleName(self.tr("Time span of the charts"))
        label.setBuddy(self.range)
        row.addWidget(label)
        row.addWidget(self.range)
        row.addStretch(1)
        layout.addLayout(row)
        self.empty = paragraph(
            self.tr("No check-ins in this time yet. Your trends appear here as you add days."),
            muted=True,
        )
        layout.addWidget(self.empty)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid, 1)
        self.range.currentIndexChanged.connect(lambda _i: self.reload())
        self._db: Any = None
        self._today = date.today()

    def set_source(self, db: Any, today: date) -> None:
        self._db, self._today = db, today

    def span(self) -> tuple[date, date]:
        days = int(self.range.currentData())
        if days == 0:
            first = journal.first_entry_day(self._db) or self._today
            return first, self._today
        return self._today - timedelta(days=days - 1), self._today

    def _build(self) -> None:
        from PySide6.QtCharts import QChart, QChartView  # only now: keeps start-up light

        specs = (
            ("mood", self.tr("Mood (1\u20135)"), (1, 5)),
            ("craving", self.tr("Craving (0\u201310)"), (0, 10)),
            ("sleep_hours", self.tr("Sleep (hours)"), (0, 12)),
            ("symptom_total", self.tr("Symptom total"), (0, 4 * len(journal.load_symptoms()))),
        )
        for n, (key, title, bounds) in enumerate(specs):
            chart = QChart()
            chart.setTitle(title)
            chart.legend().hide()
            chart.setMargins(chart.margins() * 0)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(220, 170)
            view.setAccessibleName(title)
            self.grid.addWidget(view, n // 2, n % 2)
            self._charts[key] = (chart, view, bounds)
        self._built = True

    def reload(self) -> None:
        if self._db is None or (not self.isVisible() and not self._built):
            return
        if not self._built:
            self._build()
        from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis

        first, last = self.span()
        days = journal.days_per_point(first, last, MOST_POINTS)
        points = journal.trend(self._db, first, last, days)
        self._points = {p.day: p for p in points}
        self._first, self._days = first, days
        self.empty.setVisible(not points)
        dark = is_dark(QApplication.palette())
        colours = {
            "mood": "#3b82c4",
            "craving": "#c9743a",
            "sleep_hours": "#7b68c8",
            "symptom_total": "#2f9e8f",
        }
        label_font = QFont(QApplication.font())  # follows the text size setting
        title_font = QFont(label_font)
        title_font.setBold(True)
        noon = _ms(first)

        def x_of(day: date) -> float:
            """Noon of `day` (or the middle of the days a point averages), counted in whole
            days from the first: far quicker than asking the time zone for each point, and
            a clock change moves a point an hour at most, never to another day."""
            return noon + (day - first).days * DAY_MS + (days - 1) * DAY_MS / 2

        for key, (chart, _view, bounds) in self._charts.items():
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
            chart.setTheme(
                QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
            )
            chart.setBackgroundVisible(False)
            chart.setTitleBrush(
                QApplication.palette().color(QApplication.palette().ColorRole.WindowText)
            )
            chart.setTitleFont(title_font)  # the chart theme sets its own small fonts
            x_axis = QDateTimeAxis()
            x_axis.setFormat("d MMM")
            x_axis.setTickCount(self._ticks(_view, label_font, (last - first).days + 1))
            start = _ms(first) - DAY_MS // 2
            end = _ms(last) + DAY_MS // 2
            x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(start), QDateTime.fromMSecsSinceEpoch(end)
            )
            y_axis = QValueAxis()
            high = bounds[1]
            if key == "sleep_hours":
                high = max(12, max((p.sleep_hours or 0 for p in points), default=0))
            y_axis.setRange(bounds[0], high)
            y_axis.setLabelFormat("%d")
            for axis in (x_axis, y_axis):
                axis.setLabelsFont(label_font)
            chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
            colour = QColor(colours[key])
            value = _getter(key)
            dotted = len(points) <= MAX_DOTTED
            for run in runs(points, value):
                xy = [QPointF(x_of(p.day), float(value(p) or 0)) for p in run]
                kinds: list[Any] = []
                if len(run) > 1:
                    line = QLineSeries()
                    line.setColor(colour)
                    line.replace(xy)  # one call, not one per point
                    kinds.append(line)
                if dotted or len(run) == 1:
                    dots = QScatterSeries()
                    dots.setColor(colour)
                    dots.setMarkerSize(7)
                    dots.replace(xy)
                    kinds.append(dots)
                for series in kinds:
                    chart.addSeries(series)
                    series.attachAxis(x_axis)
                    series.attachAxis(y_axis)
                    series.hovered.connect(self._show_tip)

    def _show_tip(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        moment = QDateTime.fromMSecsSinceEpoch(round(point.x())).date()
        day = date(moment.year(), moment.month(), moment.day())
        start = self._first + timedelta(days=(day - self._first).days // self._days * self._days)
        found = self._points.get(start)
        if found is not None:
            QToolTip.showText(QCursor.pos(), self.describe(found))

    def describe(self, point: TrendPoint) -> str:
        def shown(value: float | None) -> str:
            return "\u2014" if value is None else f"{round(value, 1):g}"

        if point.days > 1:
            end = point.day + timedelta(days=point.days - 1)
            when = (
                self.tr("Average of %1 to %2")
                .replace("%1", format_date(point.day))
                .replace("%2", format_date(end))
            )
        else:
            when = format_date(point.day, long=True)

        return "\n".join(
            [
                when,
                self.tr("Mood: %1").replace("%1", shown(point.mood)),
                self.tr("Craving: %1").replace("%1", shown(point.craving)),
                self.tr("Sleep: %1 h").replace("%1", shown(point.sleep_hours)),
                self.tr("Symptom total: %1").replace("%1", shown(point.symptom_total)),
            ]
        )

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    @staticmethod
    def _ticks(view: QWidget, font: QFont, days: int) -> int:
        """As many dates under a chart as fit side by side in the text size: at most 8."""
        label = QFontMetrics(font).horizontalAdvance("28 Sep") * 2
        return max(2, min(8, days, view.width() // max(1, label)))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._points:
            days = (max(self._points) - min(self._points)).days + self._days
            for chart, view, _bounds in self._charts.values():
                for axis in chart.axes(Qt.Orientation.Horizontal):
                    axis.setTickCount(self._ticks(view, axis.labelsFont(), days))

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._built and self.isVisible():
            self.reload()  # the charts' words in the new text size


def _getter(key: str) -> Callable[[TrendPoint], float | None]:
    return lambda point: getattr(point, key)


def _ms(day: date) -> int:
    """Local noon of `day`, in milliseconds, so time zones never move a point to another day."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch()
