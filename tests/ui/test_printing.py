"""One way to print and to save a question sheet: without printing support the page says
so and builds nothing; printing paints the very pages of the PDF, one printer page each;
a saved sheet is an owner-only PDF and the page says where."""

from __future__ import annotations

import builtins

from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.ui import printing
from companion.ui.printing import paint_pages, print_document, save_questions_pdf
from companion.ui.question_sheets import questions_sheet


def test_without_printing_support_it_says_so_and_builds_nothing(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    real_import = builtins.__import__

    def no_print_support(name, *args, **kwargs):
        if name == "PySide6.QtPrintSupport":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    said: list[str] = []
    monkeypatch.setattr(builtins, "__import__", no_print_support)
    monkeypatch.setattr(printing, "inform", lambda _p, _t, text, *a: said.append(text))
    built: list[int] = []
    print_document(parent, lambda ppi: built.append(ppi) or [])
    assert said == ["Printing is not available; save as PDF instead."]
    assert built == []


def test_printing_paints_each_page_of_the_sheet(qtbot, tmp_path):
    many = [(f"Question number {n} about the stay?", False) for n in range(60)]
    sheet = questions_sheet(many, discreet=False)
    pictures = sheet.pages(72)
    assert len(pictures) >= 2 and all(p.startswith(b"\x89PNG") for p in pictures)
    target = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(target))
    assert paint_pages(writer, pictures) == len(pictures)
    del writer
    assert len(PdfReader(str(target)).pages) == len(pictures)


def test_a_saved_sheet_is_an_owner_only_pdf(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(printing, "inform", lambda _p, _t, text, *a: said.append(text))
    sheet = questions_sheet([("Is there a bed?", False)], discreet=False)
    assert save_questions_pdf(parent, sheet.pdf, "questions.pdf") == target
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Is there a bed?" in PdfReader(str(target)).pages[0].extract_text()
    assert said == [f"Questions saved to {target}."]


def test_cancelling_the_save_writes_nothing(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    made: list[bool] = []
    assert save_questions_pdf(parent, lambda: made.append(True) or b"", "questions.pdf") is None
    assert list(tmp_path.iterdir()) == [] and made == []
