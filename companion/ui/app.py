"""Starting the window: one copy per data folder, storage opened safely, problems said plainly.

The window paints first, in the look remembered from last time; only then is the data
opened (and sqlite-utils loaded) and the window filled, so it is on screen at once.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLocale,
    QObject,
    QSettings,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from companion import APP_ID, DESKTOP_ID
from companion.core import paths, settings, storage
from companion.core.paths import resources_dir
from companion.ui import i18n, look, theme
from companion.ui.context import AppContext
from companion.ui.errors import explain
from companion.ui.names import format_datetime
from companion.ui.shell import Shell
from companion.ui.single_instance import SingleInstance
from companion.ui.widgets import dialogs
from companion.ui.window_state import WindowState

WINDOW_STATE_FILE = "window.ini"
FIRST_PAINT_WAIT_MS = 1000  # a window that is not painted by then (minimized) waits no more


def make_application(qt_args: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else APP_ID, *qt_args])
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_ID)
    return app


def set_icon(app: QApplication) -> None:
    """The app's icon (an SVG: Qt loads its SVG support for it, so after the first paint)."""
    icon_path = resources_dir() / "icons" / "prep-companion.svg"
    if icon_path.is_file():
        app.setWindowIcon(QIcon(str(icon_path)))


def window_state_for(data_dir: Path) -> QSettings:
    """Remembered window geometry, kept as an owner-only file in the data folder and
    written only through the app's private, atomic writer."""
    return WindowState(data_dir / WINDOW_STATE_FILE)


