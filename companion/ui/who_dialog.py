"""Who is using the app: "I'm getting ready for detox" or "I'm helping someone get ready",
with the helper's name (one of the contacts, or a new one typed here).

`WhoChooser` is the choice itself, used by the welcome's step and by `WhoDialog` (opened
from the sidebar's switch and from Settings). `use_choice` stores it: the settings `user`
and `helper_id` (core/helper_mode.py), adding the new contact first when a name is typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import helper_mode, people
from companion.core.changes import Area
from companion.ui.context import AppContext
from companion.ui.widgets.form_dialog import FormDialog
from companion.ui.widgets.text import paragraph

NEW = 0  # the name list's "Someone new" entry


class WhoChooser(QWidget):
    """The two choices, and for a helper their name: picked from the contacts or typed."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.person_choice = QRadioButton(self.tr("I'm &getting ready for detox"))
        self.person_choice.setAccessibleName(self.tr("I'm getting ready for detox"))
        self.helper_choice = QRadioButton(self.tr("I'm &helping someone get ready"))
        self.helper_choice.setAccessibleName(self.tr("I'm helping someone get ready"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.person_choice)
        self.group.addButton(self.helper_choice)
        layout.addWidget(self.person_choice)
        layout.addWidget(self.helper_choice)

        self.helper_part = QWidget()
        part = QVBoxLayout(self.helper_part)
        part.setContentsMargins(24, 0, 0, 0)  # under the choice it belongs to
        part.setSpacing(4)
        self.name_label = QLabel(self.tr("Your &name"))
        part.addWidget(self.name_label)
        self.names = QComboBox()
        self.names.setAccessibleName(self.tr("Your name"))
        self.name_label.setBuddy(self.names)
        part.addWidget(self.names)
        self.new_label = QLabel(self.tr("&Your name, as the plan will show it"))
        part.addWidget(self.new_label)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Your name, as the plan will show it"))
        self.new_name.setProperty("limit", people.MAX_NAME)
        self.new_label.setBuddy(self.new_name)
        part.addWidget(self.new_name)
        layout.addWidget(self.helper_part)
        self.note = paragraph(
            self.tr(
                "In the helper's view the person's journal is not shown. On a computer "
                "account you both use, this is a courtesy, not protection: anyone using "
                "the account can switch back."
            ),
            muted=True,
        )
        layout.addWidget(self.note)

        self.fill_names()
        helping = bool(context.setting("user") == "helper")
        (self.helper_choice if helping else self.person_choice).setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._follow())
        self.names.currentIndexChanged.connect(lambda _i: self._follow())
        self._follow()

    def fill_names(self, chosen: int | None = None) -> None:
        """The contacts to choose from (family and friends first), then "Someone new";
        `chosen` (by default the helper chosen last) is selected."""
        if chosen is None:
            chosen = int(self.context.setting("helper_id"))
        self.names.blockSignals(True)
        self.names.clear()
        for person in helper_mode.helpers(self.context.db):
            self.names.addItem(person.name, person.id)
        self.names.addItem(self.tr("Someone new (type the name)"), NEW)
        found = self.names.findData(chosen) if chosen else -1
        self.names.setCurrentIndex(found if found >= 0 else 0)
        self.names.blockSignals(False)

    def preset(self, helping: bool) -> None:
        """Start from this choice (the sidebar's switch asks with the helper's chosen)."""
        (self.helper_choice if helping else self.person_choice).setChecked(True)
        self.set_focus_first()

    def helping(self) -> bool:
        return self.helper_choice.isChecked()

    def _follow(self) -> None:
        helping = self.helping()
        self.helper_part.setVisible(helping)
        new = self.names.currentData() == NEW
        self.new_label.setVisible(new)
        self.new_name.setVisible(new)
        self.changed.emit()

    def set_focus_first(self) -> None:
        chosen = self.group.checkedButton() or self.person_choice
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def use_choice(self) -> None:
        """Store the choice; InvalidInputError (no name typed, say) or a storage error,
        and the view unchanged, when it cannot be."""
        use_choice(self.context, self.helping(), self.names.currentData(), self.new_name.text())
        if self.helping() and self.names.currentData() == NEW:
            self.fill_names()  # the new name is a contact now: not added twice
            self.new_name.clear()


def use_choice(context: AppContext, helping: bool, helper_id: int | None, new_name: str) -> None:
    """The person's view, or helper mode for `helper_id` (NEW: a contact added now with
    `new_name`). The settings change one by one, each telling every page."""
    if not helping:
        context.set_setting("user", "person")
        return
    db = context.db
    if helper_id in (None, NEW):
        helper_id = context.write(Area.HELPERS, helper_mode.add_helper, db, new_name)
    assert helper_id is not None
    helper_mode.require_helper(db, helper_id)
    context.set_setting("helper_id", helper_id)
    context.set_setting("user", "helper")


def helper_name(context: AppContext) -> str:
    """The name of the helper chosen (for the sidebar's switch), "" when there is none."""
    user = helper_mode.current_user(context.db)
    return user.helper.name if user.helper is not None else ""


class WhoDialog(FormDialog):
    """ "Who is using the app?" from the sidebar or Settings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who is using the app?"),
            parent,
            self.tr(
                "The app shows what fits you. What is stored stays the same, and you can "
                "switch back at any time."
            ),
        )
        self.chooser = WhoChooser(context)
        self.form.addRow(self.chooser)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("&Use this view"))
            save.setAccessibleName(self.tr("Use this view"))
        self.chooser.set_focus_first()

    def save(self) -> None:
        self.chooser.use_choice()


def open_who_dialog(context: AppContext, parent: QWidget) -> bool:
    """Ask who is using the app; True when a choice was stored."""
    return bool(WhoDialog(context, parent).exec())
