"""Keyboard shortcuts that work only while the focus is inside one widget (a page, a tab)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


def local_shortcuts(widget: QWidget, pairs: Iterable[tuple[Keys, Callable[[], object]]]) -> None:
    """Bind each key sequence to its action, for `widget` and everything inside it."""
    for keys, action in pairs:
        sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
        shortcut = QShortcut(sequence, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
