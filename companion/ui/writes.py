"""Running a change through the core: problems are shown plainly and nothing half-saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.errors import EXPECTED, explain
from companion.ui.widgets.dialogs import warn

T = TypeVar("T")


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a core write; on a storage problem or refused input, say so and return None."""
    try:
        return action()
    except EXPECTED as error:
        # The explanation says what happened and that nothing was changed.
        warn(parent, QCoreApplication.translate("Writes", "Not saved"), explain(error))
    return None
