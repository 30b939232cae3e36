"""The tray icon and the reminders while the app runs.

The icon is there only while the person has turned on a reminder or "Start with my
computer", and the desktop has a tray. Its menu opens the window, Get help now (as F1
does) or quits. A timer checks once a minute which reminders are due (core/reminders.py)
and shows them as the desktop's notices; in discreet mode a notice only says "A reminder
from Prep Companion". Without a tray, reminders show on Today, in a card of their own,
while the window is open. While the icon is there, closing the window keeps the app in
the tray (for the reminders); Quit in its menu ends it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from companion import APP_NAME
from companion.core import autostart, paths, reminders
from companion.core.reminders import Reminder
from companion.ui.context import AppContext
from companion.ui.errors import STORAGE_FAILURES
from companion.ui.names import format_datetime
from companion.ui.shell import Shell

CHECK_EVERY_MS = 60_000
NOTICE_MS = 15_000
TRAY_KEYS = ("reminder_check_in", "reminder_appointments", "start_with_computer")
REMINDER_KEYS = (*TRAY_KEYS, "reminder_check_in_time", "reminder_appointment_lead")


def tray_available() -> bool:
    """Whether the desktop shows tray icons (not offscreen, nor under a bare X server)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def notice_words(reminder: Reminder, discreet: bool) -> tuple[str, str]:
    """The title and the text of a desktop notice. Discreet: only the app's name."""
    if discreet:
        return APP_NAME, QCoreApplication.translate("Reminders", "A reminder from Prep Companion.")
    return APP_NAME, banner_words(reminder)


def banner_words(reminder: Reminder) -> str:
    """One line that says what the reminder is about."""
    if reminder.kind == reminders.CHECK_IN:
        return QCoreApplication.translate(
            "Reminders", "Time for today's check-in. It takes under a minute."
        )
    titles = ", ".join(appointment.title for appointment in reminder.appointments)
    when = format_datetime(reminder.at) if reminder.at is not None else ""
    return (
        QCoreApplication.translate("Reminders", "Coming up on %1: %2.")
        .replace("%1", when)
        .replace("%2", titles)
    )


