"""A small bar chart: minutes of practice on each of the last days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.widgets.pacer import PHASE_COLOURS


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._days: list[tuple[date, float]] = []
        self._bar = QColor(PHASE_COLOURS["exhale"])

    def set_days(self, days: list[tuple[date, float]]) -> None:
        self._days = days
        total = sum(minutes for _day, minutes in days)
        self.setAccessibleName(self.tr("Minutes practised per day"))
        self.setAccessibleDescription(
            ", ".join(f"{day:%d %b}: {minutes:.0f}" for day, minutes in days if minutes)
            or self.tr("No practice yet")
        )
        self.setToolTip(
            self.tr("%1 minutes in the last %2 days")
            .replace("%1", f"{total:.0f}")
            .replace("%2", str(len(days)))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -20)
        most = max(max(minutes for _d, minutes in self._days), 1.0)
        slot = rect.width() / len(self._days)
        painter.setFont(self.font())
        for n, (day, minutes) in enumerate(self._days):
            height = rect.height() * minutes / most
            bar = QRectF(rect.left() + n * slot + slot * 0.15, rect.bottom() - height,
                         slot * 0.7, height)  # fmt: skip
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._bar)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text)
            label = QRectF(rect.left() + n * slot, rect.bottom() + 2, slot, 16)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.end()
