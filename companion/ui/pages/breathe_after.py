"""The end of a relaxation session: a kind summary (how long, how many breaths), how tense
the person feels now as one row of buttons, and Done. Also the 0-10 tension row that the
Breathe page asks before a session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from companion.ui import theme
from companion.ui.names import practice_time
from companion.ui.widgets.choice_row import ChoiceRow
from companion.ui.widgets.pacer import announce
from companion.ui.widgets.text import heading, paragraph

BREATHS, GROUPS, STEPS = "breaths", "groups", "steps"


def tension_row(name: str) -> ChoiceRow:
    """0 (calm) to 10 (very tense); nothing chosen means it was not rated."""
    calm = QCoreApplication.translate("Tension", "0, calm")
    tense = QCoreApplication.translate("Tension", "10, very tense")
    choices = [(n, str(n), calm if n == 0 else tense if n == 10 else str(n)) for n in range(11)]
    return ChoiceRow(name, choices, digits=True)


class AfterView(QWidget):
    """After a session: a kind word, an optional rating, and Done (which saves it)."""

    done = Signal(object)  # the rating after (int) or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addStretch(1)
        self.heading = heading("", level=2)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        self.summary = paragraph("")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.summary)
        self.question = paragraph(
            self.tr("How tense do you feel now? 0 is calm, 10 is very tense. You can skip this.")
        )
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        self.rating = tension_row(self.tr("How tense you feel after"))
        self.question.setBuddy(self.rating.buttons[0])
        # As wide as its buttons need, centred; it folds onto two lines when narrower.
        self.rating.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        rating_row = QHBoxLayout()
        rating_row.addStretch(1)
        rating_row.addWidget(self.rating)
        rating_row.addStretch(1)
        layout.addLayout(rating_row)
        self.save_button = self.done_button = QPushButton(self.tr("Done"))
        self.save_button.setAccessibleName(self.tr("Done: save the session"))
        self.save_button.setToolTip(self.tr("Save the session and go back to Breathe"))
        self.save_button.setObjectName("startButton")
        theme.style(self.save_button, theme.START_BUTTON_QSS)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.save_button.clicked.connect(self.finish)

    def show_result(self, seconds: float, completed: bool, count: int, unit: str) -> None:
        """`count` breaths, muscle groups or steps (`unit`) in `seconds`."""
        self.heading.setText(self.tr("Well done") if completed else self.tr("Stopped"))
        parts = [self.tr("You practised for %1.").replace("%1", practice_time(seconds))]
        if count and unit == BREATHS:
            parts.append(self.tr("You took %n slow breath(s).", "", count))
        elif count and unit == GROUPS:
            parts.append(self.tr("You relaxed %n muscle group(s).", "", count))
        elif count and unit == STEPS:
            parts.append(self.tr("You went through %n step(s).", "", count))
        if not completed:
            parts.append(self.tr("Stopping early is fine. It still counts."))
        self.summary.setText(" ".join(parts))
        self.rating.setValue(None)
        self.rating.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, f"{self.heading.text()}. {self.summary.text()}")

    def finish(self) -> None:
        value = self.rating.value()
        self.done.emit(value if isinstance(value, int) else None)
