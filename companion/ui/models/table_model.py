"""A table model over a list of core dataclasses, one row each: what every list shows.

Rows are read-only here. A column may carry a tick box (a question answered, say);
ticking it is reported with `checkToggled` just after, for the page to write through the
core and show again; the model never changes a row by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
RowRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1


class Column(Generic[Row]):
    """How one column shows a row: its header, its text, and optionally how it sorts, what
    its tooltip and its spoken text are, and whether it has a tick box (`check`)."""

    def __init__(
        self,
        header: str,
        text: Callable[[Row], str],
        sort_key: Callable[[Row], object] | None = None,
        *,
        tooltip: Callable[[Row], str] | None = None,
        spoken: Callable[[Row], str] | None = None,
        check: Callable[[Row], bool] | None = None,
    ) -> None:
        self.header = header
        self.text = text
        self.sort_key = sort_key or text
        self.tooltip = tooltip or text
        self.spoken = spoken
        self.check = check


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows are dataclasses from the core; the row object itself is under RowRole."""

    checkToggled = Signal(object, bool)  # the row, and whether its tick box is now ticked

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].check is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column.spoken is not None:
                return column.spoken(row)
            # a blank cell is read as what it means, never as nothing at all
            return None if column.text(row).strip() else self.tr("Not given")
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == RowRole:
            return row
        if role == SortRole:
            return column.sort_key(row)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick is reported, not stored: the page writes it and shows the rows again."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or self.columns[index.column()].check is None
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        row, ticked = self._rows[index.row()], Qt.CheckState(value) == Qt.CheckState.Checked
        # told once this call has returned: the page then shows the rows again, and a model
        # reset inside setData would pull the rows from under the view (or proxy) calling it
        QTimer.singleShot(0, self, lambda: self.checkToggled.emit(row, ticked))
        return False
