"""A calm page for a part of the app that is still being built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from companion.ui.widgets.page import Page, card
from companion.ui.widgets.text import heading, paragraph


class ComingSoonPage(Page):
    """Says, kindly, what this section will do and that it is on its way."""

    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        box, layout = card()
        layout.addWidget(heading(self.tr("Coming soon"), level=2))
        self.promise = paragraph(promise)
        layout.addWidget(self.promise)
        layout.addWidget(
            paragraph(
                self.tr(
                    "This part of Prep Companion is still being made. "
                    "Everything else you save is kept safely on this computer."
                ),
                muted=True,
            )
        )
        self.body.addWidget(box)
        self.finish()
