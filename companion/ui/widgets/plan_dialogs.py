"""Dialogs of the Plan page: a contact, an appointment, and small text records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from companion.core.plan import APPOINTMENT_KINDS, Appointment, Person
from companion.ui.plan_packet import kind_names, role_names
from companion.ui.widgets.date_fields import DateField, DateTimeField, first_problem
from companion.ui.widgets.form_dialog import FormDialog


def _line(text: str, name: str, limit: int) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(limit)
    edit.setAccessibleName(name)
    return edit


class ContactDialog(FormDialog):
    def __init__(
        self,
        save: Callable[..., object],
        contact: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit contact") if contact else self.tr("Add a contact"),
            parent,
            self.tr("Someone you can call. It stays on this computer, in your plan."),
        )
        self._save = save
        c = contact
        self.name = _line(c.name if c else "", self.tr("Name"), 80)
        self.role = QComboBox()
        for key, text in role_names().items():
            self.role.addItem(text, key)
        self.role.setCurrentIndex(max(0, self.role.findData(c.role if c else "family")))
        self.role.setAccessibleName(self.tr("Role"))
        self.relationship = _line(c.relationship if c else "", self.tr("Relationship"), 60)
        self.phone = _line(c.phone if c else "", self.tr("Phone"), 40)
        self.email = _line(c.email if c else "", self.tr("Email"), 120)
        self.address = _line(c.address if c else "", self.tr("Address"), 300)
        self.availability = _line(c.availability if c else "", self.tr("When they can help"), 120)
        self.availability.setPlaceholderText(self.tr("For example: evenings, weekends"))
        self.note = _line(c.note if c else "", self.tr("Note"), 500)
        self.in_help = QCheckBox(self.tr("Show under \u201cMy people\u201d in Get help now"))
        self.in_help.setAccessibleName(self.tr("Show in Get help now"))
        self.in_help.setChecked(bool(c and c.in_help))
        self.shared = QCheckBox(self.tr("Include in a plan I share with helpers"))
        self.shared.setAccessibleName(self.tr("Include in a plan I share with helpers"))
        self.shared.setToolTip(
            self.tr(
                "Their name and phone go into the file made by \u201cShare with a helper\u201d."
            )
        )
        self.shared.setChecked(bool(c and c.shared))
        for label, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&Role"), self.role),
            (self.tr("Re&lationship"), self.relationship),
            (self.tr("&Phone"), self.phone),
            (self.tr("&Email"), self.email),
            (self.tr("&Address"), self.address),
            (self.tr("A&vailable"), self.availability),
            (self.tr("N&ote"), self.note),
            ("", self.in_help),
            ("", self.shared),
        ):
            self.form.addRow(label, widget)

    def save(self) -> None:
        self._save(
            name=self.name.text(),
            role=self.role.currentData(),
            relationship=self.relationship.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            availability=self.availability.text(),
            note=self.note.text(),
            in_help=self.in_help.isChecked(),
            shared=self.shared.isChecked(),
        )


class AppointmentDialog(FormDialog):
    def __init__(
        self,
        save: Callable[..., object],
        people: list[Person],
        now: datetime,
        appointment: Appointment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit appointment") if appointment else self.tr("Add an appointment")
        why = self.tr("It goes into your plan, and can be saved to your calendar.")
        super().__init__(title, parent, why)
        self._save = save
        self._now = now  # when it is saved: a change is dated, for calendars that import it
        a = appointment
        self.kind = QComboBox()
        names = kind_names()
        for key in APPOINTMENT_KINDS:
            self.kind.addItem(names[key], key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind if a else "other")))
        self.kind.setAccessibleName(self.tr("Kind of appointment"))
        self.title = _line(a.title if a else "", self.tr("What"), 120)
        self.title.setPlaceholderText(self.tr("For example: first counselling session"))
        # A new appointment starts with no date or time: the person says when; nothing
        # is guessed from the clock.
        self.start = DateTimeField(
            self.tr("Starts"), now.date(), a.starts_at if a else None, field="start"
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 1440)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(a.minutes if a else 60)
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.place = _line(a.place if a else "", self.tr("Where"), 200)
        self.contact = QComboBox()
        self.contact.addItem("\u2014", None)
        for person in people:
            self.contact.addItem(person.name, person.id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(a.contact_id if a else None)))
        self.contact.setAccessibleName(self.tr("With"))
        self.weekly = QCheckBox(self.tr("Repeats every week"))
        self.weekly.setAccessibleName(self.tr("Repeats every week"))
        self.weekly.setChecked(bool(a and a.weekly))
        self.until = DateField(
            self.tr("Until"),
            now.date(),
            a.until if a else None,
            required=False,
            field="until",
            empty_text=self.tr("No end date"),
        )
        self.notes = QPlainTextEdit(a.notes if a else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.weekly.toggled.connect(self.until.setEnabled)
        self.until.setEnabled(self.weekly.isChecked())
        for label, widget in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&What"), self.title),
            (self.tr("&Starts"), self.start),
            (self.tr("&Length"), self.minutes),
            (self.tr("W&here"), self.place),
            (self.tr("Wi&th"), self.contact),
            ("", self.weekly),
            (self.tr("&Until"), self.until),
            (self.tr("&Notes"), self.notes),
        ):
            self.form.addRow(label, widget)

    def _kind_changed(self) -> None:
        if self.kind.currentData() == "support-group":
            self.weekly.setChecked(True)
        if not self.title.text():
            self.title.setText(self.kind.currentText())

    def save(self) -> None:
        first_problem(self.start, self.until)  # "until" counts only while it is switched on
        self._save(
            kind=self.kind.currentData(),
            title=self.title.text(),
            starts_at=self.start.value(),
            minutes=self.minutes.value(),
            place=self.place.text(),
            contact_id=self.contact.currentData(),
            notes=self.notes.toPlainText(),
            weekly=self.weekly.isChecked(),
            until=self.until.value() if self.weekly.isChecked() else None,
            changed_at=self._now,
        )


class RecordDialog(FormDialog):
    """A few short text fields: a medicine, an allergy."""

    def __init__(
        self,
        title: str,
        fields: list[tuple[str, str, int]],
        values: dict[str, str],
        save: Callable[..., object],
        parent: QWidget | None = None,
    ) -> None:
        why = self.tr("It goes into your plan, so the people helping you know it too.")
        super().__init__(title, parent, why)
        self._save = save
        self.edits: dict[str, QLineEdit] = {}
        for key, label, limit in fields:
            edit = _line(values.get(key, ""), label.replace("&", ""), limit)
            self.edits[key] = edit
            self.form.addRow(label, edit)

    def save(self) -> None:
        self._save(**{key: edit.text() for key, edit in self.edits.items()})
