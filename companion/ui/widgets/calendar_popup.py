"""The calendar that opens under a date field, its button's icon, and QDate conversions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QPoint, QRectF, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))


def from_qdatetime(moment: QDateTime) -> datetime:
    day, clock = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def calendar_icon(side: int, palette: QPalette) -> QIcon:
    """A small calendar page (a frame, a bar along the top and a grid of days) in the
    palette's button text colour, and greyed when the field is switched off."""
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        icon.addPixmap(
            _calendar_page(side, palette.color(group, QPalette.ColorRole.ButtonText)), mode
        )
    return icon


def _calendar_page(side: int, colour: QColor) -> QPixmap:
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour)
    pen.setWidthF(max(1.0, side / 14))
    painter.setPen(pen)
    margin = side * 0.1
    page = QRectF(margin, margin * 1.5, side - 2 * margin, side - 2.5 * margin)
    painter.drawRoundedRect(page, side * 0.08, side * 0.08)
    painter.fillRect(QRectF(page.left(), page.top(), page.width(), page.height() * 0.25), colour)
    dot = side / 9
    for row in range(3):
        for column in range(4):
            x = page.left() + page.width() * (column + 0.75) / 4.5
            y = page.top() + page.height() * (0.42 + row * 0.2)
            painter.fillRect(QRectF(x - dot / 2, y - dot / 2, dot, dot), colour)
    painter.end()
    return pixmap


class CalendarPopup(QFrame):
    """A month to pick a day from: arrows move, Enter or a click picks, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def open_below(self, anchor: QWidget, first: date, last: date, shown: date) -> None:
        self.calendar.setDateRange(to_qdate(first), to_qdate(last))
        self.calendar.setSelectedDate(to_qdate(min(max(shown, first), last)))
        self.adjustSize()
        where = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = QGuiApplication.screenAt(where) or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            x = max(room.left(), min(where.x(), room.right() - self.width()))
            y = where.y()
            if y + self.height() > room.bottom():  # no room below: open above the field
                y = anchor.mapToGlobal(QPoint(0, 0)).y() - self.height()
            where = QPoint(x, max(room.top(), y))
        self.move(where)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
