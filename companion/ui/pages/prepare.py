"""Prepare: the intake date, readiness, the checklist, the people helping and the call log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import checklist, intake, people
from companion.core.changes import Area
from companion.core.checklist import Assignee
from companion.ui.context import AppContext
from companion.ui.names import countdown_text
from companion.ui.pages.prepare_calls import CallsTab
from companion.ui.pages.prepare_checklist import ChecklistTab
from companion.ui.pages.prepare_people import PeopleTab
from companion.ui.widgets.fitting_tabs import FittingTabNames
from companion.ui.widgets.folding_row import FoldingRow
from companion.ui.widgets.page import (
    TAB_MARGINS,
    card,
    plain_scrolling,
    purpose,
    scrolling_page,
)
from companion.ui.widgets.prepare_dialogs import IntakeDialog
from companion.ui.widgets.readiness import NextUpList, ReadinessBars
from companion.ui.widgets.text import heading, paragraph
from companion.ui.widgets.undo_bar import UndoBar
from companion.ui.writes import attempt


class ReadinessTab(QScrollArea):
    """How ready you are: overall and per category, and what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_scrolling(self)  # not a Tab stop itself
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(*TAB_MARGINS)
        box, layout = card()
        layout.addWidget(heading(self.tr("How ready you are"), level=2))
        self.bars = ReadinessBars(per_category=True)
        layout.addWidget(self.bars)
        column.addWidget(box)
        next_box, next_layout = card()
        next_layout.addWidget(heading(self.tr("Next up"), level=2))
        self.next_up = NextUpList()
        next_layout.addWidget(self.next_up)
        column.addWidget(next_box)
        column.addStretch(1)
        self.setWidget(inner)


