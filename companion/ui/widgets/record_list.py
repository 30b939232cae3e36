"""The one list pattern: core rows in a table (or a plain list) with Add, Edit and Remove.

Every list in the app but the checklist is a `RecordList`: the people helping, calls to
programs, questions for the care team, the Plan's contacts, appointments, medicines and
allergies, and the person's own numbers in Get help now. Each behaves the same way:

- the keys: Enter (or a double click) edits the selected row, Delete removes it, Insert
  or Ctrl+N adds one, Ctrl+Z puts back what was just removed; a right click on a row
  offers Edit and Remove; Tab moves on past the rows, the arrows move between them;
- an empty list shows, in place of an empty table and its buttons, the one empty state:
  an icon, a sentence saying what to add there, and one button that adds the first row;
- removing is done at once, without a question, and the undo bar offers to put the row
  back, exactly as it was (docs/deleting.md says which actions undo and which ask).

It holds no business logic: the page gives it functions that call the core, and it runs
every write through the one place that turns a refused write into a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.ui.models.table_model import Column, RowsModel, SortRole
from companion.ui.widgets.empty_state import EmptyState
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.tables import RecordTable, keyboard_like_a_list
from companion.ui.widgets.undo_bar import UndoBar
from companion.ui.writes import attempt

Row = TypeVar("Row")


@dataclass(frozen=True)
class Words:
    """What one list says, written whole by its page so that each sentence translates well."""

    add: str  # the Add button, with its & letter and "…": "&Add a helper…"
    add_name: str  # the Add button's accessible name: "Add a helper"
    edit_name: str  # "Edit the selected helper"
    remove_name: str  # "Remove the selected helper"
    list_name: str  # the list's accessible name: "People helping"
    empty: str  # shown in place of an empty list: what to add here, and why


class RecordList(QWidget, Generic[Row]):
    """Add / Edit / Remove buttons, the rows, an empty state and an undo bar.

    `load()` returns the rows; `edit(row or None)` opens a dialog and returns True if it
    saved; `delete(row)` removes the row through the core and returns what `restore`
    needs to put it back (None when there was nothing to remove); `describe(row)` names
    the row in a few words for "Removed …", and `consequence(row)`, if given, adds what
    else the removal changes ("Their 2 tasks are yours again."). Both are worked out
    before the row is removed. Rows are told apart by `key` (their id).
    """

    changed = Signal()  # after every saved change: an add, an edit, a removal, an undo

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        words: Words,
        load: Callable[[], Sequence[Row]],
        edit: Callable[[Row | None], bool],
        delete: Callable[[Row], object],
        restore: Callable[[Any], object],
        describe: Callable[[Row], str],
        *,
        consequence: Callable[[Row], str] | None = None,
        as_list: bool = False,
        sort: tuple[int, Qt.SortOrder] | None = None,
        key: Callable[[Row], object] = attrgetter("id"),
        forget_on: SignalInstance | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._edit, self._describe, self._key = load, edit, describe, key
        self._delete, self._restore, self._consequence = delete, restore, consequence
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = FlowRow()  # the buttons fold onto a second line rather than be cut short
        self.add_button = QPushButton(words.add)
        self.add_button.setAccessibleName(words.add_name)
        self.add_button.setToolTip(self.tr("%1 (Insert or Ctrl+N)").replace("%1", words.add_name))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(words.edit_name)
        self.edit_button.setToolTip(self.tr("%1 (Enter)").replace("%1", words.edit_name))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(words.remove_name)
        self.remove_button.setToolTip(
            self.tr("%1 (Delete). You can undo it.").replace("%1", words.remove_name)
        )
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model: RowsModel[Row] = RowsModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        # Tab moves on past the rows; the arrows move between them (widgets/tables.py).
        self.view: QAbstractItemView = QListView() if as_list else RecordTable()
        keyboard_like_a_list(self.view)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(words.list_name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        if isinstance(self.view, QListView):
            self.view.setWordWrap(True)
            self.view.setSpacing(3)
        elif isinstance(self.view, QTableView) and sort is not None:
            self.view.setSortingEnabled(True)
            self.view.sortByColumn(*sort)
        layout.addWidget(self.view, 1)
        # In place of an empty table: the sentence, and the one button that adds the first row.
        self.empty = EmptyState(words.empty, words.add)
        self.empty.button.setAccessibleName(words.add_name)
        self.empty.button.setToolTip(self.add_button.toolTip())
        layout.addWidget(self.empty, 1)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)

        self.add_button.clicked.connect(self.add)
        self.empty.button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        # A right click on a row offers what the buttons do, for that row.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.row_actions = (
            QAction(self.edit_button.text(), self.view),
            QAction(self.remove_button.text(), self.view),
        )
        self.row_actions[0].triggered.connect(self.edit_selected)
        self.row_actions[1].triggered.connect(self.remove_selected)
        self.view.addActions(list(self.row_actions))
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._buttons())
        selection.currentChanged.connect(lambda *_: self._buttons())
        local_shortcuts(
            self.view,
            (
                (Qt.Key.Key_Return, self.edit_selected),
                (Qt.Key.Key_Enter, self.edit_selected),
                (Qt.Key.Key_Delete, self.remove_selected),
            ),
        )
        local_shortcuts(
            self,
            (
                (Qt.Key.Key_Insert, self.add),
                (QKeySequence.StandardKey.New, self.add),
                (QKeySequence.StandardKey.Undo, self.undo),
            ),
        )
        if forget_on is not None:  # the data was replaced: what was removed is not ours now
            forget_on.connect(self.undo_bar.dismiss)
        self._buttons()

    # --- what is shown -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the rows again, keeping the same row selected if it is still there."""
        chosen = self.selected()
        rows = self._load()
        self.model.set_rows(rows)
        for shown_with_rows in (self.view, self.add_button, self.edit_button, self.remove_button):
            shown_with_rows.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if chosen is not None:
            self.select(self._key(chosen))
        self._buttons()

    def rows(self) -> list[Row]:
        """The rows in the order they are shown."""
        found = (self.model.row_at(self.proxy.mapToSource(self._at(n)).row()) for n in self._n())
        return [row for row in found if row is not None]

    def selected(self) -> Row | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, key: object) -> bool:
        """Select the row whose key (id) is `key`; False when there is none."""
        for n in self._n():
            index = self._at(n)
            row = self.model.row_at(self.proxy.mapToSource(index).row())
            if row is not None and self._key(row) == key:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def select_row(self, n: int) -> None:
        """Select the `n`th row as shown (0 is the top one)."""
        self.view.setCurrentIndex(self._at(n))

    def _n(self) -> range:
        return range(self.proxy.rowCount())

    def _at(self, n: int) -> QModelIndex:
        return self.proxy.index(n, 0)

    def _buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        for action in self.row_actions:
            action.setEnabled(has)

    # --- what the person does ------------------------------------------------------------------

    def add(self) -> None:
        """Open the dialog for a new row; once it is saved, the new row is selected."""
        before = {self._key(row) for row in self.model.rows()}
        from_empty = self.empty.isVisibleTo(self)
        if self._edit(None):
            self.refresh()
            new = [self._key(row) for row in self.model.rows() if self._key(row) not in before]
            if new:
                self.select(new[0])
            if from_empty and self.view.isVisibleTo(self):
                self.view.setFocus()  # the button pressed is gone: focus the new row instead
            self.changed.emit()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self._edit(row):
            self.refresh()
            self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected row at once, and offer to put it back."""
        row = self.selected()
        if row is None:
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        said = self.tr("Removed %1.").replace("%1", self._describe(row))
        if self._consequence is not None and (more := self._consequence(row)):
            said += " " + more
        key = self._key(row)
        removed = attempt(self, lambda: self._delete(row))
        if removed is None:  # refused (and said so), or already gone
            self.refresh()
            return
        self.view.clearSelection()  # nothing selected: a second Delete removes nothing more
        self.view.setCurrentIndex(QModelIndex())
        self.refresh()
        rows_left = self.model.rows()
        self.changed.emit()
        if had_focus and not rows_left:
            self.empty.button.setFocus()  # keeps Ctrl+Z within reach once the list is empty
        self.undo_bar.offer(said, lambda: self._put_back(removed, key))

    def undo(self) -> None:
        """Put back what was just removed, if the undo bar still offers it."""
        self.undo_bar.undo()

    def _put_back(self, removed: object, key: object) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        attempt(self, lambda: self._restore(removed))
        self.refresh()
        self.select(key)
        if had_focus and self.view.isVisible():
            self.view.setFocus()  # on the row that came back, not lost with the empty state
        self.changed.emit()
