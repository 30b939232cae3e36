"""A read-only table model over a list of core dataclasses, one row each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
RowRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1


class Column(Generic[Row]):
    """How one column shows a row: its header, its text, and (optionally) how it sorts."""

    def __init__(
        self,
        header: str,
        text: Callable[[Row], str],
        sort_key: Callable[[Row], Any] | None = None,
    ) -> None:
        self.header = header
        self.text = text
        self.sort_key = sort_key or text


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows are dataclasses from the core; the row object itself is under RowRole."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
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
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                column.text(row) or None
                if role == Qt.ItemDataRole.ToolTipRole
                else column.text(row)
            )
        if role == RowRole:
            return row
        if role == SortRole:
            return column.sort_key(row)
        return None
