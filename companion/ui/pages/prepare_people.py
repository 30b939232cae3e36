"""The People helping tab: family members and friends who take on tasks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlite_utils import Database

from companion.core import helpers
from companion.core.changes import Area
from companion.core.helpers import Helper
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.prepare_dialogs import HelperDialog
from companion.ui.widgets.record_list import RecordList, Words
from companion.ui.widgets.text import paragraph


class PeopleTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._tasks: dict[int, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Family and friends can take on tasks. Give a task to someone in the "
                    "Checklist, and they can pick their name under \u201cShow tasks for\u201d "
                    "to see only their list."
                ),
                muted=True,
            )
        )
        db: Callable[[], Database] = lambda: self.context.db  # noqa: E731 - the database can be replaced (delete all)
        self.list = RecordList[Helper](
            [
                Column(self.tr("Name"), lambda h: h.name),
                Column(self.tr("Relationship"), lambda h: h.relationship),
                Column(self.tr("Phone"), lambda h: h.phone),
                Column(self.tr("Tasks"), lambda h: str(self._tasks.get(h.id, 0))),
                Column(self.tr("Note"), lambda h: h.note),
            ],
            Words(
                self.tr("&Add a helper\u2026"),
                self.tr("Add a helper"),
                self.tr("Edit the selected helper"),
                self.tr("Remove the selected helper"),
                self.tr("People helping"),
                self.tr(
                    "No one added yet. Add a family member or friend who is helping you get "
                    "ready, with their phone number."
                ),
            ),
            self._load,
            self._edit,
            lambda h: self.context.write(Area.HELPERS, helpers.delete_helper, db(), h.id),
            lambda gone: self.context.write(Area.HELPERS, helpers.restore_helper, db(), gone),
            lambda h: h.name,
            consequence=self._tasks_back,
            forget_on=context.dataReset,
        )
        layout.addWidget(self.list, 1)

    def refresh(self) -> None:
        self.list.refresh()

    def _load(self) -> list[Helper]:
        db = self.context.db
        people = helpers.list_helpers(db)
        self._tasks = {h.id: helpers.task_count(db, h.id) for h in people}
        return people

    def _edit(self, helper: Helper | None) -> bool:
        db = self.context.db
        if helper is None:
            dialog = HelperDialog(lambda **v: helpers.add_helper(db, **v), parent=self)
        else:
            dialog = HelperDialog(
                lambda **v: helpers.update_helper(db, helper.id, **v), helper, self
            )
        return run_dialog(dialog, lambda: self.context.changed(Area.HELPERS))

    def _tasks_back(self, helper: Helper) -> str:
        count = self._tasks.get(helper.id, 0)
        return self.tr("Their %n task(s) came back to you.", "", count) if count else ""
