"""Who is using the app, as the main window shows it: the person's view or a helper's.

In helper mode (the setting `user` is "helper") the sidebar's Journal row is the Helping
section (same place, same Ctrl+4), Today is the helper's Today, and the journal is never
shown: a journal page already built is hidden, and every way to it (its shortcut, a link,
the tray's and the reminders' check-in) leads to the helper's own check-in instead. A
quiet switch under the app's name changes the view in one click. What is stored is the
same in both views.

`ViewModes` is a part of `MainWindow` (main_window.py), kept here so that each file holds
one job; it uses the window's sidebar, pages and navigation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMainWindow, QPushButton, QStackedWidget, QWidget

from companion.ui.context import AppContext
from companion.ui.writes import attempt

if TYPE_CHECKING:
    from companion.ui.pages.today import TodayPage
    from companion.ui.pages.today_helper import HelperTodayPage

JOURNAL_ROW = 3  # the journal's place in the sidebar, the Helping section's in helper mode


class ViewModes(QMainWindow):
    """The person's view and the helper's, for the main window."""

    # what the window provides (main_window.py)
    context: AppContext
    keys: list[str]
    nav: QListWidget
    stack: QStackedWidget
    switch_button: QPushButton
    today: TodayPage
    helper_today: HelperTodayPage | None
    _helping: bool
    _titles: dict[str, str]
    _built: dict[str, QWidget]
    _placeholders: dict[str, QWidget]
    built: Callable[[str], QWidget | None]
    page: Callable[[str], QWidget]
    _place: Callable[[int, QWidget], None]
    paint_icons: Callable[[], None]
    fit_sidebar: Callable[[], None]
    open_link: Callable[[str], None]
    show_section: Callable[[str], None]
    open_prepare: Callable[[str], None]
    _leave_ok: Callable[[str], bool]

    @property
    def helper_mode(self) -> bool:
        """Whether a helper is using the app (the journal is then never shown), as the
        settings said when they last changed."""
        return self._helping

    @property
    def shown_today(self) -> QWidget:
        """Today as shown now: the helper's Today in helper mode."""
        if self.helper_mode:
            if self.helper_today is None:
                from companion.ui.pages.today_helper import HelperTodayPage

                self.helper_today = HelperTodayPage(self.context)
                self.helper_today.openLink.connect(self.open_link)
                self.helper_today.openSection.connect(self.show_section)
                self.helper_today.openPrepare.connect(self.open_prepare)
                self.helper_today.chooseUser.connect(lambda: self.choose_user(True))
            return self.helper_today
        return self.today

    def _apply_mode(self) -> None:
        """Show the sections of the mode the settings say: Helping for the journal and the
        helper's Today in helper mode, the person's in theirs."""
        helping = self._helping = self.context.setting("user") == "helper"
        key = "helping" if helping else "journal"
        if self.keys[JOURNAL_ROW] != key:
            page = self.built(self.keys[JOURNAL_ROW])
            leave_ok = getattr(page, "leave_ok", None)
            if leave_ok is not None:
                leave_ok()  # the journal saves what it can before it is hidden
            self.keys[JOURNAL_ROW] = key
            item = self.nav.item(JOURNAL_ROW)
            item.setText(self._titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)")
                .replace("%1", self._titles[key])
                .replace("%2", str(JOURNAL_ROW + 1))
            )
            widget = self._built.get(key)
            if widget is None:
                widget = self._placeholders.setdefault(key, QWidget())
            self._place(JOURNAL_ROW, widget)
            if self.stack.currentIndex() == JOURNAL_ROW:
                self.page(key)  # on show: built now
            self.paint_icons()
        self._place(0, self.shown_today)
        self._show_mode()
        self.fit_sidebar()

    def _show_mode(self) -> None:
        """The sidebar's switch: to the person's view in helper mode (saying whose view is
        shown now, in its description), to the helper's view otherwise."""
        if self.helper_mode:
            from companion.ui.who_dialog import helper_name

            name = helper_name(self.context)
            now = self.tr("Helper view: %1").replace("%1", name) if name else ""
            self.switch_button.setText(self.tr("Person's view"))
            words = self.tr("Switch to the view of the person getting ready")
        else:
            now = ""
            self.switch_button.setText(self.tr("Helper view"))
            words = self.tr("Switch to the view for someone helping")
        # outlined in helper mode (the way back is easy to see), quiet in the person's
        self.switch_button.setFlat(not self.helper_mode)
        self.switch_button.setAccessibleName(words)
        self.switch_button.setAccessibleDescription(now)
        self.switch_button.setToolTip(f"{now}\n{words}" if now else words)
        self.switch_button.show()

    def switch_view(self) -> None:
        """One click: back to the person's view, or to the helper's view of the helper
        chosen last (asking who, when there is none yet)."""
        from companion.core import people
        from companion.ui.who_dialog import use_choice

        context = self.context
        if self.helper_mode:
            attempt(self, lambda: use_choice(context, False, None, ""))
            return
        helper_id = int(context.setting("helper_id"))
        if not helper_id or not people.exists(context.db, helper_id):
            self.choose_user(helping=True)
            return
        if not self._leave_ok("journal"):
            return
        attempt(self, lambda: use_choice(context, True, helper_id, ""))

    def choose_user(self, helping: bool | None = None) -> None:
        """ "Who is using the app?" (`helping`: which choice to start from)."""
        from companion.ui.who_dialog import WhoDialog

        dialog = WhoDialog(self.context, self)
        if helping is not None:
            dialog.chooser.preset(helping)
        dialog.exec()
