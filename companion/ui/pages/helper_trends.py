"""The trends under a helper's own check-in: stress and sleep over the last 14 or 30 days,
as bars a day each, with a sentence for each that a screen reader reads ("Stress this
week: about 6 of 10, a little lower than last week").

The bars' value scales are the journal's (chart_scale.py: whole-number ticks, sleep's axis
growing past 12 hours when a night was longer); a day without a check-in has no bar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from companion.core import helper_checkins
from companion.core.helper_checkins import Measure
from companion.ui.chart_scale import Scale, gaps_that_fit, scale_for, step_for
from companion.ui.names import format_date
from companion.ui.widgets.day_bars import DayBarChart
from companion.ui.widgets.text import heading, paragraph

SPANS = (14, 30)
SAME = 0.5  # a change smaller than this is "about the same"
LITTLE = 2.0  # and one smaller than this "a little"


def _number(value: float, step: float = 1.0) -> str:
    """`value` rounded to `step` as people read it: 6, 6.5, or 6,5 in Spanish."""
    rounded = round(value / step) * step
    return QLocale().toString(float(rounded), "g", 6)


class DayBars(DayBarChart):
    """A bar for each day's value, on a fixed scale, in the accent colour; the scale's
    ticks in a gutter on the left, the day numbers beneath. One Tab stop, whose
    description says in words what the bars show."""

    BARS = 110
    TEXT_LINES = 2  # the day numbers, and half a line above and below the scale

    def __init__(self, measure: Measure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = measure
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._days: list[tuple[date, float | None]] = []

    def days(self) -> list[tuple[date, float | None]]:
        return list(self._days)

    def set_days(self, days: list[tuple[date, float | None]], description: str) -> None:
        self._days = days
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def scale(self) -> Scale:
        """The value axis: stress 0 to 10, sleep as the journal draws it."""
        gaps = gaps_that_fit(self._plot().height(), self.fontMetrics().height())
        if self.measure == "sleep_hours":
            return scale_for("sleep_hours", [v for _d, v in self._days], gaps)
        low, high = helper_checkins.STRESS
        return Scale(low, high, step_for(high - low, gaps))

    def _gutter(self) -> float:
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance("00") + metrics.height() / 2

    def _plot(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(self.rect()).adjusted(self._gutter() + 4, line / 2, -4, -(line + 4))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        rect = self._plot()
        scale = self.scale()
        span = max(1, scale.high - scale.low)
        painter.setFont(self.font())
        for tick in scale.ticks:  # quiet lines across, the numbers in the gutter
            y = rect.bottom() - rect.height() * (tick - scale.low) / span
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text)
            where = QRectF(0, y - line / 2, self._gutter(), line)
            painter.drawText(where, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(tick))  # fmt: skip
        accent = palette.color(QPalette.ColorRole.Highlight)
        values = [value for _day, value in self._days]
        # a day without a check-in has no bar; a stress of 0 still shows
        self.paint_bars(painter, rect, values, (scale.low, scale.high), accent, least=3.0)
        self.paint_day_numbers(painter, rect, [day for day, _v in self._days], text)
        painter.end()


class HelperTrends(QWidget):
    """Stress and sleep over the chosen span, each a sentence and a row of bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("How you have been"), level=3))
        top = QHBoxLayout()
        label = QLabel(self.tr("S&how:"))
        self.span = QComboBox()
        self.span.addItem(self.tr("Last 14 days"), 14)
        self.span.addItem(self.tr("Last 30 days"), 30)
        self.span.setAccessibleName(self.tr("Time span of the trends"))
        label.setBuddy(self.span)
        top.addWidget(label)
        top.addWidget(self.span)
        top.addStretch(1)
        layout.addLayout(top)
        self.empty = paragraph(
            self.tr("No check-ins in this time yet. Your trends appear here as you add days."),
            muted=True,
        )
        layout.addWidget(self.empty)
        self.stress_words = paragraph("")
        self.stress_words.setAccessibleName(self.tr("Stress this week"))
        self.stress = DayBars("stress")
        self.stress.setAccessibleName(self.tr("Stress per day, from 0 to 10"))
        self.sleep_words = paragraph("")
        self.sleep_words.setAccessibleName(self.tr("Sleep this week"))
        self.sleep = DayBars("sleep_hours")
        self.sleep.setAccessibleName(self.tr("Hours of sleep per day"))
        self.charts = QWidget()
        charts = QVBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        for widget in (self.stress_words, self.stress, self.sleep_words, self.sleep):
            charts.addWidget(widget)
        layout.addWidget(self.charts)
        self._db: Database | None = None
        self._helper = 0
        self._today = date.min
        self.span.currentIndexChanged.connect(lambda _i: self.reload())

    def show_helper(self, db: Database, helper_id: int, today: date) -> None:
        self._db, self._helper, self._today = db, helper_id, today
        self.reload()

    def days(self) -> int:
        return int(self.span.currentData())

    def reload(self) -> None:
        if self._db is None:
            return
        db, helper, today, days = self._db, self._helper, self._today, self.days()
        stress = helper_checkins.stress_series(db, helper, today, days)
        sleep = helper_checkins.sleep_series(db, helper, today, days)
        any_check_in = bool(helper_checkins.list_check_ins(db, helper, stress[0][0], today))
        self.empty.setVisible(not any_check_in)
        self.charts.setVisible(any_check_in)
        this, last = helper_checkins.week_averages(db, helper, "stress", today)
        self.stress_words.setText(self.stress_sentence(this, last))
        this_sleep, last_sleep = helper_checkins.week_averages(db, helper, "sleep_hours", today)
        self.sleep_words.setText(self.sleep_sentence(this_sleep, last_sleep))
        self.stress.set_days(stress, self._describe(self.stress_words.text(), stress, "stress"))
        self.sleep.set_days(sleep, self._describe(self.sleep_words.text(), sleep, "sleep"))

    def _describe(self, sentence: str, days: list[tuple[date, float | None]], kind: str) -> str:
        """The sentence, then each day that has a value: what a screen reader reads."""
        shown = [
            format_date(day)
            + ": "
            + (_number(value) if kind == "stress" else _number(value, 0.5) + self.tr(" h"))
            for day, value in days
            if value is not None
        ]
        return sentence + " " + "; ".join(shown) if shown else sentence

    def _change(self, this: float, last: float | None, *, more: bool) -> str:
        """How this week compares with the last, in a few words (empty with no last week)."""
        if last is None:
            return ""
        change = this - last
        if abs(change) < SAME:
            return self.tr("about the same as last week")
        if more:  # sleep: more or less
            if abs(change) < LITTLE:
                return (
                    self.tr("a little more than last week")
                    if change > 0
                    else self.tr("a little less than last week")
                )
            return self.tr("more than last week") if change > 0 else self.tr(
                "less than last week"
            )  # fmt: skip
        if abs(change) < LITTLE:
            return (
                self.tr("a little higher than last week")
                if change > 0
                else self.tr("a little lower than last week")
            )
        return self.tr("higher than last week") if change > 0 else self.tr("lower than last week")

    def stress_sentence(self, this: float | None, last: float | None) -> str:
        if this is None:
            return self.tr("Stress this week: not answered yet.")
        words = self.tr("Stress this week: about %1 of 10").replace("%1", _number(this))
        change = self._change(this, last, more=False)
        return (words + ", " + change if change else words) + "."

    def sleep_sentence(self, this: float | None, last: float | None) -> str:
        if this is None:
            return self.tr("Sleep this week: not answered yet.")
        words = self.tr("Sleep this week: about %1 hours a night").replace("%1", _number(this, 0.5))
        change = self._change(this, last, more=True)
        return (words + ", " + change if change else words) + "."
