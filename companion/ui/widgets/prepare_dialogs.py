"""Dialogs of the Prepare page: a checklist item, a helper, a call, the intake plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from companion.core import calls, checklist, intake, people
from companion.core.checklist import Category, ChecklistItem
from companion.core.people import Person
from companion.core.validate import InvalidInputError
from companion.ui.widgets.date_fields import (
    DateField,
    DateTimeField,
    first_problem,
    problems,
    refuse_first,
)
from companion.ui.widgets.form_dialog import FormDialog
from companion.ui.widgets.text import paragraph, selectable
from companion.ui.widgets.time_field import FieldProblem


def _notes_edit(text: str, name: str, limit: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(90)
    edit.setProperty("limit", limit)
    return edit


def _assignee_combo(helper_list: list[Person], current: int | None, me: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(me, None)
    for helper in helper_list:
        text = f"{helper.name} ({helper.relationship})" if helper.relationship else helper.name
        combo.addItem(text, helper.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ItemDialog(FormDialog):
    """Add or edit a checklist item."""

    def __init__(
        self,
        save: Callable[..., object],
        categories: list[Category],
        helper_list: list[Person],
        today: date,
        item: ChecklistItem | None = None,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit task") if item else self.tr("Add a task"),
            parent,
            self.tr("One step on your checklist, to get ready a little at a time."),
        )
        self._save = save
        self.title = QLineEdit(item.title if item else "")
        self.title.setMaxLength(checklist.MAX_TITLE)
        self.title.setAccessibleName(self.tr("Task"))
        self.title.setPlaceholderText(self.tr("What needs doing?"))
        self.category = QComboBox()
        for c in categories:
            self.category.addItem(c.title, c.key)
        wanted = item.category if item else category
        self.category.setCurrentIndex(max(0, self.category.findData(wanted)))
        self.category.setAccessibleName(self.tr("Category"))
        self.assignee = _assignee_combo(
            helper_list, item.assignee_id if item else None, self.tr("Me")
        )
        self.assignee.setAccessibleName(self.tr("Who does it"))
        self.due = DateField(
            self.tr("Due by"),
            today,
            item.due if item else None,
            required=False,
            field="due date",
            empty_text=self.tr("No due date"),
        )
        self.notes = _notes_edit(item.notes if item else "", self.tr("Notes"), checklist.MAX_NOTES)
        self.form.addRow(self.tr("&Task"), self.title)
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("&Who does it"), self.assignee)
        self.form.addRow(self.tr("&Due by"), self.due)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.helper_note: QLabel | None = None
        if item is not None and item.helper_note:  # merged from a helper's progress
            self.helper_note = selectable(paragraph(item.helper_note))
            self.helper_note.setAccessibleName(self.tr("Helper's note"))
            self.helper_note.setToolTip(
                self.tr("Written by the helper; it came with their progress")
            )
            self.form.addRow(self.tr("Helper's note"), self.helper_note)

    def save(self) -> None:
        first_problem(self.due)
        notes = self.notes.toPlainText()
        if len(notes) > checklist.MAX_NOTES:
            raise InvalidInputError("notes", "too-long", "notes too long")
        self._save(
            title=self.title.text(),
            category=self.category.currentData(),
            notes=notes,
            due=self.due.value(),
            assignee_id=self.assignee.currentData(),
        )


class HelperDialog(FormDialog):
    """Add or edit a person who helps."""

    def __init__(
        self,
        save: Callable[..., object],
        helper: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit helper") if helper else self.tr("Add a helper"),
            parent,
            self.tr("Someone helping you get ready. You can give them tasks on the checklist."),
        )
        self._save = save
        self.name = QLineEdit(helper.name if helper else "")
        self.name.setMaxLength(people.MAX_NAME)
        self.name.setAccessibleName(self.tr("Name"))
        self.relationship = QLineEdit(helper.relationship if helper else "")
        self.relationship.setMaxLength(people.MAX_RELATIONSHIP)
        self.relationship.setPlaceholderText(self.tr("For example: mum, partner, friend"))
        self.relationship.setAccessibleName(self.tr("Relationship"))
        self.phone = QLineEdit(helper.phone if helper else "")
        self.phone.setMaxLength(people.MAX_PHONE)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.note = _notes_edit(helper.note if helper else "", self.tr("Note"), people.MAX_NOTE)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Relationship"), self.relationship)
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("N&ote"), self.note)

    def save(self) -> None:
        note = self.note.toPlainText()
        if len(note) > people.MAX_NOTE:
            raise InvalidInputError("note", "too-long", "note too long")
        self._save(
            name=self.name.text(),
            relationship=self.relationship.text(),
            phone=self.phone.text(),
            note=note,
        )


def outcome_names() -> dict[str, str]:
    return {
        "bed-available": QCoreApplication.translate("Outcomes", "Bed available"),
        "waitlist": QCoreApplication.translate("Outcomes", "Waitlist"),
        "not-suitable": QCoreApplication.translate("Outcomes", "Not suitable"),
        "call-back": QCoreApplication.translate("Outcomes", "Call back"),
    }


class CallDialog(FormDialog):
    """Log or edit a call to a detox program."""

    def __init__(
        self,
        save: Callable[..., object],
        helper_list: list[Person],
        now: datetime,
        call: calls.FacilityCall | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit call") if call else self.tr("Log a call"),
            parent,
            self.tr("A note of a call to a program, so you remember who said what."),
        )
        self._save = save
        self.facility = QLineEdit(call.facility if call else "")
        self.facility.setMaxLength(calls.MAX_FACILITY)
        self.facility.setAccessibleName(self.tr("Program"))
        self.facility.setPlaceholderText(self.tr("Name of the program or clinic"))
        self.phone = QLineEdit(call.phone if call else "")
        self.phone.setMaxLength(calls.MAX_PHONE)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.called_at = DateTimeField(
            self.tr("When you called"),
            now.date(),
            call.called_at if call else now,
            field="time called",
        )
        self.caller = _assignee_combo(helper_list, call.caller_id if call else None, self.tr("Me"))
        self.caller.setAccessibleName(self.tr("Who called"))
        self.outcome = QComboBox()
        self.outcome.setPlaceholderText(self.tr("Choose what they said\u2026"))
        for key, text in outcome_names().items():
            self.outcome.addItem(text, key)
        self.outcome.setCurrentIndex(self.outcome.findData(call.outcome) if call else -1)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.callback = DateTimeField(
            self.tr("Call back"),
            now.date(),
            call.callback_at if call else None,
            required=False,
            field="call-back time",
            empty_text=self.tr("No call back"),
        )
        self.notes = _notes_edit(call.notes if call else "", self.tr("Notes"), calls.MAX_NOTES)
        self.form.addRow(self.tr("&Program"), self.facility)
        self.form.addRow(self.tr("P&hone"), self.phone)
        self.form.addRow(self.tr("&Called"), self.called_at)
        self.form.addRow(self.tr("&Who called"), self.caller)
        self.form.addRow(self.tr("&Outcome"), self.outcome)
        self.form.addRow(self.tr("Call &back"), self.callback)
        self.form.addRow(self.tr("&Notes"), self.notes)

    def _problems(self) -> None:
        """Mark every field that is wrong or still to be chosen; refuse with the first."""
        found = problems(self.called_at)
        if self.outcome.currentData() not in calls.OUTCOMES:
            text = self.tr("Outcome: please choose what the program said.")
            found.append((self.outcome, FieldProblem("outcome", "required", text)))
        found += problems(self.callback)
        if self.outcome.currentData() == "call-back" and self.callback.is_empty():
            text = self.tr("Call back: please choose the day and time to call back.")
            self.callback.date.show_problem(text)
            found.append((self.callback, FieldProblem("call-back time", "required", text)))
        refuse_first(found)

    def save(self) -> None:
        self._problems()
        notes = self.notes.toPlainText()
        if len(notes) > calls.MAX_NOTES:
            raise InvalidInputError("notes", "too-long", "notes too long")
        self._save(
            facility=self.facility.text(),
            called_at=self.called_at.value(),
            outcome=self.outcome.currentData(),
            phone=self.phone.text(),
            caller_id=self.caller.currentData(),
            callback_at=self.callback.value(),
            notes=notes,
        )


class IntakeDialog(FormDialog):
    """Set or change the planned intake date and place."""

    def __init__(
        self,
        save: Callable[..., object],
        plan: intake.IntakePlan,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Intake date"),
            parent,
            self.tr("The day you plan to start. Today counts the days to it."),
        )
        self._save = save
        self._today = today
        self.date = DateField(self.tr("Intake date"), today, plan.when, field="intake date")
        self.place = QLineEdit(plan.place)
        self.place.setMaxLength(intake.MAX_PLACE)
        self.place.setPlaceholderText(self.tr("Program or clinic"))
        self.place.setAccessibleName(self.tr("Place"))
        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("&Place"), self.place)

    def save(self) -> None:
        first_problem(self.date)
        self._save(when=self.date.value(), place=self.place.text(), today=self._today)
