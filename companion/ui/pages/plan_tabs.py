"""The Plan page's lists: contacts, appointments, medicines and allergies.

Each list is a table over core rows with Add, Edit and Remove; every change is saved
at once through the core.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.ui.models.table_model import Column, RowsModel, SortRole
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.text import paragraph
from companion.ui.widgets.undo_bar import UndoBar
from companion.ui.writes import attempt

Row = TypeVar("Row")


class RecordList(QWidget, Generic[Row]):
    """A titled table with Add / Edit / Remove buttons around a list of core rows.

    `load()` returns the rows; `edit(row or None)` opens a dialog and returns True if saved;
    `remove(row)` deletes and returns an undo action (or None when there is nothing to undo).
    """

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        noun: str,
        empty: str,
        load: Callable[[], list[Row]],
        edit: Callable[[Row | None], bool],
        remove: Callable[[Row], Callable[[], object] | None],
        describe: Callable[[Row], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._edit, self._remove, self._describe = load, edit, remove, describe
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = FlowRow()  # the buttons fold onto a second line rather than be cut short
        self.add_button = QPushButton(self.tr("&Add %1\u2026").replace("%1", noun))
        self.add_button.setAccessibleName(self.tr("Add %1").replace("%1", noun))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected %1").replace("%1", noun))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected %1").replace("%1", noun))
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model: RowsModel[Row] = RowsModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(noun)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.empty = paragraph(empty, muted=True)
        layout.addWidget(self.empty)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)
        self.add_button.clicked.connect(lambda: self._edited(self._edit(None)))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        local_shortcuts(
            self.view,
            ((Qt.Key.Key_Delete, self.remove_selected), ("Ctrl+Z", self.undo_bar.undo)),
        )

    def refresh(self) -> None:
        rows = self._load()
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._buttons()

    def selected(self) -> Row | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.row_at(index.row()) if index.isValid() else None

    def _buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _edited(self, saved: bool) -> None:
        if saved:
            self.refresh()
            self.changed.emit()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._edited(self._edit(row))

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        undo = self._remove(row)
        self.refresh()
        self.changed.emit()
        if undo is not None:

            def put_back() -> None:
                undo()
                self.refresh()
                self.changed.emit()

            self.undo_bar.offer(self.tr("Removed %1.").replace("%1", self._describe(row)), put_back)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def attempt_bool(parent: QWidget, action: Callable[[], Any]) -> bool:
    """True when `action` ran without a problem (which has been shown otherwise)."""
    return attempt(parent, lambda: (action(), True)[1]) is True
