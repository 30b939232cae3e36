"""The questions to ask a detox program, shown as the sheet that prints: each question with
space for its answer, to print or to save as a PDF through the one private writer."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.core.program_questions import ProgramQuestions, load_program_questions
from companion.ui.printing import print_document, save_questions_pdf
from companion.ui.question_sheets import Sheet, program_questions_sheet
from companion.ui.widgets.fit import follow_height_for_width
from companion.ui.widgets.text import paragraph


class ProgramQuestionsDialog(QDialog):
    """Read the questions before a call; print them or save them to write the answers on.
    In discreet mode the PDF gets a neutral file name and title."""

    def __init__(
        self,
        discreet: bool = False,
        sheet: ProgramQuestions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.discreet = discreet
        self.sheet = sheet if sheet is not None else load_program_questions()
        self.setWindowTitle(self.tr("Questions to ask a program"))
        metrics = self.fontMetrics()  # roomier with larger text
        self.resize(max(640, metrics.averageCharWidth() * 72), max(560, metrics.height() * 26))
        layout = QVBoxLayout(self)
        follow_height_for_width(self)  # the first paragraph wraps: taller when narrower
        layout.addWidget(
            paragraph(
                self.tr(
                    "Have these ready when you call a detox program, so nothing important is "
                    "forgotten. Print them or save them, and write the answers as you go."
                ),
                muted=True,
            )
        )
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Questions for the program"))
        self.view.setHtml(self.preview())
        layout.addWidget(self.view, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = QPushButton(self.tr("Save as &PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Save the questions as a PDF"))
        self.print_button = QPushButton(self.tr("P&rint\u2026"))
        self.print_button.setAccessibleName(self.tr("Print the questions"))
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.buttons.addButton(self.pdf_button, role)
        self.buttons.addButton(self.print_button, role)
        self.buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_questions)
        layout.addWidget(self.buttons)
        self.pdf_button.setFocus()

    def preview(self) -> str:
        """The questions as the dialog shows them (the sheet itself is the PDF)."""
        sheet = self.sheet
        items = "".join(f"<li>{html.escape(q)}</li>" for q in sheet.questions)
        return (
            f"<h2>{html.escape(sheet.title)}</h2><p><i>{html.escape(sheet.note)}</i></p>"
            f"<ol>{items}</ol>"
        )

    def made(self) -> Sheet:
        """The sheet to save or print: neutral words and title in discreet mode."""
        return program_questions_sheet(self.sheet, discreet=self.discreet)

    def file_name(self) -> str:
        """A neutral name in discreet mode; a plain one otherwise."""
        if self.discreet:
            return self.tr("notes.pdf")
        return self.tr("questions-for-the-program.pdf")

    def save_pdf(self) -> None:
        save_questions_pdf(self, lambda: self.made().pdf(), self.file_name())

    def print_questions(self) -> None:
        print_document(self, lambda ppi: self.made().pages(ppi))
