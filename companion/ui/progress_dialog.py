"""Add a helper's progress (the person's side): open their file, see every change it
would make before anything is changed, merge, and undo a merge later.

The core checks the file whole (`operations.preview_progress_file`) and merges it
(`progress.apply_merge`); a problem is shown as a list and nothing is changed. A merge only
ticks, unticks and annotates the helper's own tasks; a later change wins.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import operations, progress, share
from companion.core.changes import Area
from companion.core.share import Merge, MergePreview, ShareFileRefused, TaskChange
from companion.ui.context import AppContext
from companion.ui.errors import EXPECTED, explain
from companion.ui.names import format_date, format_datetime
from companion.ui.widgets import dialogs
from companion.ui.widgets.fit import follow_height_for_width
from companion.ui.widgets.page import XS, S, scrolling_column
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.text import heading, paragraph, set_tone


class ChangeWords(QObject):
    """How one change of a helper's is said, and why one is skipped."""

    def what(self, change: TaskChange) -> str:
        parts = []
        if change.done_after is not None and change.done_after != change.done_before:
            parts.append(self.tr("ticked done on %1").replace("%1", format_date(change.done_after)))
        elif change.done_after is None and change.done_before is not None:
            parts.append(self.tr("unticked"))
        if change.note_after != change.note_before:
            if change.note_after:
                parts.append(self.tr("note: %1").replace("%1", f"\u201c{change.note_after}\u201d"))
            else:
                parts.append(self.tr("note removed"))
        return "; ".join(parts) or self.tr("no change")

    def why_skipped(self, reason: str) -> str:
        return {
            "older": self.tr("Not merged: you changed this task after they did."),
            "not-theirs": self.tr("Not merged: this task is not theirs."),
            "unknown-task": self.tr("Not merged: this task is no longer in your list."),
            "unchanged": self.tr("Not merged: the task is already like this."),
        }.get(reason, self.tr("Not merged."))

    def merge_button(self, count: int) -> str:
        return self.tr("&Merge %n change(s)", "", count)

    def merged(self, count: int, name: str) -> str:
        return self.tr("Merged %n change(s) from %1.", "", count).replace("%1", name)

    def merge_line(self, merge: Merge) -> str:
        count = sum(1 for change in merge.changes if change.applies)
        line = self.tr("%1: %n change(s) from %2", "", count)
        line = line.replace("%1", format_datetime(merge.merged_at)).replace("%2", merge.helper_name)
        return line + (" " + self.tr("(undone)") if merge.undone else "")


def progress_filter() -> str:
    return QCoreApplication.translate(
        "ProgressDialog", "Progress files (*%1);;All files (*)"
    ).replace("%1", share.PROGRESS_SUFFIX)


