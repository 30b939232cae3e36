"""Text widgets that keep their relative size when the person changes the text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.ui import theme

TONES = ("muted", "caution", "overdue")


class ScaledLabel(QLabel):
    """A label whose font is a fixed multiple of the application font (headings, big numbers).

    The label's own font is set again whenever the application font changes, so it
    keeps its size relative to the text size setting.
    """

    def __init__(
        self, text: str = "", factor: float = 1.0, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self._factor = factor
        self._bold = bold
        self._apply()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._apply)

    def _apply(self, *_font: object) -> None:
        size = QApplication.font().pointSizeF()
        points = round((size if size > 0 else 10.0) * self._factor, 1)
        font = QFont(QApplication.font())
        font.setPointSizeF(points)
        font.setBold(self._bold)
        self.setFont(font)


class SteadyLabel(QLabel):
    """One line of text in a box sized once to fit `sample`: a new text (a clock ticking
    every second) then never makes Qt lay out the page around it again."""

    def __init__(self, sample: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sample = sample
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        self.setFixedSize(
            metrics.horizontalAdvance(self._sample) + metrics.averageCharWidth() * 2 + 4,
            metrics.height() + margins.top() + margins.bottom() + 2,
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


def heading(text: str, level: int = 1) -> ScaledLabel:
    factors = {1: 1.7, 2: 1.25, 3: 1.08}
    label = ScaledLabel(text, factors.get(level, 1.0), bold=True)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def paragraph(text: str, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        set_tone(label, "muted")
    return label


def set_tone(label: QLabel, tone: str = "") -> None:
    """Muted (the palette's quiet colour), caution (italic), overdue (bold red), or plain ("").

    The tone is also kept as a property of the same name, for tests and for restyling
    when the palette changes (theme.restyle_all).
    """
    for name in TONES:
        label.setProperty(name, name == tone)
    label.setForegroundRole(
        QPalette.ColorRole.PlaceholderText if tone == "muted" else QPalette.ColorRole.WindowText
    )
    theme.paint_overdue(label, tone == "overdue")
    if tone == "caution":
        font = QFont()
        font.setItalic(True)
        label.setFont(font)


def selectable(label: QLabel) -> QLabel:
    """Let the label's text be selected and copied, by mouse and keyboard (numbers to call)."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label
