"""The Checklist tab: the items in their categories, ticked, edited, reordered, assigned."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.core import checklist, people
from companion.core.changes import Area
from companion.core.checklist import Assignee, ChecklistItem
from companion.ui.context import AppContext
from companion.ui.models.checklist_model import DONE, DUE, TASK, WHO, ChecklistModel
from companion.ui.names import format_date
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.page import TAB_MARGINS
from companion.ui.widgets.prepare_dialogs import ItemDialog
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.tables import keyboard_like_a_list
from companion.ui.widgets.text import heading, paragraph
from companion.ui.widgets.undo_bar import UndoBar
from companion.ui.writes import attempt


class PaddedRows(QStyledItemDelegate):
    """Rows a little taller than their text: easier to read and to click."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class ChecklistTab(QWidget):
    openLink = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assignee: Assignee = "everyone"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)

        bar = FlowRow()  # folds onto a second line at large text rather than cut words
        self.add_button = make_primary(QPushButton(self.tr("&Add a task\u2026")))
        self.add_button.setAccessibleName(self.tr("Add a task"))
        self.add_button.setToolTip(self.tr("Add a task (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected task"))
        self.edit_button.setToolTip(self.tr("Edit the selected task (Enter)"))
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.delete_button.setAccessibleName(self.tr("Remove the selected task"))
        self.delete_button.setToolTip(self.tr("Remove the selected task (Delete); you can undo"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setAccessibleName(self.tr("Move the selected task up"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up); you can also drag tasks"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setAccessibleName(self.tr("Move the selected task down"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down); you can also drag tasks"))
        self.hide_done = QCheckBox(self.tr("&Hide done"))
        self.hide_done.setAccessibleName(self.tr("Hide done tasks"))
        for widget in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.hide_done)
        layout.addLayout(bar)

        self._names: list[str] = []
        self.model = ChecklistModel(self)
        self.view = QTreeView()
        keyboard_like_a_list(self.view)  # Tab moves on; the arrows move between tasks
        self.view.setObjectName("checklistView")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Checklist"))
        self.view.setUniformRowHeights(True)  # one height for all: no need to measure each row
        self.view.setItemDelegate(PaddedRows(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        for column in (DUE, WHO, DONE):  # sized by _fit_columns, not by measuring every row
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.empty = paragraph("", muted=True)
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

        self.undo_bar = UndoBar()
        layout.addWidget(self.undo_bar)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(4, 6, 4, 0)
        self.detail_title = heading("", level=3)
        self.detail_notes = paragraph("")
        self.detail_extra = paragraph("", muted=True)
        self.link_button = QPushButton()
        self.link_button.setAccessibleName(self.tr("Open the related section"))
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addStretch(1)
        details.addWidget(self.detail_title)
        details.addWidget(self.detail_notes)
        details.addWidget(self.detail_extra)
        details.addLayout(link_row)
        layout.addWidget(self.details)

        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.hide_done.toggled.connect(lambda _on: self.refresh())
        self.view.activated.connect(lambda _index: self.edit_item())
        self.model.doneToggled.connect(self.set_done)
        self.model.moveRequested.connect(self.move_item)
        self.link_button.clicked.connect(self._open_link)
        local_shortcuts(
            self,
            (
                (QKeySequence.StandardKey.New, self.add_item),
                (QKeySequence(Qt.Key.Key_Delete), self.delete_item),
                (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1)),
                (QKeySequence("Ctrl+Down"), lambda: self.move_selected(+1)),
                (QKeySequence.StandardKey.Undo, self.undo_bar.undo),
            ),
        )
        selection = self.view.selectionModel()
        selection.currentChanged.connect(lambda *_: self._show_selected())

    # --- showing -----------------------------------------------------------------------------

    def refresh(self, assignee: Assignee | None = None) -> None:
        if assignee is not None:
            self.assignee = assignee
        db = self.context.db
        selected = self.selected_item()
        items = checklist.list_items(
            db, assignee=self.assignee, include_done=not self.hide_done.isChecked()
        )
        progress = {p.key: p for p in checklist.readiness(db, self.assignee).categories}
        names: dict[int | None, str] = dict(people.names(db).items())
        names[None] = self.tr("Me")
        shown = checklist.categories(db)
        filtered = self.assignee != "everyone" or self.hide_done.isChecked()
        if filtered:  # only the categories that have something to show
            used = {item.category for item in items}
            shown = [c for c in shown if c.key in used]
        self.model.set_checklist(shown, items, progress, names, self.context.today())
        self._names = list(names.values())
        self._fit_columns()
        self.empty.setVisible(not items)
        if not items:
            self.empty.setText(
                self.tr(
                    "Nothing to show. Every task here is done, or none is given to this person."
                )
                if filtered
                else self.tr("The checklist is empty. Add a task to begin.")
            )
        self.view.expandAll()
        if selected is not None:
            self.select_item(selected.id)
        self._show_selected()

    def _fit_columns(self) -> None:
        """Widths for the date and name columns from the longest text each could hold.

        Measuring the text itself rather than every row keeps a long checklist quick to
        open; dates are tried in every month, as month names differ in length.
        """
        plain = self.view.fontMetrics()
        font = QFont(self.view.font())
        font.setBold(True)
        bold = QFontMetrics(font)
        dates = [format_date(date(2000, month, 28)) for month in range(1, 13)]
        overdue = QCoreApplication.translate("ChecklistModel", "%1 \u2014 overdue")
        header = self.view.header()
        heads = header.fontMetrics()
        pad = 2 * plain.averageCharWidth() + 8
        widths = {
            DUE: max(bold.horizontalAdvance(overdue.replace("%1", d)) for d in dates),
            WHO: min(max((plain.horizontalAdvance(name) for name in self._names), default=0), 240),
            DONE: max(plain.horizontalAdvance(d) for d in dates),
        }
        for column, width in widths.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(width, heads.horizontalAdvance(title)) + pad)
        # The task column takes the rest, but never less than about 28 characters: with
        # large text in a small window the list scrolls sideways rather than hide tasks.
        rest = self.view.viewport().width() - sum(header.sectionSize(c) for c in widths)
        least = plain.averageCharWidth() * 28
        if rest >= least:
            header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(TASK, least)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def selected_item(self) -> ChecklistItem | None:
        return self.model.item_at(self.view.currentIndex())

    def select_item(self, item_id: int) -> None:
        index = self.model.index_of_item(item_id)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)

    def _show_selected(self) -> None:
        item = self.selected_item()
        has = item is not None
        for button in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self.details.setVisible(has)
        if item is None:
            return
        self.detail_title.setText(item.title)
        self.detail_notes.setText(item.notes)
        self.detail_notes.setVisible(bool(item.notes))
        extra = []
        practice = checklist.relaxation_progress(self.context.db, item)
        if practice is not None:
            extra.append(
                self.tr("Practice sessions: %1 of %2. This ticks itself when you reach %2.")
                .replace("%1", str(practice[0]))
                .replace("%2", str(practice[1]))
            )
        if item.sources:
            extra.append(self.tr("Sources: %1").replace("%1", item.sources))
        self.detail_extra.setText("  ".join(extra))
        self.detail_extra.setVisible(bool(extra))
        if item.link == "breathe":
            self.link_button.setText(self.tr("Open Breathe"))
        elif item.link.startswith("learn:"):
            self.link_button.setText(self.tr("Read more in Learn"))
        self.link_button.setVisible(bool(item.link))

    def _open_link(self) -> None:
        item = self.selected_item()
        if item is not None and item.link:
            self.openLink.emit(item.link)

    # --- changing ----------------------------------------------------------------------------

    def _saved(self, item_id: int | None = None) -> None:
        self.context.changed(Area.CHECKLIST)
        if item_id is not None:
            self.select_item(item_id)

    def add_item(self) -> None:
        db = self.context.db
        current = self.selected_item()
        category = current.category if current else None
        index = self.view.currentIndex()
        if current is None and index.isValid():
            found = self.model.category_at(index)
            category = found.key if found else None
        made: list[ChecklistItem] = []
        dialog = ItemDialog(
            lambda **values: made.append(
                checklist.save_item(db, None, at=self.context.now(), **values)
            ),
            checklist.categories(db),
            people.list_people(db),
            self.context.today(),
            category=category,
            parent=self,
        )
        dialog.title.setFocus()
        run_dialog(dialog, lambda: self._saved(made[-1].id if made else None))

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        db = self.context.db
        dialog = ItemDialog(
            lambda **values: checklist.save_item(db, item.id, at=self.context.now(), **values),
            checklist.categories(db),
            people.list_people(db),
            self.context.today(),
            item=item,
            parent=self,
        )
        run_dialog(dialog, lambda: self._saved(item.id))

    def delete_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        removed = attempt(self, lambda: checklist.delete_item(self.context.db, item.id))
        if removed is None:
            return
        self._saved()
        self.undo_bar.offer(
            self.tr("Removed \u201c%1\u201d.").replace("%1", removed.title),
            lambda: self._restore(removed),
        )

    def _restore(self, item: ChecklistItem) -> None:
        restored = attempt(self, lambda: checklist.restore_item(self.context.db, item))
        if restored is not None:
            self._saved(restored.id)

    def set_done(self, item_id: int, done: bool) -> None:
        today, now = self.context.today(), self.context.now()
        attempt(self, lambda: checklist.set_done(self.context.db, item_id, done, today, at=now))
        self._saved(item_id)

    def move_item(self, item_id: int, before_id: int | None, category: str) -> None:
        attempt(self, lambda: checklist.move_item(self.context.db, item_id, before_id, category))
        self._saved(item_id)

    def move_selected(self, step: int) -> None:
        """Move the selected task up or down past the next visible task in its category."""
        item = self.selected_item()
        if item is None:
            return
        siblings = [i for i in self.model.items_in_order() if i.category == item.category]
        position = [i.id for i in siblings].index(item.id)
        target = position + step
        if target < 0 or target >= len(siblings):
            return
        if step < 0:
            before: int | None = siblings[target].id
        else:
            before = siblings[target + 1].id if target + 1 < len(siblings) else None
        self.move_item(item.id, before, item.category)
