"""A small dialog to add or edit one of the person's own numbers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from companion.core.contacts import MAX_NAME, MAX_NOTE, MAX_NUMBER, OwnNumber
from companion.ui.widgets.form_dialog import FormDialog

SaveFunction = Callable[[str, str, str], None]


class OwnNumberDialog(FormDialog):
    """Asks for a name, a number and an optional note; `save` may refuse with a reason."""

    def __init__(
        self, save: SaveFunction, existing: OwnNumber | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Edit number") if existing else self.tr("Add a number"),
            parent,
            self.tr("A number you want close at hand. It shows in Get help now."),
        )
        self._save = save
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
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("N&umber"), self.number)
        self.form.addRow(self.tr("N&ote"), self.note)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        self._save(self.name.text(), self.number.text(), self.note.text())
