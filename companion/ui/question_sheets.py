"""The question sheets, on the same engine and look as every PDF (resources/pdf/questions.typ):
the person's questions for their care team (open ones first, each with a box to tick),
and the questions to ask a program, each with room for the answer.

Each sheet is plain data plus the translated words; `Sheet` makes it as a PDF (to save)
or as page pictures (to print). In discreet mode the words say nothing of detox.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from companion.core import content, pdf, pdf_pages
from companion.core.discreet import neutral_data
from companion.core.program_questions import ProgramQuestions
from companion.ui.names import format_date

TEMPLATE = "questions"


@dataclass(frozen=True)
class Sheet:
    """A question sheet ready to make: its data and the PDF's title."""

    data: Mapping[str, object]
    title: str

    def pdf(self) -> bytes:
        return pdf.render(TEMPLATE, self.data, language=content.language(), title=self.title)

    def pages(self, ppi: int) -> list[bytes]:
        return pdf_pages.render_pages(
            TEMPLATE, self.data, language=content.language(), title=self.title, ppi=ppi
        )


def _footer(today: date | None) -> dict[str, str]:
    made = (
        QCoreApplication.translate("QuestionSheets", "Made on %1").replace("%1", format_date(today))
        if today is not None
        else ""
    )
    return {
        "made": made,
        "page_of": QCoreApplication.translate("QuestionSheets", "Page %1 of %2"),
    }


def questions_data(
    questions: list[tuple[str, bool]], today: date | None = None
) -> dict[str, object]:
    """The person's questions for their care team, open ones first."""
    ordered = [q for q in questions if not q[1]] + [q for q in questions if q[1]]
    return {
        "kind": "list",
        "heading": QCoreApplication.translate("QuestionSheets", "Questions for my care team"),
        "empty": QCoreApplication.translate("QuestionSheets", "No questions written yet."),
        "questions": [{"text": text, "done": done} for text, done in ordered],
        **_footer(today),
    }


def questions_sheet(
    questions: list[tuple[str, bool]], *, discreet: bool, today: date | None = None
) -> Sheet:
    data = questions_data(questions, today)
    title = QCoreApplication.translate("QuestionSheets", "Questions")
    return Sheet(neutral_data(data) if discreet else data, title)


def program_questions_data(sheet: ProgramQuestions) -> dict[str, object]:
    """The questions to ask a program, each with room for its answer, and lines at the top
    for the program's name and the date of the call."""
    return {
        "kind": "answers",
        "heading": sheet.title,
        "note": sheet.note,
        "blanks": [sheet.program_label, sheet.date_label],
        "questions": list(sheet.questions),
        **_footer(None),
    }


def program_questions_sheet(sheet: ProgramQuestions, *, discreet: bool) -> Sheet:
    data = program_questions_data(sheet)
    if discreet:
        return Sheet(neutral_data(data), QCoreApplication.translate("QuestionSheets", "Notes"))
    return Sheet(data, sheet.title)
