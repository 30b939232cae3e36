"""Fields that show their limit and cannot take more, with a note beneath each.

`FieldLimit` holds a text field to its limit (a QLineEdit's maxLength, or the limits
given for a QPlainTextEdit), counts the characters once the text comes near the limit,
and shows a problem with the field, in words, right where the field is. `with_note`
puts the field and its note together for a layout.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from companion.core.validate import fit_text
from companion.ui.widgets.text import set_tone

NEAR = 0.8  # the counter shows from this share of the limit on
NO_LIMIT = 32767  # QLineEdit's own default maxLength


class FieldLimit(QObject):
    """The limit of one text field, and the note that goes beneath it."""

    def __init__(
        self,
        field: QLineEdit | QPlainTextEdit,
        limit: int,
        *,
        line_limit: int | None = None,
        max_lines: int | None = None,
    ) -> None:
        super().__init__(field)
        self.field = field
        self.limit = limit
        self.line_limit = line_limit
        self.max_lines = max_lines
        self._problem = ""
        self._cut = False
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(
            self.tr("About %1").replace("%1", field.accessibleName() or self.tr("this field"))
        )
        self.note.hide()
        field.setProperty("fieldLimit", self)
        if isinstance(field, QLineEdit):
            field.setMaxLength(limit)
            field.textChanged.connect(self._update)
        else:
            field.textChanged.connect(self._hold)
        field.setToolTip(self._limit_words())
        self._update()

    # --- the limit ------------------------------------------------------------------------

    def _limit_words(self) -> str:
        if self.line_limit is not None and self.max_lines is not None:
            return self.tr(
                "Up to %n line(s), each up to %1 characters.", "", self.max_lines
            ).replace("%1", str(self.line_limit))
        return self.tr("Up to %n character(s).", "", self.limit)

    def _hold(self) -> None:
        """Cut what was typed or pasted past the limit, keeping the cursor where it was."""
        assert isinstance(self.field, QPlainTextEdit)
        text = self.field.toPlainText()
        fitted = fit_text(text, self.limit, line_limit=self.line_limit, max_lines=self.max_lines)
        if fitted != text:
            cursor = self.field.textCursor()
            position = min(cursor.position(), len(fitted))
            with QSignalBlocker(self.field.document()):
                self.field.setPlainText(fitted)
            cursor = self.field.textCursor()
            cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
            self.field.setTextCursor(cursor)
            self._cut = True
        self._update()

    def text_length(self) -> int:
        if isinstance(self.field, QLineEdit):
            return len(self.field.text())
        return len(self.field.toPlainText())

    def _longest_line(self) -> int:
        if isinstance(self.field, QLineEdit) or self.line_limit is None:
            return 0
        block = self.field.textCursor().block()
        return len(block.text())

    # --- the note -------------------------------------------------------------------------

    def set_problem(self, text: str) -> None:
        """Mark the field with `text` (which names the field and its limit); "" clears it."""
        self._problem = text
        self._update()

    def problem(self) -> str:
        return self._problem

    def _update(self) -> None:
        if self._problem:
            self.note.setText(self._problem)
            set_tone(self.note, "overdue")
            self.note.show()
            return
        used = self.text_length()
        line = self._longest_line()
        words = ""
        if self.line_limit is not None and line >= self.line_limit * NEAR:
            words = self.tr("This line: %1 of %n character(s).", "", self.line_limit).replace(
                "%1", str(line)
            )
        elif used >= self.limit * NEAR:
            words = self.tr("%1 of %n character(s).", "", self.limit).replace("%1", str(used))
        if words and self._cut:
            words += " " + self.tr("What went past the limit was left out.")
        if not words:
            self._cut = False
        self.note.setText(words)
        set_tone(self.note, "muted")
        self.note.setVisible(bool(words))


def limit_of(field: QWidget) -> FieldLimit | None:
    found = field.property("fieldLimit")
    return found if isinstance(found, FieldLimit) else None


def hold_to_limit(
    field: QLineEdit | QPlainTextEdit,
    limit: int,
    *,
    line_limit: int | None = None,
    max_lines: int | None = None,
) -> FieldLimit:
    """Give `field` its limit and note (once; a second call returns the first)."""
    existing = limit_of(field)
    if existing is not None:
        return existing
    return FieldLimit(field, limit, line_limit=line_limit, max_lines=max_lines)


def with_note(
    field: QLineEdit | QPlainTextEdit, note: QLabel, box: QWidget | None = None
) -> QWidget:
    """The field with its note beneath it, as one widget for a layout (in `box`, if given:
    one already put where the field was)."""
    box = box if box is not None else QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(note)
    return box


def limited_fields(root: QWidget) -> list[tuple[QLineEdit | QPlainTextEdit, int]]:
    """Every text field under `root` that has a limit but no note yet: line edits with a
    maxLength of their own, and text edits given a "limit" property."""
    found: list[tuple[QLineEdit | QPlainTextEdit, int]] = []
    for field in root.findChildren(QLineEdit):
        owner = field.parentWidget()
        if owner is not None and owner.inherits("QAbstractSpinBox"):
            continue
        if owner is not None and owner.inherits("QComboBox"):
            continue
        if field.maxLength() < NO_LIMIT and limit_of(field) is None:
            found.append((field, field.maxLength()))
    for edit in root.findChildren(QPlainTextEdit):
        limit = edit.property("limit")
        if isinstance(limit, int) and limit_of(edit) is None:
            found.append((edit, limit))
    return found
