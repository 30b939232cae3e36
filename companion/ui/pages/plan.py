"""Plan: the people, appointments, the plan for after detox, medicines and allergies,
and the plan packet (PDF or print) for the family."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from companion.core import aftercare, operations, people, plan
from companion.core.changes import Area
from companion.core.plan import AftercarePlan, Allergy, Appointment, Medication, Person
from companion.ui.autosave import Autosave
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column
from companion.ui.names import format_datetime
from companion.ui.pages.plan_overdose import OverdosePlanTab
from companion.ui.pages.plan_safety import SafetyPlanTab
from companion.ui.pages.prepare_people import people_list

if TYPE_CHECKING:  # built only in helper mode
    from companion.ui.pages.shared_plan import SharedPlanTab
from companion.ui.plan_packet import kind_names, role_names, step_names
from companion.ui.protection_dialogs import plain_file_ok
from companion.ui.unsaved import leave_anyway
from companion.ui.widgets import dialogs
from companion.ui.widgets.fit import keep_wrapped_lines
from companion.ui.widgets.fitting_tabs import FittingTabNames
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import (
    plain_scrolling,
    purpose,
    scrolling_page,
)
from companion.ui.widgets.plan_dialogs import AppointmentDialog, ContactDialog, RecordDialog
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.record_list import RecordList, Words
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.writes import attempt


class PlanPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Plan"))
        layout = scrolling_page(self)
        layout.addWidget(heading(self.tr("Plan")))
        layout.addWidget(
            purpose(
                self.tr("Who to call, your medicines and what to bring, in one place to share.")
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Plan sections"))
        self.tabs.setUsesScrollButtons(False)  # every tab's whole name, never scrolled away
        layout.addWidget(self.tabs, 1)
        db: Callable[[], Database] = lambda: self.context.db  # noqa: E731 - the database can be replaced (delete all)
        roles, kinds = role_names(), kind_names()

        self.people = people_list(
            context,
            [
                Column(self.tr("Name"), lambda c: c.name, lambda c: c.name.casefold()),
                Column(self.tr("Role"), lambda c: roles.get(c.role, c.role)),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("Email"), lambda c: c.email),
                Column(self.tr("Available"), lambda c: c.availability),
                Column(
                    self.tr("In Get help now"),
                    lambda c: self.tr("Yes") if c.in_help else self.tr("No"),
                ),
            ],
            Words(
                self.tr("&Add a contact\u2026"),
                self.tr("Add a contact"),
                self.tr("Edit the selected contact"),
                self.tr("Remove the selected contact"),
                self.tr("Contacts"),
                self.tr(
                    "No one yet. Add your care team, the detox program, a counsellor, a sponsor, "
                    "family and your pharmacy. The people helping in Prepare are here too."
                ),
            ),
            lambda: people.list_people(db()),
            self._edit_contact,
            self,
        )
        self.appointments = RecordList[Appointment](
            [
                Column(self.tr("Next"), self._next_text, self._next_key),
                Column(self.tr("What"), lambda a: a.title),
                Column(self.tr("Kind"), lambda a: kinds.get(a.kind, a.kind)),
                Column(self.tr("Where"), lambda a: a.place),
                Column(
                    self.tr("Repeats"),
                    lambda a: self.tr("Weekly") if a.weekly else self.tr("No"),
                ),
            ],
            Words(
                self.tr("&Add an appointment\u2026"),
                self.tr("Add an appointment"),
                self.tr("Edit the selected appointment"),
                self.tr("Remove the selected appointment"),
                self.tr("Appointments"),
                self.tr(
                    "No appointments yet. Add the intake, the first appointment after detox, "
                    "and any weekly support group."
                ),
            ),
            lambda: plan.list_appointments(db()),
            self._edit_appointment,
            lambda a: self.context.write(Area.PLAN, plan.delete_appointment, db(), a.id),
            lambda gone: self.context.write(Area.PLAN, plan.restore_appointment, db(), gone),
            lambda a: a.title,
            forget_on=context.dataReset,
        )
        ics_row = QHBoxLayout()
        self.ics_button = QPushButton(self.tr("Export to &calendar (.ics)\u2026"))
        self.ics_button.setAccessibleName(self.tr("Export appointments to a calendar file"))
        ics_row.addWidget(self.ics_button)
        ics_row.addStretch(1)
        appointments_tab = QWidget()
        appointments_layout = QVBoxLayout(appointments_tab)
        appointments_layout.addWidget(self.appointments, 1)
        appointments_layout.addLayout(ics_row)
        people_tab = QWidget()
        QVBoxLayout(people_tab).addWidget(self.people)

        names = [  # full, and short for large text in a small window
            (self.tr("Staying safe"), self.tr("Safety", "short tab name")),
            (self.tr("People"), self.tr("People", "short tab name")),
            (self.tr("Appointments"), self.tr("Visits", "short tab name")),
            (self.tr("After detox"), self.tr("After", "short tab name")),
            (self.tr("Medicines and allergies"), self.tr("Medicines", "short tab name")),
        ]
        # Staying safe holds the two plans for the riskiest weeks: the safety plan and the
        # overdose plan (a sixth tab would not fit 900 px at the largest text).
        self.safe_tabs = QTabWidget()
        self.safe_tabs.setDocumentMode(True)
        self.safe_tabs.setUsesScrollButtons(False)
        self.safe_tabs.setAccessibleName(self.tr("Staying safe sections"))
        self.safety = SafetyPlanTab(context)
        self.safe_tabs.addTab(self.safety, self.tr("Safety plan"))
        # The overdose plan's form is built the first time its tab is shown (or asked
        # for), so opening Plan costs only the tab that is in view.
        self._overdose: OverdosePlanTab | None = None
        self._overdose_slot = QWidget()
        slot_layout = QVBoxLayout(self._overdose_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self.safe_tabs.addTab(self._overdose_slot, self.tr("Overdose plan"))
        self.safe_tabs.currentChanged.connect(self._build_shown_tab)
        self.tabs.addTab(self.safe_tabs, names[0][0])
        self.tabs.addTab(people_tab, names[1][0])
        self.tabs.addTab(appointments_tab, names[2][0])
        self.tabs.addTab(self._aftercare_tab(), names[3][0])
        self.medicines_tab = self._medicines_tab()
        self.tabs.addTab(self.medicines_tab, names[4][0])
        self.tab_names = FittingTabNames(self.tabs, names)
        self.tabs.setMinimumHeight(self.tabs.fontMetrics().height() * 12)
        # In helper mode, the plan shared with this helper is the first tab.
        self.shared_plan: SharedPlanTab | None = None
        context.settingChanged.connect(self._on_setting)
        context.dataReset.connect(self._follow_user)

        # The plan packet is of the plan kept here: not offered beside the plan shared with
        # a helper (on a helper's own computer it would be of their own, empty, plan).
        self.packet_row = QWidget()
        packet = FlowRow(self.packet_row)  # folds under the sentence when the window is narrow
        packet.setContentsMargins(0, 0, 0, 0)
        packet.addWidget(
            paragraph(self.tr("The plan packet puts all of this in one document."), muted=True)
        )
        self.pdf_button = make_primary(QPushButton(self.tr("Save plan packet as &PDF\u2026")))
        self.pdf_button.setAccessibleName(self.tr("Save the plan packet as a PDF"))
        self.print_button = QPushButton(self.tr("P&rint plan packet\u2026"))
        self.print_button.setAccessibleName(self.tr("Print the plan packet"))
        packet.addWidget(self.pdf_button)
        packet.addWidget(self.print_button)
        layout.addWidget(self.packet_row)
        self.tabs.currentChanged.connect(lambda _index: self._show_packet_row())
        self._follow_user()

        self.ics_button.clicked.connect(self.export_ics)
        self.pdf_button.clicked.connect(self.save_packet)
        self.print_button.clicked.connect(self.print_packet)
        context.dataChanged.connect(self._on_data_changed)
        context.dataReset.connect(self.refresh)
        self.refresh()

    def _on_setting(self, key: str, _value: object) -> None:
        if key == "user":
            self._follow_user()

    def _follow_user(self) -> None:
        """Add the "Shared plan" tab in helper mode (first, and shown), remove it after."""
        helper = self.context.setting("user") == "helper"
        if helper and self.shared_plan is None:
            from companion.ui.pages.shared_plan import SharedPlanTab

            self.shared_plan = SharedPlanTab(self.context)
            full, short = self.tr("Shared plan"), self.tr("Shared", "short tab name")
            # The medicines are the person's own list: a helper has the shared plan in its
            # place (and six tabs would not fit 900 px at the largest text).
            self._medicines_names = self.tab_names.names.pop()
            self.tabs.removeTab(self.tabs.indexOf(self.medicines_tab))
            self.tab_names.names.insert(0, (full, short))
            self.tabs.insertTab(0, self.shared_plan, full)
            self.tabs.setCurrentIndex(0)
            self.tab_names.fit()
        elif not helper and self.shared_plan is not None:
            self.shared_plan.flush()
            self.tabs.removeTab(self.tabs.indexOf(self.shared_plan))
            self.tab_names.names.pop(0)
            self.shared_plan.deleteLater()
            self.shared_plan = None
            self.tab_names.names.append(self._medicines_names)
            self.tabs.addTab(self.medicines_tab, self._medicines_names[0])
            self.tab_names.fit()
        self._show_packet_row()

    def _show_packet_row(self) -> None:
        shared = self.shared_plan is not None and self.tabs.currentWidget() is self.shared_plan
        self.packet_row.setVisible(not shared)

    def show_safety_plan(self) -> None:
        """Staying safe's safety plan, with the keyboard on its tab."""
        self.tabs.setCurrentWidget(self.safe_tabs)
        self.safe_tabs.setCurrentWidget(self.safety)
        self.safe_tabs.tabBar().setFocus()

    @property
    def overdose(self) -> OverdosePlanTab:
        """The overdose plan's form, built now if it was not yet."""
        if self._overdose is None:
            self._overdose = OverdosePlanTab(self.context)
            layout = self._overdose_slot.layout()
            assert layout is not None
            layout.addWidget(self._overdose)
            self._overdose.setVisible(True)
        return self._overdose

    def _build_shown_tab(self, _index: int) -> None:
        if self.safe_tabs.currentWidget() is self._overdose_slot:
            self.overdose  # noqa: B018 - built on first sight

    def show_overdose_plan(self) -> None:
        """Staying safe's overdose plan, with the keyboard on its tab."""
        self.tabs.setCurrentWidget(self.safe_tabs)
        self.safe_tabs.setCurrentWidget(self._overdose_slot)
        self.safe_tabs.tabBar().setFocus()

    # --- tabs ----------------------------------------------------------------------------------

    def _aftercare_tab(self) -> QWidget:
        scroll = QScrollArea()
        plain_scrolling(scroll)  # not a Tab stop itself
        inner = QWidget()
        layout = QVBoxLayout(inner)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.next_step = QComboBox()
        self.next_step.setSizeAdjustPolicy(  # long choices are cut short with "…" rather than
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon  # widen the page
        )
        self.next_step.setMinimumContentsLength(16)
        for key, text in step_names().items():
            self.next_step.addItem(text, key)
        self.next_step.setAccessibleName(self.tr("Next step after detox"))
        form.addRow(self.tr("&Next step after detox"), self.next_step)
        layout.addLayout(form)
        # Near the top, so "Saving…" and "Saved" are in sight while typing below.
        self.aftercare_status = QLabel()
        self.aftercare_status.setAccessibleName(self.tr("Save status"))
        set_tone(self.aftercare_status, "muted")
        layout.addWidget(self.aftercare_status)
        self.first_week = self._text(
            self.tr("The first week after detox"),
            self.tr("Where will you stay? Who will be with you? What will you do each day?"),
        )
        self.warning_signs = self._text(
            self.tr("My warning signs"),
            self.tr("What tells you things are getting hard? Thoughts, feelings, places, people."),
        )
        self.coping_steps = self._text(
            self.tr("What I will do"),
            self.tr("Who you will call, what helps you calm down, where you can go."),
        )
        for title, edit in (
            (self.tr("The first week after detox"), self.first_week),
            (self.tr("My warning signs"), self.warning_signs),
            (self.tr("What I will do when it gets hard"), self.coping_steps),
        ):
            layout.addWidget(heading(title, level=3))
            layout.addWidget(with_note(edit, hold_to_limit(edit, aftercare.MAX_TEXT).note))
        layout.addStretch(1)
        scroll.setWidget(inner)
        self.aftercare_autosave = Autosave(
            lambda: self.context.storage.clock.monotonic(),
            self._save_aftercare,
            self.aftercare_status,
            self,
        )
        self._loading = False
        self.next_step.currentIndexChanged.connect(lambda _i: self._aftercare_edited())
        for edit in (self.first_week, self.warning_signs, self.coping_steps):
            edit.textChanged.connect(self._aftercare_edited)
        return scroll

    def _text(self, name: str, prompt: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(prompt)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        return edit

    def _medicines_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            keep_wrapped_lines(  # never squeezed by the two lists below it
                paragraph(
                    self.tr(
                        "List what you take now and any allergies, for the program and your "
                        "care team. Doses and changes are for your prescriber to decide."
                    ),
                    muted=True,
                )
            )
        )
        db: Callable[[], Database] = lambda: self.context.db  # noqa: E731
        self.medications = RecordList[Medication](
            [
                Column(self.tr("Medicine"), lambda m: m.name),
                Column(self.tr("What it is for"), lambda m: m.purpose),
                Column(self.tr("Dose and timing"), lambda m: m.notes),
            ],
            Words(
                self.tr("&Add a medicine\u2026"),
                self.tr("Add a medicine"),
                self.tr("Edit the selected medicine"),
                self.tr("Remove the selected medicine"),
                self.tr("Medicines"),
                self.tr("No medicines listed."),
            ),
            lambda: plan.list_medications(db()),
            lambda m: self._record(
                self.tr("Medicine"),
                [
                    ("name", self.tr("&Medicine"), 120),
                    ("purpose", self.tr("What it is &for"), 500),
                    # Kept as the person writes it; the app never suggests a dose.
                    ("notes", self.tr("&Dose and timing, as prescribed"), 500),
                ],
                {"name": m.name, "purpose": m.purpose, "notes": m.notes} if m else {},
                lambda **v: plan.save_medication(db(), m.id if m else None, **v),
            ),
            lambda m: self.context.write(Area.PLAN, plan.delete_medication, db(), m.id),
            lambda gone: self.context.write(Area.PLAN, plan.restore_medication, db(), gone),
            lambda m: m.name,
            forget_on=self.context.dataReset,
        )
        self.allergies = RecordList[Allergy](
            [
                Column(self.tr("Allergy"), lambda a: a.name),
                Column(self.tr("Reaction"), lambda a: a.reaction),
            ],
            Words(
                self.tr("&Add an allergy\u2026"),
                self.tr("Add an allergy"),
                self.tr("Edit the selected allergy"),
                self.tr("Remove the selected allergy"),
                self.tr("Allergies"),
                self.tr("No allergies listed."),
            ),
            lambda: plan.list_allergies(db()),
            lambda a: self._record(
                self.tr("Allergy"),
                [("name", self.tr("&Allergy"), 120), ("reaction", self.tr("&Reaction"), 500)],
                {"name": a.name, "reaction": a.reaction} if a else {},
                lambda **v: plan.save_allergy(db(), a.id if a else None, **v),
            ),
            lambda a: self.context.write(Area.PLAN, plan.delete_allergy, db(), a.id),
            lambda gone: self.context.write(Area.PLAN, plan.restore_allergy, db(), gone),
            lambda a: a.name,
            forget_on=self.context.dataReset,
        )
        layout.addWidget(heading(self.tr("Medicines"), level=3))
        layout.addWidget(self.medications, 1)
        layout.addWidget(heading(self.tr("Allergies"), level=3))
        layout.addWidget(self.allergies, 1)
        return tab

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        for records in (self.people, self.appointments, self.medications, self.allergies):
            records.refresh()
        self._loading = True
        after = plan.get_aftercare(self.context.db)
        self.next_step.setCurrentIndex(max(0, self.next_step.findData(after.next_step)))
        self.first_week.setPlainText(after.first_week)
        self.warning_signs.setPlainText(after.warning_signs)
        self.coping_steps.setPlainText(after.coping_steps)
        self._loading = False
        self.aftercare_autosave.loaded(after != AftercarePlan())

    def _on_data_changed(self, area: Area) -> None:
        if area in (Area.HELPERS, Area.CHECKLIST):
            self.people.refresh()

    def _next_text(self, appointment: Appointment) -> str:
        start = plan.next_start(appointment, self.context.now())
        if start is None:
            return self.tr("Past: %1").replace("%1", format_datetime(appointment.starts_at))
        return format_datetime(start)

    def _next_key(self, appointment: Appointment) -> str:
        start = plan.next_start(appointment, self.context.now())
        return ("0" if start else "1") + (start or appointment.starts_at).isoformat()

    # --- editing -------------------------------------------------------------------------------

    def _edit_contact(self, contact: Person | None) -> bool:
        db = self.context.db
        dialog = ContactDialog(
            lambda **v: people.save_person(db, contact.id if contact else None, **v), contact, self
        )
        saved = bool(dialog.exec())
        if saved:
            self.context.changed(Area.HELPERS)
        return saved

    def _edit_appointment(self, appointment: Appointment | None) -> bool:
        db = self.context.db
        dialog = AppointmentDialog(
            lambda **v: plan.save_appointment(db, appointment.id if appointment else None, **v),
            people.list_people(db),
            self.context.now(),
            appointment,
            self,
        )
        return run_dialog(dialog, lambda: self.context.changed(Area.PLAN))

    def _record(
        self,
        title: str,
        fields: list[tuple[str, str, int]],
        values: dict[str, str],
        save: Callable[..., object],
    ) -> bool:
        dialog = RecordDialog(title, fields, values, save, self)
        return run_dialog(dialog, lambda: self.context.changed(Area.PLAN))

    def _aftercare_edited(self) -> None:
        if not self._loading:
            self.aftercare_autosave.edited()

    def _save_aftercare(self) -> bool:
        """Store the plan for after detox as it is on screen (the autosave calls this)."""
        wanted = AftercarePlan(
            self.next_step.currentData(),
            self.first_week.toPlainText(),
            self.warning_signs.toPlainText(),
            self.coping_steps.toPlainText(),
        )
        self.context.write(Area.PLAN, plan.save_aftercare, self.context.db, wanted)
        return True

    def flush(self) -> bool:
        """Save the aftercare and overdose plans now if they wait to be saved; True when
        nothing is unsaved."""
        overdose_saved = self._overdose is None or self._overdose.flush()
        shared_saved = self.shared_plan is None or self.shared_plan.flush()
        return self.aftercare_autosave.flush() and overdose_saved and shared_saved

    def leave_ok(self) -> bool:
        """Save what was typed; if it cannot be saved, ask before leaving it behind."""
        if self.flush():
            return True
        if not self.aftercare_autosave.flush() and not leave_anyway(
            self, self.tr("your aftercare plan"), self.aftercare_autosave.problem
        ):
            return False
        self.aftercare_autosave.forget()
        if self._overdose is None:
            return True
        if not self.overdose.flush() and not leave_anyway(
            self, self.tr("your overdose plan"), self.overdose.unsaved_words()
        ):
            return False
        self.overdose.autosave.forget()
        return True

    # --- exports -------------------------------------------------------------------------------

    def packet_file_name(self) -> str:
        discreet = self.context.setting("discreet_mode")
        return self.tr("notes.pdf") if discreet else self.tr("plan-packet.pdf")

    def export_ics(self) -> None:
        if not plain_file_ok(self, self.context):
            return
        db = self.context.db
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export appointments"),
            self.tr("appointments.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not name:
            return
        stamp = self.context.storage.clock.now()
        # Who the appointment is with, in a calendar event's description.
        with_words = self.tr("With: %1")
        written = attempt(
            self,
            lambda: operations.export_appointments_ics(
                db, Path(name), stamp, with_words=with_words
            ),
        )
        if written is not None:
            left_out = written[1]
            done = self.tr("Appointments saved to %1.").replace("%1", name)
            if left_out:
                done += " " + self.tr(
                    "%n saved appointment(s) left out: the date is before 1900 or after 2199.",
                    "",
                    left_out,
                )
            dialogs.inform(
                self,
                self.tr("Exported"),
                done,
                self.tr("A calendar program can import this file."),
            )

    def save_packet(self) -> None:
        from companion.ui.plan_packet import write_packet_pdf

        if not plain_file_ok(self, self.context):
            return
        self.flush()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save plan packet"), self.packet_file_name(), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        pages = attempt(
            self, lambda: write_packet_pdf(self.context.db, Path(name), self.context.now())
        )
        if pages is not None:
            dialogs.inform(
                self,
                self.tr("Saved"),
                self.tr("The plan packet (%n page(s)) was saved to %1.", "", pages).replace(
                    "%1", name
                ),
            )

    def print_packet(self) -> None:
        from companion.ui.plan_packet import packet_pages
        from companion.ui.printing import print_document

        self.flush()
        print_document(self, lambda ppi: packet_pages(self.context.db, self.context.now(), ppi))
