"""The check-in's symptoms, folded away behind "Add how my body feels".

Opened, it shows the six symptoms people notice most, each as a row of buttons from 0
(not at all) to 4 (extremely), and the rest on request ("Show all symptoms"). A day whose
saved check-in has symptoms opens with them shown, the rest too when one of those is rated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core import journal
from companion.ui.widgets.choice_row import ChoiceRow
from companion.ui.widgets.page import card
from companion.ui.widgets.text import heading, paragraph

COMMON = ("anxiety", "restlessness", "muscle-aches", "trouble-sleeping", "sweating", "diarrhoea")
"""The six symptoms shown first (keys from resources/journal.toml)."""


class BodyCheck(QWidget):
    """Emits `changed` when a rating or the skip box changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(self.tr("Add how my &body feels"))
        self.open_button.setAccessibleName(self.tr("Add how my body feels"))
        self.open_button.setAccessibleDescription(
            self.tr("Rate symptoms like aching muscles or sweating, from 0 to 4")
        )
        self.open_button.clicked.connect(lambda: self.unfold(focus=True))
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.section, layout = card()
        layout.addWidget(heading(self.tr("How my body feels"), level=3))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Not a clinical scale \u2014 share it with your care team. Rate each from "
                    "0 (not at all) to 4 (extremely)."
                ),
                muted=True,
            )
        )
        self.skip = QCheckBox(self.tr("S&kip symptoms today"))
        self.skip.setAccessibleName(self.tr("Skip symptoms today"))
        self.skip.setToolTip(self.tr("For example on days before detox"))
        layout.addWidget(self.skip)
        self.grid = QWidget()
        rows = QVBoxLayout(self.grid)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        levels = [
            (0, "0", self.tr("Not at all")),
            (1, "1", self.tr("A little")),
            (2, "2", self.tr("Moderately")),
            (3, "3", self.tr("Quite a bit")),
            (4, "4", self.tr("Extremely")),
        ]
        self.rows: dict[str, ChoiceRow] = {}
        self._labels: dict[str, QLabel] = {}
        symptoms = journal.load_symptoms()
        first = [s for s in symptoms if s.key in COMMON]
        rest = [s for s in symptoms if s.key not in COMMON]
        self.more_button = QPushButton(self.tr("Show &all symptoms"))
        self.more_button.setAccessibleName(self.tr("Show all symptoms"))
        self.more_button.clicked.connect(self.show_all)
        for symptom in (*first, *rest):
            if symptom is (rest[0] if rest else None):
                rows.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
            label = QLabel(symptom.label)
            label.setWordWrap(True)
            row = ChoiceRow(symptom.label, levels, digits=True)
            row.valueChanged.connect(self._changed)
            label.setBuddy(row.buttons[0])
            rows.addWidget(label)
            rows.addWidget(row)
            rows.addSpacing(6)
            self.rows[symptom.key] = row
            self._labels[symptom.key] = label
        self._rest = [s.key for s in rest]
        layout.addWidget(self.grid)
        self.total = paragraph("")
        layout.addWidget(self.total)
        column.addWidget(self.section)
        self.skip.toggled.connect(self._changed)
        self.fold()

    # --- folding ---------------------------------------------------------------------------

    def fold(self) -> None:
        self.section.hide()
        self.open_button.show()
        self._show_rest(False)

    def unfold(self, focus: bool = False) -> None:
        self.open_button.hide()
        self.section.show()
        if focus:
            self.rows[COMMON[0]].buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_all(self) -> None:
        first = self._rest[0] if self._rest else None
        self._show_rest(True)
        if first is not None:
            self.rows[first].buttons[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_rest(self, shown: bool) -> None:
        self.more_button.setVisible(not shown and bool(self._rest))
        for key in self._rest:
            self._labels[key].setVisible(shown)
            self.rows[key].setVisible(shown)

    def is_open(self) -> bool:
        return not self.section.isHidden()

    # --- values ----------------------------------------------------------------------------

    def _changed(self, *_value: object) -> None:
        self.grid.setEnabled(not self.skip.isChecked())
        self.show_total()
        self.changed.emit()

    def show_total(self) -> None:
        if self.skip.isChecked():
            self.total.setText(self.tr("Symptoms skipped today."))
            return
        most = len(self.rows) * journal.SYMPTOM_RANGE[1]
        self.total.setText(
            self.tr("Total: %1 of %2").replace("%1", str(self.sum())).replace("%2", str(most))
        )

    def sum(self) -> int:
        return sum(int(row.value() or 0) for row in self.rows.values())  # type: ignore[call-overload]

    def values(self) -> dict[str, int] | None:
        """The ratings (not rated counts as 0), or None when skipped today."""
        if self.skip.isChecked():
            return None
        return {key: int(row.value() or 0) for key, row in self.rows.items()}  # type: ignore[call-overload]

    def show_values(self, symptoms: dict[str, int] | None, skipped: bool) -> None:
        """Show a saved day's ratings: open when it has any, every symptom when a rated one
        is among the rest. A 0 shows as not rated (the two are stored alike)."""
        symptoms = symptoms or {}
        for key, row in self.rows.items():
            row.setValue(symptoms.get(key) or None)
        self.skip.setChecked(skipped)
        self.grid.setEnabled(not skipped)
        self.fold()
        if skipped or any(symptoms.values()):
            self.unfold()
        if any(symptoms.get(key) for key in self._rest):
            self._show_rest(True)
        self.show_total()
