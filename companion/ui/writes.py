"""Running a change through the core: problems are shown plainly and nothing half-saved."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.core import storage
from companion.core.validate import InvalidInputError
from companion.ui.errors import describe, describe_invalid_input

T = TypeVar("T")


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a core write; on a storage problem or refused input, say so and return None."""
    title = QCoreApplication.translate("Writes", "Not saved")
    try:
        return action()
    except InvalidInputError as problem:
        QMessageBox.warning(parent, title, describe_invalid_input(problem))
    except storage.StorageError as error:
        QMessageBox.warning(parent, title, describe(error))
    except (sqlite3.Error, OSError) as error:
        QMessageBox.warning(parent, title, describe(storage.errors.explain(error, "save")))
    return None
