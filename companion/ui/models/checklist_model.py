"""A two-level tree model over the checklist: categories, and their items beneath them.

The model never writes. Ticking an item or dropping it somewhere is reported by
signals; the page asks the core to make the change and then reloads the model.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from companion.core.checklist import Category, ChecklistItem, Progress
from companion.ui.names import format_date
from companion.ui.theme import overdue_color

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-prep-companion-checklist-item"
TASK, DUE, WHO, DONE = range(4)
ItemRole = Qt.ItemDataRole.UserRole
KeyRole = Qt.ItemDataRole.UserRole + 1
_NO_PARENT = 0xFFFFFFFF  # internal id of category rows; item rows carry their category's row


class ChecklistModel(QAbstractItemModel):
    doneToggled = Signal(int, bool)
    moveRequested = Signal(int, object, str)  # item id, id to go before (or None), category

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []
        self._items: list[list[ChecklistItem]] = []
        self._progress: dict[str, Progress] = {}
        self._names: dict[int | None, str] = {}
        self._today = date.min  # set_checklist gives the day, from the injected clock
        self.headers = [self.tr("Task"), self.tr("Due"), self.tr("For"), self.tr("Done")]

    def set_checklist(
        self,
        categories: list[Category],
        items: list[ChecklistItem],
        progress: dict[str, Progress],
        names: dict[int | None, str],
        today: date,
    ) -> None:
        """Show `items` grouped under `categories`; `names` maps assignee ids to names."""
        self.beginResetModel()
        self._categories = list(categories)
        self._items = [[i for i in items if i.category == c.key] for c in categories]
        self._progress = progress
        self._names = names
        self._today = today
        self.endResetModel()

    # --- lookups -----------------------------------------------------------------------------

    def item_at(self, index: Index) -> ChecklistItem | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._items[index.internalId()][index.row()]

    def category_at(self, index: Index) -> Category | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _NO_PARENT else index.internalId()
        return self._categories[row]

    def index_of_item(self, item_id: int) -> QModelIndex:
        for c, items in enumerate(self._items):
            for r, item in enumerate(items):
                if item.id == item_id:
                    return self.createIndex(r, TASK, c)
        return QModelIndex()

    def items_in_order(self) -> list[ChecklistItem]:
        return [item for items in self._items for item in items]

    # --- structure ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        if parent.internalId() == _NO_PARENT:
            return self.createIndex(row, column, parent.row())
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._items[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == _NO_PARENT:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == TASK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # --- data --------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._category_data(self._categories[index.row()], index.column(), role)
        item = self._items[index.internalId()][index.row()]
        return self._item_data(item, index.column(), role)

    def _category_data(self, category: Category, column: int, role: int) -> object:
        progress = self._progress.get(category.key)
        if role == Qt.ItemDataRole.DisplayRole and column == TASK:
            if progress is None:
                return category.title
            return (
                self.tr("%1  (%2 of %3 done)")
                .replace("%1", category.title)
                .replace("%2", str(progress.done))
                .replace("%3", str(progress.total))
            )
        if role == Qt.ItemDataRole.FontRole and column == TASK:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column != TASK:
            return category.title  # its other cells are blank: read as the group they head
        if role == KeyRole:
            return category.key
        return None

    def _item_data(self, item: ChecklistItem, column: int, role: int) -> object:
        overdue = item.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TASK:
                return item.title
            if column == DUE:
                if item.due is None:
                    return ""
                text = format_date(item.due)
                return self.tr("%1 \u2014 overdue").replace("%1", text) if overdue else text
            if column == WHO:
                return self._names.get(item.assignee_id, self.tr("Me"))
            if column == DONE:
                return format_date(item.done_on) if item.done_on else ""
        if role == Qt.ItemDataRole.CheckStateRole and column == TASK:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.title}\n\n{item.notes}" if item.notes else item.title
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TASK:
            state = self.tr("done") if item.done else self.tr("not done")
            extra = self.tr(", overdue") if overdue else ""
            return f"{item.title}, {state}{extra}"
        if role == Qt.ItemDataRole.AccessibleTextRole and not self._item_data(item, column, 0):
            # a blank cell is read aloud as what it means, never as nothing
            if column == DUE:
                return self.tr("No due date")
            if column == DONE:
                return self.tr("Not done")
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column in (TASK, DUE):
            return QColor(overdue_color(QApplication.palette()))
        if role == Qt.ItemDataRole.FontRole and overdue and column in (TASK, DUE):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == ItemRole:
            return item
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != TASK:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != item.done:
            self.doneToggled.emit(item.id, checked)
        return False  # the page saves it and reloads the model

    # --- drag and drop -----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        items = [self.item_at(i) for i in indexes if i.column() == TASK]
        ids = [str(item.id) for item in items if item is not None]
        data.setData(MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        category = self.category_at(parent)
        if category is None:
            return False
        target = self.item_at(parent)
        if target is not None:  # dropped onto an item: go before it
            before: int | None = target.id
        else:
            siblings = self._items[self._categories.index(category)]
            before = siblings[row].id if 0 <= row < len(siblings) else None
        self.moveRequested.emit(item_id, before, category.key)
        return False  # the page moves it in the database and reloads
