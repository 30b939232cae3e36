"""One way to print and to save a question sheet: without printing support the page says
so and builds nothing; a saved sheet is an owner-only PDF and the page says where."""

from __future__ import annotations

import builtins

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.ui.printing import print_document, save_questions_pdf


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
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    built: list[bool] = []
    print_document(parent, lambda: built.append(True) or QTextDocument())
    assert said == ["Printing is not available; save as PDF instead."]
    assert built == []


def test_a_saved_sheet_is_an_owner_only_pdf(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    document = QTextDocument()
    document.setHtml("<h1>Questions</h1><p>Is there a bed?</p>")
    assert save_questions_pdf(parent, document, "questions.pdf", "Questions") == target
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert said == [f"Questions saved to {target}."]


def test_cancelling_the_save_writes_nothing(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert save_questions_pdf(parent, QTextDocument(), "questions.pdf", "Questions") is None
    assert list(tmp_path.iterdir()) == []
