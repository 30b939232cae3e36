"""Hours of sleep, asked the same way in the journal's check-in and a helper's own: a row
of whole hours as large buttons, and "Other" for a precise field in half-hour steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QVBoxLayout, QWidget

from companion.ui.widgets.choice_row import ChoiceRow

OTHER = "other"
"""The sleep row's last choice: the precise field for half hours and long nights."""


class HalfHours(QDoubleSpinBox):
    """Hours in half-hour steps: 7 or 7.5 can be typed, 7.3 cannot."""

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        state = super().validate(text, position)
        if state[0] == QValidator.State.Acceptable:
            value = self.valueFromText(text)
            if value >= 0 and abs(value * 2 - round(value * 2)) > 1e-9:
                return (QValidator.State.Invalid, text, position)
        return state


class SleepAnswer(QWidget):
    """Hours of sleep: whole hours 0 to 9 as buttons, and "Other" for the precise field
    (half hours, or up to `most`). A whole number of hours goes into the precise field,
    which keeps the answer. `value()` is None when not answered; `changed` is emitted
    for the person's own changes, never for `set_value`."""

    changed = Signal()

    def __init__(self, most: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.quick = ChoiceRow(
            self.tr("Hours of sleep"),
            [(n, str(n), self.tr("%n hour(s)", "", n)) for n in range(10)]
            + [(OTHER, self.tr("Other"), self.tr("Half hours, or 10 hours or more"))],
            digits=True,
        )
        self.hours = HalfHours()
        self.hours.setRange(-0.5, most)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText("\u2014")
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("Hours of sleep, exactly"))
        self.hours.hide()
        column.addWidget(self.quick)
        column.addWidget(self.hours, 0, Qt.AlignmentFlag.AlignLeft)
        self._loading = False
        self.quick.valueChanged.connect(self._picked)
        self.hours.valueChanged.connect(lambda _v: self._changed())

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _picked(self, value: object) -> None:
        other = value == OTHER
        self.hours.setVisible(other)
        if self._loading:
            return
        if other:
            self.hours.setFocus(Qt.FocusReason.OtherFocusReason)
            self.hours.selectAll()
        else:
            self.hours.setValue(-0.5 if value is None else float(value))  # type: ignore[arg-type]
        self._changed()

    def value(self) -> float | None:
        hours = self.hours.value()
        return None if hours < 0 else hours

    def set_value(self, hours: float | None) -> None:
        """Show `hours` without counting it as a change."""
        self._loading = True
        try:
            self.hours.setValue(-0.5 if hours is None else hours)
            if hours is None:
                self.quick.setValue(None)
            elif hours == int(hours) and int(hours) in range(10):
                self.quick.setValue(int(hours))
            else:
                self.quick.setValue(OTHER)
            self.hours.setVisible(self.quick.value() == OTHER)
        finally:
            self._loading = False
