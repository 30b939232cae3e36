"""The one rule for every table and list: how the keyboard moves, and how wide columns are.

Tab and Shift+Tab (and Ctrl+Tab) always move on to the next control; the arrow keys,
Home, End and Page Up/Down move within the rows. Qt's tables walk their cells with Tab
by default, which traps a keyboard user inside (45 presses never leave a table): every
view in the app goes through `keyboard_like_a_list`, and every table is a `RecordTable`.

A `RecordTable`'s columns are as wide as their content and header, so that a name is
never squeezed; a long free-text column (notes, a place) is held to a readable width and
cut short with "…", its whole text in the cell's tool tip; no column is stretched to fill
the table, so there is no giant last column.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

LONGEST_COLUMN = 34  # characters: past this a column is cut short with "…"


def keyboard_like_a_list(view: QAbstractItemView) -> None:
    """Tab leaves the view; the arrows move within it."""
    view.setTabKeyNavigation(False)


class RecordTable(QTableView):
    """A read-only table of records, one per row, chosen a whole row at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keyboard_like_a_list(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self.fit_columns)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
                signal.connect(self._fit_later.start)
            model.rowsInserted.connect(self._fit_later.start)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its widest cell or its header; long text is held to
        `LONGEST_COLUMN` characters, except in the first column (the name)."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        longest = self.fontMetrics().averageCharWidth() * LONGEST_COLUMN
        for column in range(model.columnCount()):
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, wanted if column == 0 else min(wanted, longest))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_later.start()
