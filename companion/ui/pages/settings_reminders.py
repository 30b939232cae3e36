"""Settings' Reminders part: the daily check-in reminder and its time, appointment
reminders and how early, and "Start with my computer". Each choice is saved at once.
What the reminders do is in ui/tray.py and core/reminders.py."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QWidget

from companion.core import autostart
from companion.core.settings import REMINDER_LEADS
from companion.ui.context import AppContext
from companion.ui.errors import STORAGE_FAILURES, explain
from companion.ui.tray import tray_available
from companion.ui.widgets import dialogs
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.page import card
from companion.ui.widgets.text import heading, paragraph
from companion.ui.widgets.time_field import TimeField


class RemindersCard(QFrame):
    """A card of its own on Settings; `load` shows the stored choices again."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        box, layout = card()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        layout.addWidget(heading(self.tr("Reminders"), level=2))
        self.has_tray = tray_available()
        self.where = paragraph(
            self.tr(
                "Gentle reminders, off until you turn them on. They come as notices from "
                "the app's icon in the tray while Prep Companion is running."
            )
            if self.has_tray
            else self.tr(
                "This desktop has no tray for the app's icon, so reminders show at the top "
                "of Today while the window is open."
            ),
            muted=True,
        )
        layout.addWidget(self.where)

        self.check_in = QCheckBox(self.tr("Remind me to &check in each day"))
        self.check_in.setAccessibleName(self.tr("Remind me to check in each day"))
        self.check_in.setToolTip(self.tr("Once a day at most, and not once today's is done"))
        layout.addWidget(self.check_in)
        time_row = FlowRow()
        self.time_label = QLabel(self.tr("At this tim&e:"))
        self.time = TimeField(
            self.tr("Check-in reminder time"), time(20, 0), field="reminder_check_in_time"
        )
        self.time_label.setBuddy(self.time)
        time_row.addWidget(self.time_label)
        time_row.addWidget(self.time)
        layout.addLayout(time_row)
        layout.addWidget(self.time.problem)

        self.appointments = QCheckBox(self.tr("Remind me of a&ppointments"))
        self.appointments.setAccessibleName(self.tr("Remind me of appointments"))
        layout.addWidget(self.appointments)
        lead_row = FlowRow()
        self.lead_label = QLabel(self.tr("&How early:"))
        self.lead = QComboBox()
        names = {
            60: self.tr("1 hour before"),
            180: self.tr("3 hours before"),
            1440: self.tr("1 day before"),
        }
        for minutes in REMINDER_LEADS:
            self.lead.addItem(names[minutes], minutes)
        self.lead.setAccessibleName(self.tr("How early to remind of an appointment"))
        self.lead_label.setBuddy(self.lead)
        lead_row.addWidget(self.lead_label)
        lead_row.addWidget(self.lead)
        layout.addLayout(lead_row)

        self.autostart = QCheckBox(self.tr("&Start with my computer"))
        self.autostart.setAccessibleName(self.tr("Start with my computer"))
        layout.addWidget(self.autostart)
        if not autostart.supported():
            note = self.tr("Only on Linux for now.")
        elif self.has_tray:
            note = self.tr(
                "Prep Companion then starts in the tray when you log in, so reminders come "
                "even before you open it."
            )
        else:
            note = self.tr(
                "Prep Companion then opens when you log in, as this desktop has no tray "
                "to start it in."
            )
        self.autostart_note = paragraph(note, muted=True)
        layout.addWidget(self.autostart_note)
        self.autostart.setEnabled(autostart.supported())
        self.closing_note = paragraph(
            self.tr(
                "While one of these is on, closing the window keeps Prep Companion in the "
                "tray. To end it, choose Quit in the icon's menu."
            ),
            muted=True,
        )
        layout.addWidget(self.closing_note)

        self.load()
        self.check_in.toggled.connect(lambda on: self._save("reminder_check_in", bool(on)))
        self.time.valueChanged.connect(self._time_changed)
        self.appointments.toggled.connect(lambda on: self._save("reminder_appointments", bool(on)))
        self.lead.currentIndexChanged.connect(
            lambda: self._save("reminder_appointment_lead", self.lead.currentData())
        )
        self.autostart.toggled.connect(self._autostart_toggled)
        context.dataReset.connect(self.load)

    def load(self) -> None:
        """Show the stored choices without saving them again."""
        self._loading = True
        try:
            setting = self.context.setting
            self.check_in.setChecked(bool(setting("reminder_check_in")))
            hours, minutes = str(setting("reminder_check_in_time")).split(":")
            self.time.set_value(time(int(hours), int(minutes)))
            self.appointments.setChecked(bool(setting("reminder_appointments")))
            self.lead.setCurrentIndex(
                max(0, self.lead.findData(setting("reminder_appointment_lead")))
            )
            self.autostart.setChecked(bool(setting("start_with_computer")))
        finally:
            self._loading = False
        self._enable()

    def _enable(self) -> None:
        """The time and the lead time can be changed only while their reminder is on."""
        widget: QWidget
        for widget in (self.time_label, self.time):
            widget.setEnabled(self.check_in.isChecked())
        for widget in (self.lead_label, self.lead):
            widget.setEnabled(self.appointments.isChecked())
        on = self.check_in.isChecked() or self.appointments.isChecked()
        self.closing_note.setVisible(self.has_tray and (on or self.autostart.isChecked()))

    def _save(self, key: str, value: object) -> bool:
        self._enable()
        if self._loading:
            return True
        try:
            self.context.set_setting(key, value)
        except STORAGE_FAILURES as error:
            dialogs.warn(self, self.tr("Not saved"), explain(error))
            self.load()
            return False
        return True

    def _time_changed(self) -> None:
        moment = self.time.value()
        if moment is not None:
            self._save("reminder_check_in_time", f"{moment.hour:02d}:{moment.minute:02d}")

    def _autostart_toggled(self, on: bool) -> None:
        if self._loading:
            return
        folder = autostart.folder_argument(self.context.storage.data_dir)
        try:
            if on:
                autostart.enable(folder)
            else:
                autostart.disable()
        except STORAGE_FAILURES as error:
            dialogs.warn(self, self.tr("Not changed"), explain(error))
            self.load()
            return
        if not self._save("start_with_computer", bool(on)):
            autostart.reconcile(bool(self.context.setting("start_with_computer")), folder)
