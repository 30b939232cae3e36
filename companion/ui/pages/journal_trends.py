"""Trends: mood, craving, sleep and the symptom total over 7, 30, 90 days or all time.

Qt Charts is imported only when this view is first shown, so starting the app
does not pay for it. Days without an entry are gaps in the lines, not zeros.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QPointF, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart, QChartView, QXYSeries
    from sqlite_utils import Database

from companion.core import craving_stats, journal
from companion.core.journal import TrendPoint
from companion.ui.chart_scale import gaps_that_fit, scale_for, symptom_maximum
from companion.ui.names import format_date
from companion.ui.pages.journal_cravings import CravingTrends
from companion.ui.theme import is_dark
from companion.ui.widgets.page import TAB_MARGINS
from companion.ui.widgets.text import paragraph

RANGES = (7, 30, 90, 0)  # 0 = all time
DAY_MS = 86_400_000
DOT = 7.0  # pixels across a dot, at most
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
        self._charts: dict[str, tuple[QChart, QChartView]] = {}
        self._built = False
        self._points: dict[date, TrendPoint] = {}
        self._values: dict[str, list[float | None]] = {}
        self._first, self._days = date.min, 1  # set by reload(), from the injected clock
        self._last = self._first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
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
        # No data: no axes, one muted sentence centred in the room the charts would fill.
        self.empty = paragraph(
            self.tr("No check-ins in this time yet. Your trends appear here as you add days."),
            muted=True,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        # Two charts side by side when their titles fit, else one above the other; the
        # charts scroll when large text makes them taller than the window.
        self.chart_area = QScrollArea()
        self.chart_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.chart_area.setWidget(inner)
        self.cravings = CravingTrends()  # under the charts, across both columns
        self.grid.addWidget(self.cravings, 99, 0, 1, 2)
        layout.addWidget(self.chart_area, 1)
        self._columns = 0
        self.range.currentIndexChanged.connect(lambda _i: self.reload())
        self._db: Database | None = None
        self._today = date.min  # set by set_source()

    def set_source(self, db: Database, today: date) -> None:
        self._db, self._today = db, today

    def charts(self) -> dict[str, tuple[QChart, QChartView]]:
        """Each measure's chart, by its key, with the view that shows it (built if need be)."""
        if not self._built:
            self._build()
        return dict(self._charts)

    def chart(self, key: str) -> QChart:
        return self.charts()[key][0]

    def plotted(self, key: str) -> list[float | None]:
        """The values drawn for one measure, one per point; None is a gap."""
        return list(self._values.get(key, []))

    def points(self) -> list[TrendPoint]:
        """The points drawn, oldest first; each may stand for a few days (`days_per_point`)."""
        return list(self._points.values())

    def days_per_point(self) -> int:
        return self._days

    def is_built(self) -> bool:
        """Whether the charts have been made (they are, the first time they are shown)."""
        return self._built

    def span(self) -> tuple[date, date]:
        days = int(self.range.currentData())
        if days == 0:  # from the first check-in or craving worked through
            found: tuple[date | None, ...] = ()
            if (db := self._db) is not None:
                found = (journal.first_entry_day(db), craving_stats.first_craving_day(db))
            return min((d for d in found if d is not None), default=self._today), self._today
        return self._today - timedelta(days=days - 1), self._today

    def _build(self) -> None:
        from PySide6.QtCharts import QChart, QChartView  # only now: keeps start-up light

        specs = (
            ("mood", self.tr("Mood (1\u20135)")),
            ("craving", self.tr("Craving (0\u201310)")),
            ("sleep_hours", self.tr("Sleep (hours)")),
            (
                "symptom_total",
                self.tr("Symptom total (0\u2013%1)").replace("%1", str(symptom_maximum())),
            ),
        )
        for key, title in specs:
            chart = QChart()
            chart.setTitle(title)
            chart.legend().hide()
            chart.setMargins(chart.margins() * 0)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            # One Tab stop per chart, the view itself: named after its title and described
            # by a sentence of what it shows (see `summary`); its inner viewport is no stop.
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setAccessibleName(title)
            view.installEventFilter(self)
            self._charts[key] = (chart, view)
        self._built = True
        self._arrange()

    def _arrange(self) -> None:
        """Lay the charts out in two columns or one, each tall enough for its words."""
        if not self._charts:
            return
        line = self.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(
            QFontMetrics(bold).horizontalAdvance(chart.title())
            for chart, _view in self._charts.values()
        )
        columns = 2 if self.width() >= 2 * (widest + 3 * line) else 1
        for _chart, view in self._charts.values():
            view.setMinimumSize(max(220, widest + 2 * line), max(170, line * 9))
        if columns == self._columns:
            return
        self._columns = columns
        for n, (_chart, view) in enumerate(self._charts.values()):
            self.grid.removeWidget(view)
            self.grid.addWidget(view, n // columns, n % columns)
        for column in (0, 1):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

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
        self._first, self._last, self._days = first, last, days
        cravings = self.cravings.show_span(self._db, first, last, days)
        self.empty.setVisible(not points and not cravings)
        self.chart_area.setVisible(bool(points) or cravings)
        for _chart, view in self._charts.values():
            view.setVisible(bool(points))  # the cravings alone, on days with no check-in
        palette = QApplication.palette()
        dark = is_dark(palette)
        # docs/design.md, Charts: the person's own values in the accent colour, words in the
        # text colour, the axis lines muted and the gridlines quiet (outline, dotted).
        accent = palette.color(QPalette.ColorRole.Highlight)
        words = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        label_font = QFont(QApplication.font())  # follows the text size setting
        title_font = QFont(label_font)
        title_font.setBold(True)
        noon = _ms(first)

        def x_of(day: date) -> float:
            """Noon of `day` (or the middle of the days a point averages), counted in whole
            days from the first: far quicker than asking the time zone for each point, and
            a clock change moves a point an hour at most, never to another day."""
            return noon + (day - first).days * DAY_MS + (days - 1) * DAY_MS / 2

        for key, (chart, view) in self._charts.items():
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
            chart.setTheme(
                QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
            )
            chart.setBackgroundVisible(False)
            chart.setTitleBrush(words)
            chart.setTitleFont(title_font)  # the chart theme sets its own small fonts
            value = _getter(key)
            x_axis = QDateTimeAxis()
            x_axis.setFormat("d MMM")
            y_axis = QValueAxis()
            y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
            y_axis.setLabelFormat("%d")  # every tick is on a whole number
            for axis in (x_axis, y_axis):
                axis.setLabelsFont(label_font)
                axis.setLabelsColor(words)
                axis.setLinePenColor(muted)
                axis.setGridLinePen(grid)
                axis.setMinorGridLineVisible(False)
            x_axis.setGridLineVisible(False)  # across only: the values are what is read
            chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
            self._values[key] = [value(p) for p in points]
            colour = QColor(accent)
            dotted = len(points) <= MAX_DOTTED
            for run in runs(points, value):
                xy = [QPointF(x_of(p.day), float(value(p) or 0)) for p in run]
                kinds: list[QXYSeries] = []
                if len(run) > 1:
                    line = QLineSeries()
                    line.setColor(colour)
                    line.replace(xy)  # one call, not one per point
                    kinds.append(line)
                if dotted or len(run) == 1:
                    dots = QScatterSeries()
                    dots.setColor(colour)
                    dots.setBorderColor(colour)  # a pale ring would hide small dots
                    dots.setMarkerSize(DOT)
                    dots.replace(xy)
                    kinds.append(dots)
                for series in kinds:
                    chart.addSeries(series)
                    series.attachAxis(x_axis)
                    series.attachAxis(y_axis)
                    series.hovered.connect(self._show_tip)
            self._fit_axes(key)
            view.setAccessibleDescription(self.summary(key))

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

    def summary(self, key: str) -> str:
        """One sentence a screen reader can read in place of the chart: the span, the first
        and last values, the average, the lowest and the highest with their days."""
        name = self._names()[key]
        value = _getter(key)
        shown = [(p.day, v) for p in self._points.values() if (v := value(p)) is not None]
        days = (self._last - self._first).days + 1
        if not shown:
            return self.tr("%1: nothing in this time yet.").replace("%1", name)
        low = min(shown, key=lambda pair: pair[1])
        high = max(shown, key=lambda pair: pair[1])
        average = sum(v for _day, v in shown) / len(shown)
        return (
            self.tr(
                "%1 over %n day(s): from %2 to %3, average %4; lowest %5 on %6, highest %7 on %8.",
                "",
                days,
            )
            .replace("%1", name)
            .replace("%2", _number(shown[0][1]))
            .replace("%3", _number(shown[-1][1]))
            .replace("%4", _number(average))
            .replace("%5", _number(low[1]))
            .replace("%6", format_date(low[0]))
            .replace("%7", _number(high[1]))
            .replace("%8", format_date(high[0]))
        )

    def _names(self) -> dict[str, str]:
        return {
            "mood": self.tr("Mood"),
            "craving": self.tr("Craving"),
            "sleep_hours": self.tr("Sleep in hours"),
            "symptom_total": self.tr("Symptom total"),
        }

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    @staticmethod
    def _ticks(view: QWidget, font: QFont, days: int) -> int:
        """As many dates under a chart as fit side by side in the text size: at most 8."""
        label = QFontMetrics(font).horizontalAdvance("28 Sep") * 2
        return max(2, min(8, days, view.width() // max(1, label)))

    def plot_size(self, key: str) -> tuple[float, float]:
        """A safe guess, from the view's size and the text size, of the width and height of
        the chart's plot area: a little smaller than it comes out, never larger."""
        chart, view = self._charts[key]
        metrics = QFontMetrics(chart.titleFont())  # the labels' size, in bold
        line = metrics.height()
        label = metrics.horizontalAdvance("000") + line
        # The title, the dates under the plot and the chart's own spacing around them.
        return max(1.0, view.width() - label - line), max(1.0, view.height() - 40 - 2.4 * line)

    def _fit_axes(self, key: str) -> None:
        """Set the chart's ranges, ticks and dots for its size: whole-number ticks, as many
        as the height has room for, and room around the plot so no dot is cut off."""
        from PySide6.QtCharts import QDateTimeAxis, QScatterSeries, QValueAxis

        chart, view = self._charts[key]
        width, height = self.plot_size(key)
        x_axis = chart.axes(Qt.Orientation.Horizontal)[0]
        y_axis = chart.axes(Qt.Orientation.Vertical)[0]
        assert isinstance(x_axis, QDateTimeAxis) and isinstance(y_axis, QValueAxis)
        font = y_axis.labelsFont()
        gaps = gaps_that_fit(height, QFontMetrics(font).height())
        scale = scale_for(key, self._values.get(key, []), gaps)
        low, high = scale.padded(height)
        y_axis.setTickAnchor(scale.low)
        y_axis.setTickInterval(scale.step)
        y_axis.setRange(low, high)
        days = (self._last - self._first).days + 1
        x_axis.setTickCount(self._ticks(view, font, days))
        # Each point is in the middle of its own days, and its dot no wider than them,
        # so the first and last dots are whole without the dates moving off the days shown.
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(_ms(self._first) - DAY_MS // 2),
            QDateTime.fromMSecsSinceEpoch(_ms(self._last) + DAY_MS // 2),
        )
        room = width * self._days / days
        for series in chart.series():
            if isinstance(series, QScatterSeries):
                series.setMarkerSize(max(3.0, min(DOT, room - 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A chart that changes size gets ticks and room for its new size."""
        if event.type() == QEvent.Type.Resize and self._values:
            for key, (_chart, view) in self._charts.items():
                if view is watched:
                    self._fit_axes(key)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._built:
            self._arrange()
            if self.isVisible():
                self.reload()  # the charts' words in the new text size


def _number(value: float) -> str:
    """A value as people read it in their language: 4.5, or 4,5 in Spanish."""
    return QLocale().toString(float(round(value, 1)), "g", 6)


def _getter(key: str) -> Callable[[TrendPoint], float | None]:
    return lambda point: getattr(point, key)


def _ms(day: date) -> int:
    """Local noon of `day`, in milliseconds, so time zones never move a point to another day."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch()
