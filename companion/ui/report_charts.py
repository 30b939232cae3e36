"""The charts of the care-team summary: mood, craving, sleep and the symptom total, drawn
into the PDF as lines and real text rather than pictures, so they print sharp and their
words are the size of the text around them. The scales come from chart_scale.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from companion.core.journal import TrendPoint
from companion.ui.chart_scale import Scale, gaps_that_fit, scale_for, symptom_maximum

CHARTS = (
    ("mood", "#3b82c4"),
    ("craving", "#c9743a"),
    ("sleep_hours", "#7b68c8"),
    ("symptom_total", "#2f9e8f"),
)
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_KEY = QTextFormat.Property.UserProperty + 1


def chart_title(key: str) -> str:
    if key == "mood":
        return QCoreApplication.translate("Report", "Mood (1-5)")
    if key == "craving":
        return QCoreApplication.translate("Report", "Craving (0-10)")
    if key == "sleep_hours":
        return QCoreApplication.translate("Report", "Sleep (hours)")
    return QCoreApplication.translate("Report", "Symptom total (0-%1)").replace(
        "%1", str(symptom_maximum())
    )


def chart_font(document: QTextDocument) -> QFont:
    """The charts' words are the body text's own font and size: as readable as the text."""
    return QFont(document.defaultFont())


def chart_scale(key: str, points: list[TrendPoint], plot_height: float, line: float) -> Scale:
    """The value scale of a printed chart `plot_height` high, with labels `line` high."""
    values = [getattr(p, key) for p in points]
    return scale_for(key, values, gaps_that_fit(plot_height, line))


class ChartObject(QPyTextObject):
    """Draws the journal's charts into the summary as lines and real text (not pictures),
    so they print sharp and their words are the size of the text around them."""

    def __init__(self, points: list[TrendPoint], first: date, last: date, parent: QObject) -> None:
        super().__init__(parent)
        self.points, self.first, self.last = points, first, last

    def intrinsicSize(self, doc: QTextDocument, _pos: int, _format: QTextFormat) -> QSizeF:
        device = doc.documentLayout().paintDevice()
        metrics = (
            QFontMetricsF(chart_font(doc), device) if device else QFontMetricsF(doc.defaultFont())
        )
        frame = doc.rootFrame().frameFormat()
        width = doc.pageSize().width() - frame.leftMargin() - frame.rightMargin()
        if width <= 0:
            width = metrics.averageCharWidth() * 90
        return QSizeF(width * 0.98, metrics.height() * 12)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument,
                   _pos: int, form: QTextFormat) -> None:  # fmt: skip
        rect = QRectF(rect)
        key = str(form.property(CHART_KEY))
        colour = dict(CHARTS)[key]
        font = chart_font(doc)
        metrics = QFontMetricsF(font, painter.device())
        line = metrics.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = QFont(font)
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor("#222222"))
        painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), chart_title(key))
        painter.setFont(font)
        labels = metrics.horizontalAdvance("000") + line / 2
        area = rect.adjusted(labels, line * 1.5, -line / 2, -line * 1.4)
        scale = chart_scale(key, self.points, area.height(), line)
        low, high = scale.padded(area.height(), line / 3)

        def y_of(value: float) -> float:
            return area.bottom() - area.height() * (value - low) / (high - low)

        painter.setPen(QPen(QColor("#bbbbbb"), max(1.0, line / 20)))
        painter.drawRect(area)
        painter.setPen(QColor("#222222"))
        for tick in scale.ticks:
            y = y_of(tick)
            painter.save()
            painter.setPen(QPen(QColor("#e2e2e2"), max(1.0, line / 20)))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.restore()
            painter.drawText(
                QRectF(rect.left(), y - line / 2, labels - line / 3, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
        under = QRectF(area.left(), area.bottom() + line * 0.2, area.width(), line)
        painter.drawText(under, Qt.AlignmentFlag.AlignLeft, self.first.isoformat())
        painter.drawText(under, Qt.AlignmentFlag.AlignRight, self.last.isoformat())
        days = (self.last - self.first).days + 1
        slot = area.width() / days
        radius = max(line / 12, min(line / 5, slot / 2))

        def where(day: date, value: float) -> QPointF:
            return QPointF(area.left() + slot * ((day - self.first).days + 0.5), y_of(value))

        painter.setPen(QPen(QColor(colour), max(1.0, line / 8)))
        painter.setBrush(QColor(colour))
        previous: tuple[date, float] | None = None
        for point in self.points:
            value = getattr(point, key)
            if value is None:
                previous = None
                continue
            if previous is not None and (point.day - previous[0]).days == 1:
                painter.drawLine(where(*previous), where(point.day, value))
            painter.drawEllipse(where(point.day, value), radius, radius)
            previous = (point.day, value)
        painter.restore()


def add_charts(document: QTextDocument, points: list[TrendPoint], first: date, last: date) -> None:
    """Put a chart of `points` where summary_html left the place for each one."""
    charts = ChartObject(points, first, last, document)  # the document keeps it
    document.documentLayout().registerHandler(CHART_OBJECT, charts)
    for key, _colour in CHARTS:
        cursor = document.find(f"[[chart-{key}]]")  # the first: before anything typed
        if cursor.isNull():
            continue
        form = QTextCharFormat()
        form.setObjectType(CHART_OBJECT)
        form.setProperty(CHART_KEY, key)
        cursor.insertText("\ufffc", form)
