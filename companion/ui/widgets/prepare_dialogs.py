"""Dialogs of the Prepare page: a checklist item, a helper, a call, the intake plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from companion.core import calls, checklist, helpers, intake
from companion.core.checklist import Category, ChecklistItem
from companion.core.helpers import Helper
from companion.core.validate import InvalidInputError
from companion.ui.widgets.form_dialog import FormDialog


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))


def from_qdatetime(moment: QDateTime) -> datetime:
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _notes_edit(text: str, name: str, limit: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(90)
    edit.setProperty("limit", limit)
    return edit


class OptionalDate(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    def __init__(self, label: str, value: date | None, today: date) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.enabled.setAccessibleName(label)
        self.edit = QDateEdit(to_qdate(value or today))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setAccessibleName(label)
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.enabled.isChecked() else None


def _assignee_combo(helper_list: list[Helper], current: int | None, me: str) -> QComboBox:
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
        helper_list: list[Helper],
        today: date,
        item: ChecklistItem | None = None,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit task") if item else self.tr("Add a task"), parent)
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
        self.due = OptionalDate(self.tr("Due by"), item.due if item else None, today)
        self.notes = _notes_edit(item.notes if item else "", self.tr("Notes"), checklist.MAX_NOTES)
        self.form.addRow(self.tr("&Task"), self.title)
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("&Who does it"), self.assignee)
        self.form.addRow(self.tr("Due"), self.due)
        self.form.addRow(self.tr("&Notes"), self.notes)

    def save(self) -> None:
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
        helper: Helper | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit helper") if helper else self.tr("Add a helper"), parent)
        self._save = save
        self.name = QLineEdit(helper.name if helper else "")
        self.name.setMaxLength(helpers.MAX_NAME)
        self.name.setAccessibleName(self.tr("Name"))
        self.relationship = QLineEdit(helper.relationship if helper else "")
        self.relationship.setMaxLength(helpers.MAX_RELATIONSHIP)
        self.relationship.setPlaceholderText(self.tr("For example: mum, partner, friend"))
        self.relationship.setAccessibleName(self.tr("Relationship"))
        self.phone = QLineEdit(helper.phone if helper else "")
        self.phone.setMaxLength(helpers.MAX_PHONE)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.note = _notes_edit(helper.note if helper else "", self.tr("Note"), helpers.MAX_NOTE)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Relationship"), self.relationship)
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("N&ote"), self.note)

    def save(self) -> None:
        note = self.note.toPlainText()
        if len(note) > helpers.MAX_NOTE:
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
        helper_list: list[Helper],
        now: datetime,
        call: calls.FacilityCall | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit call") if call else self.tr("Log a call"), parent)
        self._save = save
        self.facility = QLineEdit(call.facility if call else "")
        self.facility.setMaxLength(calls.MAX_FACILITY)
        self.facility.setAccessibleName(self.tr("Program"))
        self.facility.setPlaceholderText(self.tr("Name of the program or clinic"))
        self.phone = QLineEdit(call.phone if call else "")
        self.phone.setMaxLength(calls.MAX_PHONE)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.called_at = QDateTimeEdit(to_qdatetime(call.called_at if call else now))
        self.called_at.setCalendarPopup(True)
        self.called_at.setDisplayFormat("d MMM yyyy, HH:mm")
        self.called_at.setAccessibleName(self.tr("When you called"))
        self.caller = _assignee_combo(helper_list, call.caller_id if call else None, self.tr("Me"))
        self.caller.setAccessibleName(self.tr("Who called"))
        self.outcome = QComboBox()
        for key, text in outcome_names().items():
            self.outcome.addItem(text, key)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(call.outcome if call else "")))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.callback_on = QCheckBox(self.tr("Call back at"))
        self.callback_on.setAccessibleName(self.tr("Call back"))
        self.callback_at = QDateTimeEdit(
            to_qdatetime(call.callback_at if call and call.callback_at else now)
        )
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setDisplayFormat("d MMM yyyy, HH:mm")
        self.callback_at.setAccessibleName(self.tr("Call-back time"))
        has_callback = bool(call and call.callback_at)
        self.callback_on.setChecked(has_callback)
        self.callback_at.setEnabled(has_callback)
        self.callback_on.toggled.connect(self.callback_at.setEnabled)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        callback_row = QWidget()
        row = QHBoxLayout(callback_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.callback_on)
        row.addWidget(self.callback_at, 1)
        self.notes = _notes_edit(call.notes if call else "", self.tr("Notes"), calls.MAX_NOTES)
        self.form.addRow(self.tr("&Program"), self.facility)
        self.form.addRow(self.tr("P&hone"), self.phone)
        self.form.addRow(self.tr("&Called"), self.called_at)
        self.form.addRow(self.tr("&Who called"), self.caller)
        self.form.addRow(self.tr("&Outcome"), self.outcome)
        self.form.addRow(self.tr("Call back"), callback_row)
        self.form.addRow(self.tr("&Notes"), self.notes)

    def _outcome_changed(self) -> None:
        if self.outcome.currentData() == "call-back":
            self.callback_on.setChecked(True)

    def _callback_value(self) -> datetime | None:
        if not self.callback_on.isChecked():
            return None
        return from_qdatetime(self.callback_at.dateTime())

    def save(self) -> None:
        notes = self.notes.toPlainText()
        if len(notes) > calls.MAX_NOTES:
            raise InvalidInputError("notes", "too-long", "notes too long")
        self._save(
            facility=self.facility.text(),
            called_at=from_qdatetime(self.called_at.dateTime()),
            outcome=self.outcome.currentData(),
            phone=self.phone.text(),
            caller_id=self.caller.currentData(),
            callback_at=(
                from_qdatetime(self.callback_at.dateTime())
                if self.callback_on.isChecked()
                else None
            ),
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
        super().__init__(self.tr("Intake date"), parent)
        self._save = save
        self.date = QDateEdit(to_qdate(plan.when or today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName(self.tr("Intake date"))
        self.place = QLineEdit(plan.place)
        self.place.setMaxLength(intake.MAX_PLACE)
        self.place.setPlaceholderText(self.tr("Program or clinic"))
        self.place.setAccessibleName(self.tr("Place"))
        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("&Place"), self.place)

    def save(self) -> None:
        self._save(when=from_qdate(self.date.date()), place=self.place.text())
