"""A small dialog to add or edit one of the person's own numbers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.contacts import MAX_NAME, MAX_NOTE, MAX_NUMBER, InvalidNumberError, OwnNumber
from companion.ui.errors import describe_invalid_number

SaveFunction = Callable[[str, str, str], None]


class OwnNumberDialog(QDialog):
    """Asks for a name, a number and an optional note; `save` may refuse with a reason."""

    def __init__(
        self, save: SaveFunction, existing: OwnNumber | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit number") if existing else self.tr("Add a number"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("For example: my sister, my sponsor, the clinic"))
        self.name.setAccessibleName(self.tr("Name"))
        self.number = QLineEdit(existing.number if existing else "")
        self.number.setMaxLength(MAX_NUMBER)
        self.number.setAccessibleName(self.tr("Phone number"))
        self.note = QLineEdit(existing.note if existing else "")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("Optional: when to call, what they can help with"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("N&umber"), self.number)
        form.addRow(self.tr("N&ote"), self.note)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self._save(self.name.text(), self.number.text(), self.note.text())
        except InvalidNumberError as problem:
            self.error.setText(describe_invalid_number(problem))
            self.error.show()
            return
        super().accept()