class PreparePage(QWidget):
    openSection = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Prepare"))
        layout = scrolling_page(self)
        self.title = heading(self.tr("Prepare"))
        layout.addWidget(self.title)
        layout.addWidget(
            purpose(
                self.tr("Get your home, your helpers and your calls ready before the intake day.")
            )
        )

        intake_row = FoldingRow()  # the buttons go under the date at large text
        self.intake_label = paragraph("")
        self.intake_button = QPushButton()
        self.intake_button.setAccessibleName(self.tr("Set the intake date"))
        self.clear_intake_button = QPushButton(self.tr("C&lear"))
        self.clear_intake_button.setAccessibleName(self.tr("Clear the intake date"))
        intake_buttons = QHBoxLayout()  # side by side under the sentence when folded
        intake_buttons.addWidget(self.intake_button)
        intake_buttons.addWidget(self.clear_intake_button)
        intake_row.addWidget(self.intake_label, 1)
        intake_row.addLayout(intake_buttons)
        intake_row.setAlignment(intake_buttons, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(intake_row)
        self.intake_undo = UndoBar()
        layout.addWidget(self.intake_undo)

        filter_row = FoldingRow()
        filter_label = QLabel(self.tr("&Show tasks for:"))
        self.assignee = QComboBox()
        self.assignee.setSizeAdjustPolicy(  # a long name is cut short with "…" (whole in the
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon  # list) rather
        )  # than push the list of tasks down a line at large text
        self.assignee.setMinimumContentsLength(14)
        self.assignee.setAccessibleName(self.tr("Show tasks for"))
        self.assignee.setToolTip(
            self.tr("A helper can pick their own name to see only the tasks they took on")
        )
        filter_label.setBuddy(self.assignee)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.assignee)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Prepare sections"))
        self.tabs.setUsesScrollButtons(False)  # every tab's whole name, never scrolled away
        self.readiness_tab = ReadinessTab()
        self.checklist_tab = ChecklistTab(context)
        self.people_tab = PeopleTab(context)
        self.calls_tab = CallsTab(context)
        names = [  # full, and short for large text in a small window
            (self.tr("Readiness"), self.tr("Readiness", "short tab name")),
            (self.tr("Checklist"), self.tr("Checklist", "short tab name")),
            (self.tr("People helping"), self.tr("Helpers", "short tab name")),
            (self.tr("Calls to programs"), self.tr("Calls", "short tab name")),
        ]
        for page, (full, _short) in zip(
            (self.readiness_tab, self.checklist_tab, self.people_tab, self.calls_tab),
            names,
            strict=True,
        ):
            self.tabs.addTab(page, full)
        FittingTabNames(self.tabs, names)
        self.tabs.setMinimumHeight(self.tabs.fontMetrics().height() * 12)
        layout.addWidget(self.tabs, 1)

        self.intake_button.clicked.connect(self.edit_intake)
        self.clear_intake_button.clicked.connect(self.clear_intake)
        self.assignee.currentIndexChanged.connect(lambda _i: self.refresh_tasks())
        context.dataChanged.connect(self._on_data_changed)
        context.dataReset.connect(self.refresh)
        context.dataReset.connect(self.intake_undo.dismiss)  # not this data's to put back
        self.refresh()

    # --- loading -----------------------------------------------------------------------------

    def ensure_checklist(self) -> None:
        attempt(self, self.context.ready_checklist)

    def refresh(self) -> None:
        self.ensure_checklist()
        self.refresh_helpers()
        self.refresh_intake()
        self.refresh_tasks()
        self.people_tab.refresh()
        self.calls_tab.refresh()

    def _on_data_changed(self, area: Area) -> None:
        if area is Area.HELPERS:
            self.refresh_helpers()
            self.people_tab.refresh()
            self.calls_tab.refresh()
            self.refresh_tasks()
        elif area is Area.CALLS:
            self.calls_tab.refresh()
        elif area is Area.INTAKE:
            self.refresh_intake()
            self.refresh_tasks()  # the date ticks or unticks "Set your intake date"
        elif area in (Area.CHECKLIST, Area.SESSIONS, Area.LEARN):
            if area is not Area.CHECKLIST:  # practice and reading can tick tasks
                self.ensure_checklist()
            self.refresh_tasks()
            self.people_tab.refresh()

    def current_assignee(self) -> Assignee:
        value = self.assignee.currentData()
        return "everyone" if value is None else value

    def refresh_helpers(self) -> None:
        current = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Everyone"), "everyone")
        self.assignee.addItem(self.tr("Me"), "me")
        for helper in people.list_people(self.context.db):
            self.assignee.addItem(helper.name, helper.id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(current)))
        self.assignee.blockSignals(False)

    def refresh_tasks(self) -> None:
        db, who = self.context.db, self.current_assignee()
        self.readiness_tab.bars.show_readiness(checklist.readiness(db, who))
        names: dict[int | None, str] = dict(people.names(db).items())
        today = self.context.today()
        self.readiness_tab.next_up.show_items(
            checklist.next_items(db, today, limit=5, assignee=who), today, names
        )
        self.checklist_tab.refresh(who)

    def refresh_intake(self) -> None:
        plan = intake.get_intake(self.context.db)
        if plan.when is None:
            self.intake_label.setText(
                self.tr("No intake date yet. When you have one, add it here to see a countdown.")
            )
            self.intake_button.setText(self.tr("Set &intake date\u2026"))
        else:
            self.intake_label.setText(countdown_text(self.context, plan))
            self.intake_button.setText(self.tr("Change &intake\u2026"))
        self.clear_intake_button.setVisible(plan.when is not None)

    # --- actions -----------------------------------------------------------------------------

    def edit_intake(self) -> None:
        db = self.context.db
        dialog = IntakeDialog(
            lambda **v: self.context.write(Area.INTAKE, intake.set_intake, db, **v),
            intake.get_intake(db),
            self.context.today(),
            self,
        )
        dialog.exec()

    def clear_intake(self) -> None:
        """Clear the date and place at once, and offer to put them back."""
        db, write = self.context.db, self.context.write
        had_focus = self.clear_intake_button.hasFocus()
        cleared = attempt(self, lambda: write(Area.INTAKE, intake.clear_intake, db))
        if cleared is None:
            return
        self.intake_undo.offer(
            self.tr("Cleared the intake date."),
            lambda: attempt(self, lambda: write(Area.INTAKE, intake.restore_intake, db, cleared)),
        )
        if had_focus:  # the Clear button has gone: Undo is where the keyboard was
            self.intake_undo.button.setFocus()

    def show_tab(self, name: str) -> None:
        tabs = {"readiness": 0, "checklist": 1, "people": 2, "calls": 3}
        self.tabs.setCurrentIndex(tabs.get(name, 0))
