"""Running a change through the core: problems are shown plainly and nothing half-saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.ui.errors import EXPECTED, explain

T = TypeVar("T")


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a core write; on a storage problem or refused input, say so and return None."""
    title = QCoreApplication.translate("Writes", "Not saved")
    try:
        return action()
    except EXPECTED as error:
        QMessageBox.warning(parent, title, explain(error))
    return None
