"""Printing, and saving a question sheet as a PDF: one way for every page that offers them.

`print_document` asks for a printer and prints the pages `make_pages` draws (PNG pictures
of the very PDF the app saves, from companion.core.pdf_pages; built only once a printer
was chosen); where the platform has no printing support it says so and offers the PDF
instead. `save_questions_pdf` asks where to save a question sheet and writes the PDF
`make_pdf` makes through the one private writer (owner-only, whole or not at all),
saying where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.ui.widgets.dialogs import inform
from companion.ui.writes import attempt


def print_document(parent: QWidget, make_pages: Callable[[int], list[bytes]]) -> None:
    """Ask for a printer, then print the pages `make_pages(ppi)` draws as PNG pictures."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:
        inform(
            parent,
            QCoreApplication.translate("Printing", "Print"),
            QCoreApplication.translate(
                "Printing", "Printing is not available; save as PDF instead."
            ),
        )
        return
    printer = QPrinter()
    if QPrintDialog(printer, parent).exec():
        paint_pages(printer, make_pages(printer.resolution()))


def paint_pages(printer: QPagedPaintDevice, pages: list[bytes]) -> int:
    """Paint each page picture on a page of `printer`, filling the paper whole (the pictures
    carry their own margins); the number of pages painted."""
    from PySide6.QtGui import QImage, QPainter

    full_page = getattr(printer, "setFullPage", None)
    if full_page is not None:
        full_page(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    for data in pages:
        image = QImage.fromData(data)
        if image.isNull():
            continue
        if painted and not printer.newPage():
            break
        target = painter.viewport()
        size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(target.topLeft(), size), image)
        painted += 1
    painter.end()
    return painted


def save_questions_pdf(
    parent: QWidget, make_pdf: Callable[[], bytes], file_name: str
) -> Path | None:
    """Ask where to save a question sheet, save the PDF `make_pdf` makes, and say where;
    the path, or None when nothing was saved."""
    from companion.core import pdf

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
        pdf.save(path, make_pdf())
        return True

    if not attempt(parent, write):
        return None
    inform(
        parent,
        QCoreApplication.translate("Printing", "Saved"),
        QCoreApplication.translate("Printing", "Questions saved to %1.").replace("%1", name),
        QCoreApplication.translate("Printing", "Print it or take it with you to the appointment."),
    )
    return path
