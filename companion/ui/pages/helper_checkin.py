"""Helping's "My check-in" tab: a helper's own 20-second check-in for today (or a missed
day before it): stress from 0 to 10 as a row of buttons, hours of sleep as the journal
asks them, one thing they did for themselves, and a note. It saves itself a moment after
the last change, on going to another day, and on leaving, like the journal; under it, the
trends for the last 14 or 30 days (helper_trends.py).

It acts for the helper named by the setting `helper_id`; with none chosen it says so.
Nothing here is the person's journal: it is stored apart (core/helper_checkins.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import helper_checkins, people
from companion.core.changes import Area
from companion.core.helper_checkins import HelperCheckIn
from companion.core.validate import InvalidInputError
from companion.ui.autosave import Autosave
from companion.ui.context import AppContext
from companion.ui.errors import explain
from companion.ui.names import format_date
from companion.ui.pages.helper_trends import HelperTrends
from companion.ui.unsaved import leave_anyway
from companion.ui.widgets.choice_row import ChoiceRow
from companion.ui.widgets.date_fields import DateField
from companion.ui.widgets.empty_state import EmptyState
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import TAB_MARGINS, DownScroll, S, card, plain_scrolling
from companion.ui.widgets.sleep_answer import SleepAnswer
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.widgets.time_field import FieldProblem


def _question(text: str, answer: QWidget, buddy: QWidget) -> QVBoxLayout:
    """A question's words above its answer, the words' &-letter going to `buddy`."""
    pair = QVBoxLayout()
    pair.setSpacing(4)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    pair.addWidget(label)
    pair.addWidget(answer)
    return pair


class HelperCheckInTab(QWidget):
    """The helper's check-in for one day, saving itself, and their trends beneath it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.day = context.today()
        self._loading = False
        self._helper: int | None = None
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()  # no helper chosen, or the check-in in a scroll area
        whole.addWidget(self.stack)

        self.no_helper = EmptyState(
            self.tr(
                "Choose who is helping first. Your own check-ins are kept under your name, "
                "and will be here."
            ),
            "",
            icon="helping",
        )
        self.no_helper.button.hide()
        self.stack.addWidget(self.no_helper)

        self.form_area = DownScroll()
        plain_scrolling(self.form_area)
        body = QWidget()
        self.form_area.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(*TAB_MARGINS)
        column.setSpacing(S)
        column.addWidget(
            paragraph(
                self.tr(
                    "About 20 seconds for yourself: how stressed you are, how you slept, "
                    "and one thing you did for you. It saves itself."
                ),
                muted=True,
            )
        )
        day_box = QWidget()  # the day's words and field stay together when the row folds
        day_row = QHBoxLayout(day_box)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_label = QLabel(self.tr("&Day"))
        self.day_field = DateField(
            self.tr("Day"),
            self.day,
            self.day,
            field="day",
            last=self.day,
            accessible_name=self.tr("Day of the check-in"),
        )
        day_label.setBuddy(self.day_field)
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.setAccessibleName(self.tr("Go to today's check-in"))
        self.today_button.setToolTip(self.tr("Back to today's check-in"))
        self.today_button.setAutoDefault(False)
        self.status = QLabel()  # "Saving…" and "Saved" beside the day, in sight
        self.status.setAccessibleName(self.tr("Save status"))
        set_tone(self.status, "muted")
        for words in (day_label, self.status):  # level with the typed line, not above it
            words.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            words.setMinimumHeight(self.day_field.line.sizeHint().height())
        day_row.addWidget(day_label, 0, Qt.AlignmentFlag.AlignTop)
        day_row.addWidget(self.day_field, 0, Qt.AlignmentFlag.AlignTop)
        # One row when there is room; Today and "Saved" go below the day when there is not.
        when = FlowRow()
        for part in (day_box, self.today_button, self.status):
            when.addWidget(part)
        column.addLayout(when)

        form, form_layout = card()
        form_layout.setSpacing(14)
        self.heading = heading("", level=3)
        form_layout.addWidget(self.heading)
        self.stress = ChoiceRow(
            self.tr("Stress, 0 to 10"),
            [(n, str(n)) for n in range(helper_checkins.STRESS[0], helper_checkins.STRESS[1] + 1)],
            digits=True,
        )
        self.stress.buttons[0].setAccessibleDescription(self.tr("No stress"))
        self.stress.buttons[-1].setAccessibleDescription(self.tr("The most stress"))
        form_layout.addLayout(
            _question(
                self.tr("&Stress today, from 0 (none) to 10 (the most)"),
                self.stress,
                self.stress.buttons[0],
            )
        )
        self.sleep = SleepAnswer(helper_checkins.SLEEP_HOURS[1])
        form_layout.addLayout(
            _question(
                self.tr("Hours of s&leep last night"), self.sleep, self.sleep.quick.buttons[0]
            )
        )
        self.self_care = QLineEdit()
        self.self_care.setAccessibleName(self.tr("One thing I did for myself"))
        self.self_care.setPlaceholderText(self.tr("For example: a walk, a call with a friend"))
        self_care_limit = hold_to_limit(self.self_care, helper_checkins.MAX_SELF_CARE)
        form_layout.addLayout(
            _question(
                self.tr("O&ne thing I did for myself"),
                with_note(self.self_care, self_care_limit.note),
                self.self_care,
            )
        )
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("A note for yourself"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember about today"))
        self.note.setTabChangesFocus(True)
        self._fit_note()
        note_limit = hold_to_limit(self.note, helper_checkins.MAX_NOTE)
        form_layout.addLayout(
            _question(self.tr("A &note"), with_note(self.note, note_limit.note), self.note)
        )
        self.problem = paragraph("")
        self.problem.setAccessibleName(self.tr("What could not be saved"))
        set_tone(self.problem, "overdue")
        self.problem.hide()
        form_layout.addWidget(self.problem)
        column.addWidget(form)

        trends, trends_layout = card()
        self.trends = HelperTrends()
        trends_layout.addWidget(self.trends)
        column.addWidget(trends)
        column.addStretch(1)
        self.stack.addWidget(self.form_area)

        self.autosave = Autosave(
            lambda: self.context.storage.clock.monotonic(), self._save, self.status, self
        )
        self.stress.valueChanged.connect(self._edited)
        self.sleep.changed.connect(self._edited)
        self.self_care.textChanged.connect(self._edited)
        self.note.textChanged.connect(self._edited)
        self.day_field.valueChanged.connect(self._day_typed)
        self.today_button.clicked.connect(lambda: self.show_day(self.context.today()))
        context.settingChanged.connect(self._on_setting)
        context.dataReset.connect(lambda: self.refresh(save_first=False))
        self.refresh(save_first=False)

    def _fit_note(self) -> None:
        """Room for four lines of the note at any text size; it scrolls beyond."""
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 14)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "note"):
            self._fit_note()

    # --- who and which day ------------------------------------------------------------------

    def helper_id(self) -> int | None:
        """The helper this tab acts for, or None when none is chosen (or they were removed)."""
        chosen = int(self.context.setting("helper_id") or 0)
        if not chosen or people.get_person(self.context.db, chosen) is None:
            return None
        return chosen

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("helper_id", "user"):
            self.refresh()

    def refresh(self, save_first: bool = True) -> None:
        """Show the chosen helper's check-in for today, as stored (what was typed for the
        one before is saved first, or, if it cannot be, asked about)."""
        if save_first and self._helper is not None and not self.autosave.flush():
            where = self.tr("your check-in for %1").replace("%1", format_date(self.day, long=True))
            if leave_anyway(self, where, self.autosave.problem):
                self.autosave.forget()
        self._helper = self.helper_id()
        self.stack.setCurrentIndex(0 if self._helper is None else 1)
        self.show_day(self.context.today(), save_first=False)

    def focus_first(self) -> None:
        """The keyboard on the first question (stress), so a digit answers it at once."""
        if self.stress.isVisibleTo(self):
            self.stress.take_focus(Qt.FocusReason.OtherFocusReason)

    def show_day(self, day: date, save_first: bool = True) -> None:
        """Show the check-in for `day` (never a day ahead), saving the one shown first; if
        what was typed cannot be saved, ask before leaving it behind."""
        today = self.context.today()
        day = min(day, today)
        if save_first and day != self.day and not self.leave_ok():
            self.day_field.set_value(self.day)
            return
        self.day = day
        self.day_field.today = today
        self.day_field.last = today
        self.day_field.set_value(day)
        self.day_field.show_problem("")
        self.today_button.setEnabled(day != today)
        self.heading.setText(
            self.tr("Today") if day == today else format_date(day, long=True)
        )  # fmt: skip
        helper = self._helper
        stored = (
            None if helper is None else helper_checkins.get_check_in(self.context.db, helper, day)
        )
        self._show(stored)
        self.autosave.loaded(stored is not None)
        if helper is not None:
            self.trends.show_helper(self.context.db, helper, today)

    def _day_typed(self) -> None:
        try:
            day = self.day_field.value()
        except FieldProblem as problem:
            self.day_field.show_problem(str(problem))
            return
        if day is not None and day != self.day:
            self.show_day(day)

    def _show(self, check_in: HelperCheckIn | None) -> None:
        self._loading = True
        try:
            self.stress.setValue(check_in.stress if check_in else None)
            self.sleep.set_value(check_in.sleep_hours if check_in else None)
            self.self_care.setText(check_in.self_care if check_in else "")
            self.note.setPlainText(check_in.note if check_in else "")
            self.problem.hide()
        finally:
            self._loading = False

    # --- saving -------------------------------------------------------------------------------

    def _edited(self, *_value: object) -> None:
        if not self._loading and self._helper is not None:
            self.autosave.edited()

    def wanted(self) -> HelperCheckIn:
        """What the form holds now, for the day shown."""
        return HelperCheckIn(
            helper_id=self._helper or 0,
            day=self.day,
            stress=self.stress.value(),  # type: ignore[arg-type]
            sleep_hours=self.sleep.value(),
            self_care=self.self_care.text(),
            note=self.note.toPlainText(),
        )

    def _save(self) -> bool:
        """Store the check-in (the autosave calls this); a refusal is said under the form
        and what was typed stays."""
        wanted = self.wanted()
        try:
            self.context.write(
                Area.HELPERS,
                helper_checkins.save_check_in,
                self.context.db,
                wanted.helper_id,
                wanted.day,
                stress=wanted.stress,
                sleep_hours=wanted.sleep_hours,
                self_care=wanted.self_care,
                note=wanted.note,
                today=self.context.today(),
            )
        except InvalidInputError as refused:
            self.problem.setText(explain(refused))
            self.problem.show()
            raise
        self.problem.hide()
        self.trends.reload()
        return True

    def flush(self) -> bool:
        """Save now if something waits to be saved; True when nothing is unsaved."""
        return self.autosave.flush()

    def leave_ok(self) -> bool:
        """Save what was typed; if it cannot be saved, ask before leaving it behind."""
        if self.flush():
            return True
        where = self.tr("your check-in for %1").replace("%1", format_date(self.day, long=True))
        if not leave_anyway(self, where, self.autosave.problem):
            return False
        self.autosave.forget()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
