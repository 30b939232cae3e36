"""The daily check-in form: mood, craving, sleep, energy, symptoms, small wins, notes, tags.

Each answer is one row of large buttons (`ChoiceRow`): a click or a digit key answers it,
so a check-in of mood, craving, sleep and one symptom takes a handful of clicks or keys.
Sleep offers whole hours and "Other" for the precise field; the symptoms are folded away
(journal_symptoms.py). The form only shows and collects values; the page saves them
through the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core import journal
from companion.core.cravings import CravingUse
from companion.core.journal import JournalEntry
from companion.core.validate import InvalidInputError
from companion.ui.craving_words import CravingWords
from companion.ui.errors import explain
from companion.ui.names import practice_time
from companion.ui.pages.journal_symptoms import BodyCheck
from companion.ui.widgets.choice_row import ChoiceRow
from companion.ui.widgets.limits import hold_to_limit, limit_of, with_note
from companion.ui.widgets.page import card
from companion.ui.widgets.sleep_answer import SleepAnswer
from companion.ui.widgets.text import heading, paragraph, set_tone


def _problem_words(problem: InvalidInputError) -> str:
    """What is wrong with one part of the check-in, naming the part and its limit."""
    if problem.field == "wins":
        words = (
            QCoreApplication.translate(
                "EntryForm", "Small wins: up to %1 lines, each up to %2 characters."
            )
            .replace("%1", str(journal.MAX_WINS))
            .replace("%2", str(journal.MAX_WIN))
        )
    elif problem.field == "notes":
        words = QCoreApplication.translate("EntryForm", "Notes: up to %1 characters.").replace(
            "%1", str(journal.MAX_NOTES)
        )
    elif problem.field == "tags":
        words = (
            QCoreApplication.translate(
                "EntryForm", "Tags: up to %1 tags, each up to %2 characters."
            )
            .replace("%1", str(journal.MAX_TAGS))
            .replace("%2", str(journal.MAX_TAG))
        )
    elif problem.field == "sleep hours":
        words = QCoreApplication.translate(
            "EntryForm", "Hours of sleep: from 0 to 24, in half hours, like 7 or 7.5."
        )
    else:
        words = explain(problem)
    return (
        words
        + " "
        + QCoreApplication.translate("EntryForm", "This part is not saved yet; the rest is.")
    )


class TagValidator(QValidator):
    """Refuses a keystroke that would make a tag too long or one tag too many."""

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        parts = [" ".join(part.split()) for part in text.split(",")]
        if len([p for p in parts if p]) > journal.MAX_TAGS or any(
            len(p) > journal.MAX_TAG for p in parts
        ):
            return (QValidator.State.Invalid, text, position)
        return (QValidator.State.Acceptable, text, position)


def _rating(name: str, words: list[str]) -> ChoiceRow:
    """A rating from 1 to 5 as a row of buttons, each its number above its word; the keys
    1 to 5 choose too."""
    choices = [(value, f"{value}\n{word}", word) for value, word in enumerate(words, start=1)]
    return ChoiceRow(name, choices, digits=True)


def _question(text: str, row: QWidget, buddy: QWidget) -> QVBoxLayout:
    """A question's words above its answer, the words' &-letter going to `buddy`."""
    pair = QVBoxLayout()
    pair.setSpacing(4)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    pair.addWidget(label)
    pair.addWidget(row)
    return pair


class EntryForm(QWidget):
    """Emits `edited` whenever the person changes anything."""

    def _fit_wins(self) -> None:
        """Room for three wins at any text size."""
        self.wins.setFixedHeight(self.wins.fontMetrics().lineSpacing() * 3 + 14)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "wins"):
            self._fit_wins()

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)

        feel, feel_layout = card()
        feel_layout.setSpacing(14)
        feel_layout.addWidget(heading(self.tr("How you are"), level=3))
        self.mood = _rating(
            self.tr("Mood"),
            [
                self.tr("Very low"),
                self.tr("Low"),
                self.tr("Okay"),
                self.tr("Good"),
                self.tr("Very good"),
            ],
        )
        self.craving = ChoiceRow(
            self.tr("Craving, 0 to 10"),
            [(n, str(n)) for n in range(journal.CRAVING_RANGE[0], journal.CRAVING_RANGE[1] + 1)],
            digits=True,
        )
        self.craving.buttons[0].setAccessibleDescription(self.tr("No craving"))
        self.craving.buttons[-1].setAccessibleDescription(self.tr("The strongest craving"))
        self.sleep = SleepAnswer(journal.SLEEP_RANGE[1])
        self.sleep_quick = self.sleep.quick  # its row of whole hours
        self.sleep_hours = self.sleep.hours  # its precise field
        self.sleep_quality = _rating(
            self.tr("Sleep quality"),
            [
                self.tr("Very poor"),
                self.tr("Poor"),
                self.tr("Okay"),
                self.tr("Good"),
                self.tr("Very good"),
            ],
        )
        self.energy = _rating(
            self.tr("Energy"),
            [
                self.tr("Exhausted"),
                self.tr("Low", "energy"),
                self.tr("Okay", "energy"),
                self.tr("Good", "energy"),
                self.tr("Lots"),
            ],
        )
        self.sleep_note = QLabel()
        self.sleep_note.setWordWrap(True)
        self.sleep_note.setAccessibleName(self.tr("About hours of sleep"))
        self.sleep_note.hide()
        feel_layout.addLayout(_question(self.tr("&Mood"), self.mood, self.mood.buttons[0]))
        craving = _question(
            self.tr("&Craving, from 0 (none) to 10 (strongest)"),
            self.craving,
            self.craving.buttons[0],
        )
        # The cravings worked through in Breathe that day, under the day's own rating;
        # shown only on a day that has some.
        self.cravings = paragraph("", muted=True)
        self.cravings.setAccessibleName(self.tr("Cravings worked through on this day"))
        self.cravings.hide()
        craving.addWidget(self.cravings)
        feel_layout.addLayout(craving)
        sleep = _question(
            self.tr("Hours of &sleep last night"), self.sleep, self.sleep_quick.buttons[0]
        )
        sleep.addWidget(self.sleep_note)
        feel_layout.addLayout(sleep)
        feel_layout.addLayout(
            _question(self.tr("Sleep &quality"), self.sleep_quality, self.sleep_quality.buttons[0])
        )
        feel_layout.addLayout(_question(self.tr("&Energy"), self.energy, self.energy.buttons[0]))
        self.breathing = paragraph("", muted=True)
        feel_layout.addWidget(self.breathing)
        column.addWidget(feel)

        self.body = BodyCheck()
        self.symptoms = self.body.rows
        self.skip_symptoms = self.body.skip
        self.symptom_grid = self.body.grid
        self.total = self.body.total
        column.addWidget(self.body)

        words, words_layout = card()
        words_layout.addWidget(heading(self.tr("Small wins"), level=3))
        self.wins = QPlainTextEdit()
        self.wins.setPlaceholderText(
            self.tr("One per line. For example: got through the night; called the clinic")
        )
        self.wins.setAccessibleName(self.tr("Small wins, one per line"))
        self.wins.setTabChangesFocus(True)
        self._fit_wins()
        wins_limit = hold_to_limit(
            self.wins,
            journal.MAX_WINS_TEXT,
            line_limit=journal.MAX_WIN,
            max_lines=journal.MAX_WINS,
        )
        words_layout.addWidget(with_note(self.wins, wins_limit.note))
        words_layout.addWidget(heading(self.tr("Notes"), level=3))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Anything you want to remember about today"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        words_layout.addWidget(
            with_note(self.notes, hold_to_limit(self.notes, journal.MAX_NOTES).note)
        )
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas: sleep, family, clinic"))
        self.tags.setValidator(TagValidator(self.tags))
        tags_limit = hold_to_limit(self.tags, journal.MAX_TAGS * (journal.MAX_TAG + 2))
        self.tags.setToolTip(
            self.tr("Up to %1 tags, each up to %2 characters.")
            .replace("%1", str(journal.MAX_TAGS))
            .replace("%2", str(journal.MAX_TAG))
        )
        self.tags.inputRejected.connect(lambda: tags_limit.set_problem(self.tags.toolTip()))
        self.tags.textEdited.connect(lambda _text: tags_limit.set_problem(""))
        words_layout.addWidget(with_note(self.tags, tags_limit.note))
        column.addWidget(words)

        for row in (self.mood, self.craving, self.sleep_quality, self.energy):
            row.valueChanged.connect(self._changed)
        self.sleep.changed.connect(self._changed)
        self.body.changed.connect(self._changed)
        self.wins.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.tags.textChanged.connect(self._changed)

    def _changed(self, *_value: object) -> None:
        if not self._loading:
            self.edited.emit()

    def show_entry(self, entry: JournalEntry | None, breathing_minutes: float) -> None:
        """Fill the form without counting it as an edit."""
        self._loading = True
        try:
            e = entry
            self.mood.setValue(e.mood if e else None)
            self.craving.setValue(e.craving if e else None)
            self.sleep_quality.setValue(e.sleep_quality if e else None)
            self.energy.setValue(e.energy if e else None)
            self.sleep.set_value(e.sleep_hours if e else None)
            self.body.show_values(e.symptoms if e else None, e is not None and e.symptoms is None)
            self.wins.setPlainText("\n".join(e.wins) if e else "")
            self.notes.setPlainText(e.notes if e else "")
            self.tags.setText(", ".join(e.tags) if e else "")
        finally:
            self._loading = False
        self.breathing.setText(
            self.tr("Breathing practice on this day: %1 (from Breathe).").replace(
                "%1", practice_time(breathing_minutes * 60)
            )
            if breathing_minutes > 0  # a session of a few seconds still counts
            else self.tr("No breathing practice logged on this day.")
        )

    def show_cravings(self, uses: Sequence[CravingUse]) -> None:
        """The day's cravings worked through in Breathe, in a line; hidden when none."""
        line = CravingWords().day_line(uses)
        self.cravings.setText(line)
        self.cravings.setVisible(bool(line))

    def entry(self, day: date) -> JournalEntry:
        """What the form holds now, for `day` (the core checks and cleans it)."""
        symptoms = self.body.values()
        entry = JournalEntry(
            day=day,
            mood=self.mood.value(),  # type: ignore[arg-type]
            craving=self.craving.value(),  # type: ignore[arg-type]
            sleep_hours=self.sleep.value(),
            sleep_quality=self.sleep_quality.value(),  # type: ignore[arg-type]
            energy=self.energy.value(),  # type: ignore[arg-type]
            symptoms=symptoms,
            wins=tuple(self.wins.toPlainText().splitlines()),
            notes=self.notes.toPlainText(),
            tags=journal.parse_tags(self.tags.text()),
        )
        if symptoms is not None and not any(symptoms.values()):
            bare = replace(entry, symptoms=None)
            if bare.is_empty:  # untouched zeros alone are not a check-in: leave no trace
                return bare
        return entry

    def mark_problems(self, problems: tuple[InvalidInputError, ...]) -> None:
        """Mark each part that could not be saved, where it is; clear the others."""
        by_field = {problem.field: _problem_words(problem) for problem in problems}
        for key, edit in (("wins", self.wins), ("notes", self.notes), ("tags", self.tags)):
            limit = limit_of(edit)
            assert limit is not None
            limit.set_problem(by_field.pop(key, ""))
        other = " ".join(by_field.values())
        self.sleep_note.setText(other)
        set_tone(self.sleep_note, "overdue")
        self.sleep_note.setVisible(bool(other))

    def problems(self) -> list[str]:
        """The words of every part still marked as not saved."""
        found = [
            limit.problem()
            for limit in (limit_of(self.wins), limit_of(self.notes), limit_of(self.tags))
            if limit is not None and limit.problem()
        ]
        if self.sleep_note.isVisible() or self.sleep_note.text():
            found.append(self.sleep_note.text())
        return [words for words in found if words]

    def set_focus_first(self) -> None:
        self.mood.take_focus(Qt.FocusReason.OtherFocusReason)
