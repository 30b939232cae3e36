"""The app's one time field: any time typed ("9:05", "21.05", "9:05 pm"), or a quarter hour
chosen from its list. What is typed is read by core.dates, exactly or not at all; the
field then says what is wrong in its `problem` label, which its owner lays out (the
date-and-time field in date_fields puts it under both parts).

FieldProblem, shared with the date field, is an InvalidInputError whose text is already
in the person's language and names the field: a FormDialog shows it as it is.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from companion.core.dates import MAX_TYPED, parse_typed_time
from companion.core.validate import InvalidInputError
from companion.ui.errors import explain
from companion.ui.widgets.text import set_tone

STEP_MINUTES = 15


def show_time(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


class FieldProblem(InvalidInputError):
    """A date or time that cannot be used; its text names the field, in the person's
    language. `cause` is core's reason ("bad-date", "required", ...)."""

    def __init__(self, field: str, cause: str, text: str) -> None:
        super().__init__(field, "typed", text)
        self.cause = cause


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_tone(label, "overdue")
    label.hide()
    return label


class TypedField:
    """What the date and the time field share: a line typed into, a `problem` label laid
    out by the owner, and a check that says what is wrong where the field is."""

    problem: QLabel
    required: bool
    _good: object  # the last value understood, told to the owner by valueChanged
    valueChanged: SignalInstance  # each field declares its own Signal

    def typed_line(self) -> QLineEdit:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def show_understood(self, value: object) -> None:
        """Show a value that was understood in the app's own way, so the person sees how
        it was read."""
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text) and self.problem.parentWidget() is not None)
        self.typed_line().setAccessibleDescription(text)

    def check(self) -> bool:
        """Show what is wrong, if anything; True when the value can be used."""
        try:
            self.value()
        except FieldProblem as problem:
            self.show_problem(explain(problem))
            return False
        self.show_problem("")
        return True

    def _finished(self) -> None:
        """Editing ended: say what is wrong, or show the value as it was read and tell the
        owner when it changed. An optional field left empty changes to None."""
        if not self.typed_line().text().strip():
            self.show_problem("")
            if not self.required and self._good is not None:
                self._good = None
                self.valueChanged.emit()
            return
        try:
            value = self.value()
        except FieldProblem as problem:
            self.show_problem(explain(problem))
            return
        self.show_understood(value)
        self.show_problem("")
        if value != self._good:
            self._good = value
            self.valueChanged.emit()


class TimeField(TypedField, QComboBox):
    """Type any time or choose a quarter hour from the list. The wheel does nothing until
    the field has been clicked into. Its `problem` label is laid out by its owner."""

    valueChanged = Signal()

    def __init__(
        self,
        name: str,
        value: time | None = None,
        *,
        required: bool = True,
        field: str = "time",
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self.required, self.field = name, required, field
        self._good: time | None = value
        self.setEditable(True)
        self.edit = edit = QLineEdit()
        self.setLineEdit(edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # No guessing while typing: "1" stays "1" and never becomes "10:00".
        self.setCompleter(None)  # type: ignore[arg-type]
        self.setMaxVisibleItems(12)
        # wide enough for "00:00" and the hint, in characters: it grows with the text size
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.addItems([show_time(time(m // 60, m % 60)) for m in range(0, 24 * 60, STEP_MINUTES)])
        edit.setMaxLength(MAX_TYPED)
        edit.setPlaceholderText(self.tr("hh:mm"))
        edit.setAccessibleName(accessible_name or name)
        self.setAccessibleName(accessible_name or name)
        self.setToolTip(self.tr("Type any time, like 9:05, or choose one from the list"))
        self.problem = problem_label()
        self.set_value(value)
        edit.editingFinished.connect(self._finished)
        edit.textEdited.connect(lambda _text: self.show_problem(""))
        self.activated.connect(lambda _index: self._finished())

    def typed_line(self) -> QLineEdit:
        return self.edit

    def value(self) -> time | None:
        text = self.currentText().strip()
        if not text and not self.required:
            return None
        try:
            return parse_typed_time(text, field=self.field)
        except InvalidInputError as problem:
            raise FieldProblem(
                self.field, problem.reason, self.describe(problem.reason, text)
            ) from None

    def set_value(self, moment: time | None) -> None:
        self._good = moment
        if moment is None:
            self.setCurrentIndex(-1)
            self.setEditText("")
        else:
            text = show_time(moment)
            index = self.findText(text)
            self.setCurrentIndex(index)
            self.setEditText(text)
        self.show_problem("")

    def show_understood(self, value: object) -> None:
        if isinstance(value, time):
            self.setEditText(show_time(value))

    def describe(self, reason: str, typed: str) -> str:
        if reason == "required":
            text = self.tr("%1: please choose a time from the list, or type one like 14:30.")
        else:
            text = self.tr("%1: \u201c%2\u201d is not a time. Type it like 14:30 or 2:30 pm.")
        return text.replace("%1", self.name).replace("%2", typed)

    def showPopup(self) -> None:
        """Open the list at the quarter hour nearest to what is typed (09:00 when empty)."""
        try:
            moment = self.value() or time(9, 0)
        except FieldProblem:
            moment = self._good or time(9, 0)
        text = self.currentText()
        super().showPopup()
        nearest = round((moment.hour * 60 + moment.minute) / STEP_MINUTES) % self.count()
        self.view().setCurrentIndex(self.model().index(nearest, 0))
        self.view().scrollTo(self.model().index(nearest, 0))
        self.setEditText(text)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # the page scrolls instead
            return
        super().wheelEvent(event)
