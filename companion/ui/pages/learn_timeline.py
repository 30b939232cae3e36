"""The withdrawal timeline view: pick the kind of opioid and the last (or planned) use."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import timeline
from companion.core.timeline import KINDS, SHORT
from companion.ui.context import AppContext
from companion.ui.widgets.date_fields import DateTimeField
from companion.ui.widgets.page import DownScroll, card
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.widgets.time_field import FieldProblem
from companion.ui.widgets.timeline_chart import TimelineChart
from companion.ui.writes import attempt


class TimelineView(DownScroll):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Withdrawal timeline"), level=2))
        text = timeline.load_text()
        self.always = paragraph(text.always)
        set_tone(self.always, "caution")
        layout.addWidget(self.always)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(  # long choices are cut short with "…" rather than
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon  # widen the page
        )
        self.kind.setMinimumContentsLength(16)
        for kind in KINDS:
            self.kind.addItem(text.kinds.get(kind, kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of opioid"))
        plan = timeline.get_plan(context.db)
        self.last_use = DateTimeField(
            self.tr("Last use, or planned last use"),
            context.today(),
            plan.last_use if plan else context.now(),
            field="last use",
        )
        form.addRow(self.tr("&Kind of opioid"), self.kind)
        form.addRow(self.tr("&Last use (or planned)"), self.last_use)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.now_button = QPushButton(self.tr("Set to &now"))
        self.now_button.setAccessibleName(self.tr("Set the last use to now"))
        row.addWidget(self.now_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.chart = TimelineChart()
        layout.addWidget(self.chart)
        box, box_layout = card()
        box_layout.addWidget(heading(self.tr("What is typical now"), level=3))
        self.typical = paragraph("")
        box_layout.addWidget(self.typical)
        layout.addWidget(box)
        self.help = paragraph(text.get_help)
        set_tone(self.help, "overdue")
        layout.addWidget(self.help)
        layout.addWidget(
            paragraph(self.tr("Sources: %1").replace("%1", "; ".join(text.sources)), muted=True)
        )
        layout.addStretch(1)
        self.setWidget(inner)
        self.names = {
            "onset": self.tr("Starts"),
            "peak": self.tr("Hardest"),
            "main": self.tr("Main symptoms"),
            "varies": self.tr("Timing varies"),
            "easing": self.tr("Easing"),
            "lingering": self.tr("Can linger"),
        }
        self.kind.setCurrentIndex(max(0, self.kind.findData(plan.kind if plan else SHORT)))
        self._shown = plan.last_use if plan else context.now()  # the moment the chart shows
        self.kind.currentIndexChanged.connect(lambda _i: self._save())
        self.last_use.valueChanged.connect(self._save)
        self.now_button.clicked.connect(self.set_now)
        self.refresh()

    def set_now(self) -> None:
        self.last_use.set_value(self.context.now())
        self._save()

    def _save(self) -> None:
        """Store the kind and the moment; a moment still being typed wrong is not stored
        (the field says what is wrong) and the chart keeps the last good one."""
        try:
            moment = self.last_use.value()
        except FieldProblem:
            return
        if moment is None:
            return
        self._shown = moment
        kind = self.kind.currentData()
        attempt(self, lambda: timeline.set_plan(self.context.db, kind, moment))
        self.refresh()

    def now_text(self, hours: float) -> str:
        """The words over the chart's "now" line, `hours` after the last use."""
        if hours < 0:
            return self.tr("Planned in %1 h").replace("%1", f"{-hours:.0f}")
        if hours < 48:
            return self.tr("Now: %1 h").replace("%1", f"{hours:.0f}")
        return self.tr("Now: day %1").replace("%1", str(timeline.day_number(hours)))

    def refresh(self) -> None:
        reading = timeline.reading_at(self.kind.currentData(), self._shown, self.context.now())
        self.chart.show_reading(reading, self.names, self.now_text(reading.hours))
        self.typical.setText(" ".join(timeline.describe(reading)))
