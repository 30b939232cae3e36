"""The daily check-in form: mood, craving, sleep, energy, symptoms, small wins, notes, tags.

The form only shows and collects values; the page saves them through the core.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core import journal
from companion.core.journal import JournalEntry
from companion.core.validate import InvalidInputError
from companion.ui.errors import explain
from companion.ui.names import practice_time
from companion.ui.widgets.limits import hold_to_limit, limit_of, with_note
from companion.ui.widgets.page import card
from companion.ui.widgets.text import heading, paragraph, set_tone


def _choice(name: str, words: list[str]) -> QComboBox:
    """A rating from 1 to 5, shown as words ("Low"), stored as its number."""
    combo = QComboBox()
    combo.addItem("\u2014", None)
    for value, word in enumerate(words, start=1):
        combo.addItem(word, value)
    combo.setAccessibleName(name)
    return combo


class HalfHours(QDoubleSpinBox):
    """Hours in half-hour steps: 7 or 7.5 can be typed, 7.3 cannot."""

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        state = super().validate(text, position)
        if state[0] == QValidator.State.Acceptable:
            value = self.valueFromText(text)
            if value >= 0 and abs(value * 2 - round(value * 2)) > 1e-9:
                return (QValidator.State.Invalid, text, position)
        return state


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


class EntryForm(QWidget):
    """Emits `edited` whenever the person changes anything."""

    _columns = 0  # how many columns the symptoms are in now

    def _arrange(self, columns: int) -> None:
        """The symptoms in two columns, or in one when large text leaves no room for two.
        The order stays the same either way, and so does the order Tab follows."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for label, combo in self._pairs:
            grid.removeWidget(label)
            grid.removeWidget(combo)
        for n, (label, combo) in enumerate(self._pairs):
            row, column = (n // 2, (n % 2) * 2) if columns == 2 else (n, 0)
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column in (1, 3) and column // 2 < columns else 0)

    def _fit_wins(self) -> None:
        """Room for three wins at any text size."""
        self.wins.setFixedHeight(self.wins.fontMetrics().lineSpacing() * 3 + 14)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "wins"):
            self._fit_wins()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Two columns only when each choice can show its longest words whole beside a
        # label of a dozen or more letters; otherwise one column (large text, Spanish).
        choice = max(combo.sizeHint().width() for _label, combo in self._pairs)
        label = self.fontMetrics().averageCharWidth() * 16
        room = 2 * (choice + label) + 48
        self._arrange(2 if self.width() >= room else 1)

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)

        feel, feel_layout = card()
        feel_layout.addWidget(heading(self.tr("How you are"), level=3))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.mood = _choice(
            self.tr("Mood"),
            [
                self.tr("Very low"),
                self.tr("Low"),
                self.tr("Okay"),
                self.tr("Good"),
                self.tr("Very good"),
            ],
        )
        self.craving = QSpinBox()
        self.craving.setRange(-1, journal.CRAVING_RANGE[1])
        self.craving.setSpecialValueText("\u2014")
        self.craving.setAccessibleName(self.tr("Craving, 0 to 10"))
        self.sleep_hours = HalfHours()
        self.sleep_hours.setRange(-0.5, journal.SLEEP_RANGE[1])
        self.sleep_hours.setSingleStep(0.5)
        self.sleep_hours.setDecimals(1)
        self.sleep_hours.setSpecialValueText("\u2014")
        self.sleep_hours.setSuffix(self.tr(" h"))
        self.sleep_hours.setAccessibleName(self.tr("Hours of sleep"))
        self.sleep_quality = _choice(
            self.tr("Sleep quality"),
            [
                self.tr("Very poor"),
                self.tr("Poor"),
                self.tr("Okay"),
                self.tr("Good"),
                self.tr("Very good"),
            ],
        )
        self.energy = _choice(
            self.tr("Energy"),
            [
                self.tr("Exhausted"),
                self.tr("Low", "energy"),
                self.tr("Okay", "energy"),
                self.tr("Good", "energy"),
                self.tr("Lots"),
            ],
        )
        form.addRow(self.tr("&Mood"), self.mood)
        form.addRow(self.tr("&Craving (0\u201310)"), self.craving)
        self.sleep_note = QLabel()
        self.sleep_note.setWordWrap(True)
        self.sleep_note.setAccessibleName(self.tr("About hours of sleep"))
        self.sleep_note.hide()
        form.addRow(self.tr("&Sleep last night"), self.sleep_hours)
        form.addRow("", self.sleep_note)
        form.addRow(self.tr("Sleep &quality"), self.sleep_quality)
        form.addRow(self.tr("&Energy"), self.energy)
        feel_layout.addLayout(form)
        self.breathing = paragraph("", muted=True)
        feel_layout.addWidget(self.breathing)
        column.addWidget(feel)

        body, body_layout = card()
        body_layout.addWidget(heading(self.tr("Symptom check-in"), level=3))
        body_layout.addWidget(
            paragraph(
                self.tr(
                    "Not a clinical scale \u2014 share it with your care team. Rate each from "
                    "0 (not at all) to 4 (extremely)."
                ),
                muted=True,
            )
        )
        self.skip_symptoms = QCheckBox(self.tr("S&kip symptoms today"))
        self.skip_symptoms.setAccessibleName(self.tr("Skip symptoms today"))
        self.skip_symptoms.setToolTip(self.tr("For example on days before detox"))
        body_layout.addWidget(self.skip_symptoms)
        self.symptom_grid = QWidget()
        grid = self._grid = QGridLayout(self.symptom_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self._pairs: list[tuple[QLabel, QComboBox]] = []
        self._columns = 0
        levels = [
            self.tr("0 \u2014 Not at all"),
            self.tr("1 \u2014 A little"),
            self.tr("2 \u2014 Moderately"),
            self.tr("3 \u2014 Quite a bit"),
            self.tr("4 \u2014 Extremely"),
        ]
        self.symptoms: dict[str, QComboBox] = {}
        for symptom in journal.load_symptoms():
            label = QLabel(symptom.label)
            combo = QComboBox()
            for value, text in enumerate(levels):
                combo.addItem(text, value)
            combo.setAccessibleName(symptom.label)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self._pairs.append((label, combo))
            self.symptoms[symptom.key] = combo
        self._arrange(2)
        body_layout.addWidget(self.symptom_grid)
        self.total = paragraph("")
        body_layout.addWidget(self.total)
        column.addWidget(body)

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

        for combo in (self.mood, self.sleep_quality, self.energy, *self.symptoms.values()):
            combo.currentIndexChanged.connect(self._changed)
        self.craving.valueChanged.connect(self._changed)
        self.sleep_hours.valueChanged.connect(self._changed)
        self.skip_symptoms.toggled.connect(self._changed)
        self.wins.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.tags.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.symptom_grid.setEnabled(not self.skip_symptoms.isChecked())
        self._show_total()
        if not self._loading:
            self.edited.emit()

    def _show_total(self) -> None:
        if self.skip_symptoms.isChecked():
            self.total.setText(self.tr("Symptoms skipped today."))
            return
        total = sum(int(combo.currentData()) for combo in self.symptoms.values())
        most = len(self.symptoms) * journal.SYMPTOM_RANGE[1]
        self.total.setText(
            self.tr("Total: %1 of %2").replace("%1", str(total)).replace("%2", str(most))
        )

    def show_entry(self, entry: JournalEntry | None, breathing_minutes: float) -> None:
        """Fill the form without counting it as an edit."""
        self._loading = True
        try:
            e = entry
            for combo, value in (
                (self.mood, e.mood if e else None),
                (self.sleep_quality, e.sleep_quality if e else None),
                (self.energy, e.energy if e else None),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.craving.setValue(e.craving if e and e.craving is not None else -1)
            hours = e.sleep_hours if e and e.sleep_hours is not None else -0.5
            self.sleep_hours.setValue(hours)
            symptoms = e.symptoms if e else {}
            self.skip_symptoms.setChecked(e is not None and e.symptoms is None)
            for key, combo in self.symptoms.items():
                combo.setCurrentIndex((symptoms or {}).get(key, 0))
            self.wins.setPlainText("\n".join(e.wins) if e else "")
            self.notes.setPlainText(e.notes if e else "")
            self.tags.setText(", ".join(e.tags) if e else "")
        finally:
            self._loading = False
        self.symptom_grid.setEnabled(not self.skip_symptoms.isChecked())
        self._show_total()
        self.breathing.setText(
            self.tr("Breathing practice on this day: %1 (from Breathe).").replace(
                "%1", practice_time(breathing_minutes * 60)
            )
            if breathing_minutes > 0  # a session of a few seconds still counts
            else self.tr("No breathing practice logged on this day.")
        )

    def entry(self, day: date) -> JournalEntry:
        """What the form holds now, for `day` (the core checks and cleans it)."""
        symptoms: dict[str, int] | None = None
        if not self.skip_symptoms.isChecked():
            symptoms = {key: int(combo.currentData()) for key, combo in self.symptoms.items()}
        craving = self.craving.value()
        hours = self.sleep_hours.value()
        entry = JournalEntry(
            day=day,
            mood=self.mood.currentData(),
            craving=None if craving < 0 else craving,
            sleep_hours=None if hours < 0 else hours,
            sleep_quality=self.sleep_quality.currentData(),
            energy=self.energy.currentData(),
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
        self.mood.setFocus(Qt.FocusReason.OtherFocusReason)
