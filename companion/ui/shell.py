"""What stays while the window changes: when the language changes, the window is built
again in it, in the same place and on the same section, after saving what was typed.

At start the window is first shown before the data is read, in the look remembered from
last time (see look.py), and `attach` fills it once the data is open."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from companion.core import content, storage
from companion.ui import i18n, look, theme
from companion.ui.context import AppContext
from companion.ui.errors import STORAGE_FAILURES, explain
from companion.ui.look import Look
from companion.ui.main_window import MainWindow
from companion.ui.widgets import dialogs

if TYPE_CHECKING:
    from companion.ui.unlock import UnlockWindow

# Input that counts as use: any of it puts off locking after a while.
_USE = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@contextmanager
def _window_follows(app: QApplication) -> Iterator[None]:
    """While one window (or the unlock screen) takes another's place: closing the old one
    does not end the app, as the last window closed otherwise would."""
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        yield
    finally:
        app.setQuitOnLastWindowClosed(quits)


class Shell(QObject):
    """Owns the main window and its context, and replaces both when the language changes.

    A new context goes with each new window, so nothing of the old window is still
    listening for changes after it has gone.
    """

    context: AppContext  # given, or from `attach`
    windowOpened = Signal()  # a new window (and context) replaced the one before
    lockedChanged = Signal(bool)  # the data was locked (True) or unlocked again (False)
    unlock_window: UnlockWindow | None = None  # while locked

    def __init__(
        self, context: AppContext | None, window_state: QSettings, first_look: Look | None = None
    ) -> None:
        """Without a context, the window is a frame in `first_look` until `attach`."""
        super().__init__()
        self.window_state = window_state
        self.idle = QTimer(self)  # lock after a while (the setting lock_after), when protected
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        if context is None:
            self.window = MainWindow(None, window_state, first_look)
            self.window.lockRequested.connect(self.lock)
            self._shown_setting = first_look.language if first_look else Look().language
        else:
            self.context = context
            self._shown_setting = context.setting("language")  # what the window was built for
            self.window = self._open(context)

    def _open(self, context: AppContext) -> MainWindow:
        window = MainWindow(context, self.window_state)
        window.lockRequested.connect(self.lock)
        self._follow(context)
        return window

    def _follow(self, context: AppContext) -> None:
        context.settingChanged.connect(self._on_setting)
        context.dataReset.connect(self._remember_look)
        context.protectionChanged.connect(self.watch_use)
        self._remember_look()
        self.watch_use()

    # --- locking ---------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.unlock_window is not None

    def watch_use(self) -> None:
        """Count the minutes of no use when the data is protected and lock_after is set."""
        app = QApplication.instance()
        minutes = int(self.context.setting("lock_after") or 0)
        if self.context.protected and minutes and app is not None:
            self.idle.setInterval(minutes * 60_000)
            app.removeEventFilter(self)
            app.installEventFilter(self)
            self.idle.start()
        else:
            self.idle.stop()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USE and self.idle.isActive():
            self.idle.start()  # again from now
        return False

    def lock(self) -> bool:
        """Lock now: what was typed is saved, the data is closed, and the unlock screen
        takes the window's place. False when nothing was locked (the data is not protected,
        or the person stayed with typing that could not be saved)."""
        if self.locked or not self.context.protected:
            return False
        from companion.core.storage import keys
        from companion.ui.look import Look
        from companion.ui.unlock import UnlockWindow

        self.idle.stop()
        old = self.window
        document = keys.read_key_file(self.storage.data_dir)
        if document is None:
            return False
        app = _app()
        with _window_follows(app):
            if not old.close():  # saves the journal and plan; may ask first
                self.watch_use()
                return False
            app.removeEventFilter(self)
            unlock = self.unlock_window = UnlockWindow(
                document, Look.of(self.context), self.window_state
            )
            self.lockedChanged.emit(True)
            try:
                self.storage.close()
            except STORAGE_FAILURES as error:  # the backup on closing: said on unlocking
                self._closing_problem = explain(error, "backup")
            unlock.unlocked.connect(self._unlocked)
            unlock.closed.connect(app.quit)
            unlock.show()
            unlock.raise_()
            unlock.activateWindow()
        old.deleteLater()
        return True

    _closing_problem = ""

    def _unlocked(self, key: bytes) -> None:
        """Open the data again with its key and bring the window back."""
        unlock = self.unlock_window
        assert unlock is not None
        old = self.storage
        try:
            store = storage.open(old.data_dir, clock=old.clock, key=key)
        except storage.StorageError as error:
            unlock.key = None
            dialogs.warn(
                unlock, self.tr("Prep Companion could not open your data"), explain(error, "open")
            )
            return
        with _window_follows(_app()):
            context = AppContext(store)
            context.key_cost = self.context.key_cost
            self.context = context
            self.window = self._open(context)
            self.window.show()
            unlock.hide()
            self.unlock_window = None
            self.windowOpened.emit()
            self.lockedChanged.emit(False)
        unlock.deleteLater()
        if self._closing_problem:
            self.window.statusBar().showMessage(self._closing_problem, 15000)
            self._closing_problem = ""

    def attach(self, context: AppContext) -> None:
        """Fill the window shown before the data was open. When the saved settings ask
        for another language than the one remembered, the window is built again in it;
        another appearance or text size is applied to the window as it is."""
        self.context = context
        self._shown_setting = context.setting("language")
        wanted = Look.of(context)
        code = i18n.resolve(wanted.language)
        app = _app()
        shown = self.window.look
        restyle = (wanted.appearance, wanted.text_size) != (shown.appearance, shown.text_size)
        if code == content.language():
            self.window.attach(context)
            if restyle:
                self.window.apply_look()
            self._follow(context)
            return
        if restyle:
            theme.apply_look(app, wanted.appearance, wanted.text_size)
        i18n.use_language(code)
        old = self.window
        with _window_follows(app):
            old.close()  # nothing can have been typed in it yet
            self.window = self._open(context)
            self.window.show()
            self.windowOpened.emit()
        old.deleteLater()

    def _remember_look(self) -> None:
        """Keep the look for the next start's first paint."""
        look.remember(self.window_state, Look.of(self.context))

    @property
    def storage(self) -> storage.Storage:
        return self.context.storage

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("language", "appearance", "text_size", "discreet_mode", "region"):
            self._remember_look()
        if key == "lock_after":
            self.watch_use()
        if key == "language":
            QTimer.singleShot(0, self.reopen)  # once the choice that changed it is done

    def reopen(self) -> bool:
        """Build the window again in the chosen language; False if nothing changed (the
        language is the same, or closing the old window was refused to keep typing)."""
        code = i18n.resolve(self.context.setting("language"))
        if code == content.language():
            return False
        old = self.window
        section = old.current_section()
        with _window_follows(_app()):
            if not old.close():  # saves the journal and plan; may ask first
                # The person stayed with what they typed: the setting goes back to the
                # language still on screen, so Settings and the window agree.
                self.context.set_setting("language", self._shown_setting)
                return False
            self._shown_setting = self.context.setting("language")
            from companion.core import checklist  # loaded with the data

            before = content.load_checklist_template()
            i18n.use_language(code)
            problem = ""
            try:
                checklist.retranslate(self.storage.db, before, content.load_checklist_template())
            except STORAGE_FAILURES as error:
                problem = explain(error)  # words stay as they were
            context = AppContext(self.storage)
            self.window = self._open(context)
            self.context = context
            self.window.show()
            self.window.show_section(section)
            self.windowOpened.emit()
            if problem:
                self.window.statusBar().showMessage(problem, 15000)
        old.deleteLater()
        return True

    def bring_forward(self) -> None:
        if self.unlock_window is not None:
            self.unlock_window.showNormal()
            self.unlock_window.raise_()
            self.unlock_window.activateWindow()
            return
        self.window.bring_forward()
