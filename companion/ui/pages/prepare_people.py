"""The People helping tab: family members and friends who take on tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core import helpers
from companion.core.changes import Area
from companion.core.helpers import Helper
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column, RowsModel
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.prepare_dialogs import HelperDialog
from companion.ui.widgets.text import paragraph
from companion.ui.writes import attempt


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
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a helper\u2026"))
        self.add_button.setAccessibleName(self.tr("Add a helper"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected helper"))
        self.remove_button = QPushButton(self.tr("&Remove\u2026"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected helper"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.model: RowsModel[Helper] = RowsModel(
            [
                Column(self.tr("Name"), lambda h: h.name),
                Column(self.tr("Relationship"), lambda h: h.relationship),
                Column(self.tr("Phone"), lambda h: h.phone),
                Column(self.tr("Tasks"), lambda h: str(self._tasks.get(h.id, 0))),
                Column(self.tr("Note"), lambda h: h.note),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("People helping"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.empty = paragraph(
            self.tr(
                "No one added yet. Add a family member or friend who is helping you get "
                "ready, with their phone number."
            ),
            muted=True,
        )
        layout.addWidget(self.empty)

        self.add_button.clicked.connect(self.add_helper)
        self.edit_button.clicked.connect(self.edit_helper)
        self.remove_button.clicked.connect(self.remove_helper)
        self.view.activated.connect(lambda _index: self.edit_helper())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_helper)

    def refresh(self) -> None:
        db = self.context.db
        people = helpers.list_helpers(db)
        self._tasks = {h.id: helpers.task_count(db, h.id) for h in people}
        self.model.set_rows(people)
        self.view.setVisible(bool(people))
        self.empty.setVisible(not people)
        self._update_buttons()

    def selected(self) -> Helper | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _update_buttons(self) -> None:
        has = self.view.currentIndex().isValid()
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add_helper(self) -> None:
        db = self.context.db
        dialog = HelperDialog(lambda **v: helpers.add_helper(db, **v), parent=self)
        run_dialog(dialog, lambda: self.context.changed(Area.HELPERS))

    def edit_helper(self) -> None:
        helper = self.selected()
        if helper is None:
            return
        db = self.context.db
        dialog = HelperDialog(lambda **v: helpers.update_helper(db, helper.id, **v), helper, self)
        run_dialog(dialog, lambda: self.context.changed(Area.HELPERS))

    def remove_helper(self) -> None:
        helper = self.selected()
        if helper is None:
            return
        count = self._tasks.get(helper.id, 0)
        text = self.tr("Remove %1 from the people helping?").replace("%1", helper.name)
        if count:
            text += " " + self.tr("Their %n task(s) will come back to you.", "", count)
        answer = QMessageBox.question(
            self,
            self.tr("Remove helper"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.db
        attempt(
            self, lambda: self.context.write(Area.HELPERS, helpers.delete_helper, db, helper.id)
        )
