"""The end of an urge-surfing session: how strong the craving is now (0-10), what may have
set it off, a short note, and Save or Skip. It says calmly how much the craving fell, and
offers Get help now when it did not fall."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.cravings import TRIGGERS
from companion.ui import theme
from companion.ui.names import practice_time
from companion.ui.widgets.choice_row import ChoiceRow
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.pacer import announce
from companion.ui.widgets.page import scrolling_column
from companion.ui.widgets.text import heading, paragraph

NOTE_LIMIT = 200  # a short note; the journal has room for more


def strength_row(name: str) -> ChoiceRow:
    """0 (no craving) to 10 (the strongest); nothing chosen means it was not rated."""
    none = QCoreApplication.translate("Strength", "0, no craving")
    strongest = QCoreApplication.translate("Strength", "10, the strongest")
    choices = [(n, str(n), none if n == 0 else strongest if n == 10 else str(n)) for n in range(11)]
    return ChoiceRow(name, choices, digits=True)


def trigger_words() -> dict[str, str]:
    return {
        "place": QCoreApplication.translate("Triggers", "A place"),
        "person": QCoreApplication.translate("Triggers", "A person"),
        "feeling": QCoreApplication.translate("Triggers", "A feeling"),
        "time": QCoreApplication.translate("Triggers", "A time of day"),
        "other": QCoreApplication.translate("Triggers", "Something else"),
    }


def _centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class UrgeAfterView(QWidget):
    """After a session: the ratings and note, then Save (or Skip, which keeps the session
    as it was saved when it began and ended)."""

    done = Signal(object, object, str)  # strength after (int or None), trigger, note
    skipped = Signal()
    helpAsked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: int | None = None
        self._open = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, layout = scrolling_column((8, 0, 8, 0))
        outer.addWidget(scroll)
        layout.setSpacing(12)
        self.heading = heading("", level=2)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        self.summary = paragraph("")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.summary)
        self.question = paragraph(
            self.tr("How strong is the craving now? 0 is none, 10 is the strongest.")
        )
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        self.rating = strength_row(self.tr("Craving now"))
        self.rating.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.question.setBuddy(self.rating.buttons[0])
        layout.addLayout(_centred(self.rating))
        self.fall = paragraph("")
        self.fall.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room for the line is kept before it is written, so nothing below the rating
        # moves under the pointer when a number is chosen.
        self.fall.setMinimumHeight(self.fall.fontMetrics().lineSpacing() * 2)
        layout.addWidget(self.fall)
        self.help_button = QPushButton(self.tr("Get &help now"))
        self.help_button.setAccessibleName(self.tr("Open Get help now"))
        self.help_button.clicked.connect(self.helpAsked.emit)
        self.help_row = QWidget()
        help_layout = _centred(self.help_button)
        help_layout.setContentsMargins(0, 0, 0, 0)
        self.help_row.setLayout(help_layout)
        keep = self.help_row.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.help_row.setSizePolicy(keep)
        layout.addWidget(self.help_row)
        trigger_label = paragraph(self.tr("What may have set it off? You can skip this."))
        trigger_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(trigger_label)
        words = trigger_words()
        self.trigger = ChoiceRow(self.tr("What set it off"), [(t, words[t]) for t in TRIGGERS])
        self.trigger.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        trigger_label.setBuddy(self.trigger.buttons[0])
        layout.addLayout(_centred(self.trigger))
        note_label = QLabel(
            self.tr("A short note, if you like (up to %n character(s)):", "", NOTE_LIMIT)
        )
        note_label.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note about this craving"))
        note_label.setBuddy(self.note)
        limit = hold_to_limit(self.note, NOTE_LIMIT)
        layout.addWidget(note_label)
        layout.addWidget(with_note(self.note, limit.note))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save and go back to Cravings"))
        self.save_button.setObjectName("startButton")
        theme.style(self.save_button, theme.START_BUTTON_QSS)
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setAccessibleName(self.tr("Skip: go back without these answers"))
        self.skip_button.setToolTip(self.tr("The session itself is already saved"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.rating.valueChanged.connect(lambda _v: self._show_fall())
        self.save_button.clicked.connect(self.finish)
        self.skip_button.clicked.connect(self._skip)

    def show_result(self, seconds: float, completed: bool, before: int | None) -> None:
        self._open = True  # answers not yet saved or skipped
        self._before = before
        self.heading.setText(self.tr("You rode it out") if completed else self.tr("Stopped"))
        parts = [
            self.tr("You stayed with the craving for %1.").replace("%1", practice_time(seconds))
        ]
        if not completed:
            parts.append(self.tr("Stopping early is fine. It still counts."))
        self.summary.setText(" ".join(parts))
        self.rating.setValue(None)
        self.trigger.setValue(None)
        self.note.clear()
        self._show_fall()
        self.rating.take_focus()
        announce(self, f"{self.heading.text()}. {self.summary.text()}")

    def _skip(self) -> None:
        self._open = False
        self.skipped.emit()

    def _show_fall(self) -> None:
        """How much it fell, said calmly; Get help now when it did not fall."""
        after = self.rating.value()
        before = self._before
        if not isinstance(after, int) or before is None:
            self.fall.setText("")
            self.help_row.setVisible(False)
            return
        fell = before - after
        if fell > 0:
            text = self.tr("It fell by %n point(s), from %1 to %2.", "", fell)
        elif fell == 0:
            text = self.tr("It stayed at %1. That can happen, and you did not act on it.")
        else:
            text = self.tr("It rose from %1 to %2. That can happen, and you did not act on it.")
        self.fall.setText(text.replace("%1", str(before)).replace("%2", str(after)))
        self.help_row.setVisible(fell <= 0)
        if fell <= 0:
            self.fall.setText(
                self.fall.text() + " " + self.tr("If it is too much, talk to someone now.")
            )

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the screen another way (another page, closing the window) keeps what
        was chosen, as Save would."""
        super().hideEvent(event)
        answered = self.rating.value() is not None or self.trigger.value() is not None
        if self._open and (answered or self.note.text().strip()):
            self.finish()

    def finish(self) -> None:
        self._open = False
        after = self.rating.value()
        trigger = self.trigger.value()
        self.done.emit(
            after if isinstance(after, int) else None,
            trigger if isinstance(trigger, str) else None,
            self.note.text().strip(),
        )
