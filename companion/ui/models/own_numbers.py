"""A list model over the person's own numbers (companion.core.contacts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from companion.core.contacts import OwnNumber

Index = QModelIndex | QPersistentModelIndex


class OwnNumbersModel(QAbstractListModel):
    """Shows "Name — number"; the OwnNumber itself is under Qt.UserRole."""

    def __init__(self, numbers: list[OwnNumber] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._numbers: list[OwnNumber] = list(numbers or [])

    def set_numbers(self, numbers: list[OwnNumber]) -> None:
        self.beginResetModel()
        self._numbers = list(numbers)
        self.endResetModel()

    def number_at(self, row: int) -> OwnNumber | None:
        return self._numbers[row] if 0 <= row < len(self._numbers) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._numbers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._numbers):
            return None
        number = self._numbers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{number.name} \u2014 {number.number}"
            return f"{text}\n{number.note}" if number.note else text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{number.name}, {number.number}" + (f", {number.note}" if number.note else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return number.note or None
        if role == Qt.ItemDataRole.UserRole:
            return number
        return None
