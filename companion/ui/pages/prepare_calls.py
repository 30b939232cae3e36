"""The Calls to programs tab: who was called, what they said, and when to call back, and the
questions to ask a program, ready to print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from sqlite_utils import Database

from companion.core import calls, people
from companion.core.calls import FacilityCall
from companion.core.changes import Area
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column
from companion.ui.names import format_datetime
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.page import TAB_MARGINS
from companion.ui.widgets.prepare_dialogs import CallDialog, outcome_names
from companion.ui.widgets.record_list import RecordList, Words
from companion.ui.widgets.text import paragraph, set_tone


class CallsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._names: dict[int | None, str] = {}
        outcomes = outcome_names()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        self.next_callback = paragraph("")
        layout.addWidget(self.next_callback)

        def who(call: FacilityCall) -> str:
            return self._names.get(call.caller_id, self.tr("Me"))

        db: Callable[[], Database] = lambda: self.context.db  # noqa: E731 - the database can be replaced (delete all)
        self.list = RecordList[FacilityCall](
            [
                Column(
                    self.tr("Called"),
                    lambda c: format_datetime(c.called_at),
                    lambda c: c.called_at.isoformat(),
                ),
                Column(self.tr("Program"), lambda c: c.facility, lambda c: c.facility.casefold()),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("Who called"), who),
                Column(self.tr("Outcome"), lambda c: outcomes.get(c.outcome, c.outcome)),
                Column(
                    self.tr("Call back"),
                    lambda c: format_datetime(c.callback_at) if c.callback_at else "",
                    lambda c: c.callback_at.isoformat() if c.callback_at else "",
                    spoken=lambda c: (
                        format_datetime(c.callback_at) if c.callback_at else self.tr("None")
                    ),
                ),
                Column(self.tr("Notes"), lambda c: c.notes.replace("\n", " ")),
            ],
            Words(
                self.tr("&Log a call\u2026"),
                self.tr("Log a call"),
                self.tr("Edit the selected call"),
                self.tr("Remove the selected call"),
                self.tr("Calls to programs"),
                self.tr(
                    "No calls logged yet. When you or a helper call a detox program, note what "
                    "they said here, and when to call back."
                ),
            ),
            self._load,
            self._edit,
            lambda c: self.context.write(Area.CALLS, calls.delete_call, db(), c.id),
            lambda gone: self.context.write(Area.CALLS, calls.restore_call, db(), gone),
            lambda c: self.tr("the call to %1").replace("%1", c.facility),
            sort=(0, Qt.SortOrder.DescendingOrder),
            forget_on=context.dataReset,
        )
        # before the log: what to ask is wanted before the first call is made
        self.questions_button = QPushButton(self.tr("&Questions to ask\u2026"))
        self.questions_button.setAccessibleName(self.tr("Questions to ask a program"))
        self.questions_button.setToolTip(
            self.tr("The questions to ask when you call a program, to print or save")
        )
        self.questions_button.clicked.connect(self.show_questions)
        row = QHBoxLayout()
        row.addWidget(self.questions_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def _load(self) -> list[FacilityCall]:
        db = self.context.db
        self._names = dict(people.names(db).items())
        return calls.list_calls(db)

    def refresh(self) -> None:
        self.list.refresh()
        upcoming = calls.next_callback(self.context.db)
        if upcoming is None or upcoming.callback_at is None:
            self.next_callback.hide()
            return
        late = upcoming.callback_at < self.context.now()
        text = (
            self.tr("Next call back: %1 at %2.")
            if not late
            else self.tr("Call back due: %1, since %2.")
        )
        self.next_callback.setText(
            text.replace("%1", upcoming.facility).replace(
                "%2", format_datetime(upcoming.callback_at)
            )
        )
        set_tone(self.next_callback, "overdue" if late else "")
        self.next_callback.show()

    def _edit(self, call: FacilityCall | None) -> bool:
        db = self.context.db
        dialog = CallDialog(
            lambda **v: calls.save_call(db, call.id if call else None, **v),
            people.list_people(db),
            self.context.now(),
            call,
            self,
        )
        return run_dialog(dialog, lambda: self.context.changed(Area.CALLS))

    def show_questions(self) -> None:
        """The questions to ask a program, with space for the answers, to print or save."""
        from companion.ui.widgets.program_questions_dialog import ProgramQuestionsDialog

        dialog = ProgramQuestionsDialog(bool(self.context.setting("discreet_mode")), parent=self)
        dialog.exec()
