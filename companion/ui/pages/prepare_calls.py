"""The Calls to programs tab: who was called, what they said, and when to call back."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core import calls, helpers
from companion.core.calls import FacilityCall
from companion.core.changes import Area
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column, RowsModel, SortRole
from companion.ui.names import format_datetime
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.prepare_dialogs import CallDialog, outcome_names
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.text import paragraph, set_tone
from companion.ui.widgets.undo_bar import UndoBar
from companion.ui.writes import attempt


class CallsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._names: dict[int | None, str] = {}
        outcomes = outcome_names()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        self.next_callback = paragraph("")
        layout.addWidget(self.next_callback)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Log a call\u2026"))
        self.add_button.setAccessibleName(self.tr("Log a call"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected call"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected call"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)

        def who(call: FacilityCall) -> str:
            return self._names.get(call.caller_id, self.tr("Me"))

        self.model: RowsModel[FacilityCall] = RowsModel(
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
                ),
                Column(self.tr("Notes"), lambda c: c.notes.replace("\n", " ")),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Calls to programs"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.empty = paragraph(
            self.tr(
                "No calls logged yet. When you or a helper call a detox program, note what "
                "they said here, and when to call back."
            ),
            muted=True,
        )
        layout.addWidget(self.empty)
        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)

        self.add_button.clicked.connect(self.add_call)
        self.edit_button.clicked.connect(self.edit_call)
        self.delete_button.clicked.connect(self.delete_call)
        self.view.activated.connect(lambda _index: self.edit_call())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        local_shortcuts(
            self,
            (
                (QKeySequence(Qt.Key.Key_Delete), self.delete_call),
                (QKeySequence.StandardKey.Undo, self.undo_bar.undo),
            ),
        )

    def refresh(self) -> None:
        db = self.context.db
        self._names = {h.id: h.name for h in helpers.list_helpers(db)}
        rows = calls.list_calls(db)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        upcoming = calls.next_callback(db)
        if upcoming is None or upcoming.callback_at is None:
            self.next_callback.hide()
        else:
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
        self._update_buttons()

    def selected(self) -> FacilityCall | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add_call(self) -> None:
        db = self.context.db
        dialog = CallDialog(
            lambda **v: calls.add_call(db, **v),
            helpers.list_helpers(db),
            self.context.now(),
            parent=self,
        )
        run_dialog(dialog, lambda: self.context.changed(Area.CALLS))

    def edit_call(self) -> None:
        call = self.selected()
        if call is None:
            return
        db = self.context.db
        dialog = CallDialog(
            lambda **v: calls.update_call(db, call.id, **v),
            helpers.list_helpers(db),
            self.context.now(),
            call,
            self,
        )
        run_dialog(dialog, lambda: self.context.changed(Area.CALLS))

    def delete_call(self) -> None:
        call = self.selected()
        if call is None:
            return
        db = self.context.db
        removed = attempt(
            self, lambda: self.context.write(Area.CALLS, calls.delete_call, db, call.id)
        )
        if removed is None:
            return
        self.undo_bar.offer(
            self.tr("Deleted the call to %1.").replace("%1", removed.facility),
            lambda: self._restore(removed),
        )

    def _restore(self, call: FacilityCall) -> None:
        db = self.context.db
        attempt(self, lambda: self.context.write(Area.CALLS, calls.restore_call, db, call))
