"""The trends' Cravings part: the cravings worked through in Breathe over the span the
trends show. How often they came (a bar for each day, or each few days over long spans),
how strong they were before, how much they fell during urge surfing, what set them off and
what the quick checks found, in short lines of text.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from companion.core import craving_stats
from companion.core.craving_stats import CravingPoint, CravingStats
from companion.ui.craving_words import CravingWords
from companion.ui.names import format_date
from companion.ui.widgets.day_bars import DayBarChart
from companion.ui.widgets.text import heading, paragraph


def _number(value: float) -> str:
    """4.5, or 4,5 in Spanish."""
    return QLocale().toString(float(round(value, 1)), "g", 6)


class CravingChart(DayBarChart):
    """Bars of how many cravings were worked through on each day (or run of days), in
    the accent colour, with whole-number counts; a screen reader reads its description."""

    BARS = 90

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One Tab stop, named and described like the trends' charts.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Cravings worked through per day"))
        self._points: list[CravingPoint] = []

    def points(self) -> list[CravingPoint]:
        return list(self._points)

    def set_points(self, points: list[CravingPoint], description: str) -> None:
        self._points = points
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        gutter = self.fontMetrics().horizontalAdvance("00") + line / 2
        rect = QRectF(self.rect()).adjusted(gutter + 4, line / 2, -4, -(line + 4))
        most = max(1, max(point.count for point in self._points))
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(text)
        for value in (0, most):  # the scale: none and the most on one day
            y = rect.bottom() - rect.height() * value / most
            where = QRectF(0, y - line / 2, gutter, line)
            painter.drawText(where, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))  # fmt: skip
        counts = [float(point.count) if point.count else None for point in self._points]
        accent = palette.color(QPalette.ColorRole.Highlight)
        self.paint_bars(painter, rect, counts, (0.0, float(most)), accent, radius=2.0)
        self.paint_day_numbers(painter, rect, [point.day for point in self._points], text)
        painter.end()


class CravingTrends(QWidget):
    """The Cravings part under the trends' charts; `show_span` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Cravings worked through"), level=3))
        self.empty = paragraph(
            self.tr(
                "None in this time. When you use urge surfing or the quick check in "
                "Breathe, how often, how strong and what set them off appear here."
            ),
            muted=True,
        )
        layout.addWidget(self.empty)
        self.count = paragraph("")
        self.chart = CravingChart()
        self.strength = paragraph("")
        self.fall = paragraph("")
        self.triggers = paragraph("")
        self.needs = paragraph("")
        self.lines: tuple[QLabel, ...] = (
            self.count,
            self.strength,
            self.fall,
            self.triggers,
            self.needs,
        )
        layout.addWidget(self.count)
        layout.addWidget(self.chart)
        for label in self.lines[1:]:
            layout.addWidget(label)
        self.found: CravingStats | None = None

    def show_span(self, db: Database, first: date, last: date, days: int) -> bool:
        """Show the cravings of the days from `first` to `last`, each bar `days` days;
        True when there were any."""
        found = self.found = craving_stats.craving_stats(db, first, last, days)
        any_found = found.total > 0
        self.empty.setVisible(not any_found)
        for part in (*self.lines, self.chart):
            part.setVisible(any_found)
        if not any_found:
            self.chart.set_points([], self.tr("No cravings worked through in this time."))
            return False
        words = CravingWords()
        self.count.setText(
            self.tr("%n time(s) in these days", "", found.total)
            + " \u2014 "
            + self.tr("%n urge-surfing session(s)", "", found.sessions)
            + ", "
            + self.tr("%n quick check(s)", "", found.quick_checks)
            + "."
        )
        self.chart.set_points(list(found.points), self.describe(found))
        self.strength.setText(
            self.tr("How strong, before: %1 out of 10 on average.").replace(
                "%1", _number(found.average_before)
            )
            if found.average_before is not None
            else self.tr("How strong, before: not rated.")
        )
        if found.average_fall is not None:
            self.fall.setText(
                self.tr(
                    "During urge surfing it fell by %1 on average (%n session(s) rated "
                    "before and after).",
                    "",
                    found.rated_both,
                ).replace("%1", _number(found.average_fall))
            )
        else:
            self.fall.setText(
                self.tr("Rate the craving before and after urge surfing to see how much it falls.")
            )
        self.triggers.setVisible(bool(found.triggers))
        self.triggers.setText(
            self.tr("What set them off: %1.").replace(
                "%1",
                ", ".join(f"{words.trigger(key)} ({count})" for key, count in found.triggers),
            )
        )
        self.needs.setVisible(bool(found.needs))
        self.needs.setText(
            self.tr("What the quick checks found most: %1.").replace(
                "%1", ", ".join(f"{words.need(key)} ({count})" for key, count in found.needs)
            )
        )
        return True

    def describe(self, found: CravingStats) -> str:
        """The chart in one sentence: the span, the total and the busiest day."""
        busiest = max(found.points, key=lambda point: point.count)
        when = format_date(busiest.day)
        if busiest.days > 1:
            end = busiest.day + timedelta(days=busiest.days - 1)
            when = self.tr("%1 to %2").replace("%1", when).replace("%2", format_date(end))
        sentence = self.tr(
            "Cravings worked through over %n day(s): %1 in all; most on %2 (%3).", "", found.days
        )
        return (
            sentence.replace("%1", str(found.total))
            .replace("%2", when)
            .replace("%3", str(busiest.count))
        )
