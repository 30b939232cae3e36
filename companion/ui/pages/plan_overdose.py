"""The Plan's Overdose plan tab: where the naloxone is kept, how many doses, when it expires,
who knows how to give it (ticked from the Plan's contacts), the person's own commitments
for the time after detox (with wording offered to add and then change), and the overdose
steps the app already shows in Get help now, to read.

What is typed saves itself a moment after the last change, like the aftercare tab; a
date that cannot be read is marked under its field while the rest is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core import content, overdose_plan, people, settings
from companion.core.changes import Area
from companion.core.overdose_plan import OverdosePlan
from companion.core.people import Person
from companion.ui.autosave import Autosave
from companion.ui.context import AppContext
from companion.ui.names import contact_line, format_date
from companion.ui.widgets.date_fields import DateField
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import left_aligned, plain_scrolling
from companion.ui.widgets.plan_dialogs import ContactDialog
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.widgets.time_field import FieldProblem
from companion.ui.writes import attempt

NO_DOSES = -1  # the spin box's "not written" value


class OverdosePlanTab(QScrollArea):
    """The overdose plan to fill in; it saves itself."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        plain_scrolling(self)
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(
            paragraph(
                self.tr(
                    "After detox, far less can be too much. Write where your naloxone is, "
                    "who can give it, and your own commitments."
                ),
                muted=True,
            )
        )
        self.status = QLabel()  # near the top: "Saving…" and "Saved" stay in sight
        self.status.setAccessibleName(self.tr("Save status"))
        set_tone(self.status, "muted")
        layout.addWidget(self.status)

        layout.addWidget(heading(self.tr("My naloxone"), level=3))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Where the naloxone is kept"))
        self.place.setPlaceholderText(self.tr("For example: kitchen drawer, my bag"))
        place_limit = hold_to_limit(self.place, overdose_plan.MAX_PLACE)
        form.addRow(self.tr("&Kept in"), with_note(self.place, place_limit.note))
        self.doses = QSpinBox()
        self.doses.setRange(NO_DOSES, overdose_plan.MAX_DOSES)
        self.doses.setSpecialValueText(self.tr("Not written"))
        self.doses.setAccessibleName(self.tr("How many doses"))
        self.doses.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&Doses"), self.doses)
        self.expires = DateField(
            self.tr("Expiry date"),
            context.today(),
            required=False,
            field="naloxone expiry date",
            accessible_name=self.tr("Naloxone expiry date"),
            empty_text=self.tr("No date written"),
        )
        form.addRow(self.tr("&Expires on"), self.expires)
        layout.addLayout(form)
        self.expiry_note = paragraph("")
        self.expiry_note.setAccessibleName(self.tr("Expiry"))
        layout.addWidget(self.expiry_note)

        layout.addWidget(heading(self.tr("Who knows how to use it"), level=3))
        layout.addWidget(
            paragraph(
                self.tr("Tick the people who know where it is and how to give it."), muted=True
            )
        )
        self.people_box = QVBoxLayout()
        layout.addLayout(self.people_box)
        self.no_people = paragraph(self.tr("No contacts in your plan yet."), muted=True)
        layout.addWidget(self.no_people)
        self.add_person = QPushButton(self.tr("Add a &contact\u2026"))
        self.add_person.setAccessibleName(self.tr("Add a contact who knows how to use naloxone"))
        self.add_person.clicked.connect(self.add_contact)
        layout.addLayout(left_aligned(self.add_person))
        self.checks: dict[int, QCheckBox] = {}
        self._shown_people: list[tuple[int, str, str]] = []

        layout.addWidget(heading(self.tr("My commitments"), level=3))
        layout.addWidget(
            paragraph(
                self.tr(
                    "In your own words, for the time after detox. Add any of these and "
                    "change them as you like."
                ),
                muted=True,
            )
        )
        self.suggestions: list[tuple[str, QPushButton]] = []
        for words in overdose_plan.suggested_commitments():
            row = QHBoxLayout()
            button = QPushButton(self.tr("Add"))
            button.setAccessibleName(self.tr("Add to my commitments: %1").replace("%1", words))
            button.clicked.connect(lambda _on=False, w=words: self.add_commitment(w))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(paragraph(words), 1)
            layout.addLayout(row)
            self.suggestions.append((words, button))
        self.commitments = QPlainTextEdit()
        self.commitments.setAccessibleName(self.tr("My commitments"))
        self.commitments.setPlaceholderText(self.tr("For example: I will never use alone."))
        self.commitments.setTabChangesFocus(True)
        self.commitments.setMinimumHeight(110)
        limit = hold_to_limit(self.commitments, overdose_plan.MAX_COMMITMENTS)
        layout.addWidget(with_note(self.commitments, limit.note))

        self.steps_box = QVBoxLayout()
        layout.addLayout(self.steps_box)
        layout.addStretch(1)
        self.setWidget(inner)

        self.autosave = Autosave(
            lambda: self.context.storage.clock.monotonic(), self._save, self.status, self
        )
        self._loading = False
        self._date_text = ""
        self.place.textChanged.connect(self._edited)
        self.doses.valueChanged.connect(self._edited)
        self.commitments.textChanged.connect(self._edited)
        self.commitments.textChanged.connect(self._show_suggestions)
        self.expires.line.editingFinished.connect(self._date_edited)
        context.dataChanged.connect(self._on_data_changed)
        context.dataReset.connect(self.refresh)
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what is stored, in place of what is on screen."""
        plan = overdose_plan.get_overdose_plan(self.context.db)
        self._loading = True
        self.place.setText(plan.naloxone_place)
        doses = plan.naloxone_doses
        self.doses.setValue(NO_DOSES if doses is None else doses)
        self.expires.today = self.context.today()
        self.expires.set_value(plan.naloxone_expires)
        self.expires.show_problem("")
        self._date_text = self.expires.line.text()
        self.commitments.setPlainText(plan.commitments)
        self._loading = False
        self.autosave.loaded(overdose_plan.has_overdose_plan(plan))
        self._show_expiry(plan.naloxone_expires)
        self._show_suggestions()
        self._show_people(force=True)
        self._show_steps()

    def _on_data_changed(self, area: Area) -> None:
        if area == Area.HELPERS:
            self._show_people()

    def _show_people(self, force: bool = False) -> None:
        """A box for each contact; rebuilt only when the people themselves changed, so a
        tick keeps the keyboard where it is."""
        everyone = people.list_people(self.context.db)
        knows = {p.id for p in overdose_plan.naloxone_people(self.context.db)}
        shown = [(p.id, p.name, p.phone) for p in everyone]
        if force or shown != self._shown_people:
            self._shown_people = shown
            for box in self.checks.values():
                self.people_box.removeWidget(box)
                box.hide()  # at once: deleteLater waits for the event loop
                box.deleteLater()
            self.checks = {}
            for person in everyone:
                box = QCheckBox(contact_line(person))
                box.setAccessibleName(
                    self.tr("%1 knows how to use naloxone").replace("%1", person.name)
                )
                box.toggled.connect(lambda _on: self._people_ticked())
                self.people_box.addWidget(box)
                self.checks[person.id] = box
            previous: QWidget = self.expires.button  # Tab: the date, the people, then Add
            for box in self.checks.values():
                QWidget.setTabOrder(previous, box)
                previous = box
            QWidget.setTabOrder(previous, self.add_person)
        for person_id, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(person_id in knows)
            box.blockSignals(False)
        self.no_people.setVisible(not self.checks)

    def _show_steps(self) -> None:
        """The overdose steps Get help now shows, from the same content, to read."""
        while self.steps_box.count():
            item = self.steps_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        steps = content.load_response_steps()
        region = content.region_help(settings.get_setting(self.context.db, "region"))
        self.steps_box.addWidget(heading(steps.title, level=3))
        self.steps_box.addWidget(
            paragraph(
                self.tr("Emergency number: %1").replace("%1", region.emergency_number),
            )
        )
        numbered = "\n".join(f"{n}.  {step}" for n, step in enumerate(steps.steps, start=1))
        self.steps_box.addWidget(paragraph(numbered))
        self.steps_box.addWidget(paragraph(steps.note))

    def _show_expiry(self, expires: date | None) -> None:
        state = overdose_plan.expiry_state(
            OverdosePlan(naloxone_expires=expires), self.context.today()
        )
        if state.kind == "none" or state.expires is None:
            text, tone = self.tr("No expiry date written. It is printed on the pack."), "muted"
        elif state.kind == "expired":
            text = self.tr("This naloxone expired on %1. Get a new kit.")
            tone = "overdue"
        elif state.kind == "soon":
            text = self.tr("This naloxone expires on %1. Get a new kit soon.")
            tone = "overdue"
        else:
            text, tone = self.tr("Good until %1."), "muted"
        if state.expires is not None:
            text = text.replace("%1", format_date(state.expires))
        self.expiry_note.setText(text)
        set_tone(self.expiry_note, tone)

    def _show_suggestions(self) -> None:
        """A suggestion already in the text cannot be added twice."""
        written = self.commitments.toPlainText()
        for words, button in self.suggestions:
            button.setEnabled(words not in written)

    # --- editing --------------------------------------------------------------------------

    def add_commitment(self, words: str) -> None:
        """Put the offered words at the end of the commitments, on a line of their own."""
        text = self.commitments.toPlainText().rstrip()
        room = overdose_plan.MAX_COMMITMENTS - len(text) - 1
        if room < len(words):
            self.status.setText(self.tr("There is no more room in your commitments."))
            return
        self.commitments.setPlainText(f"{text}\n{words}" if text else words)
        cursor = self.commitments.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.commitments.setTextCursor(cursor)

    def add_contact(self) -> None:
        """The Plan's contact form; the new contact is ticked as knowing how to use it."""
        db = self.context.db
        added: list[Person] = []

        def save(**values: object) -> Person:
            person = people.save_person(db, None, **values)  # type: ignore[arg-type]
            added.append(person)
            return person

        if not ContactDialog(save, None, self).exec() or not added:
            return
        self.context.changed(Area.HELPERS)
        ticked = [pid for pid, box in self.checks.items() if box.isChecked()]
        if attempt(self, lambda: self._set_people([*ticked, added[0].id])) is not None:
            self._show_people()
            box = self.checks.get(added[0].id)
            if box is not None:
                box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _people_ticked(self) -> None:
        ticked = [pid for pid, box in self.checks.items() if box.isChecked()]
        if attempt(self, lambda: self._set_people(ticked)) is None:
            self._show_people(force=True)  # as stored

    def _set_people(self, ids: list[int]) -> bool:
        self.context.write(Area.HELPERS, overdose_plan.set_naloxone_people, self.context.db, ids)
        return True

    def _edited(self) -> None:
        if not self._loading:
            self.autosave.edited()

    def _date_edited(self) -> None:
        if not self._loading and self.expires.line.text() != self._date_text:
            self._date_text = self.expires.line.text()
            self.autosave.edited()

    def _save(self) -> bool:
        """Store the plan as it is on screen (the autosave calls this). A date that cannot
        be read is marked under its field, and the stored date is kept."""
        db = self.context.db
        stored = overdose_plan.get_overdose_plan(db)
        complete = True
        try:
            expires = self.expires.value()
            self.expires.show_problem("")
        except FieldProblem as problem:
            self.expires.show_problem(str(problem))
            expires, complete = stored.naloxone_expires, False
        doses = self.doses.value()
        wanted = OverdosePlan(
            self.place.text(),
            None if doses == NO_DOSES else doses,
            expires,
            self.commitments.toPlainText(),
        )
        self.context.write(
            Area.PLAN, overdose_plan.save_overdose_plan, db, wanted, self.context.now()
        )
        self._show_expiry(expires)
        return complete

    def flush(self) -> bool:
        """Save now if something waits to be saved; True when nothing is unsaved."""
        return self.autosave.flush()

    def unsaved_words(self) -> str:
        """What could not be saved, in words: the storage problem, or the date's."""
        return self.autosave.problem or self.expires.problem.text()
