"""Moving data in and out from Settings: export everything, import a file, restore a backup.

Import checks the whole file before anything is written, takes a backup first, and
asks before replacing data that is already there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from companion.core import export, operations
from companion.core.storage import Backup
from companion.ui.context import AppContext
from companion.ui.counts import Counts
from companion.ui.errors import STORAGE_FAILURES, explain
from companion.ui.models.table_model import Column, RowsModel
from companion.ui.names import format_datetime
from companion.ui.widgets import dialogs
from companion.ui.widgets.fit import follow_height_for_width
from companion.ui.widgets.tables import RecordTable
from companion.ui.widgets.text import paragraph
from companion.ui.writes import attempt


def export_file_name(context: AppContext) -> str:
    """A neutral name in discreet mode; a plain one otherwise."""
    if context.setting("discreet_mode"):
        return QCoreApplication.translate("SettingsData", "backup.json")
    return QCoreApplication.translate("SettingsData", "prep-companion-export.json")


def export_everything(parent: QWidget, context: AppContext) -> Path | None:
    """Everything as one JSON file; for protected data, after a passphrase for the file
    (or the choice of a plain file)."""
    passphrase: str | None = None
    if context.protected:
        from companion.ui.protection_dialogs import ExportChoiceDialog

        choice = ExportChoiceDialog(parent)
        if not choice.exec():
            return None
        passphrase = choice.chosen
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SettingsData", "Export everything"),
        export_file_name(context),
        QCoreApplication.translate("SettingsData", "JSON files (*.json)"),
    )
    if not name:
        return None
    path = Path(name)
    rows = attempt(
        parent,
        lambda: operations.export_everything(
            context.db, path, context.now(), passphrase, context.key_cost
        ),
    )
    if rows is None:
        return None
    dialogs.inform(
        parent,
        QCoreApplication.translate("SettingsData", "Exported"),
        Counts().records_exported(rows, name),
        QCoreApplication.translate(
            "SettingsData",
            "The file is protected: only its passphrase opens it. Keep the passphrase.",
        )
        if passphrase is not None
        else QCoreApplication.translate(
            "SettingsData",
            "Keep this file somewhere private: it holds everything you wrote in the app.",
        ),
    )
    return path


def _check_import(parent: QWidget, path: Path) -> tuple[dict[str, Any], list[Any]] | None:
    """The file read and checked; for a protected export, after its passphrase (asked
    until it fits, or None when the person stops)."""
    from companion.core import sealed
    from companion.core.storage import keys

    try:
        return operations.check_import(path)
    except sealed.PassphraseNeeded:
        pass
    from companion.ui.protection_dialogs import ask_file_passphrase, busy

    again = False
    while True:
        passphrase = ask_file_passphrase(parent, path.name, again)
        if passphrase is None:
            return None
        try:
            with busy():
                return operations.check_import(path, passphrase)
        except keys.WrongSecretError:
            again = True


def import_file(parent: QWidget, context: AppContext, name: str | None = None) -> bool:
    """Import an export file; True when something was imported."""
    if name is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SettingsData", "Import"),
            "",
            QCoreApplication.translate("SettingsData", "JSON files (*.json)"),
        )
        if not name:
            return False
    found = _check_import(parent, Path(name))
    if found is None:
        return False
    document, problems = found
    if problems:
        dialogs.warn(
            parent,
            QCoreApplication.translate("SettingsData", "Nothing was imported"),
            Counts().import_problems(len(problems)),
            QCoreApplication.translate(
                "SettingsData", "Your data is unchanged. Show details to see what is wrong."
            ),
            details="\n".join(f"{p.where}: {p.what}" for p in problems),
        )
        return False
    replace = not export.is_empty(context.db)
    if replace and not dialogs.confirm(
        parent,
        QCoreApplication.translate("SettingsData", "Replace your data?"),
        QCoreApplication.translate(
            "SettingsData",
            "Importing replaces everything the app holds now with the file's contents.",
        ),
        QCoreApplication.translate("SettingsData", "A backup of your current data is made first."),
        QCoreApplication.translate("SettingsData", "&Replace my data"),
        danger=True,
    ):
        return False
    done = attempt(
        parent, lambda: operations.import_file(context.storage, document, replace=replace)
    )
    if done is None:
        return False
    context.dataReset.emit()
    dialogs.inform(
        parent,
        QCoreApplication.translate("SettingsData", "Imported"),
        Counts().records_imported(done.rows),
        QCoreApplication.translate("SettingsData", "Everything from the file is in the app now."),
    )
    return True


class BackupsDialog(QDialog):
    """The automatic backups, newest first; one can be restored after a question."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        follow_height_for_width(self)  # its first paragraph wraps: taller when narrower
        layout.addWidget(
            paragraph(
                self.tr(
                    "Copies of your data made automatically. Restoring one replaces what the "
                    "app holds now; your current data is kept as a backup first."
                ),
                muted=True,
            )
        )
        self.model: RowsModel[Backup] = RowsModel(
            [
                Column(
                    self.tr("Made"),
                    lambda b: format_datetime(b.taken_at),
                    lambda b: b.taken_at.isoformat(),
                ),
                Column(self.tr("Size"), lambda b: f"{b.path.stat().st_size / 1024:.0f} KB"),
                Column(self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.view = RecordTable()  # Tab moves on; columns fit their content
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.view, 1)
        self.empty = paragraph(self.tr("No backups yet."), muted=True)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore\u2026"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.refresh()

    def refresh(self) -> None:
        backups = self.context.storage.backups()
        self.model.set_rows(backups)
        self.view.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        if backups:
            self.view.selectRow(0)
        self._buttons()

    def _buttons(self) -> None:
        self.restore_button.setEnabled(self.view.currentIndex().isValid())

    def selected(self) -> Backup | None:
        return self.model.row_at(self.view.currentIndex().row())

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        if not dialogs.confirm(
            self,
            self.tr("Restore this backup?"),
            self.tr("Restore the backup from %1?").replace("%1", format_datetime(backup.taken_at)),
            self.tr("Your current data is kept as a backup first."),
            self.tr("&Restore"),
            danger=True,
        ):
            return False
        try:
            self.context.storage = operations.restore(self.context.storage, backup.path)
        except STORAGE_FAILURES as error:
            dialogs.warn(self, self.tr("Not restored"), explain(error, "restore"))
            return False
        self.context.dataReset.emit()
        self.refresh()
        dialogs.inform(
            self,
            self.tr("Restored"),
            self.tr("Your data was restored from the backup."),
            self.tr("What the app held before is kept as a backup too."),
        )
        return True
