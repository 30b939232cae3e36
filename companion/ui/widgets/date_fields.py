"""The app's one date field, and a date and a time side by side for a moment.

A DateField is a line to type a date in ("14 Dec 2026", "14 dic 2026", or numbers in the
locale's order) with a calendar beside it (its button, or Alt+Down or F4 in the line).
A DateTimeField puts one beside the one TimeField (time_field.py), which takes any time
typed and lists the quarter hours to choose from. core.dates reads what is typed: a
value is understood exactly, or the field says under itself what is wrong, naming
itself; it is never changed into another date. When editing ends, a value that was
understood is shown again in the app's own way ("14/12" becomes "14 Dec 2026"), so the
person sees how it was read.

`value()` returns the date or time (None when an optional field is empty) or raises a
FieldProblem, an InvalidInputError whose text is already in the person's language: a
FormDialog then stays open and shows it.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from companion.core import content
from companion.core.dates import MAX_TYPED, parse_typed_date
from companion.core.validate import FIRST_DAY, LAST_DAY, InvalidInputError
from companion.ui.errors import explain
from companion.ui.names import format_date
from companion.ui.widgets.calendar_popup import CalendarPopup, calendar_icon, from_qdate, to_qdate
from companion.ui.widgets.folding_row import FoldingRow
from companion.ui.widgets.time_field import FieldProblem, TimeField, TypedField, problem_label


def numeric_order() -> str:
    """The order the locale writes a date in numbers: "dmy", "mdy" or "ymd"."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat).casefold()
    places = sorted((pattern.find(letter), letter) for letter in "dmy" if letter in pattern)
    order = "".join(letter for _place, letter in places)
    return order if order in ("dmy", "mdy", "ymd") else "dmy"