def keep_qt_settings_in(data_dir: Path) -> None:
    """Point Qt's own per-user settings (the file dialogs' history of folders, which Qt
    writes as QtProject.conf when a dialog closes) into the private data folder, instead
    of ~/.config where others may read it. The file is made owner-only before Qt first
    writes it, and Qt keeps an existing file's permissions."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(data_dir))
    conf = data_dir / "QtProject.conf"
    with contextlib.suppress(OSError):  # a full disk: Qt's history is then not kept
        if paths.file_kind(conf) not in (None, "a folder"):
            conf.unlink()  # a link is removed as itself: Qt would write through it
        paths.ensure_private_file(conf)


class _Painted(QObject):
    """Ends `loop` once `window` has been painted (after that paint is done), or closed."""

    def __init__(self, window: QWidget, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Close):
            QTimer.singleShot(0, self.loop.quit)
        return False


def wait_for_first_paint(window: QWidget) -> None:
    """Let the shown `window` paint before anything slower is done."""
    loop = QEventLoop()
    painted = _Painted(window, loop)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    give_up.start(FIRST_PAINT_WAIT_MS)
    loop.exec()
    give_up.stop()
    window.removeEventFilter(painted)


def recovery_message(recovery: storage.Recovery) -> str:
    if recovery.restored_from is not None:
        when = format_datetime(recovery.restored_from.taken_at, long=True)
        return (
            QCoreApplication.translate(
                "App",
                "Your data file was damaged, so Prep Companion restored your data "
                "from the backup of %1.",
            ).replace("%1", when)
            + " "
            + QCoreApplication.translate("App", "Anything saved after that backup may be missing.")
            + " "
            + QCoreApplication.translate(
                "App", "The damaged file was kept, not deleted, at: %1"
            ).replace("%1", str(recovery.damaged_path))
        )
    return (
        QCoreApplication.translate(
            "App",
            "Your data file was damaged and there was no good backup, "
            "so Prep Companion started fresh.",
        )
        + " "
        + QCoreApplication.translate(
            "App", "The damaged file was kept, not deleted, at: %1"
        ).replace("%1", str(recovery.damaged_path))
    )


def _not_started() -> str:
    return QCoreApplication.translate("App", "Prep Companion could not start")


def _unlock(
    directory: Path, first_look: look.Look, window_state: QSettings
) -> tuple[bytes | None, bool]:
    """For protected data, the unlock screen: the data key, and whether it was had (False
    when the screen was closed). For data that is not protected: (None, True) at once.

    An interrupted switch of protection is settled first (the lock is held), so the
    screen is shown exactly when the data is protected.
    """
    names = (paths.KEY_FILE_NAME, paths.PENDING_KEY_FILE_NAME)
    if not any(os.path.lexists(directory / name) for name in names):
        return None, True  # nothing of the protection is loaded
    from companion.core.storage import keys, protection

    protection.settle(directory)
    document = keys.read_key_file(directory)
    if document is None:
        return None, True
    from companion.ui.unlock import ask_for_key

    key = ask_for_key(document, first_look, window_state)
    return key, key is not None


def run_app(
    data_dir: str | None = None,
    quit_after_ms: int | None = None,
    qt_args: Sequence[str] = (),
    in_tray: bool = False,
) -> int:
    """Open the window; `in_tray` (started with the computer) keeps it hidden in the tray
    until its icon is clicked, when the tray is there and wanted (see ui/tray.py)."""
    app = make_application(qt_args)
    try:
        directory = paths.ensure_private_dir(paths.resolve_data_dir(data_dir))
    except OSError as error:
        set_icon(app)
        dialogs.warn(None, _not_started(), explain(error, "folder"))
        return 1

    keep_qt_settings_in(directory)
    instance = SingleInstance(directory)
    try:
        # The lock is taken before the database is opened; the window listens for later
        # copies once it has painted (Qt's network module is not needed before).
        acquired = instance.acquire(listen=False)
    except storage.StorageError as error:
        set_icon(app)
        dialogs.warn(None, _not_started(), explain(error, "open"))
        return 1
    if not acquired:
        set_icon(app)
        if instance.busy_with == storage.WINDOW:
            dialogs.inform(
                None,
                QCoreApplication.translate("App", "Already open"),
                QCoreApplication.translate(
                    "App", "Prep Companion is already open. Its window has been brought forward."
                ),
            )
            return 0
        dialogs.warn(
            None,
            QCoreApplication.translate("App", "Your data is busy"),
            QCoreApplication.translate(
                "App",
                "Prep Companion cannot open your data right now: a command (%1) is still "
                "working on it. Please try again in a moment. Nothing was changed.",
            ).replace("%1", instance.busy_with or ""),
        )
        return 1

    # The window's frame and Today's are painted before the data is opened.
    window_state = window_state_for(directory)
    first_look = look.remembered(window_state)
    i18n.use_language(i18n.resolve(first_look.language))
    theme.apply_look(app, first_look.appearance, first_look.text_size)
    try:
        key, unlocked = _unlock(directory, first_look, window_state)
    except (storage.StorageError, OSError) as error:
        set_icon(app)
        instance.release()
        dialogs.warn(None, _not_started(), explain(error, "open"))
        return 1
    if not unlocked:  # the unlock screen was closed: nothing was opened
        instance.release()
        return 0
    shell = Shell(None, window_state, first_look)
    instance.wakeRequested.connect(shell.bring_forward)
    if not in_tray:
        shell.window.show()
        wait_for_first_paint(shell.window)
    set_icon(app)
    if not in_tray and not shell.window.isVisible():  # closed at once: never opened
        instance.release()
        return 0
    instance.listen()

    try:
        store = storage.open(directory, key=key)
    except storage.StorageError as error:
        shell.window.hide()  # not closed: nothing of it is saved
        shell.window.deleteLater()
        instance.release()
        dialogs.warn(None, _not_started(), explain(error, "open"))
        return 1

    from companion.ui import crash  # the last-resort handler, with what it needs to write

    # A region never chosen starts from the system's: UK numbers on an English system in
    # the UK, Mexico's on a Spanish one in Mexico. A chosen region is kept as it is.
    settings.use_system_locale(QLocale.system().name())
    shell.attach(AppContext(store))
    from companion.ui.tray import Tray  # reminders and the tray icon, when turned on

    tray = Tray(shell, directory)
    if in_tray and not tray.in_use:  # no tray to come back from: never start unseen
        shell.window.show()
    window = shell.window
    from companion.ui import welcome

    if welcome.should_show(shell.context) and shell.window.isVisible():  # the first start
        QTimer.singleShot(0, lambda: welcome.open_welcome(shell.context, shell.window))
    last_resort = sys.excepthook
    crash.install(lambda: shell.window, store.data_dir, store.clock)
    if store.recovery is not None:
        recovery = store.recovery
        QTimer.singleShot(
            0,
            lambda: dialogs.warn(
                window,
                QCoreApplication.translate("App", "Your data was restored"),
                recovery_message(recovery),
            ),
        )
    if quit_after_ms is not None:
        QTimer.singleShot(max(0, quit_after_ms), lambda: shell.window.close())
    try:
        return app.exec()
    finally:
        sys.excepthook = last_resort
        settings.use_system_locale("")  # the window's own: nothing after it keeps it
        try:
            if not shell.locked:  # locking closed it
                shell.storage.close()
        except storage.StorageError as error:
            print(f"{APP_ID}: {error}", file=sys.stderr)
        instance.release()
