"""The People helping tab: family members and friends who take on tasks; and how a person
is removed (with undo), which the Plan's People list shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core import people
from companion.core.changes import Area
from companion.core.people import Person, RemovedPerson
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column
from companion.ui.widgets.fit import keep_wrapped_lines
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.page import TAB_MARGINS
from companion.ui.widgets.prepare_dialogs import HelperDialog
from companion.ui.widgets.record_list import RecordList, Words
from companion.ui.widgets.text import paragraph
from companion.ui.widgets.undo_bar import UndoBar


class PersonRemoval(QObject):
    """How a list of people removes someone, puts them back (undo) and says what changed;
    Prepare's People tab and the Plan's People list share it."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def delete(self, person: Person) -> RemovedPerson | None:
        return self.context.write(Area.HELPERS, people.delete_person, self.context.db, person.id)

    def restore(self, gone: RemovedPerson) -> int:
        return self.context.write(Area.HELPERS, people.restore_person, self.context.db, gone)

    def describe(self, person: Person) -> str:
        return person.name

    def consequence(self, person: Person) -> str:
        """What removing `person` also changes: their tasks come back to the person."""
        count = people.task_count(self.context.db, person.id)
        return self.tr("Their %n task(s) came back to you.", "", count) if count else ""


def people_list(
    context: AppContext,
    columns: list[Column[Person]],
    words: Words,
    load: Callable[[], list[Person]],
    edit: Callable[[Person | None], bool],
    owner: QObject,
) -> RecordList[Person]:
    """A list of people (Prepare's or the Plan's) that removes someone with undo."""
    removal = PersonRemoval(context, owner)
    return RecordList[Person](
        columns,
        words,
        load,
        edit,
        removal.delete,
        removal.restore,
        removal.describe,
        consequence=removal.consequence,
        forget_on=context.dataReset,
    )


class PeopleTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._tasks: dict[int, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        layout.addWidget(
            keep_wrapped_lines(
                paragraph(
                    self.tr(
                        "Family and friends can take on tasks. Give a task to someone in the "
                        "Checklist, and they can pick their name under \u201cShow tasks for\u201d "
                        "to see only their list."
                    ),
                    muted=True,
                )
            )
        )
        self.list = people_list(
            context,
            [
                Column(self.tr("Name"), lambda h: h.name),
                Column(self.tr("Relationship"), lambda h: h.relationship),
                Column(self.tr("Phone"), lambda h: h.phone),
                Column(self.tr("Tasks"), lambda h: str(self._tasks.get(h.id, 0))),
                Column(
                    self.tr("Shared"),
                    lambda h: self.tr("Yes") if h.shared or self._tasks.get(h.id) else "",
                ),
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
            self,
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(self._sharing_row())
        self.merge_bar = UndoBar()
        layout.addWidget(self.merge_bar)
        self._show_merges_button()

    def _sharing_row(self) -> FlowRow:
        """Share the plan with a helper who has their own computer, and bring back their
        progress (docs/data-format.md, "Sharing with a helper")."""
        row = FlowRow()
        self.share_button = QPushButton(self.tr("S&hare with a helper\u2026"))
        self.share_button.setAccessibleName(self.tr("Share with a helper"))
        self.share_button.setToolTip(
            self.tr("Make a file of your plan for a helper who uses the app on their computer")
        )
        self.progress_button = QPushButton(self.tr("Add a helper's &progress\u2026"))
        self.progress_button.setAccessibleName(self.tr("Add a helper's progress"))
        self.progress_button.setToolTip(
            self.tr("Open the file a helper sent back, see every change, then merge it")
        )
        self.merges_button = QPushButton(self.tr("Undo a mer&ge\u2026"))
        self.merges_button.setAccessibleName(self.tr("Undo a merge"))
        self.merges_button.setToolTip(self.tr("The helpers' progress merged so far"))
        for button in (self.share_button, self.progress_button, self.merges_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.share_button.clicked.connect(self.share)
        self.progress_button.clicked.connect(lambda: self.add_progress())
        self.merges_button.clicked.connect(self.show_merges)
        return row

    def share(self) -> None:
        from companion.ui.share_dialog import ShareDialog

        ShareDialog(self.context, self).exec()

    def add_progress(self, path: Path | None = None) -> int | None:
        from companion.ui.progress_dialog import add_progress

        merged = add_progress(self, self.context, path, self.merge_bar.offer)
        self._show_merges_button()
        return merged

    def show_merges(self) -> None:
        from companion.ui.progress_dialog import MergesDialog

        self.merge_bar.dismiss()
        MergesDialog(self.context, self).exec()

    def refresh(self) -> None:
        self.list.refresh()
        self._show_merges_button()

    def _show_merges_button(self) -> None:
        """Undo a merge is offered once there is a merge to undo."""
        from companion.core import progress

        any_merge = progress.any_merge(self.context.db)
        self.merges_button.setEnabled(any_merge)
        self.merges_button.setToolTip(
            self.tr("The helpers' progress merged so far")
            if any_merge
            else self.tr("Nothing to undo yet: no helper's progress has been merged")
        )

    def _load(self) -> list[Person]:
        db = self.context.db
        everyone = people.list_people(db)
        self._tasks = {h.id: people.task_count(db, h.id) for h in everyone}
        return everyone

    def _edit(self, helper: Person | None) -> bool:
        db = self.context.db
        dialog = HelperDialog(
            lambda **v: people.save_person(db, helper.id if helper else None, **v), helper, self
        )
        return run_dialog(dialog, lambda: self.context.changed(Area.HELPERS))