def show_refused(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Say why a file was not used, with every problem found listed, and that nothing
    was changed."""
    details = ""
    if isinstance(error, ShareFileRefused):
        details = "\n".join(str(problem) for problem in error.problems)
    why = QCoreApplication.translate(
        "ProgressDialog", "Nothing was changed. Show details to see every problem found."
    )
    dialogs.warn(parent, title, explain(error, "import"), why if details else "", details)


class MergePreviewDialog(QDialog):
    """Every change a helper's progress file would make, and those skipped with their
    reason; the primary button merges the ones that apply."""

    def __init__(self, preview: MergePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = ChangeWords()
        name = preview.helper_name
        self.setWindowTitle(self.tr("Add %1's progress").replace("%1", name))
        layout = QVBoxLayout(self)
        why = paragraph(
            self.tr(
                "%1 sent this on %2. Nothing changes until you merge, and a merge can be undone."
            )
            .replace("%2", format_datetime(preview.written_at))
            .replace("%1", name),
            muted=True,
        )
        why.setObjectName("dialogWhy")
        layout.addWidget(why)
        scroll, column = scrolling_column((0, 0, S, 0))
        column.setSpacing(XS)
        applying = preview.applying
        skipped = [c for c in preview.changes if not c.applies]
        self.lines: list[QLabel] = []
        if applying:
            column.addWidget(heading(self.tr("Changes to merge"), level=3))
        for change in applying:
            self._add(column, change.title, f"{name}: {words.what(change)}")
        if skipped:
            column.addSpacing(S)
            column.addWidget(heading(self.tr("Left as they are"), level=3))
        for change in skipped:
            self._add(
                column,
                change.title,
                f"{name}: {words.what(change)}. {words.why_skipped(change.reason)}",
            )
        if not preview.changes:
            column.addWidget(paragraph(self.tr("This file holds no changes.")))
        column.addStretch(1)
        scroll.setMinimumHeight(scroll.fontMetrics().height() * 8)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox()
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without changing anything"))
        self.merge_button = QPushButton(words.merge_button(len(applying)))
        self.merge_button.setAccessibleName(
            self.tr("Merge %n change(s)", "", len(applying)).replace("&", "")
        )
        self.merge_button.setToolTip(self.tr("Apply these changes to your checklist"))
        self.merge_button.setEnabled(bool(applying))
        make_primary(self.merge_button)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        layout.addStrut(480)
        follow_height_for_width(self)
        if applying:
            self.merge_button.setDefault(True)

    def _add(self, column: QVBoxLayout, title: str, line: str) -> None:
        name = paragraph(title)
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        what = paragraph(line, muted=True)
        column.addWidget(name)
        column.addWidget(what)
        self.lines.append(what)


def preview_file(parent: QWidget, context: AppContext, path: Path) -> MergePreview | None:
    """The checked preview of the progress file at `path`, or None (the problems shown)."""
    try:
        return operations.preview_progress_file(context.db, path)
    except EXPECTED as error:
        title = QCoreApplication.translate("ProgressDialog", "This progress was not added")
        show_refused(parent, title, error)
    return None


def add_progress(
    parent: QWidget,
    context: AppContext,
    path: Path | None = None,
    offer_undo: Callable[[str, Callable[[], object]], None] | None = None,
) -> int | None:
    """Open a helper's progress file, preview it and merge it if the person agrees; the
    merge's id, or None when nothing was merged. `offer_undo(text, undo)` shows the undo bar."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ProgressDialog", "Add a helper's progress"),
            "",
            progress_filter(),
        )
        if not name:
            return None
        path = Path(name)
    preview = preview_file(parent, context, path)
    if preview is None:
        return None
    if not MergePreviewDialog(preview, parent).exec():
        return None
    try:
        merge_id = context.write(
            Area.CHECKLIST, progress.apply_merge, context.db, preview, context.now()
        )
    except EXPECTED as error:
        title = QCoreApplication.translate("ProgressDialog", "Not merged")
        dialogs.warn(parent, title, explain(error))
        return None
    if offer_undo is not None:
        text = ChangeWords().merged(len(preview.applying), preview.helper_name)
        offer_undo(text, lambda: undo_merge(parent, context, merge_id))
    return int(merge_id)


def undo_merge(parent: QWidget | None, context: AppContext, merge_id: int) -> bool:
    """Undo a merge, and say which tasks had changed again since and were left."""
    try:
        outcome = context.write(Area.CHECKLIST, progress.undo_merge, context.db, merge_id)
    except EXPECTED as error:
        title = QCoreApplication.translate("ProgressDialog", "Not undone")
        dialogs.warn(parent, title, explain(error))
        return False
    if outcome.not_undone:
        dialogs.inform(
            parent,
            QCoreApplication.translate("ProgressDialog", "Merge undone"),
            QCoreApplication.translate(
                "ProgressDialog", "Some tasks were left as they are: they were changed since."
            ),
            "\n".join(outcome.not_undone),
        )
    return True


class MergesDialog(QDialog):
    """Every past merge of a helper's progress, newest first, each one can be undone."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Undo a merge"))
        layout = QVBoxLayout(self)
        why = paragraph(
            self.tr(
                "Undoing a merge puts the tasks back as they were before it, unless they "
                "were changed again since."
            ),
            muted=True,
        )
        why.setObjectName("dialogWhy")
        layout.addWidget(why)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Merges of helpers' progress"))
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 6)
        layout.addWidget(self.list, 1)
        self.empty = paragraph(self.tr("No progress has been merged yet."))
        set_tone(self.empty, "muted")
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close this list"))
        self.undo_button = QPushButton(self.tr("&Undo this merge"))
        self.undo_button.setAccessibleName(self.tr("Undo the selected merge"))
        self.undo_button.setToolTip(self.tr("Put its tasks back as they were before it"))
        make_primary(self.undo_button)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_selected)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.buttons)
        layout.addStrut(480)
        follow_height_for_width(self)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        words = ChangeWords()
        merges = progress.list_merges(self.context.db)
        for merge in merges:
            item = QListWidgetItem(words.merge_line(merge))
            item.setData(Qt.ItemDataRole.UserRole, merge.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, merge.undone)
            self.list.addItem(item)
        self.list.setVisible(bool(merges))
        self.empty.setVisible(not merges)
        if merges:
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.undo_button.setEnabled(
            item is not None and not item.data(Qt.ItemDataRole.UserRole + 1)
        )

    def undo_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole + 1):
            return
        row = self.list.currentRow()
        if undo_merge(self, self.context, int(item.data(Qt.ItemDataRole.UserRole))):
            self.refresh()
            self.list.setCurrentRow(min(row, self.list.count() - 1))