class Tray(QObject):
    """Checks the reminders while the app runs, and keeps the tray icon when it is wanted."""

    def __init__(self, shell: Shell, data_dir: Path, available: bool | None = None) -> None:
        super().__init__(shell)
        self.shell = shell
        self.available = tray_available() if available is None else available
        self.data_dir = data_dir
        self.icon: QSystemTrayIcon | None = None
        self.last: Reminder | None = None
        self._followed: AppContext | None = None
        self._wired: object = None  # the window whose reminder card leads into it
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        shell.windowOpened.connect(self.follow)
        shell.lockedChanged.connect(self._on_locked)
        self.follow()
        self._reconcile_autostart()
        self.update()

    @property
    def context(self) -> AppContext:
        return self.shell.context

    def follow(self) -> None:
        """Listen to the settings of the window's context (a new one after a language change)."""
        window = self.shell.window
        if self._wired is not window:
            self._wired = window
            window.today.reminder_banner.openCheckIn.connect(window.open_check_in)
            window.today.reminder_banner.openPlan.connect(lambda: window.show_section("plan"))
        if self._followed is self.context:
            return
        self._followed = self.context
        self.context.settingChanged.connect(self._on_setting)
        self.context.dataReset.connect(self.update)
        if self.icon is not None:
            self._fill_menu(self.icon)  # in the new language

    @property
    def wanted(self) -> bool:
        """Whether the person turned on anything the tray is for."""
        return any(bool(self.context.setting(key)) for key in TRAY_KEYS)

    @property
    def in_use(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def _on_setting(self, key: str, _value: object) -> None:
        if key in REMINDER_KEYS:
            self.update()

    def update(self) -> None:
        """Show or remove the icon, run the timer while a reminder is on, and check now."""
        wanted = self.wanted and self.available
        if wanted and self.icon is None:
            self.icon = self._make_icon()
        if self.icon is not None:
            self.icon.setVisible(wanted)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not wanted)
        if any(bool(self.context.setting(key)) for key in TRAY_KEYS[:2]):
            self.timer.start()
            self.check()
        else:
            self.timer.stop()

    def _make_icon(self) -> QSystemTrayIcon:
        icon = QSystemTrayIcon(self)
        image = QApplication.windowIcon()
        if image.isNull():
            image = QIcon(str(paths.resources_dir() / "icons" / "prep-companion.svg"))
        icon.setIcon(image)
        icon.setToolTip(APP_NAME)
        self._fill_menu(icon)
        icon.activated.connect(self._activated)
        icon.messageClicked.connect(self._message_clicked)
        return icon

    def _fill_menu(self, icon: QSystemTrayIcon) -> None:
        menu = QMenu()
        menu.setAccessibleName(APP_NAME)
        menu.addAction(QCoreApplication.translate("Tray", "Open Prep Companion"), self.open_window)
        menu.addAction(QCoreApplication.translate("Tray", "Get help now"), self.open_help)
        lock = menu.addAction(QCoreApplication.translate("Tray", "Lock now"), self.shell.lock)
        menu.aboutToShow.connect(
            lambda: lock.setVisible(not self.shell.locked and self.context.protected)
        )
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Tray", "Quit"), self.quit)
        old = icon.contextMenu()
        icon.setContextMenu(menu)
        self.menu = menu
        if old is not None:
            old.deleteLater()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window()

    def _on_locked(self, locked: bool) -> None:
        """No reminder is looked for while the data is locked (it is closed)."""
        if locked:
            self.timer.stop()
        else:
            self.update()

    def open_window(self) -> None:
        self.shell.bring_forward()

    def open_help(self) -> None:
        self.open_window()
        if self.shell.unlock_window is not None:
            self.shell.unlock_window.open_help()
            return
        self.shell.window.open_help()

    def quit(self) -> None:
        """Close the window (which may ask about unsaved typing), then end the app."""
        window = self.shell.unlock_window or self.shell.window
        if window.close():
            app = QApplication.instance()
            if app is not None:
                app.quit()
        else:
            self.open_window()

    def _message_clicked(self) -> None:
        self.open_window()
        if self.last is not None and self.last.kind == reminders.CHECK_IN:
            self.shell.window.open_check_in()
        elif self.last is not None:
            self.shell.window.show_section("plan")

    # --- the reminders -------------------------------------------------------------------------

    def check(self) -> list[Reminder]:
        """Show the reminders that are due and remember them; returns them (for tests)."""
        self.follow()
        try:
            due = reminders.due_now(self.context.db, self.context.storage.clock)
            if due:
                reminders.mark_shown(self.context.db, due, self.context.storage.clock)
        except STORAGE_FAILURES:
            return []  # tried again in a minute; a reminder is never worth an error box
        if not due:
            return []
        if self.in_use and self.icon is not None:
            discreet = bool(self.context.setting("discreet_mode"))
            for reminder in due:
                title, text = notice_words(reminder, discreet)
                self.icon.showMessage(
                    title, text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS
                )
            self.last = due[-1]
        else:
            self.shell.window.today.reminder_banner.show_reminders(
                [banner_words(reminder) for reminder in due],
                check_in=any(r.kind == reminders.CHECK_IN for r in due),
                appointment=any(r.kind == reminders.APPOINTMENT for r in due),
            )
        return due

    def _reconcile_autostart(self) -> None:
        """At start: the setting follows the autostart file when the desktop changed it."""
        wanted = bool(self.context.setting("start_with_computer"))
        try:
            actual = autostart.reconcile(wanted, autostart.folder_argument(self.data_dir))
            if actual != wanted:
                self.context.set_setting("start_with_computer", actual)
        except STORAGE_FAILURES:
            return  # Settings says what is wrong when the person changes it
