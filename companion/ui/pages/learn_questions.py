"""Questions for my care team: add, edit, tick off, delete with undo, save as PDF, print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import learn
from companion.core.changes import Area
from companion.core.learn import CareQuestion
from companion.ui.context import AppContext
from companion.ui.widgets.form_dialog import FormDialog, run_dialog
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.text import heading, paragraph
from companion.ui.widgets.undo_bar import UndoBar
from companion.ui.writes import attempt

Index = QModelIndex | QPersistentModelIndex


class QuestionsModel(QAbstractListModel):
    """The questions, each with a tick box; ticking is reported, not written here."""

    toggled = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.questions: list[CareQuestion] = []

    def set_questions(self, questions: list[CareQuestion]) -> None:
        self.beginResetModel()
        self.questions = list(questions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.questions):
            return None
        question = self.questions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return question.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if question.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return question
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        question = self.questions[index.row()]
        self.toggled.emit(question.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return False


class QuestionDialog(FormDialog):
    """Write a question, or pick one of the suggestions and change it as you like."""

    def __init__(
        self,
        save: Callable[[str], object],
        suggestions: tuple[str, ...] = (),
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Question for my care team"), parent)
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
        self.form.addRow(self.tr("&Question"), self.text)

    def save(self) -> None:
        self._save(self.text.currentText())


class QuestionsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Questions for my care team"), level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Write down what you want to ask, so nothing is forgotten at the "
                    "appointment. Tick a question off when it is answered."
                ),
                muted=True,
            )
        )
        self.model = QuestionsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Questions for my care team"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.empty = paragraph(
            self.tr("No questions yet. Each Learn section suggests a few to start with."),
            muted=True,
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.add_button.setAccessibleName(self.tr("Add a question"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected question"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected question"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Save the questions as a PDF"))
        self.print_button = QPushButton(self.tr("P&rint\u2026"))
        self.print_button.setAccessibleName(self.tr("Print the questions"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        out = QHBoxLayout()
        out.addWidget(self.pdf_button)
        out.addWidget(self.print_button)
        out.addStretch(1)
        layout.addLayout(out)
        self.add_button.clicked.connect(lambda: self.add_question())
        self.edit_button.clicked.connect(self.edit_question)
        self.delete_button.clicked.connect(self.delete_question)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_questions)
        self.list.activated.connect(lambda _i: self.edit_question())
        self.model.toggled.connect(self._toggle)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        local_shortcuts(
            self,
            (
                (QKeySequence(Qt.Key.Key_Delete), self.delete_question),
                (QKeySequence.StandardKey.Undo, self.undo_bar.undo),
            ),
        )
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        questions = learn.list_questions(self.context.db)
        self.model.set_questions(questions)
        if chosen is not None:
            rows = [n for n, q in enumerate(questions) if q.id == chosen.id]
            if rows:
                self.list.setCurrentIndex(self.model.index(rows[0]))
        self.empty.setVisible(not questions)
        self._update_buttons()

    def selected(self) -> CareQuestion | None:
        index = self.list.currentIndex()
        return self.model.questions[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _changed(self) -> None:
        self.refresh()
        self.context.changed(Area.QUESTIONS)

    def add_question(self, section: str = "") -> None:
        found = learn.find_section(section) if section else None
        suggestions = (
            found.questions
            if found
            else tuple(q for s in learn.load_sections() for q in s.questions)
        )
        db = self.context.db
        dialog = QuestionDialog(
            lambda text: learn.add_question(db, text, section), suggestions, parent=self
        )
        run_dialog(dialog, self._changed)

    def edit_question(self) -> None:
        question = self.selected()
        if question is None:
            return
        db = self.context.db
        dialog = QuestionDialog(
            lambda text: learn.update_question(db, question.id, text), (), question.text, self
        )
        run_dialog(dialog, self._changed)

    def _toggle(self, question_id: int, done: bool) -> None:
        today = self.context.today()
        attempt(self, lambda: learn.set_question_done(self.context.db, question_id, done, today))
        self._changed()

    def delete_question(self) -> None:
        question = self.selected()
        if question is None:
            return
        removed = attempt(self, lambda: learn.delete_question(self.context.db, question.id))
        if removed is None:
            return
        self._changed()
        self.undo_bar.offer(
            self.tr("Deleted \u201c%1\u201d.").replace("%1", removed.text[:60]),
            lambda: self._restore(removed),
        )

    def _restore(self, question: CareQuestion) -> None:
        attempt(self, lambda: learn.restore_question(self.context.db, question))
        self._changed()

    def document(self) -> QTextDocument:
        from companion.ui.report import questions_html

        document = QTextDocument()
        document.setHtml(questions_html([(q.text, q.done) for q in self.model.questions]))
        return document

    def save_pdf(self) -> None:
        from companion.ui.report import write_document_pdf

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save questions"), self.tr("questions.pdf"), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return

        def write() -> bool:
            write_document_pdf(self.document(), Path(name), self.tr("Questions"))
            return True

        if attempt(self, write):
            QMessageBox.information(
                self, self.tr("Saved"), self.tr("Questions saved to %1.").replace("%1", name)
            )

    def print_questions(self) -> None:
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Printing is not available; save as PDF instead.")
            )
            return
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            self.document().print_(printer)
