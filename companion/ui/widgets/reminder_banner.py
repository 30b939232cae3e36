"""A calm card on Today that shows the reminders that are due when the desktop has no
tray to show them as notices (see ui/tray.py). Hidden while there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.ui.widgets.page import card
from companion.ui.widgets.text import heading, paragraph


class ReminderBanner(QWidget):
    """ "A gentle reminder": one line for each, a way into what it is about, and Dismiss."""

    openCheckIn = Signal()
    openPlan = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box, layout = card()
        layout.addWidget(heading(self.tr("A gentle reminder"), level=2))
        self.text = paragraph("")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.check_in_button = QPushButton(self.tr("Check in now"))
        self.check_in_button.setAccessibleName(self.tr("Open today's check-in"))
        self.check_in_button.clicked.connect(self._check_in)
        self.plan_button = QPushButton(self.tr("See the appointment"))
        self.plan_button.setAccessibleName(self.tr("See the appointment in Plan"))
        self.plan_button.clicked.connect(self._plan)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this reminder"))
        self.dismiss_button.clicked.connect(self.dismiss)
        for button in (self.check_in_button, self.plan_button, self.dismiss_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        outer.addWidget(box)
        self.lines: list[str] = []
        self.check_in_button.hide()
        self.plan_button.hide()
        self.hide()

    def show_reminders(self, lines: list[str], check_in: bool, appointment: bool) -> None:
        """Add reminders to those shown (newest last); `check_in` and `appointment` say
        which ways in to offer."""
        self.lines = [*self.lines, *(line for line in lines if line not in self.lines)]
        self.text.setText("\n".join(self.lines))
        if check_in:
            self.check_in_button.show()
        if appointment:
            self.plan_button.show()
        self.setVisible(bool(self.lines))

    def dismiss(self) -> None:
        """Hide the card; the reminders shown in it do not come again."""
        self.lines = []
        self.text.setText("")
        self.check_in_button.hide()
        self.plan_button.hide()
        self.hide()

    def _check_in(self) -> None:
        self.dismiss()
        self.openCheckIn.emit()

    def _plan(self) -> None:
        self.dismiss()
        self.openPlan.emit()
