"""The Plan's Safety plan tab: the person's safety plan to read, in its seven steps, with
Edit (the step-by-step dialog) and the pocket card as a PDF or printed. With no plan yet,
one sentence and one button to make it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import people, safety_plan
from companion.core.changes import Area
from companion.core.safety_plan import SafetyPlan
from companion.ui.context import AppContext
from companion.ui.names import contact_line
from companion.ui.protection_dialogs import plain_file_ok
from companion.ui.widgets import dialogs
from companion.ui.widgets.empty_state import EmptyState
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.page import plain_scrolling
from companion.ui.widgets.text import heading, paragraph, selectable
from companion.ui.writes import attempt


def step_titles() -> list[str]:
    """The seven steps' short titles, in order (shown on the tab and in Get help now)."""
    from PySide6.QtCore import QCoreApplication

    return [
        QCoreApplication.translate("SafetyPlanTab", "1. My warning signs"),
        QCoreApplication.translate("SafetyPlanTab", "2. Things that calm me"),
        QCoreApplication.translate("SafetyPlanTab", "3. People and places that distract me"),
        QCoreApplication.translate("SafetyPlanTab", "4. People I can ask for help"),
        QCoreApplication.translate("SafetyPlanTab", "5. Professionals and services"),
        QCoreApplication.translate("SafetyPlanTab", "6. Making my surroundings safer"),
        QCoreApplication.translate("SafetyPlanTab", "7. My reasons for living"),
    ]


def people_lines(context: AppContext, ids: tuple[int, ...]) -> list[str]:
    """ "Name — phone" for each contact named in a step, in the person's order."""
    lines = []
    for person_id in ids:
        person = people.get_person(context.db, person_id)
        if person is not None:
            lines.append(contact_line(person))
    return lines


class SafetyPlanTab(QWidget):
    """The plan to read, or the way to make it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.empty = EmptyState(
            self.tr(
                "A safety plan is a few lines in your own words for a hard moment: your "
                "warning signs, what calms you, who to call. It takes about five minutes."
            ),
            self.tr("&Make my safety plan"),
        )
        self.empty.button.setAccessibleName(self.tr("Make my safety plan"))
        self.empty.button.clicked.connect(lambda: self.edit(0))
        self.stack.addWidget(self.empty)

        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        self.reading = QScrollArea()
        plain_scrolling(self.reading)
        self.reading.setWidgetResizable(True)
        shown_layout.addWidget(self.reading, 1)
        buttons = FlowRow()
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(self.tr("Edit the safety plan"))
        self.edit_button.clicked.connect(lambda: self.edit(0))
        self.pdf_button = QPushButton(self.tr("Save pocket &card as PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Save the pocket card as a PDF"))
        self.pdf_button.clicked.connect(self.save_card)
        self.print_button = QPushButton(self.tr("Print poc&ket card\u2026"))
        self.print_button.setAccessibleName(self.tr("Print the pocket card"))
        self.print_button.clicked.connect(self.print_card)
        for button in (self.edit_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)
        shown_layout.addLayout(buttons)
        self.stack.addWidget(shown)

        context.dataChanged.connect(self._on_data_changed)
        context.dataReset.connect(self.refresh)
        self.refresh()

    def _on_data_changed(self, area: Area) -> None:
        if area in (Area.PLAN, Area.HELPERS):
            self.refresh()

    def refresh(self) -> None:
        plan = safety_plan.get_safety_plan(self.context.db)
        made = safety_plan.has_safety_plan(plan)
        self.stack.setCurrentIndex(1 if made else 0)
        if made:
            self._show(plan)

    def _show(self, plan: SafetyPlan) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(4)
        done = safety_plan.steps_done(plan)
        column.addWidget(paragraph(self.tr("%n of 7 step(s) filled in.", "", done), muted=True))
        parts: list[list[str]] = [
            [plan.warning_signs],
            [plan.calming],
            [plan.distractions],
            people_lines(self.context, plan.helpers),
            people_lines(self.context, plan.professionals),
            [plan.surroundings],
            [plan.reasons],
        ]
        for title, lines in zip(step_titles(), parts, strict=True):
            column.addSpacing(8)
            column.addWidget(heading(title, level=3))
            written = "\n".join(line for line in lines if line)
            if written:
                column.addWidget(selectable(paragraph(written)))
            else:
                column.addWidget(paragraph(self.tr("Not written yet."), muted=True))
        column.addStretch(1)
        old = self.reading.takeWidget()
        if old is not None:
            old.deleteLater()
        self.reading.setWidget(inner)

    def edit(self, step: int = 0) -> None:
        from companion.ui.safety_plan_dialog import open_safety_plan

        open_safety_plan(self.context, self, step)
        self.refresh()

    def save_card(self) -> None:
        from companion.ui.pocket_card import file_name, write_card_pdf

        if not plain_file_ok(self, self.context):
            return
        db = self.context.db
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save pocket card"), file_name(db), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        if attempt(self, lambda: write_card_pdf(db, Path(name), self.context.now())):
            dialogs.inform(
                self,
                self.tr("Saved"),
                self.tr("The pocket card was saved to %1.").replace("%1", name),
                self.tr("Print it on one page at full size, then cut and fold it."),
            )

    def print_card(self) -> None:
        from companion.ui.pocket_card import card_pages
        from companion.ui.printing import print_document

        print_document(self, lambda ppi: card_pages(self.context.db, self.context.now(), ppi))
