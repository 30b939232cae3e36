"""Today: a gentle start page with the date and a way into each part of the app."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from companion.ui.widgets.page import Page, card
from companion.ui.widgets.text import heading, paragraph


class TodayPage(Page):
    """The first page: today's date, a kind word, and the sections as large buttons."""

    openSection = Signal(str)
    openHelp = Signal()

    def __init__(self, sections: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """`sections` is a list of (key, title, one-line description)."""
        super().__init__(self.tr("Today"), parent)
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.date_label = paragraph(today, muted=True)
        self.body.addWidget(self.date_label)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Take it one step at a time. You can come back to any part of this "
                    "whenever you are ready, and everything stays on this computer."
                )
            )
        )

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.section_buttons: dict[str, QPushButton] = {}
        for index, (key, title, description) in enumerate(sections):
            box, layout = card()
            layout.addWidget(heading(title, level=3))
            layout.addWidget(paragraph(description, muted=True))
            button = QPushButton(self.tr("Open %1").replace("%1", title))
            button.setAccessibleName(self.tr("Open %1").replace("%1", title))
            button.setToolTip(description)
            button.clicked.connect(lambda _=False, k=key: self.openSection.emit(k))
            layout.addWidget(button)
            layout.addStretch(1)
            self.section_buttons[key] = button
            grid.addWidget(box, index // 2, index % 2)
        self.body.addLayout(grid)

        help_box, help_layout = card()
        help_layout.addWidget(heading(self.tr("If you need help right now"), level=2))
        help_layout.addWidget(
            paragraph(
                self.tr(
                    "If you feel unsafe, or someone may have overdosed, open Get help now. "
                    "It shows emergency steps and the numbers to call. Shortcut: F1."
                )
            )
        )
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.clicked.connect(self.openHelp.emit)
        help_layout.addWidget(self.help_button)
        self.body.addWidget(help_box)
        self.finish()
