"""Read-only text whose links a keyboard reaches and a screen reader hears.

Qt's text browser lets Tab step through its links, but it tells the accessibility layer
nothing when it does (the text is a plain label to a screen reader, and the link that
took the Tab is silent), and Shift+Tab never leaves it once it is on the first link.
`LinkText` mends both: Tab and Shift+Tab step through the links and then on to the
next control; each link reached is announced ("Link: Open Breathe") and is the text's
description while it has focus; Enter opens it. Links are never followed here: the
page that shows the text decides what each one does (`anchorClicked`), and the app
never opens a web address by itself.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QFocusEvent
from PySide6.QtWidgets import QTextBrowser, QWidget


class LinkText(QTextBrowser):
    """A read-only text browser with keyboard link navigation that announces each link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._about = self.tr("Tab moves from link to link; Enter opens the link.")
        self.setAccessibleDescription(self._about)

    def focused_link(self) -> tuple[str, str] | None:
        """The link the keyboard is on, as (its words, its address); None when none is."""
        cursor = self.textCursor()
        address = cursor.charFormat().anchorHref()
        if not cursor.hasSelection() or not address:
            return None
        return cursor.selectedText(), address

    def focusNextPrevChild(self, next: bool) -> bool:
        if not self.hasFocus():
            return super().focusNextPrevChild(next)
        before = self.focused_link(), self.textCursor().position()
        moved = super().focusNextPrevChild(next)
        if self.hasFocus() and (self.focused_link(), self.textCursor().position()) == before:
            # Qt stays on the first link for ever on Shift+Tab: move on past the text
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            return QWidget.focusNextPrevChild(self, next)
        self._tell()
        return moved

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._tell()

    def _tell(self) -> None:
        """Say which link has focus, or what the text offers when none has."""
        link = self.focused_link()
        said = self.tr("Link: %1").replace("%1", link[0]) if link else self._about
        if said == self.accessibleDescription():
            return
        self.setAccessibleDescription(said)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )
        if link:  # said at once, as a screen reader says a link that takes focus
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, said))
