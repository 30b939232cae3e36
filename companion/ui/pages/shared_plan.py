"""Plan's "Shared plan" tab, on a helper's own computer (helper mode only).

Empty, it offers "Open a shared plan…" and says what that is. Once a share is opened and
the helper has said which of its people they are, it shows the plan read-only, except the
helper's own tasks, which they tick and annotate (the notes save themselves); "Send back
my progress…" writes the small file of their changes, and "Open a newer share…" brings a
newer copy in. The whole tab scrolls as one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core import operations, share
from companion.core.changes import Area
from companion.core.share import OpenOutcome, OtherPlanError, SharedPlan, SharedTask
from companion.ui.autosave import Autosave
from companion.ui.context import AppContext
from companion.ui.errors import EXPECTED, explain
from companion.ui.names import format_datetime
from companion.ui.pages import shared_plan_parts as parts
from companion.ui.progress_dialog import show_refused
from companion.ui.protection_dialogs import plain_file_ok
from companion.ui.share_dialog import share_filter
from companion.ui.widgets import dialogs
from companion.ui.widgets.empty_state import EmptyState
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.page import TAB_MARGINS, M, card, left_aligned, plain_scrolling
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.writes import attempt


def progress_file_name(context: AppContext) -> str:
    """The name a progress file is offered under: neutral, plainer still in discreet mode."""
    if context.setting("discreet_mode"):
        name = QCoreApplication.translate("SharedPlanTab", "notes")
    else:
        name = QCoreApplication.translate("SharedPlanTab", "my-progress")
    return name + share.PROGRESS_SUFFIX


class _TitleLabel(QLabel):
    """A task's title beside its tick box, wrapping; a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()


