"""Plan: contacts shared with Prepare, My people in Get help now, appointments with the
next one on Today, the calendar file, after-detox plan, medicines, and the plan packet."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from companion import cli
from companion.core import checklist, content, learn, people, plan
from companion.ui.widgets import dialogs
from companion.ui.widgets.plan_dialogs import AppointmentDialog, ContactDialog, RecordDialog

NOW = datetime(2026, 1, 1, 9, 0)


@pytest.fixture
def page(window):
    window.show_section("plan")
    return window.plan


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _fill(monkeypatch, dialog_class, fill):
    def exec_(dialog):
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(dialog_class, "exec", exec_)


def _show_tab_of(page, widget) -> None:
    """Show the Plan tab holding `widget`, wherever that tab is."""
    tabs = page.tabs
    tabs.setCurrentIndex(
        next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget))
    )


def test_add_a_contact_who_then_helps_in_prepare_and_get_help_now(
    window, page, context, monkeypatch
):
    def fill(dialog: ContactDialog):
        dialog.name.setText("Dr Patel")
        dialog.role.setCurrentIndex(dialog.role.findData("care-team"))
        dialog.phone.setText("020 7946 0123")
        dialog.in_help.setChecked(True)

    _fill(monkeypatch, ContactDialog, fill)
    page.people.add()
    saved = plan.list_people(context.db)
    assert [(c.name, c.role, c.in_help) for c in saved] == [("Dr Patel", "care-team", True)]
    assert [h.name for h in people.list_people(context.db)] == ["Dr Patel"]  # one list
    assert window.prepare.assignee.findData(saved[0].id) >= 0
    window.open_help()
    texts = " ".join(label.text() for label in window.help_panel.findChildren(QLabel))
    assert "My people" in texts and "020 7946 0123" in texts


def test_a_phone_number_with_letters_is_refused_and_nothing_saved(context, qtbot):
    dialog = ContactDialog(lambda **v: plan.save_person(context.db, None, **v))
    qtbot.addWidget(dialog)
    dialog.name.setText("Sam")
    dialog.phone.setText("call me maybe")
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    assert plan.list_people(context.db) == []


def test_removing_a_contact_sends_tasks_back_and_undo_gives_them_back(page, context, monkeypatch):
    ana = plan.save_person(context.db, None, name="Ana", phone="1")
    item = checklist.list_items(context.db)[0]
    checklist.save_item(
        context.db, item.id, title=item.title, category=item.category, assignee_id=ana.id
    )
    page.refresh()
    page.people.select(ana.id)
    monkeypatch.setattr(dialogs, "run", lambda box: pytest.fail("asked"))
    page.people.remove_selected()
    assert plan.list_people(context.db) == []
    assert checklist.get_item(context.db, item.id).assignee_id is None
    assert "Their 1 task came back to you." in page.people.undo_bar.label.text()
    page.people.undo()
    assert plan.list_people(context.db) == [ana]
    assert checklist.get_item(context.db, item.id).assignee_id == ana.id
    assert page.people.selected() == ana


def test_weekly_meeting_shows_next_on_today_and_in_the_calendar_file(
    window, page, context, tmp_path, monkeypatch
):
    def fill(dialog: AppointmentDialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("support-group"))
        dialog.title.setText("NA meeting")
        dialog.start.set_value(NOW - timedelta(days=2, hours=-10))
        dialog.place.setText("Church hall")

    _fill(monkeypatch, AppointmentDialog, fill)
    _show_tab_of(page, page.appointments)
    page.appointments.add()
    saved = plan.list_appointments(context.db)
    assert saved[0].weekly  # support groups repeat weekly by default
    assert "NA meeting" in window.today.appointment_text.text()
    assert window.today.appointment_box.isVisibleTo(window.today)
    target = tmp_path / "appointments.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.ics_button.click()
    assert target.stat().st_mode & 0o777 == 0o600
    events = [c for c in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == "NA meeting"
    assert events[0]["RRULE"]["FREQ"] == ["WEEKLY"]


def test_a_new_appointment_has_no_time_until_one_is_chosen(context, qtbot):
    saved = []
    dialog = AppointmentDialog(lambda **v: saved.append(v), [], NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.is_empty()  # not the current minute
    dialog.title.setText("Counselling")
    dialog.accept()
    assert dialog.result() == 0 and saved == []
    assert "Starts" in dialog.error.text()
    dialog.start.date.line.setText("14 Jan 2026")
    dialog.accept()
    assert saved == [] and dialog.start.time.problem.isVisibleTo(dialog)
    dialog.start.time.setEditText("16:20")  # any minute, not only the quarter hours
    dialog.weekly.setChecked(True)
    dialog.until.line.setText("31 Feb 2026")
    dialog.accept()
    assert saved == [] and "Until" in dialog.error.text()
    dialog.until.line.setText("")
    dialog.accept()
    assert saved[0]["starts_at"] == datetime(2026, 1, 14, 16, 20)
    assert saved[0]["weekly"] and saved[0]["until"] is None


def test_an_impossible_appointment_is_refused(context, qtbot):
    dialog = AppointmentDialog(lambda **v: plan.save_appointment(context.db, None, **v), [], NOW)
    qtbot.addWidget(dialog)
    dialog.title.setText("")
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    assert plan.list_appointments(context.db) == []


def test_delete_an_appointment_and_undo(page, context):
    plan.save_appointment(context.db, None, kind="therapy", title="Counselling", starts_at=NOW)
    page.refresh()
    page.appointments.select_row(0)
    page.appointments.remove_selected()
    assert plan.list_appointments(context.db) == []
    page.appointments.undo()
    assert [a.title for a in plan.list_appointments(context.db)] == ["Counselling"]


def test_after_detox_plan_saves_itself(page, context):
    _show_tab_of(page, page.first_week)
    page.next_step.setCurrentIndex(page.next_step.findData("outpatient"))
    page.first_week.setPlainText("Stay with my sister")
    assert page.aftercare_autosave.waiting
    page.flush()
    saved = plan.get_aftercare(context.db)
    assert (saved.next_step, saved.first_week) == ("outpatient", "Stay with my sister")
    assert page.aftercare_status.text() == "Saved"


def test_medicines_and_allergies(page, context, monkeypatch):
    def fill(dialog: RecordDialog):
        for key, text in {
            "name": "Sertraline",
            "purpose": "Low mood",
            "notes": "",
            "reaction": "Rash",
        }.items():
            if key in dialog.edits:
                dialog.edits[key].setText(text)

    _fill(monkeypatch, RecordDialog, fill)
    page.medications.add()
    page.allergies.add()
    assert [m.name for m in plan.list_medications(context.db)] == ["Sertraline"]
    assert [(a.name, a.reaction) for a in plan.list_allergies(context.db)] == [
        ("Sertraline", "Rash")
    ]


def test_plan_packet_has_every_part(page, context, tmp_path, monkeypatch):
    plan.save_person(context.db, None, name="Dr Patel", role="care-team", phone="0123")
    plan.save_appointment(
        context.db,
        None,
        kind="intake",
        title="Intake at Riverside",
        starts_at=NOW + timedelta(days=3),
    )
    plan.save_medication(context.db, None, name="Sertraline", purpose="Low mood")
    learn.save_question(context.db, None, text="Can my sister visit?")
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.pdf_button.click()
    assert target.stat().st_mode & 0o777 == 0o600
    text = _pdf_text(target)
    for part in (
        "Our plan", "Intake", "How ready we are", "Open tasks", "Packing list", "Contacts",
        "Dr Patel", "Appointments", "Intake at Riverside", "After detox", "Medications",
        "Sertraline", "Allergies", "Questions for the care team", "Can my sister visit?",
        "If someone may have overdosed", "Numbers to call", "911", "Page 1 of",
    ):  # fmt: skip
        assert part in text, part


def test_empty_plan_packet_says_what_is_missing(context, data_dir, tmp_path):
    output = tmp_path / "empty.pdf"
    assert cli.main(["--data-dir", str(data_dir), "plan-pdf", "--output", str(output)]) == 0
    text = _pdf_text(output)
    assert "No contacts added yet." in text
    assert "No appointments coming up." in text
    assert "None listed." in text


def test_large_plan_packet_runs_to_several_pages_and_keeps_everything(context, data_dir, tmp_path):
    checklist.ensure_template(context.db, content.load_checklist_template())
    for n in range(50):
        plan.save_person(context.db, None, name=f"Person {n:02d}", phone=f"0123 {n:04d}")
    for n in range(200):
        checklist.save_item(context.db, None, category="home", title=f"Extra task number {n:03d}")
    output = tmp_path / "large.pdf"
    assert cli.main(["--data-dir", str(data_dir), "plan-pdf", "--output", str(output)]) == 0
    reader = PdfReader(str(output))
    assert len(reader.pages) >= 5
    text = _pdf_text(output)
    assert "Person 00" in text and "Person 49" in text
    assert "Extra task number 000" in text and "Extra task number 199" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_discreet_mode_offers_a_neutral_file_name(page, context):
    assert page.packet_file_name() == "plan-packet.pdf"
    context.set_setting("discreet_mode", True)
    assert "detox" not in page.packet_file_name()


def test_no_table_row_is_split_across_pages(context, data_dir, tmp_path):
    for n in range(80):
        plan.save_person(
            context.db, None, name=f"Person {n:02d} with a name long enough to wrap", phone="0123"
        )
    output = tmp_path / "rows.pdf"
    assert cli.main(["--data-dir", str(data_dir), "plan-pdf", "--output", str(output)]) == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(output)).pages]
    assert len(pages) > 3
    for n in range(80):  # each row whole on one page: its name is not cut by a page break
        name = f"Person {n:02d} with a name long enough to wrap"
        assert any(name in page for page in pages), name


def test_command_line_packet_follows_the_system_locale_for_a_region_never_chosen(
    context, data_dir, tmp_path, monkeypatch
):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    output = tmp_path / "uk.pdf"
    assert cli.main(["--data-dir", str(data_dir), "plan-pdf", "--output", str(output)]) == 0
    text = _pdf_text(output)
    assert "999" in text and "911" not in text
