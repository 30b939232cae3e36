"""Data kept from before dates had their range (an appointment on 31 Dec 9999, written
here with raw SQL, as an older version or a hand-edited file could leave it): the window
still opens and shows every page, says once that such appointments are left out, and the
plan packet, the calendar file and the command-line PDFs leave them out and say so.
Refusals of out-of-range dates and of text that cannot be saved read plainly."""

from __future__ import annotations

from datetime import datetime

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMainWindow, QTabWidget

from companion import cli
from companion.core import plan
from companion.core.validate import InvalidInputError
from companion.ui import app as app_module
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.errors import describe_invalid_input
from companion.ui.main_window import MainWindow
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import told_into

FAR = ("9999-12-31T23:30", "0001-01-01T00:00")
LEFT_OUT = "2 appointments not shown: their dates are outside 1900\u20132199."


def _store_far_values(db) -> None:
    for start in FAR:
        db.execute(
            "INSERT INTO appointments (kind, title, starts_at, minutes, weekly) "
            "VALUES ('other', 'At the edge of time', ?, 60, 1)",
            [start],
        )
    db.execute("UPDATE checklist_items SET due = '9999-12-31'")
    db.execute("INSERT INTO intake_plan (id, date, place) VALUES (1, '9999-12-31', '')")
    db.execute(
        "INSERT INTO facility_calls (facility, called_at, outcome, callback_at) "
        "VALUES ('Clinic', ?, 'call-back', ?)",
        [FAR[0], FAR[0]],
    )
    db.execute("INSERT INTO timeline_plan (id, kind, last_use) VALUES (1, 'short', ?)", [FAR[0]])
    db.execute("INSERT INTO journal_entries (day, mood) VALUES ('9999-12-31', 3)")
    db.execute("INSERT INTO journal_entries (day, mood) VALUES ('0001-01-01', 2)")
    db.execute(
        "INSERT INTO exercise_sessions (exercise, started_at, seconds) VALUES ('box', ?, 60)",
        [FAR[0]],
    )
    db.conn.commit()


@pytest.fixture
def far_data(context):
    context.ready_checklist()
    plan.save_appointment(
        context.db,
        None,
        kind="therapy",
        title="Therapy",
        starts_at=datetime(2026, 1, 5, 10, 0),
        weekly=True,  # still to come whatever the real clock says (the commands read it)
    )
    _store_far_values(context.db)
    return context


def test_the_window_opens_every_page_and_says_once_what_is_left_out(
    far_data, qtbot, data_dir, monkeypatch
):
    said: list[str] = []
    real = QMainWindow.statusBar

    class Recording:
        def __init__(self, bar):
            self.bar = bar

        def showMessage(self, text, *args):
            said.append(text)
            self.bar.showMessage(text, *args)

        def __getattr__(self, name):
            return getattr(self.bar, name)

    monkeypatch.setattr(QMainWindow, "statusBar", lambda self: Recording(real(self)))
    window = MainWindow(far_data, window_state_for(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in window.keys:
        window.show_section(key)
        for tabs in window.page(key).findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
    assert said.count(LEFT_OUT) == 1, said
    assert "Therapy" in window.today.appointment_text.text()
    assert [a.title for a in plan.list_appointments(far_data.db)] == ["Therapy"]


def test_the_app_starts_on_such_data(far_data, data_dir, qapp):
    far_data.storage.close()
    assert app_module.run_app(data_dir=str(data_dir), quit_after_ms=100) == 0


def test_the_calendar_file_leaves_them_out_and_says_so(far_data, window, tmp_path, monkeypatch):
    target = tmp_path / "appointments.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(dialogs, "run", told_into(told))
    window.show_section("plan")
    window.plan.export_ics()
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Therapy"]
    assert "2 saved appointments left out: the date is before 1900 or after 2199." in told[0]


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_the_pdf_commands_work_and_the_packet_says_what_is_left_out(
    far_data, data_dir, tmp_path, capsys
):
    far_data.storage.close()
    packet, summary = tmp_path / "packet.pdf", tmp_path / "summary.pdf"
    assert cli.main(["--data-dir", str(data_dir), "plan-pdf", "--output", str(packet)]) == 0
    text = _pdf_text(packet)
    assert "Therapy" in text
    assert "2 saved appointments left out: the date is before 1900 or after 2199." in text
    assert "At the edge of time" not in text
    code = cli.main(
        [
            "--data-dir", str(data_dir), "journal-pdf",
            "--from", "1900-01-01", "--to", "2199-12-31", "--output", str(summary),
        ]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert summary.stat().st_size > 0


@pytest.mark.parametrize(
    ("field", "reason", "english", "spanish"),
    [
        ("start", "date-range", "The start time must be a date from the year 1900 to 2199.",
         "El campo de inicio debe tener una fecha entre los años 1900 y 2199."),
        ("notes", "bad-text",
         "There is a character in the notes that cannot be saved. Please type it again.",
         "Hay un carácter en el campo de notas que no se puede guardar."),
        ("category", "bad-text", "Something typed has a character that cannot be saved.",
         "Lo que escribió tiene un carácter que no se puede guardar."),
    ],
)  # fmt: skip
def test_refusals_read_plainly_in_english_and_spanish(
    field, reason, english, spanish, spanish_translations
):
    error = InvalidInputError(field, reason, "for scripts")
    assert english in describe_invalid_input(error)
    assert i18n.use_language("es")
    assert spanish in describe_invalid_input(error)


def test_the_appointment_dialog_holds_to_the_same_range(context, qtbot):
    from companion.core.validate import FIRST_DAY, LAST_DAY
    from companion.ui.widgets.plan_dialogs import AppointmentDialog

    dialog = AppointmentDialog(
        lambda **v: plan.save_appointment(context.db, None, **v), [], datetime(2026, 1, 1, 9, 0)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("At the end of time")
    dialog.start.date.line.setText("9999-12-31")
    dialog.start.time.setEditText("23:59")
    dialog.accept()
    assert dialog.result() == 0 and plan.list_appointments(context.db) == []
    assert "Starts" in dialog.error.text()
    # the range its calendar offers (open_calendar gives the popup these days, no others)
    assert (dialog.start.date.first, dialog.start.date.last) == (FIRST_DAY, LAST_DAY)
    assert (dialog.until.first, dialog.until.last) == (FIRST_DAY, LAST_DAY)
    dialog.start.date.line.setText("2199-12-31")
    dialog.accept()
    [saved] = plan.list_appointments(context.db)
    assert saved.starts_at == datetime(2199, 12, 31, 23, 59)


def test_an_own_number_with_a_character_that_cannot_be_saved_is_refused_plainly(context):
    from companion.core import contacts
    from companion.core.validate import InvalidInputError
    from companion.ui.errors import explain

    with pytest.raises(InvalidInputError) as refused:
        contacts.save_own_number(context.db, None, name="Sam\ud800", number="555 0101")
    assert explain(refused.value) == (
        "There is a character in the name that cannot be saved. Please type it again."
    )
    assert contacts.list_own_numbers(context.db) == []
