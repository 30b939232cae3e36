"""Practise it: a helper's conversation plan shown one step at a time, in large type, to
rehearse aloud: the step's question as the heading and the helper's own words big beneath
it, "Step 3 of 8" above. Back and Next (the arrow keys and Enter too) move through the
steps that have words; steps left empty are skipped, and a plan with nothing written
says so. The last page is a calm closing line. Esc closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.conversations import STEPS, ConversationPlan, Step
from companion.ui.widgets.fit import keep_wrapped_lines
from companion.ui.widgets.page import M, S, plain_scrolling
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.text import ScaledLabel, heading, paragraph

WORDS_FACTOR = 1.5  # the helper's words, in multiples of the text size


class PractiseDialog(QDialog):
    """The plan's written steps, one at a time, then a closing line."""

    def __init__(
        self, plan: ConversationPlan, steps: Sequence[Step], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(self.tr("Practise it: %1").replace("%1", plan.title))
        self.setAccessibleName(self.tr("Practise your conversation plan"))
        self.plan = plan
        self.steps = {step.key: step for step in steps}
        self.shown = [key for key in STEPS if plan.steps.get(key, "").strip()]
        self.at = 0  # which of `shown` is on screen; len(shown) is the closing page

        outer = QVBoxLayout(self)
        outer.setSpacing(S)
        margins = outer.contentsMargins()
        outer.addStrut(520 - margins.left() - margins.right())
        self.counter = paragraph(" ", muted=True)
        self.counter.setAccessibleName(self.tr("Which step"))
        outer.addWidget(keep_wrapped_lines(self.counter))
        skipped = len(STEPS) - len(self.shown)
        self.skipped = paragraph(
            self.tr("%n step(s) with nothing written are left out.", "", skipped), muted=True
        )
        self._some_skipped = 0 < skipped < len(STEPS)
        outer.addWidget(keep_wrapped_lines(self.skipped))
        self.question = heading(" ", level=2)
        outer.addWidget(keep_wrapped_lines(self.question))
        self.reading = QScrollArea()
        plain_scrolling(self.reading)
        self.words = ScaledLabel(" ", WORDS_FACTOR)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setContentsMargins(0, M, 0, M)
        self.reading.setWidget(self.words)
        outer.addWidget(self.reading, 1)

        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.back_button.setToolTip(self.tr("Left arrow"))
        self.back_button.clicked.connect(self.back)
        self.again_button = QPushButton(self.tr("&Start again"))
        self.again_button.setAccessibleName(self.tr("Start again from the first step"))
        self.again_button.setToolTip(self.tr("Go back to the first step"))
        self.again_button.clicked.connect(lambda: self._show(0))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the practice"))
        self.close_button.setToolTip(self.tr("Esc"))
        self.close_button.clicked.connect(self.reject)
        self.next_button = make_primary(QPushButton(self.tr("&Next")))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Right arrow or Enter"))
        self.next_button.clicked.connect(self.forward)
        row.addWidget(self.back_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        for button in (self.back_button, self.again_button, self.close_button, self.next_button):
            button.installEventFilter(self)  # the arrows move through the steps, not the focus
        self.resize(660, 460)
        self._show(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and self._arrow(event):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._arrow(event):
            super().keyPressEvent(event)

    def _arrow(self, event: QKeyEvent) -> bool:
        """Right goes on and Left goes back; True when the key was one of them."""
        if event.type() != QEvent.Type.KeyPress or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        if event.key() == Qt.Key.Key_Right:
            self.forward()
        elif event.key() == Qt.Key.Key_Left:
            self.back()
        else:
            return False
        return True

    def _show(self, at: int) -> None:
        self.at = max(0, min(at, len(self.shown)))
        total = str(len(STEPS))
        if not self.shown:
            self.counter.setText(" ")
            self.question.setText(self.tr("Nothing written yet"))
            self.words.setText(
                self.tr(
                    "This plan has no words in it yet. Write what you want to say in its "
                    "steps, then practise it here."
                )
            )
        elif self.at == len(self.shown):
            self.counter.setText(self.tr("The end"))
            self.question.setText(self.tr("Well done"))
            self.words.setText(self.tr("Take a breath. You can stop and try another day."))
        else:
            key = self.shown[self.at]
            number = STEPS.index(key) + 1
            self.counter.setText(
                self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", total)
            )
            self.question.setText(self.steps[key].question if key in self.steps else key)
            self.words.setText(self.plan.steps[key])
        self.question.setAccessibleName(self.question.text())
        self.words.setAccessibleName(self.words.text())
        self.reading.verticalScrollBar().setValue(0)
        last = self.at >= len(self.shown)
        self.skipped.setVisible(self._some_skipped and not last)
        self.back_button.setEnabled(self.at > 0)
        self.back_button.setVisible(bool(self.shown))
        self.again_button.setVisible(bool(self.shown) and last)
        self.next_button.setVisible(not last)
        default = self.close_button if last else self.next_button
        default.setDefault(True)
        default.setFocus(Qt.FocusReason.OtherFocusReason)

    def forward(self) -> None:
        if self.at < len(self.shown):
            self._show(self.at + 1)

    def back(self) -> None:
        if self.at > 0:
            self._show(self.at - 1)

    def step_key(self) -> str | None:
        """The step on screen, or None on the closing page (for tests)."""
        return self.shown[self.at] if self.at < len(self.shown) else None
