"""Learn's two-choice switch above the contents: every section, or only the family track
(the sections for family and friends). Two round choices that fold one under the other
when the contents column is narrow; arrow keys move between them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from companion.ui.widgets.flow import FlowRow


class TrackSwitch(QWidget):
    changed = Signal(bool)  # True: the family track

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Which sections to show"))
        row = FlowRow(self)
        self.all_choice = QRadioButton(self.tr("A&ll sections"))
        self.all_choice.setAccessibleName(self.tr("Show all sections"))
        self.all_choice.setToolTip(self.tr("Show all sections"))
        self.family_choice = QRadioButton(self.tr("For &family and friends"))
        self.family_choice.setAccessibleName(self.tr("Show the sections for family and friends"))
        self.family_choice.setToolTip(self.tr("Show the sections for family and friends"))
        self.group = QButtonGroup(self)
        for choice in (self.all_choice, self.family_choice):
            self.group.addButton(choice)
            row.addWidget(choice)
        self.all_choice.setChecked(True)
        self.family_choice.toggled.connect(self.changed.emit)

    def family(self) -> bool:
        return self.family_choice.isChecked()

    def set_family(self, family: bool) -> None:
        """Choose without telling: the page that asks already shows that track."""
        self.blockSignals(True)
        (self.family_choice if family else self.all_choice).setChecked(True)
        self.blockSignals(False)