class DateField(TypedField, QWidget):
    """Type a date or pick one from the calendar. `name` is what the field is called on
    screen; it names the field for screen readers and in its messages."""

    valueChanged = Signal()
    """Editing ended with a date that was understood and differs from the one before."""

    def __init__(
        self,
        name: str,
        today: date,
        value: date | None = None,
        *,
        required: bool = True,
        field: str = "date",
        first: date = FIRST_DAY,
        last: date = LAST_DAY,
        problem_below: bool = True,
        accessible_name: str = "",
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self.today, self.required, self.field = name, today, required, field
        self.first, self.last = max(first, FIRST_DAY), min(last, LAST_DAY)
        self._good: date | None = value
        self.popup: CalendarPopup | None = None  # made when first opened
        self.line = QLineEdit()
        self.line.setAccessibleName(accessible_name or name)
        # Held to MAX_TYPED characters by a validator rather than maxLength: a length limit
        # would give the line a character counter meant for free text.
        self.line.setValidator(
            QRegularExpressionValidator(QRegularExpression(f".{{0,{MAX_TYPED}}}"), self.line)
        )
        example = format_date(min(max(today, self.first), self.last))
        self.line.setPlaceholderText(
            self.example_text() if required else empty_text or self.tr("No date")
        )
        self.line.setToolTip(
            self.tr("Type a date, like %1, or press Alt+Down for a calendar").replace("%1", example)
        )
        self.line.setClearButtonEnabled(not required)
        self.button = QToolButton()
        self.button.setAccessibleName(
            self.tr("Choose %1 from a calendar").replace("%1", accessible_name or name)
        )
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problem = problem_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        if problem_below:
            column.addWidget(self.problem)
        self.setFocusProxy(self.line)
        self._fit()
        self.set_value(value)
        self.line.editingFinished.connect(self._finished)
        self.line.textEdited.connect(lambda _text: self.show_problem(""))
        self.button.clicked.connect(self.open_calendar)
        self.line.installEventFilter(self)

    def example_text(self) -> str:
        """The hint in an empty field that must be filled in: "For example 14 Dec 2026"."""
        example = format_date(min(max(self.today, self.first), self.last))
        return self.tr("For example %1").replace("%1", example)

    # --- reading and setting -----------------------------------------------------------------

    def typed_line(self) -> QLineEdit:
        return self.line

    def value(self) -> date | None:
        """The date typed, None when an optional field is empty; FieldProblem otherwise."""
        text = self.line.text().strip()
        if not text and not self.required:
            return None
        try:
            day = parse_typed_date(
                text, content.language(), self.today, order=numeric_order(), field=self.field
            )
        except InvalidInputError as problem:
            raise FieldProblem(
                self.field, problem.reason, self.describe(problem.reason, text)
            ) from None
        if not self.first <= day <= self.last:
            raise FieldProblem(self.field, "out-of-range", self.describe("out-of-range", text))
        return day

    def set_value(self, day: date | None) -> None:
        self._good = day
        self.line.setText(self._display(day) if day is not None else "")
        self.show_problem("")

    def _display(self, day: date) -> str:
        """The locale's way ("14 Dec 2026"), or ISO if the locale writes it in a way the
        parser would not read back as the same day."""
        text = format_date(day)
        try:
            same = parse_typed_date(text, content.language(), self.today, order=numeric_order())
        except InvalidInputError:
            same = None
        return text if same == day else day.isoformat()

    def show_understood(self, value: object) -> None:
        self.line.setText(self._display(value) if isinstance(value, date) else "")

    def describe(self, reason: str, typed: str) -> str:
        """What is wrong, in words that name the field."""
        sample = min(max(self.today, self.first), self.last)
        if reason == "required":
            text = self.tr("%1: please type a date, or choose one from the calendar.")
        elif reason == "bad-date":
            text = self.tr(
                "%1: there is no such day as \u201c%2\u201d. Check the day and the month."
            )
        elif reason == "unknown-month":
            text = self.tr("%1: \u201c%2\u201d has a word that is not a month. Write it like %3.")
        elif reason == "out-of-range" and self.first == FIRST_DAY and self.last < LAST_DAY:
            text = self.tr("%1: choose a day no later than %4.").replace(
                "%4", format_date(self.last)
            )
        elif reason == "out-of-range":
            text = (
                self.tr("%1: choose a date from %4 to %5.")
                .replace("%4", format_date(self.first))
                .replace("%5", format_date(self.last))
            )
        elif reason == "wrong-weekday":
            text = self.tr("%1: \u201c%2\u201d names the wrong day of the week. Leave the day out.")
        else:
            text = self.tr(
                "%1: \u201c%2\u201d could not be read as a date. Write it like %3 or %4, "
                "or choose it from the calendar."
            ).replace("%4", QLocale().toString(to_qdate(sample), QLocale.FormatType.ShortFormat))
        return text.replace("%1", self.name).replace("%2", typed).replace("%3", format_date(sample))

    # --- the calendar -------------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        try:
            shown = self.value() or self.today
        except FieldProblem:
            shown = self._good or self.today
        self.popup.open_below(self.line, self.first, self.last, shown)

    def _picked(self, day: QDate) -> None:
        self.line.setText(self._display(from_qdate(day)))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self._finished()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F4 or Alt+Down in the line opens the calendar, as on a combo box."""
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    # --- size ---------------------------------------------------------------------------------

    def _fit(self) -> None:
        """Wide enough for the longest date the locale writes, at the current text size;
        the calendar drawn as tall as the text."""
        metrics = self.line.fontMetrics()
        side = max(16, metrics.height())
        self.button.setIcon(calendar_icon(side, self.palette()))
        self.button.setIconSize(QSize(side, side))
        texts = [format_date(date(2026, month, 28)) for month in range(1, 13)]
        longest = max([*texts, self.line.placeholderText()], key=metrics.horizontalAdvance)
        clear = metrics.height() + 4 if self.line.isClearButtonEnabled() else 0
        self.line.setMinimumWidth(
            metrics.horizontalAdvance(longest + "  ") + metrics.averageCharWidth() * 2 + clear + 8
        )

    def set_hint(self, text: str) -> None:
        """What an empty field shows; the field widens to show all of it."""
        self.line.setPlaceholderText(text)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._fit()


class DateTimeField(QWidget):
    """A date and a time side by side, with their messages underneath."""

    valueChanged = Signal()

    def __init__(
        self,
        name: str,
        today: date,
        value: datetime | None = None,
        *,
        required: bool = True,
        field: str = "time",
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self.required = name, required
        self.date = DateField(
            name,
            today,
            value.date() if value else None,
            required=False,
            field=field,
            problem_below=False,
            accessible_name=self.tr("%1: date").replace("%1", name),
            empty_text=empty_text,
        )
        self.time = TimeField(
            name,
            value.time() if value else None,
            required=False,
            field=field,
            accessible_name=self.tr("%1: time").replace("%1", name),
        )
        self.date.line.setClearButtonEnabled(not required)
        if required:
            self.date.set_hint(self.date.example_text())
        row = FoldingRow()  # the time under the date when the field is narrow
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.time)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.date.problem)
        column.addWidget(self.time.problem)
        self.setFocusProxy(self.date)
        self.date.valueChanged.connect(self._part_changed)
        self.time.valueChanged.connect(self._part_changed)

    def value(self) -> datetime | None:
        """The moment, None when an optional field is left empty; FieldProblem otherwise."""
        day, moment = self.date.value(), self.time.value()
        if day is None and moment is None and not self.required:
            return None
        if day is None:
            raise FieldProblem(self.date.field, "required", self.date.describe("required", ""))
        if moment is None:
            raise FieldProblem(self.time.field, "required", self.time.describe("required", ""))
        return datetime.combine(day, moment)

    def is_empty(self) -> bool:
        return not self.date.line.text().strip() and not self.time.currentText().strip()

    def set_value(self, moment: datetime | None) -> None:
        self.date.set_value(moment.date() if moment else None)
        self.time.set_value(moment.time() if moment else None)

    def check(self) -> bool:
        """Show what is wrong with either part, or a part still missing; True when usable."""
        if not all([self.date.check(), self.time.check()]):  # both parts say what is wrong
            return False
        try:
            self.value()
        except FieldProblem as problem:
            missing = self.date if not self.date.line.text().strip() else self.time
            missing.show_problem(explain(problem))
            return False
        return True

    def focus_problem(self) -> None:
        wrong = (
            self.time if self.time.problem.text() and not self.date.problem.text() else self.date
        )
        wrong.setFocus(Qt.FocusReason.OtherFocusReason)

    def _part_changed(self) -> None:
        try:
            whole = self.value()
        except FieldProblem:
            return
        if whole is not None or not self.required:
            self.valueChanged.emit()


def problems(*fields: DateField | TimeField | DateTimeField) -> list[tuple[QWidget, FieldProblem]]:
    """Mark every field that is wrong; each such field with its problem, in the order given."""
    found: list[tuple[QWidget, FieldProblem]] = []
    for field in fields:
        if field.isEnabled() and not field.check():
            try:
                field.value()
            except FieldProblem as problem:
                found.append((field, problem))
    return found


def refuse_first(found: list[tuple[QWidget, FieldProblem]]) -> None:
    """Move to the first field that is wrong and raise its problem; nothing when none is."""
    if not found:
        return
    field, problem = found[0]
    if isinstance(field, DateTimeField):
        field.focus_problem()
    else:
        field.setFocus(Qt.FocusReason.OtherFocusReason)
    raise problem


def first_problem(*fields: DateField | TimeField | DateTimeField) -> None:
    """Mark every field that is wrong, move to the first, and raise its FieldProblem."""
    refuse_first(problems(*fields))
