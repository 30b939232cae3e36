"""Questions for my care team: add, edit, tick off, remove with undo, save as PDF, print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from companion.core import learn
from companion.core.changes import Area
from companion.core.learn import CareQuestion
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column
from companion.ui.printing import print_document, save_questions_pdf
from companion.ui.widgets.fit import keep_wrapped_lines
from companion.ui.widgets.form_dialog import FormDialog, run_dialog
from companion.ui.widgets.record_list import RecordList, Words
from companion.ui.widgets.text import heading, paragraph
from companion.ui.writes import attempt

if TYPE_CHECKING:
    from companion.ui.question_sheets import Sheet

SHORT = 60  # how much of a question the undo bar repeats


def shortened(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "\u2026"


class QuestionDialog(FormDialog):
    """Write a question, or pick one of the suggestions and change it as you like."""

    def __init__(
        self,
        save: Callable[[str], object],
        suggestions: tuple[str, ...] = (),
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Question for my care team"),
            parent,
            self.tr("Write it down now, so you remember to ask it at your appointment."),
        )
        self._save = save
        self.text = QComboBox()
        self.text.setEditable(True)
        self.text.addItems(list(suggestions))
        self.text.setCurrentText(text)
        self.text.setAccessibleName(self.tr("Question"))
        self.text.setMinimumContentsLength(40)
        line = self.text.lineEdit()
        if line is not None:
            line.setMaxLength(learn.MAX_QUESTION)
            line.setPlaceholderText(self.tr("Type a question, or pick a suggestion"))
            line.setAccessibleName(self.text.accessibleName())  # where a screen reader lands
        self.form.addRow(self.tr("&Question"), self.text)

    def save(self) -> None:
        self._save(self.text.currentText())


class QuestionsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._section = ""  # the Learn section a new question is asked from
        layout = QVBoxLayout(self)
        layout.addWidget(
            keep_wrapped_lines(heading(self.tr("Questions for my care team"), level=2))
        )
        layout.addWidget(
            keep_wrapped_lines(
                paragraph(
                    self.tr(
                        "Write down what you want to ask, so nothing is forgotten at the "
                        "appointment. Tick a question off when it is answered."
                    ),
                    muted=True,
                )
            )
        )
        db: Callable[[], Database] = lambda: self.context.db  # noqa: E731 - the database can be replaced (delete all)
        self.list = RecordList[CareQuestion](
            [Column(self.tr("Question"), lambda q: q.text, check=lambda q: q.done)],
            Words(
                self.tr("&Add\u2026"),
                self.tr("Add a question"),
                self.tr("Edit the selected question"),
                self.tr("Remove the selected question"),
                self.tr("Questions for my care team"),
                self.tr("No questions yet. Each Learn section suggests a few to start with."),
            ),
            lambda: learn.list_questions(db()),
            self._edit,
            lambda q: self.context.write(Area.QUESTIONS, learn.delete_question, db(), q.id),
            lambda gone: self.context.write(Area.QUESTIONS, learn.restore_question, db(), gone),
            lambda q: "\u201c%1\u201d".replace("%1", shortened(q.text)),
            as_list=True,
            forget_on=context.dataReset,
        )
        layout.addWidget(self.list, 1)
        self.pdf_button = QPushButton(self.tr("Save as &PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Save the questions as a PDF"))
        self.print_button = QPushButton(self.tr("P&rint\u2026"))
        self.print_button.setAccessibleName(self.tr("Print the questions"))
        out = QHBoxLayout()
        out.addWidget(self.pdf_button)
        out.addWidget(self.print_button)
        out.addStretch(1)
        layout.addLayout(out)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_questions)
        self.list.model.checkToggled.connect(self._toggle)
        self.refresh()

    def refresh(self) -> None:
        self.list.refresh()

    def add_question(self, section: str = "") -> None:
        """Ask a new question, offering the suggestions of `section` (or of every section)."""
        self._section = section
        try:
            self.list.add()
        finally:
            self._section = ""

    def _edit(self, question: CareQuestion | None) -> bool:
        db = self.context.db
        if question is not None:
            dialog = QuestionDialog(
                lambda text: learn.save_question(db, question.id, text=text),
                (),
                question.text,
                self,
            )
        else:
            section = self._section
            found = learn.find_section(section) if section else None
            suggestions = (
                found.questions
                if found
                else tuple(q for s in learn.load_sections() for q in s.questions)
            )
            dialog = QuestionDialog(
                lambda text: learn.save_question(db, None, text=text, section=section),
                suggestions,
                parent=self,
            )
        return run_dialog(dialog, lambda: self.context.changed(Area.QUESTIONS))

    def _toggle(self, question: CareQuestion, done: bool) -> None:
        db, today = self.context.db, self.context.today()
        attempt(
            self,
            lambda: self.context.write(
                Area.QUESTIONS, learn.set_question_done, db, question.id, done, today
            ),
        )
        self.list.refresh()

    def sheet(self) -> Sheet:
        """The questions as a sheet to save or print (neutral words in discreet mode)."""
        from companion.ui.question_sheets import questions_sheet

        return questions_sheet(
            [(q.text, q.done) for q in self.list.rows()],
            discreet=bool(self.context.setting("discreet_mode")),
            today=self.context.today(),
        )

    def save_pdf(self) -> None:
        save_questions_pdf(self, lambda: self.sheet().pdf(), self.tr("questions.pdf"))

    def print_questions(self) -> None:
        print_document(self, lambda ppi: self.sheet().pages(ppi))
