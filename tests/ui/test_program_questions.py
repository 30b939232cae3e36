"""The questions to ask a program, from Prepare > Calls to programs: the dialog opens from
the tab, shows every question, saves an owner-only PDF through the private writer, uses a
neutral file name in discreet mode, and speaks Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion.core import content
from companion.core.program_questions import load_program_questions
from companion.ui import i18n
from companion.ui.widgets.program_questions_dialog import ProgramQuestionsDialog
from tests.file_modes import at_the_flush, modes
from tests.ui.test_private_exports import _umask


def _opened(window, qtbot, monkeypatch) -> ProgramQuestionsDialog:
    shown: list[ProgramQuestionsDialog] = []
    monkeypatch.setattr(ProgramQuestionsDialog, "exec", lambda self: shown.append(self) or 0)
    window.open_prepare("calls")
    tab = window.prepare.calls_tab
    assert window.prepare.tabs.currentWidget() is tab
    qtbot.mouseClick(tab.questions_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    return shown[0]


def test_the_dialog_opens_from_the_calls_tab_with_every_question(window, qtbot, monkeypatch):
    dialog = _opened(window, qtbot, monkeypatch)
    assert dialog.windowTitle() == "Questions to ask a program"
    shown = dialog.view.toPlainText()
    for question in load_program_questions().questions:
        assert question in shown
    assert dialog.pdf_button.accessibleName() and dialog.print_button.accessibleName()


@pytest.mark.parametrize("umask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_saving_the_questions_writes_an_owner_only_pdf(qtbot, tmp_path, monkeypatch, umask):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "questions.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ProgramQuestionsDialog()
    qtbot.addWidget(dialog)
    with _umask(umask), at_the_flush(monkeypatch, out) as seen:
        dialog.save_pdf()
    assert len(seen) == 1, seen  # written once, through the private writer
    assert set(seen[0].values()) == {0o600}, seen
    assert modes(out) == {"questions.pdf": 0o600}
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("discreet", "name"), [(True, "notes.pdf"), (False, "questions")])
def test_the_file_name_is_neutral_in_discreet_mode(
    window, qtbot, monkeypatch, context, discreet, name
):
    context.set_setting("discreet_mode", discreet)
    offered: list[str] = []

    def choose(_parent, _title, suggested, _filter) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = _opened(window, qtbot, monkeypatch)
    dialog.save_pdf()
    assert offered and offered[0].startswith(name)
    assert ("program" in offered[0]) is not discreet


def test_the_dialog_speaks_spanish(spanish_translations, qtbot):
    assert i18n.use_language("es")
    try:
        dialog = ProgramQuestionsDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Preguntas para hacer a un programa"
        assert "¿" in dialog.view.toPlainText()
        assert "Guardar" in dialog.pdf_button.text()
    finally:
        content.set_language("en")


def test_the_printed_sheet_has_room_for_each_answer(qtbot, tmp_path):
    import itertools
    import re
    import subprocess

    from companion.ui.question_sheets import program_questions_sheet

    sheet = load_program_questions()
    made = program_questions_sheet(sheet, discreet=False)
    (tmp_path / "sheet.pdf").write_bytes(made.pdf())
    layout = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "sheet.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    flat = " ".join(layout.split())
    for n, question in enumerate(sheet.questions, start=1):
        assert f"{n}. {question}" in flat
    lines = [line.strip() for line in layout.splitlines()]
    starts = [i for i, line in enumerate(lines) if re.match(r"\d+\. ", line)]
    assert len(starts) == len(sheet.questions)
    for here, after in itertools.pairwise(starts):
        assert sum(1 for line in lines[here:after] if not line) >= 3  # room to write
