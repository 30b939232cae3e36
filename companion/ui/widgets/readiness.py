"""Readiness shown as bars, and the short "next up" list; used by Prepare and Today."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from companion.ui.names import format_date
from companion.ui.widgets.text import paragraph, set_tone

if TYPE_CHECKING:  # the core's checklist is loaded with the data, after the first paint
    from companion.core.checklist import ChecklistItem, Progress, Readiness


def progress_bar(progress: Progress, name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, max(1, progress.total))
    bar.setValue(progress.done)
    bar.setFormat(f"{progress.done} / {progress.total}")
    bar.setTextVisible(True)
    bar.setAccessibleName(name)
    bar.setAccessibleDescription(f"{progress.percent}%")
    bar.setMinimumHeight(18)
    return bar


class ReadinessBars(QWidget):
    """The overall bar and, optionally, one bar per category."""

    def __init__(self, per_category: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._per_category = per_category
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        # Until the first show_readiness: an empty line and an empty bar in their places,
        # so that the page does not move when the figures come.
        self.summary = QLabel(" ")
        self.grid.addWidget(self.summary, 0, 0, 1, 2)
        waiting = QProgressBar()
        waiting.setFormat(" ")
        waiting.setValue(waiting.minimum())
        waiting.setAccessibleName(self.tr("Overall readiness"))
        waiting.setMinimumHeight(18)
        self.grid.addWidget(waiting, 1, 0, 1, 2)

    def show_readiness(self, readiness: Readiness) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.summary:
                widget.hide()
                widget.deleteLater()
        overall = readiness.overall
        self.summary.setText(
            self.tr("Ready: %1% (%2 of %3 done)")
            .replace("%1", str(overall.percent))
            .replace("%2", str(overall.done))
            .replace("%3", str(overall.total))
        )
        self.summary.setAccessibleName(self.summary.text())
        self.grid.addWidget(self.summary, 0, 0, 1, 2)
        self.grid.addWidget(progress_bar(overall, self.tr("Overall readiness")), 1, 0, 1, 2)
        if not self._per_category:
            return
        for row, progress in enumerate(readiness.categories, start=2):
            label = QLabel(progress.title)
            label.setWordWrap(True)  # on two lines in a narrow window, beside its whole bar
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(progress_bar(progress, progress.title), row, 1)


class NextUpList(QWidget):
    """Up to a few open items, with their due dates; overdue ones stand out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.lines: list[QLabel] = []

    def reserve(self, count: int) -> None:
        """Hold `count` blank lines until the first `show_items`, so nothing moves then."""
        for _ in range(count):
            blank = paragraph(" ")
            self.lines.append(blank)
            self.column.addWidget(blank)

    def show_items(
        self, items: list[ChecklistItem], today: date, names: dict[int | None, str]
    ) -> None:
        for line in self.lines:
            line.hide()
            line.deleteLater()
        self.lines = []
        if not items:
            empty = paragraph(self.tr("Nothing left open. Well done."), muted=True)
            self.lines.append(empty)
            self.column.addWidget(empty)
            return
        for item in items:
            parts = [item.title]
            if item.due is not None:
                when = format_date(item.due)
                if item.is_overdue(today):
                    parts.append(self.tr("overdue since %1").replace("%1", when))
                else:
                    parts.append(self.tr("due %1").replace("%1", when))
            if item.assignee_id is not None and item.assignee_id in names:
                parts.append(names[item.assignee_id])
            line = paragraph("\u2022  " + " \u00b7 ".join(parts))
            if item.is_overdue(today):
                set_tone(line, "overdue")
            self.lines.append(line)
            self.column.addWidget(line)
