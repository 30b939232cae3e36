"""The person's name, given once: Settings saves it as it is typed (held to its limit),
the care-team summary starts with it (a change there is for that summary alone), and
the plan packet puts the person's own tasks under it."""

from __future__ import annotations

import subprocess

from PySide6.QtWidgets import QFileDialog

from companion.core import checklist, content
from companion.core.settings import NAME_LIMIT
from companion.ui.pages import journal as journal_module
from companion.ui.plan_packet import write_packet_pdf
from companion.ui.widgets.limits import limit_of
from tests.ui.test_plan_packet_pdf import NOW


def test_settings_saves_the_name_as_it_is_typed(window, qtbot):
    window.show_section("settings")
    page = window.settings_page
    field = page.person_name
    assert field.accessibleName() and field.text() == ""
    field.setFocus()
    qtbot.keyClicks(field, "  Alex ")
    assert window.context.setting("person_name") == "Alex"
    assert field.text() == "  Alex "  # what was typed stays as typed
    field.setText("")
    assert window.context.setting("person_name") == ""


def test_too_much_typing_is_held_at_the_limit_and_said(window, qtbot):
    window.show_section("settings")
    field = window.settings_page.person_name
    field.setText("n" * (NAME_LIMIT + 20))
    assert len(field.text()) == NAME_LIMIT
    assert window.context.setting("person_name") == "n" * NAME_LIMIT
    limit = limit_of(field)
    assert limit is not None and not limit.note.isHidden()
    assert f"{NAME_LIMIT} of {NAME_LIMIT}" in limit.note.text()


def test_settings_shows_a_name_given_elsewhere(window):
    window.context.set_setting("person_name", "Rosa")
    assert window.settings_page.person_name.text() == "Rosa"


def test_the_summary_starts_with_the_name_and_keeps_a_change_to_itself(
    window, tmp_path, monkeypatch
):
    window.context.set_setting("person_name", "Alex")
    seen = []

    def answer(dialog) -> int:
        seen.append(dialog.name.text())
        dialog.name.setText("Alejandro")
        return 1

    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(journal_module.SummaryDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(journal_module.dialogs, "inform", lambda *a, **k: None)
    window.show_section("journal")
    window.journal.pdf_button.click()
    assert seen == ["Alex"]
    assert window.context.setting("person_name") == "Alex"  # not written back
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Alejandro" in text


def test_the_packet_puts_the_persons_tasks_under_the_stored_name(context, tmp_path):
    checklist.ensure_template(context.db, content.load_checklist_template())
    checklist.save_item(context.db, None, category="home", title="Water the plants")
    context.set_setting("person_name", "Alex")
    target = tmp_path / "packet.pdf"
    write_packet_pdf(context.db, target, NOW)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    words = " ".join(text.split())
    assert "Open tasks, by person Alex Task" in words and "Water the plants" in words
    assert "You Task" not in words
