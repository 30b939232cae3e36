"""Passphrase protection in Settings → Privacy: turning it on (with the recovery key shown
once, saved as a one-page PDF or printed, and asked back), changing the passphrase, and
turning it off. The work itself is in core/storage/protection.py."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.storage import keys
from companion.core.validate import InvalidInputError
from companion.ui.context import AppContext
from companion.ui.names import format_date
from companion.ui.widgets import dialogs
from companion.ui.widgets.fit import follow_height_for_width
from companion.ui.widgets.folding_row import FoldingRow
from companion.ui.widgets.form_dialog import FormDialog
from companion.ui.widgets.text import ScaledLabel, heading, paragraph, selectable, set_tone

T = TypeVar("T")


@contextmanager
def busy() -> Iterator[None]:
    """The waiting cursor while the keys are made or the data is converted (a second or
    so): the window is drawn first, so the dialog never looks frozen."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def secret_field(name: str) -> QLineEdit:
    """A hidden field for a passphrase or a recovery key."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(keys.MAX_PASSPHRASE)
    field.setAccessibleName(name)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


def show_toggle(fields: list[QLineEdit], text: str) -> QCheckBox:
    """A check box that shows what was typed in `fields`, for checking it."""
    box = QCheckBox(text)
    box.setAccessibleName(text.replace("&", ""))

    def follow(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(follow)
    return box


def _typed(message: str) -> InvalidInputError:
    return InvalidInputError("passphrase", "typed", message)


class NewPassphrase:
    """The two fields for a new passphrase, typed twice."""

    def __init__(self, dialog: FormDialog, label: str) -> None:
        self.first = secret_field(label.replace("&", ""))
        self.again = secret_field(
            QCoreApplication.translate("Protection", "Type the passphrase again")
        )
        dialog.form.addRow(label, self.first)
        dialog.form.addRow(QCoreApplication.translate("Protection", "Type it &again"), self.again)
        self.show = show_toggle(
            [self.first, self.again], QCoreApplication.translate("Protection", "S&how what I type")
        )
        dialog.form.addRow("", self.show)

    def value(self) -> str:
        passphrase = keys.check_passphrase(self.first.text())
        if self.first.text() != self.again.text():
            raise _typed(
                QCoreApplication.translate(
                    "Protection", "The two passphrases are not the same. Please type them again."
                )
            )
        return passphrase


def what_protection_does() -> str:
    return QCoreApplication.translate(
        "Protection",
        "Everything the app keeps is encrypted on this computer: your data and its backups. "
        "It protects you if someone opens the files, if the laptop is lost, or if a backup "
        "is copied. It does not protect you from someone using the app while it is "
        "unlocked, or from harmful software on the computer. You will type the passphrase "
        "each time the app starts.",
    )


class ProtectDialog(FormDialog):
    """Choose a passphrase; then the recovery key, shown once, and asked back."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Protect with a passphrase"), parent, what_protection_does())
        self.context = context
        self.recovery_key = ""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        warning = paragraph(
            self.tr(
                "If you forget the passphrase and lose the recovery key, no one can open "
                "your data again."
            )
        )
        warning.setObjectName("importantNote")
        layout.insertWidget(1, warning)
        self.passphrase = NewPassphrase(self, self.tr("&Passphrase"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Protect"))
        save.setAccessibleName(self.tr("Protect my data"))

    def save(self) -> None:
        passphrase = self.passphrase.value()
        recovery = keys.new_recovery_key()
        with busy():
            self.context.protect(passphrase, recovery)
        self.recovery_key = recovery


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: saved as a PDF or printed or written down, then a
    few of its characters asked back, so that it was kept before the dialog closes."""

    def __init__(self, recovery_key: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.today = today
        self.group = secrets.randbelow(keys.RECOVERY_GROUPS)
        self.confirmed = False
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setAccessibleName(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        show = QWidget()
        column = QVBoxLayout(show)
        column.addWidget(heading(self.tr("Your recovery key"), level=2))
        column.addWidget(
            paragraph(
                self.tr(
                    "Your data is now protected. If you ever forget your passphrase, this "
                    "key opens your data instead. It is shown only now: save it, print it or "
                    "write it down, and keep it somewhere safe, away from this computer."
                )
            )
        )
        # in its five groups, spaced so that it wraps whole groups at large text sizes
        shown = "  ".join(recovery_key.split("-"))
        self.key_label = selectable(ScaledLabel(shown, 1.6, bold=True))
        self.key_label.setWordWrap(True)
        self.key_label.setAccessibleName(
            self.tr("Recovery key: %1").replace("%1", " ".join(recovery_key))
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column.addWidget(self.key_label)
        row = FoldingRow()  # one above the other when the dialog is narrow (large text)
        self.save_button = QPushButton(self.tr("&Save as PDF\u2026"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key as a PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint\u2026"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_page)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.setToolTip(self.tr("Paste it into a password manager"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.recovery_key)
        )
        for button in (self.save_button, self.print_button, self.copy_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        column.addLayout(row)
        column.addSpacing(12)
        column.addStretch(1)  # the buttons at the bottom, the words at the top
        self.kept_button = QPushButton(self.tr("I have &kept it"))
        self.kept_button.setAccessibleName(self.tr("I have kept the recovery key"))
        self.kept_button.setDefault(True)
        self.kept_button.clicked.connect(self.ask_back)
        column.addLayout(_right(self.kept_button))
        self.pages.addWidget(show)

        ask = QWidget()
        column = QVBoxLayout(ask)
        column.addWidget(heading(self.tr("Check that you kept it"), level=2))
        self.ask_label = paragraph(
            self.tr("Type group %1 of your recovery key (five letters and digits).").replace(
                "%1", str(self.group + 1)
            )
        )
        column.addWidget(self.ask_label)
        self.answer = QLineEdit()
        self.answer.setMaxLength(keys.RECOVERY_GROUP + 2)
        self.answer.setAccessibleName(
            self.tr("Group %1 of the recovery key").replace("%1", str(self.group + 1))
        )
        self.ask_label.setBuddy(self.answer)
        column.addWidget(self.answer)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, "overdue")
        self.problem.hide()
        column.addWidget(self.problem)
        column.addSpacing(12)
        column.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Show the key again"))
        self.back_button.setAccessibleName(self.tr("Show the recovery key again"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setAccessibleName(self.tr("Check the group typed"))
        self.check_button.clicked.connect(self.check_answer)
        self.answer.returnPressed.connect(self.check_answer)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        column.addLayout(buttons)
        self.pages.addWidget(ask)
        self.setMinimumWidth(520)
        follow_height_for_width(self)

    def page_data(self) -> dict[str, object]:
        """What the recovery key's PDF page says, in the person's language."""
        return {
            "heading": self.tr("Prep Companion: recovery key"),
            "intro": self.tr(
                "This key opens your Prep Companion data if you forget your passphrase."
            ),
            "key": self.recovery_key,
            "points": [
                self.tr("Keep this page somewhere safe, away from the computer."),
                self.tr("Anyone with this key and your computer can read your data."),
                self.tr(
                    "Type it on the unlock screen in place of the passphrase; capitals, "
                    "spaces and dashes do not matter."
                ),
                self.tr("If you lose it and forget the passphrase, no one can open the data."),
            ],
            "made": self.tr("Made on %1").replace("%1", format_date(self.today)),
        }

    def _pdf(self) -> bytes:
        from companion.core import content, pdf

        return pdf.render(
            "recovery-key",
            self.page_data(),
            language=content.language(),
            title=self.tr("Recovery key"),
        )

    def save_pdf(self) -> Path | None:
        from companion.core import pdf
        from companion.ui.writes import attempt

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            self.tr("recovery-key.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)

        def write() -> bool:
            pdf.save(path, self._pdf())
            return True

        if attempt(self, write) is None:
            return None
        dialogs.inform(
            self,
            self.tr("Saved"),
            self.tr("Recovery key saved to %1.").replace("%1", name),
            self.tr(
                "Print it, or copy it to a USB stick you keep elsewhere, then delete it "
                "from this computer."
            ),
        )
        return path

    def print_page(self) -> None:
        from companion.core import content
        from companion.core.pdf_pages import render_pages
        from companion.ui.printing import print_document

        print_document(
            self,
            lambda ppi: render_pages(
                "recovery-key",
                self.page_data(),
                language=content.language(),
                title=self.tr("Recovery key"),
                ppi=ppi,
            ),
        )

    def ask_back(self) -> None:
        self.answer.clear()
        self.problem.hide()
        self.pages.setCurrentIndex(1)
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def check_answer(self) -> None:
        typed = "".join(self.answer.text().split()).replace("-", "").upper()
        typed = typed.translate(str.maketrans("OIL", "011"))
        if typed == keys.recovery_group(self.recovery_key, self.group):
            self.confirmed = True
            self.accept()
            return
        self.problem.setText(
            self.tr("That is not group %1. Look at the key you kept, or show it again.").replace(
                "%1", str(self.group + 1)
            )
        )
        self.problem.show()

    def reject(self) -> None:
        """Closing before the key was checked asks first: it is never shown again."""
        if not self.confirmed and not dialogs.confirm(
            self,
            self.tr("Your recovery key"),
            self.tr("Close without checking the recovery key?"),
            self.tr(
                "It is not shown again. Your passphrase still works; without the key, a "
                "forgotten passphrase means your data cannot be opened."
            ),
            self.tr("&Close anyway"),
            self.tr("&Go back"),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirmed and not self.isHidden():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


class ChangePassphraseDialog(FormDialog):
    """The passphrase now (or the recovery key), and the new one twice."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change passphrase"),
            parent,
            self.tr("Your recovery key stays the same. Your data is not rewritten."),
        )
        self.context = context
        self.current = secret_field(self.tr("Passphrase now, or recovery key"))
        self.form.addRow(self.tr("Passphrase &now"), self.current)
        self.passphrase = NewPassphrase(self, self.tr("&New passphrase"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Change"))
        save.setAccessibleName(self.tr("Change the passphrase"))

    def save(self) -> None:
        new = self.passphrase.value()
        try:
            with busy():
                self.context.change_passphrase(self.current.text(), new)
        except keys.WrongSecretError:
            raise _typed(wrong_secret()) from None


class TurnOffDialog(FormDialog):
    """Take protection off, after the passphrase (or the recovery key)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Turn protection off"),
            parent,
            self.tr(
                "Your data and its backups will be stored without encryption again, and "
                "the app will open without asking for a passphrase."
            ),
        )
        self.context = context
        self.current = secret_field(self.tr("Passphrase or recovery key"))
        self.form.addRow(self.tr("&Passphrase"), self.current)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Turn off"))
        save.setAccessibleName(self.tr("Turn protection off"))

    def save(self) -> None:
        try:
            with busy():
                self.context.unprotect(self.current.text())
        except keys.WrongSecretError:
            raise _typed(wrong_secret()) from None


def wrong_secret() -> str:
    return QCoreApplication.translate(
        "Protection",
        "That is not the passphrase or the recovery key. Check Caps Lock and try again. "
        "Nothing was changed.",
    )


class ExportChoiceDialog(FormDialog):
    """Before exporting protected data: a passphrase for the file (on at first), or a
    plain file after all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Export everything"),
            parent,
            self.tr(
                "One file with all your data. Protect it with a passphrase so that no one "
                "else can read it; it can be the passphrase you use in the app, or another."
            ),
        )
        self.protect = QCheckBox(self.tr("&Protect the file with a passphrase"))
        self.protect.setAccessibleName(self.tr("Protect the file with a passphrase"))
        self.protect.setChecked(True)
        self.form.addRow(self.protect)
        self.passphrase = NewPassphrase(self, self.tr("&Passphrase"))
        self.protect.toggled.connect(self._follow)
        self.chosen: str | None = None
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Choose where to save\u2026"))
        save.setAccessibleName(self.tr("Choose where to save the file"))

    def _follow(self, on: bool) -> None:
        for field in (self.passphrase.first, self.passphrase.again, self.passphrase.show):
            field.setEnabled(on)

    def save(self) -> None:
        self.chosen = self.passphrase.value() if self.protect.isChecked() else None


def ask_file_passphrase(parent: QWidget, file_name: str, again: bool) -> str | None:
    """The passphrase of a protected export being imported; None when the person stops."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Protection", "Protected file"))
    label = QCoreApplication.translate(
        "Protection", "%1 is protected with a passphrase. Type it to import the file."
    ).replace("%1", file_name)
    if again:
        label = (
            QCoreApplication.translate(
                "Protection", "That passphrase does not open the file. Try again."
            )
            + "\n\n"
            + label
        )
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setAccessibleName(QCoreApplication.translate("Protection", "Protected file"))
    if not dialog.exec():
        return None
    return dialog.textValue()


def plain_file_ok(parent: QWidget, context: AppContext | None) -> bool:
    """Before a PDF, CSV, calendar or shared file is saved from protected data: say, once
    each time the data is unlocked, that the file will not be protected; True to go on.
    Always True for data that is not protected."""
    if context is None or not context.protected or context.plain_files_ok:
        return True
    if not dialogs.confirm(
        parent,
        QCoreApplication.translate("Protection", "Save a file"),
        QCoreApplication.translate("Protection", "This file will not be protected"),
        QCoreApplication.translate(
            "Protection",
            "Your passphrase protects the data inside the app. A file you save is a copy "
            "anyone who opens it can read: keep it somewhere private, and delete it when "
            "you no longer need it.",
        ),
        QCoreApplication.translate("Protection", "&Save anyway"),
    ):
        return False
    context.plain_files_ok = True
    return True


def turn_on(context: AppContext, parent: QWidget, then: Callable[[], None]) -> bool:
    """The whole way to protection: the passphrase, then the recovery key."""
    dialog = ProtectDialog(context, parent)
    if not dialog.exec():
        return False
    then()
    RecoveryKeyDialog(dialog.recovery_key, context.today(), parent).exec()
    return True
