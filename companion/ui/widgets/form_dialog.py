"""A dialog with a form, Save and Cancel, and a plain message when the input is refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.ui.errors import EXPECTED, explain
from companion.ui.widgets.fit import follow_height_for_width
from companion.ui.widgets.limits import hold_to_limit, limited_fields, with_note
from companion.ui.widgets.text import set_tone


class FormDialog(QDialog):
    """Subclasses add rows to `self.form` and implement `save()`, which may raise
    InvalidInputError; the dialog then stays open and says what to fix."""

    def __init__(self, title: str, parent: QWidget | None = None, why: str = "") -> None:
        super().__init__(parent)
        self._focus_placed = False
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        # One muted line under the title saying why this is asked (docs/design.md, Dialogs).
        self.why = QLabel(why)
        self.why.setObjectName("dialogWhy")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.why, "muted")
        self.why.setVisible(bool(why))
        layout.addWidget(self.why)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setSpacing(10)
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        set_tone(self.error, "overdue")  # the palette's own warning red, light or dark
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # At least 480 px wide, and wider when the form needs it: a strut, not a minimum
        # width of the dialog's own, which would let Qt squeeze the rows below their text.
        margins = layout.contentsMargins()
        layout.addStrut(480 - margins.left() - margins.right())
        follow_height_for_width(self)

    def save(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        chosen = self.focusWidget()  # where a subclass asked typing to start, if it did
        self.hold_fields_to_limits()
        super().showEvent(event)
        if not self._focus_placed:
            # Typing starts in the form, never on a button: moving a field into its box
            # above puts it after the buttons in the focus order, and a space typed on
            # Save would save.
            self._focus_placed = True
            start = chosen if chosen is not None and self.isAncestorOf(chosen) else None
            start = start or self.first_field()
            if start is not None:
                start.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget | None:
        """The form's first field that takes the keyboard."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is None:
                    continue
                for candidate in (widget, *widget.findChildren(QWidget)):
                    if (
                        candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and candidate.isEnabled()
                        and not candidate.isHidden()
                    ):
                        return candidate
        return None

    def hold_fields_to_limits(self) -> None:
        """Every text field with a limit shows it, takes no more, and gets a note beneath
        it for the counter near the limit (done once, when the dialog first shows)."""
        for field, limit in limited_fields(self):
            note = hold_to_limit(field, limit).note
            position = self.form.getWidgetPosition(field)
            if isinstance(position, tuple) and position[0] >= 0:
                box = QWidget()
                self.form.replaceWidget(field, box)
                with_note(field, note, box)
                continue
            holder = field.parentWidget()
            layout = holder.layout() if holder is not None else None
            if (
                isinstance(layout, QBoxLayout)
                and layout.indexOf(field) >= 0
                and layout.direction() == QBoxLayout.Direction.TopToBottom
            ):
                layout.insertWidget(layout.indexOf(field) + 1, note)
                continue
            outer = self.layout()
            assert isinstance(outer, QBoxLayout)
            outer.insertWidget(outer.indexOf(self.error), note)

    def accept(self) -> None:
        """Save; on refused input or a storage problem (a full disk, a locked file) say
        so and stay open, with everything typed still there."""
        try:
            self.save()
        except EXPECTED as error:
            self.show_problem(explain(error))
            return
        super().accept()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def run_dialog(dialog: FormDialog, on_saved: Callable[[], None]) -> bool:
    """Show `dialog`; call `on_saved` if it was saved."""
    if dialog.exec():
        on_saved()
        return True
    return False
