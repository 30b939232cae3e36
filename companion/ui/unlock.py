"""The unlock screen: protected data opens only after the passphrase or the recovery key.

It shows nothing of the person's: a calm line, one field, Unlock, and Get help now, which
works without unlocking (the emergency number, helplines and overdose steps of the region
remembered with the window's look; "My people" and the safety plan need the data).
A wrong passphrase is said plainly and changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEventLoop, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.storage import keys
from companion.ui import theme
from companion.ui.look import Look
from companion.ui.main_window import DEFAULT_SIZE
from companion.ui.protection_dialogs import busy, secret_field, show_toggle
from companion.ui.theme import HELP_BUTTON_QSS
from companion.ui.widgets.help_panel import HelpPanel
from companion.ui.widgets.text import heading, paragraph, set_tone

APP_NAME = "Prep Companion"
COLUMN_WIDTH = 520


class UnlockWindow(QWidget):
    """Asks for the passphrase; `unlocked` carries the data key once it fits."""

    unlocked = Signal(bytes)
    closed = Signal()  # closed without unlocking

    def __init__(
        self, document: dict[str, Any], look: Look, window_state: QSettings | None = None
    ) -> None:
        super().__init__()
        self.document = document
        self.look = look
        self.key: bytes | None = None
        self.help_panel: HelpPanel | None = None
        self.setObjectName("unlockWindow")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(self.tr("Unlock"))

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(COLUMN_WIDTH)  # a calm column, not a field across the screen
        column = QVBoxLayout(holder)
        column.setSpacing(12)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        column.addStretch(2)
        column.addWidget(
            heading(self.tr("Locked") if look.discreet_mode else self.tr("Welcome back"))
        )
        column.addWidget(
            paragraph(
                self.tr("Type your passphrase to continue.")
                if look.discreet_mode
                else self.tr("Your data is protected. Type your passphrase to open it.")
            )
        )
        self.field = secret_field(self.tr("Passphrase or recovery key"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.field)
        column.addWidget(label)
        column.addWidget(self.field)
        self.show_typed = show_toggle([self.field], self.tr("S&how what I type"))
        column.addWidget(self.show_typed)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        set_tone(self.problem, "overdue")
        self.problem.hide()
        column.addWidget(self.problem)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.field.returnPressed.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(
            paragraph(self.tr("Forgot it? Type your recovery key instead."), muted=True)
        )
        column.addStretch(3)
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setObjectName("getHelpButton")
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.setToolTip(self.tr("Emergency steps and numbers to call (F1)"))
        theme.style(self.help_button, HELP_BUTTON_QSS)
        self.help_button.clicked.connect(self.open_help)
        help_row = QHBoxLayout()
        help_row.addWidget(self.help_button)
        help_row.addStretch(1)
        column.addLayout(help_row)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.open_help)
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.open_help)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)

        geometry = window_state.value("main/geometry") if window_state is not None else None
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> bool:
        """Unlock with what was typed; on a wrong one, say so and keep the screen."""
        typed = self.field.text()
        if not typed:
            self._say(self.tr("Type your passphrase first."))
            return False
        self.unlock_button.setEnabled(False)
        try:
            with busy():
                key = keys.unlock(self.document, typed)
        except keys.WrongSecretError:
            self._say(
                self.tr(
                    "That passphrase does not open your data. Check Caps Lock and try "
                    "again, or type your recovery key."
                )
            )
            self.field.selectAll()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        finally:
            self.unlock_button.setEnabled(True)
        self.field.clear()
        self.key = key
        self.unlocked.emit(key)
        return True

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def open_help(self) -> None:
        if self.help_panel is None:
            self.help_panel = HelpPanel(None, self, region=self.look.region)
        self.help_panel.open_at_top()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.help_panel is not None:
            self.help_panel.close()
        super().closeEvent(event)
        if event.isAccepted() and self.key is None:
            self.closed.emit()


def ask_for_key(
    document: dict[str, Any], look: Look, window_state: QSettings | None = None
) -> bytes | None:
    """Show the unlock screen until the data key is had (returned) or the screen is closed
    (None)."""
    window = UnlockWindow(document, look, window_state)
    loop = QEventLoop()
    window.unlocked.connect(lambda _key: loop.quit())
    window.closed.connect(loop.quit)
    window.show()
    window.raise_()
    window.activateWindow()
    loop.exec()
    key = window.key
    window.hide()
    window.deleteLater()
    return key
