"""Helping: in the helper's view, the section in the journal's place. Two tabs: "My
check-in" (the helper's own daily check-in and trends, helper_checkin.py) and
"Conversations" (the conversation planner, conversations.py), each acting for the helper
named by the setting `helper_id`.

The Conversations tab is made the first time it is shown, so opening the section costs
only the check-in. `show_part("check-in" | "conversations")` opens a tab (the links
app:helping:check-in and app:helping:conversations come here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from companion.ui.context import AppContext
from companion.ui.pages.helper_checkin import HelperCheckInTab
from companion.ui.widgets.fitting_tabs import FittingTabNames
from companion.ui.widgets.page import Page, purpose

if TYPE_CHECKING:
    from companion.ui.pages.conversations import ConversationsTab

PARTS = ("check-in", "conversations")


class HelpingPage(Page):
    """The helper's own check-in and their conversation plans, in two tabs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Helping"), parent)
        self.context = context
        self.body.addWidget(
            purpose(
                self.tr("Your own check-in and your conversation plans. Only you see these here.")
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Helping sections"))
        self.tabs.setUsesScrollButtons(False)  # every tab's whole name, never scrolled away
        self.check_in = HelperCheckInTab(context)
        self._conversations: ConversationsTab | None = None
        self._conversations_slot = QWidget()  # the tab's place until it is first shown
        QVBoxLayout(self._conversations_slot).setContentsMargins(0, 0, 0, 0)
        names = [
            (self.tr("My check-in"), self.tr("Check-in")),
            (self.tr("Conversations"), self.tr("Talks")),
        ]
        self.tabs.addTab(self.check_in, names[0][0])
        self.tabs.addTab(self._conversations_slot, names[1][0])
        self.tab_names = FittingTabNames(self.tabs, names)
        self.tabs.setMinimumHeight(self.tabs.fontMetrics().height() * 10)
        # The tabs fill the page's height and scroll inside: their content's full height
        # would otherwise make the page itself scroll as well.
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.tabs.currentChanged.connect(lambda _index: self._build_shown_tab())
        self.body.addWidget(self.tabs, 1)

    @property
    def conversations(self) -> ConversationsTab:
        """The Conversations tab (made now if it has not been shown yet)."""
        if self._conversations is None:
            from companion.ui.pages.conversations import ConversationsTab

            self._conversations = ConversationsTab(self.context)
            layout = self._conversations_slot.layout()
            assert layout is not None
            layout.addWidget(self._conversations)
            self._conversations.show()  # at once, not when the event loop next runs
        return self._conversations

    def _build_shown_tab(self) -> None:
        if self.tabs.currentWidget() is self._conversations_slot:
            _ = self.conversations

    def show_part(self, part: str) -> None:
        """Open the tab for `part`: "check-in" or "conversations" (anything else: check-in)."""
        if part == "conversations":
            self.tabs.setCurrentWidget(self._conversations_slot)
            self._build_shown_tab()
        else:
            self.tabs.setCurrentWidget(self.check_in)

    def part(self) -> str:
        """The part shown: "check-in" or "conversations"."""
        return PARTS[self.tabs.currentIndex()]

    def flush(self) -> bool:
        """Save what waits to be saved in both tabs; True when nothing is unsaved."""
        saved = self.check_in.flush()
        if self._conversations is not None:
            saved = self._conversations.flush() and saved
        return saved

    def leave_ok(self) -> bool:
        """Save what was typed; if any of it cannot be saved, ask before leaving it behind."""
        if not self.check_in.leave_ok():
            self.show_part("check-in")
            return False
        if self._conversations is not None and not self._conversations.leave_ok():
            self.show_part("conversations")
            return False
        return True
