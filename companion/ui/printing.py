"""Printing, and saving a question sheet as a PDF: one way for every page that offers them.

`print_document` asks for a printer and prints what `make_document` builds (only once a
printer was chosen); where the platform has no printing support it says so and offers
the PDF instead. `save_questions_pdf` asks where to save a question sheet and writes it
through the one private writer (owner-only, whole or not at all), saying where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.ui.writes import attempt


def print_document(parent: QWidget, make_document: Callable[[], QTextDocument]) -> None:
    """Ask for a printer, then print the document `make_document` builds."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Printing", "Print"),
            QCoreApplication.translate(
                "Printing", "Printing is not available; save as PDF instead."
            ),
        )
        return
    printer = QPrinter()
    if QPrintDialog(printer, parent).exec():
        make_document().print_(printer)


def save_questions_pdf(
    parent: QWidget, document: QTextDocument, file_name: str, title: str
) -> Path | None:
    """Ask where to save a question sheet, save it as a PDF, and say where; the path, or
    None when nothing was saved."""
    from companion.ui.report import write_document_pdf

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save questions"),
        file_name,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)

    def write() -> bool:
        write_document_pdf(document, path, title)
        return True

    if not attempt(parent, write):
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Printing", "Saved"),
        QCoreApplication.translate("Printing", "Questions saved to %1.").replace("%1", name),
    )
    return path
