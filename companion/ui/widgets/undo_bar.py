"""The one undo bar: a quiet line that offers to put back what was just removed.

Every removal that can be undone offers it here (each list has one, through
`companion.ui.widgets.record_list`; the checklist has its own). It stays for
`UNDO_SECONDS`, or until Undo is pressed; a newer removal takes the place of an older one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_SECONDS = 10


class UndoBar(QWidget):
    """Call `offer(text, undo)`; the bar shows until Undo is pressed or time runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)  # a long name folds rather than push Undo out of sight
        self.button = QPushButton(self.tr("&Undo"))
        self.button.setAccessibleName(self.tr("Undo"))
        self.button.setToolTip(self.tr("Put it back (Ctrl+Z)"))
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._undo: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_SECONDS * 1000)
        self._timer.timeout.connect(self.dismiss)
        self.button.clicked.connect(self.undo)
        self.hide()

    def offer(self, text: str, undo: Callable[[], object]) -> None:
        self._undo = undo
        self.label.setText(text)
        self.show()
        self._timer.start()

    def can_undo(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._undo = None
        self._timer.stop()
        self.hide()
