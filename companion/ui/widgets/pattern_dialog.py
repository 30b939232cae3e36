"""A dialog to make or change one of the person's own breathing patterns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QWidget

from companion.core import exercises
from companion.core.exercises import BreathingPattern
from companion.ui.widgets.form_dialog import FormDialog


class PatternDialog(FormDialog):
    def __init__(
        self,
        save: Callable[..., object],
        pattern: BreathingPattern | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit pattern") if pattern else self.tr("New breathing pattern"),
            parent,
            self.tr("Your own pace for breathing in, holding and breathing out."),
        )
        self._save = save
        self.name = QLineEdit(pattern.name if pattern else "")
        self.name.setMaxLength(exercises.MAX_PATTERN_NAME)
        self.name.setPlaceholderText(self.tr("For example: my evening breath"))
        self.name.setAccessibleName(self.tr("Pattern name"))
        self.form.addRow(self.tr("&Name"), self.name)
        defaults = {"inhale": 4.0, "hold_in": 0.0, "exhale": 6.0, "hold_out": 0.0}
        labels = {
            "inhale": self.tr("Breathe &in (seconds)"),
            "hold_in": self.tr("&Hold after in"),
            "exhale": self.tr("Breathe &out (seconds)"),
            "hold_out": self.tr("Hold after o&ut"),
        }
        self.spins: dict[str, QDoubleSpinBox] = {}
        for field, (low, high) in exercises.BOUNDS.items():
            spin = QDoubleSpinBox()
            spin.setRange(low, high)
            spin.setSingleStep(exercises.STEP)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" s"))
            spin.setValue(getattr(pattern, field) if pattern else defaults[field])
            spin.setAccessibleName(labels[field].replace("&", ""))
            spin.valueChanged.connect(self._update_summary)
            self.spins[field] = spin
            self.form.addRow(labels[field], spin)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # a sentence: it wraps rather than run past the edge
        self.form.addRow("", self.summary)
        self._update_summary()

    def _update_summary(self) -> None:
        cycle = sum(spin.value() for spin in self.spins.values())
        per_minute = 60 / cycle if cycle else 0
        self.summary.setText(
            self.tr("One breath takes %1 s: about %2 breaths a minute.")
            .replace("%1", QLocale().toString(float(cycle), "f", 0 if cycle % 1 == 0 else 1))
            .replace("%2", QLocale().toString(float(per_minute), "f", 1))
        )

    def save(self) -> None:
        self._save(
            name=self.name.text(),
            inhale=self.spins["inhale"].value(),
            hold_in=self.spins["hold_in"].value(),
            exhale=self.spins["exhale"].value(),
            hold_out=self.spins["hold_out"].value(),
        )
