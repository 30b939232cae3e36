"""Asking before anything typed is left behind: one question, the same on every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.widgets.dialogs import confirm


def leave_anyway(parent: QWidget, where: str, what: str) -> bool:
    """Ask whether to leave `where` although `what` (words on what is not saved) would
    be lost; the safe answer, and the default, is to stay."""
    return confirm(
        parent,
        QCoreApplication.translate("Unsaved", "Not everything is saved"),
        QCoreApplication.translate("Unsaved", "Some of what you typed in %1 is not saved: %2")
        .replace("%1", where)
        .replace("%2", what),
        QCoreApplication.translate(
            "Unsaved", "Stay to fix it, or leave without it. What is left behind is lost."
        ),
        QCoreApplication.translate("Unsaved", "&Leave without it"),
        QCoreApplication.translate("Unsaved", "&Stay"),
        danger=True,
    )
