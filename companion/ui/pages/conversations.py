"""The Helping page's Conversations tab: a helper's conversation plans, worksheets to
prepare a talk with the person they help, step by step in the order the talk goes.

The helper's plans are listed (the one changed last first) with New, Rename and Remove
(undo); the chosen plan is a form of the eight steps, each with its question, a one-line
hint and an example in the empty field. What is typed saves itself a moment after the
last change and on leaving. "Practise it" shows the plan a step at a time to rehearse
aloud; the plan prints, or saves as a PDF, on one page.

It acts for the helper named by the setting `helper_id`; with none chosen it says so
calmly (choosing who is helping belongs to helper mode).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import conversations, people
from companion.core.conversations import ConversationPlan
from companion.ui.autosave import Autosave
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column
from companion.ui.names import format_date
from companion.ui.protection_dialogs import plain_file_ok
from companion.ui.unsaved import leave_anyway
from companion.ui.widgets import dialogs
from companion.ui.widgets.empty_state import EmptyState
from companion.ui.widgets.fit import keep_wrapped_lines
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.form_dialog import FormDialog
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import TAB_MARGINS, DownScroll, S, plain_scrolling
from companion.ui.widgets.record_list import RecordList, Words
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.writes import attempt

LIST_PLANS = 3  # about this many plans show before the list scrolls


class PlanTitleDialog(FormDialog):
    """The plan's title: a new plan's (offered as "Our talk"), or a new name for one."""

    def __init__(
        self, title: str, save: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        new = not title
        super().__init__(
            self.tr("New conversation plan") if new else self.tr("Rename conversation plan"),
            parent,
            self.tr("A short name, so you can find this plan again."),
        )
        self._save = save
        self.title = QLineEdit(title or self.tr("Our talk"))
        self.title.setMaxLength(conversations.MAX_TITLE)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.selectAll()
        self.form.addRow(self.tr("&Title"), self.title)

    def save(self) -> None:
        self._save(self.title.text())


class ConversationsTab(QWidget):
    """The helper's conversation plans, and the chosen one's steps to fill in."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.steps = conversations.load_steps()
        self.plan: ConversationPlan | None = None
        self._loading = False
        self._write_first = False

        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        scroll = DownScroll()
        plain_scrolling(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        whole.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(*TAB_MARGINS)
        layout.setSpacing(S)
        layout.addWidget(
            keep_wrapped_lines(
                paragraph(
                    self.tr(
                        "Prepare a talk with the person you are helping, step by step, then "
                        "practise it aloud. It saves itself as you type."
                    ),
                    muted=True,
                )
            )
        )
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.no_helper = EmptyState(
            self.tr(
                "Choose who is helping first. Your conversation plans are kept under your "
                "name, and will be here."
            ),
            "",
            icon="helping",
        )
        self.no_helper.button.hide()
        self.stack.addWidget(self.no_helper)

        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(S)
        self.list: RecordList[ConversationPlan] = RecordList(
            [
                Column(
                    self.tr("Conversation plan"),
                    self._row_text,
                    tooltip=lambda p: p.title,
                )
            ],
            Words(
                self.tr("&New conversation plan\u2026"),
                self.tr("New conversation plan"),
                self.tr("Rename the selected conversation plan"),
                self.tr("Remove the selected conversation plan"),
                self.tr("Conversation plans"),
                self.tr(
                    "Plan what you want to say before a hard talk: a good moment, a positive "
                    "start, what you ask for and how you can help. Then practise it aloud."
                ),
            ),
            self._load,
            self._edit,
            self._delete,
            self._restore,
            lambda p: p.title,
            as_list=True,
            forget_on=context.dataReset,
        )
        # the list is as tall as the rows it shows, however they fold at this width
        self.list.view.installEventFilter(self)
        self.body.addWidget(self.list, 1)
        self.chosen = QWidget()
        self.body.addWidget(self.chosen)
        form = QVBoxLayout(self.chosen)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(S)
        actions = FlowRow()
        self.practise_button = QPushButton(self.tr("&Practise it"))
        self.practise_button.setAccessibleName(self.tr("Practise this conversation plan"))
        self.practise_button.setToolTip(
            self.tr("See your words one step at a time, to say them aloud.")
        )
        self.practise_button.clicked.connect(self.practise)
        self.print_button = QPushButton(self.tr("Print or save as P&DF\u2026"))
        self.print_button.setAccessibleName(self.tr("Print this plan or save it as a PDF"))
        self.print_button.setToolTip(self.tr("The plan on one page, to print or keep."))
        menu = QMenu(self.print_button)
        self.save_action = menu.addAction(self.tr("Save as PDF\u2026"))
        self.save_action.triggered.connect(self.save_pdf)
        self.print_action = menu.addAction(self.tr("Print\u2026"))
        self.print_action.triggered.connect(self.print_plan)
        self.print_button.setMenu(menu)
        for button in (self.practise_button, self.print_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        form.addLayout(actions)
        self.status = QLabel()  # "Saving…" and "Saved" stay near the top
        self.status.setAccessibleName(self.tr("Save status"))
        set_tone(self.status, "muted")
        form.addWidget(self.status)
        self.fields: dict[str, QPlainTextEdit] = {}
        for number, step in enumerate(self.steps, start=1):
            form.addWidget(self._step_field(number, step))
        self.stack.addWidget(body)

        self.autosave = Autosave(
            lambda: self.context.storage.clock.monotonic(), self._save, self.status, self
        )
        self.list.view.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        self.list.changed.connect(self._list_changed)
        context.settingChanged.connect(self._on_setting)
        context.dataReset.connect(self.refresh)
        self.refresh()

    def _step_field(self, number: int, step: conversations.Step) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, S, 0, 0)
        column.setSpacing(2)
        title = heading(
            self.tr("%1. %2").replace("%1", str(number)).replace("%2", step.question), level=3
        )
        column.addWidget(title)
        hint = paragraph(step.hint, muted=True)
        column.addWidget(keep_wrapped_lines(hint))
        edit = QPlainTextEdit()
        edit.setAccessibleName(step.question)
        edit.setAccessibleDescription(step.hint)
        edit.setPlaceholderText(self.tr("For example: %1").replace("%1", step.example))
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        title.setBuddy(edit)
        limit = hold_to_limit(edit, conversations.MAX_STEP)
        edit.textChanged.connect(self._edited)
        self.fields[step.key] = edit
        column.addWidget(with_note(edit, limit.note))
        return box

    # --- who, and which plan ------------------------------------------------------------------

    def helper_id(self) -> int | None:
        """The helper this tab acts for, or None when none is chosen (or they were removed)."""
        chosen = int(self.context.setting("helper_id") or 0)
        if not chosen or people.get_person(self.context.db, chosen) is None:
            return None
        return chosen

    def _row_text(self, plan: ConversationPlan) -> str:
        about = self.tr("Steps written: %1 of 8").replace("%1", str(len(plan.written())))
        day = _local_day(plan.changed_at, self.context.storage.clock.now().tzinfo)
        if day is not None:
            about += " \u00b7 " + self.tr("changed %1").replace("%1", format_date(day))
        return plan.title + "\n" + about

    def _load(self) -> list[ConversationPlan]:
        helper = self.helper_id()
        return [] if helper is None else conversations.list_plans(self.context.db, helper)

    def refresh(self) -> None:
        """Show the chosen helper's plans, and the chosen plan as stored."""
        self.flush()
        self.plan = None
        self.steps = conversations.load_steps()
        self.stack.setCurrentIndex(0 if self.helper_id() is None else 1)
        self.list.undo_bar.dismiss()
        self.list.refresh()
        if self.list.selected() is None and self.list.rows():
            self.list.select_row(0)
        self._chosen()

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("helper_id", "user"):
            self.refresh()

    def _chosen(self) -> None:
        """Show the plan selected in the list (what was typed in the last one is saved)."""
        row = self.list.selected()
        if row is not None and self.plan is not None and row.id == self.plan.id:
            return
        self.flush()
        self.plan = conversations.get_plan(self.context.db, row.id) if row is not None else None
        self._loading = True
        for key, edit in self.fields.items():
            edit.setPlainText(self.plan.steps.get(key, "") if self.plan else "")
        self._loading = False
        self.autosave.loaded(self.plan is not None)
        has_rows = bool(self.list.rows())
        self.chosen.setVisible(self.plan is not None)
        self.body.setStretchFactor(self.list, 0 if has_rows else 1)
        self._fit_list()

    def _fit_list(self) -> None:
        """The list as tall as its plans, up to LIST_PLANS of them (then it scrolls)."""
        count = min(len(self.list.rows()), LIST_PLANS)
        view = self.list.view
        if not count:
            view.setMaximumHeight(16777215)
            return
        line = view.fontMetrics().lineSpacing()
        rows = (line * 2 + 8) * count  # before the rows are laid out: two lines each
        if view.isVisible():
            view.doItemsLayout()
            model = view.model()
            heights = [view.visualRect(model.index(row, 0)).height() for row in range(count)]
            if all(heights):
                rows = sum(height + 6 for height in heights)  # the list's spacing, 3 px
        view.setFixedHeight(rows + 2 * view.frameWidth() + 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new width folds the rows anew: fit the list again once that is done."""
        if watched is self.list.view and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_list)
        return super().eventFilter(watched, event)

    # --- the list's actions ------------------------------------------------------------------

    def _edit(self, plan: ConversationPlan | None) -> bool:
        """A new plan (named in a dialog), or a new name for one."""
        self.flush()
        helper = self.helper_id()
        db = self.context.db
        made: list[ConversationPlan] = []

        def save(title: str) -> None:
            clock = self.context.storage.clock
            if plan is None:
                made.append(
                    conversations.save_plan(
                        db, None, helper_id=helper, title=title, steps={}, now=clock.now()
                    )
                )
                return
            stored = conversations.get_plan(db, plan.id) or plan
            made.append(
                conversations.save_plan(
                    db,
                    plan.id,
                    helper_id=stored.helper_id,
                    title=title,
                    steps=stored.steps,
                    now=clock.now(),
                )
            )

        if not PlanTitleDialog(plan.title if plan else "", save, self).exec() or not made:
            return False
        self.plan = None  # shown again from what is stored
        self._write_first = plan is None
        return True

    def _list_changed(self) -> None:
        """After a new plan, a new name, a removal or an undo: show the chosen plan; a new
        plan is written at once, from its first step."""
        self._chosen()
        if self._write_first and self.plan is not None:
            self.fields[conversations.STEPS[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        self._write_first = False

    def _delete(self, plan: ConversationPlan) -> ConversationPlan | None:
        self.flush()
        removed = conversations.delete_plan(self.context.db, plan.id)
        if self.plan is not None and self.plan.id == plan.id:
            self.plan = None
            self.autosave.forget()
        return removed

    def _restore(self, plan: ConversationPlan) -> ConversationPlan:
        return conversations.restore_plan(self.context.db, plan)

    # --- saving ------------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading and self.plan is not None:
            self.autosave.edited()

    def wanted(self) -> dict[str, str]:
        """The steps as they are on screen."""
        return {key: edit.toPlainText() for key, edit in self.fields.items()}

    def _save(self) -> bool:
        """Store the chosen plan's steps as they are on screen (the autosave calls this)."""
        plan = self.plan
        if plan is None:
            return True
        self.plan = conversations.save_plan(
            self.context.db,
            plan.id,
            helper_id=plan.helper_id,
            title=plan.title,
            steps=self.wanted(),
            now=self.context.storage.clock.now(),
        )
        return True

    def flush(self) -> bool:
        """Save now if something waits to be saved; True when nothing is unsaved."""
        return self.autosave.flush()

    def leave_ok(self) -> bool:
        """Save what was typed; if it cannot be saved, ask before leaving it behind."""
        if self.flush():
            return True
        if not leave_anyway(self, self.tr("your conversation plan"), self.autosave.problem):
            return False
        self.autosave.forget()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    # --- practise, print, save ---------------------------------------------------------------

    def practise(self) -> None:
        from companion.ui.conversation_practice import PractiseDialog

        self.flush()
        if self.plan is not None:
            PractiseDialog(self.plan, self.steps, self).exec()

    def pdf_file_name(self) -> str:
        from companion.ui.conversation_pdf import file_name

        return file_name(self.context.db)

    def save_pdf(self) -> None:
        from companion.ui.conversation_pdf import write_conversation_pdf

        self.flush()
        if self.plan is None:
            return
        if not plain_file_ok(self, self.context):
            return
        plan_id = self.plan.id
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save conversation plan"),
            self.pdf_file_name(),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        db = self.context.db
        if attempt(
            self, lambda: write_conversation_pdf(db, plan_id, Path(name), self.context.now())
        ):
            dialogs.inform(
                self,
                self.tr("Saved"),
                self.tr("The conversation plan was saved to %1.").replace("%1", name),
                self.tr("Print it or keep it with you to read before the talk."),
            )

    def print_plan(self) -> None:
        from companion.ui.conversation_pdf import conversation_pages
        from companion.ui.printing import print_document

        self.flush()
        if self.plan is None:
            return
        plan_id = self.plan.id
        db = self.context.db
        print_document(self, lambda ppi: conversation_pages(db, plan_id, self.context.now(), ppi))


def _local_day(stamp: str, zone: tzinfo | None) -> date | None:
    """The day of a stored UTC time where the person is; None when it cannot be read."""
    try:
        return datetime.fromisoformat(stamp).astimezone(zone).date()
    except ValueError:
        return None
