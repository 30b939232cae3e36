"""Asking before anything typed is left behind: one question, the same on every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def leave_anyway(parent: QWidget, where: str, what: str) -> bool:
    """Ask whether to leave `where` although `what` (words on what is not saved) would
    be lost; the safe answer, and the default, is to stay."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Unsaved", "Not everything is saved"),
        QCoreApplication.translate(
            "Unsaved",
            "Some of what you typed in %1 is not saved: %2\n\nStay to fix it, or leave without it?",
        )
        .replace("%1", where)
        .replace("%2", what),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