def _tick_row(title: str) -> tuple[QWidget, QCheckBox]:
    """A tick box with the task's title beside it, folding onto more lines when long."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(title)
    line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(_TitleLabel(title, box), 1)
    return row, box


class SharedPlanTab(QScrollArea):
    """The plan a person shared with this helper: open it, say who you are, tick your tasks."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Shared plan"))
        plain_scrolling(self)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(*TAB_MARGINS)
        self.column.setSpacing(M)
        self.setWidget(inner)

        self.empty = EmptyState(
            self.tr(
                "Someone you help can give you their plan as a file, made with \u201cShare "
                "with a helper\u201d in their Prep Companion. Open it to see their checklist, "
                "their people and appointments, and to tick the tasks that are yours."
            ),
            self.tr("&Open a shared plan\u2026"),
            icon="add-first",
        )
        self.open_button = self.empty.button
        self.open_button.setAccessibleName(self.tr("Open a shared plan"))
        self.open_button.setToolTip(self.tr("Open the file the person you help gave you"))
        self.open_button.clicked.connect(lambda: self.open_file())
        self.column.addWidget(self.empty)

        self.who_box, who = card()
        who.addWidget(heading(self.tr("Which of these people are you?"), level=2))
        who.addWidget(
            paragraph(self.tr("Your own tasks are shown first, and you can tick them."), muted=True)
        )
        self.who_choices = QButtonGroup(self)
        self.who_list = QVBoxLayout()
        who.addLayout(self.who_list)
        self.me_button = make_primary(QPushButton(self.tr("&This is me")))
        self.me_button.setAccessibleName(self.tr("This is me"))
        self.me_button.setToolTip(self.tr("Show the plan with your own tasks first"))
        self.me_button.clicked.connect(self.choose_me)
        who.addLayout(left_aligned(self.me_button))
        self.column.addWidget(self.who_box)

        self.top = FlowRow()
        # Secondary: Plan's one primary button is the plan packet below the tabs.
        self.send_button = QPushButton(self.tr("&Send back my progress\u2026"))
        self.send_button.setAccessibleName(self.tr("Send back my progress"))
        self.send_button.setToolTip(
            self.tr("Save a small file of your ticks and notes, to give back to them")
        )
        self.newer_button = QPushButton(self.tr("Open a &newer share\u2026"))
        self.newer_button.setAccessibleName(self.tr("Open a newer share"))
        self.newer_button.setToolTip(self.tr("Bring in a newer copy of their plan"))
        self.top.addWidget(self.send_button)
        self.top.addWidget(self.newer_button)
        self.send_button.clicked.connect(lambda: self.send_progress())
        self.newer_button.clicked.connect(lambda: self.open_file())
        self.view = QWidget()
        view_layout = QVBoxLayout(self.view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.setSpacing(M)
        self.title = heading("", level=2)
        self.written = paragraph("", muted=True)
        view_layout.addWidget(self.title)
        view_layout.addWidget(self.written)
        view_layout.addLayout(self.top)
        self.status = QLabel()  # in sight of the notes' "Saving…" and "Saved"
        self.status.setAccessibleName(self.tr("Save status"))
        set_tone(self.status, "muted")
        view_layout.addWidget(self.status)
        self.parts = QVBoxLayout()
        self.parts.setSpacing(M)
        view_layout.addLayout(self.parts)
        self.column.addWidget(self.view)
        self.column.addStretch(1)

        self.ticks: dict[int, QCheckBox] = {}
        self.notes: dict[int, QLineEdit] = {}
        self._stored: dict[int, SharedTask] = {}
        self.autosave = Autosave(
            lambda: self.context.storage.clock.monotonic(), self._save_notes, self.status, self
        )
        self.plan: SharedPlan | None = None
        context.dataReset.connect(self.refresh)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.autosave.flush()
        self.plan = share.opened(self.context.db)
        plan = self.plan
        self.empty.setVisible(plan is None)
        self.who_box.setVisible(plan is not None and plan.me is None)
        self.view.setVisible(plan is not None and plan.me is not None)
        if plan is None:
            return
        if plan.me is None:
            self._fill_choices(plan)
            return
        self._fill_view(plan)

    def _fill_choices(self, plan: SharedPlan) -> None:
        for button in self.who_choices.buttons():
            self.who_choices.removeButton(button)
        parts.clear(self.who_list)
        for person in plan.people:
            choice = QRadioButton(
                person.name + (f" ({person.relationship})" if person.relationship else "")
            )
            choice.setAccessibleName(person.name)
            self.who_choices.addButton(choice, person.id)
            self.who_list.addWidget(choice)
        if plan.people:
            self.who_choices.buttons()[0].setChecked(True)
        self.me_button.setEnabled(bool(plan.people))

    def _fill_view(self, plan: SharedPlan) -> None:
        today, now = self.context.today(), self.context.now()
        self.title.setText(
            self.tr("%1's plan").replace("%1", plan.person_name)
            if plan.person_name
            else self.tr("The plan shared with you")
        )
        self.written.setText(
            self.tr("Shared with you on %1. Only your own tasks can be changed here.").replace(
                "%1", format_datetime(plan.written_at)
            )
        )
        parts.clear(self.parts)
        self.ticks, self.notes = {}, {}
        self._stored = {task.id: task for task in plan.my_tasks()}
        self.parts.addWidget(parts.intake_card(plan, today))
        self.parts.addWidget(self._my_tasks_card(plan))
        self.parts.addWidget(parts.checklist_card(plan, today))
        self.parts.addWidget(parts.people_card(plan))
        self.parts.addWidget(parts.appointments_card(plan, now))
        self.parts.addWidget(parts.after_detox_card(plan))
        self.parts.addWidget(parts.overdose_card(plan))
        self.autosave.loaded(True)

    def _my_tasks_card(self, plan: SharedPlan) -> QWidget:
        frame, layout = card()
        layout.addWidget(heading(self.tr("Your tasks"), level=2))
        mine = plan.my_tasks()
        if not mine:
            layout.addWidget(paragraph(self.tr("No tasks are given to you yet.")))
            return frame
        layout.addWidget(
            paragraph(self.tr("Tick a task when it is done. Notes save themselves."), muted=True)
        )
        words = parts.SharedWords()
        for task in mine:
            row, tick = _tick_row(task.title)
            tick.setChecked(task.done)
            tick.setToolTip(self.tr("Tick when it is done"))
            tick.toggled.connect(lambda done, t=task.id: self.tick(t, done))
            layout.addWidget(row)
            line = words.task_line(task, plan)
            if task.is_overdue(self.context.today()):
                line += " " + self.tr("(overdue)")
            detail = paragraph(line, muted=True)
            layout.addWidget(detail)
            if task.notes:
                layout.addWidget(paragraph(task.notes, muted=True))
            note = QLineEdit(task.helper_note)
            note.setMaxLength(share.MAX_HELPER_NOTE)
            note.setPlaceholderText(self.tr("A note for %1").replace("%1", plan.person_name))
            note.setAccessibleName(self.tr("Your note on %1").replace("%1", task.title))
            note.textEdited.connect(lambda _text: self.autosave.edited())
            layout.addWidget(note)
            self.ticks[task.id], self.notes[task.id] = tick, note
        return frame

    # --- changing one's own tasks ----------------------------------------------------------

    def tick(self, task_id: int, done: bool) -> None:
        note = self.notes[task_id].text()
        context = self.context
        changed = attempt(
            self,
            lambda: context.write(
                Area.CHECKLIST,
                share.change_my_task,
                context.db,
                task_id,
                done=done,
                note=note,
                now=context.now(),
            ),
        )
        box = self.ticks[task_id]
        if changed is None:  # refused: show it as it is stored
            box.blockSignals(True)
            box.setChecked(self._stored[task_id].done)
            box.blockSignals(False)
            return
        self._stored[task_id] = changed

    def _save_notes(self) -> bool:
        """Store each note that differs from what is stored (the autosave calls this)."""
        context = self.context
        for task_id, edit in self.notes.items():
            stored = self._stored.get(task_id)
            if stored is None or edit.text() == stored.helper_note:
                continue
            changed = share.change_my_task(
                context.db,
                task_id,
                done=self.ticks[task_id].isChecked(),
                note=edit.text(),
                now=context.now(),
            )
            self._stored[task_id] = changed
        return True

    def flush(self) -> bool:
        """Save the notes now if they wait to be saved; True when nothing is unsaved."""
        return self.autosave.flush()

    def choose_me(self) -> None:
        chosen = self.who_choices.checkedId()
        if chosen == -1:
            return
        if attempt(self, lambda: share.choose_me(self.context.db, chosen)) is not None:
            self.context.changed(Area.CHECKLIST)
            self.refresh()

    # --- files -----------------------------------------------------------------------------

    def open_file(self, path: Path | None = None) -> OpenOutcome | None:
        """Open a share (first, or newer); a stale share or another plan's is said plainly,
        and another plan replaces this one only when the helper agrees."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a shared plan"), "", share_filter()
            )
            if not name:
                return None
            path = Path(name)
        self.autosave.flush()
        context = self.context
        title = self.tr("The shared plan was not opened")
        try:
            outcome = operations.open_share_file(context.db, path, context.now())
        except OtherPlanError:
            if not dialogs.confirm(
                self,
                self.tr("Replace the plan you have?"),
                self.tr("This file is another person's plan, not the one open here."),
                self.tr(
                    "Opening it puts it in place of the plan you have, and your ticks and "
                    "notes not yet sent back are left behind."
                ),
                self.tr("&Replace the plan"),
                danger=True,
            ):
                return None
            try:
                outcome = operations.open_share_file(context.db, path, context.now(), replace=True)
            except EXPECTED as error:
                show_refused(self, title, error)
                return None
        except EXPECTED as error:
            show_refused(self, title, error)
            return None
        context.changed(Area.CHECKLIST)
        self.refresh()
        if outcome.superseded:
            dialogs.inform(
                self,
                self.tr("Opened"),
                self.tr(
                    "%1 changed some of your tasks after you did; their change was kept."
                ).replace("%1", outcome.plan.person_name),
                "\n".join(s.title for s in outcome.superseded),
            )
        return outcome

    def send_progress(self) -> Path | None:
        """Save the helper's changes as a small file, to give back to the person."""
        if not self.autosave.flush():
            return None
        if not plain_file_ok(self, self.context):
            return None
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Send back my progress"),
            progress_file_name(self.context),
            QCoreApplication.translate(
                "ProgressDialog", "Progress files (*%1);;All files (*)"
            ).replace("%1", share.PROGRESS_SUFFIX),
        )
        if not name:
            return None
        context = self.context
        try:
            count = operations.write_progress(context.db, Path(name), context.now())
        except EXPECTED as error:
            dialogs.warn(self, self.tr("Not saved"), explain(error, "export"))
            return None
        person = self.plan.person_name if self.plan else ""
        person = person or self.tr("the person you help")
        dialogs.inform(
            self,
            self.tr("Saved"),
            self.tr("%n change(s) saved to %1.", "", count).replace("%1", name),
            self.tr(
                "Give this file to %1. They add it with \u201cAdd a helper's progress\u201d "
                "in their Prep Companion."
            ).replace("%1", person),
        )
        return Path(name)
