"""What stays while the window changes: when the language changes, the window is built
again in it, in the same place and on the same section, after saving what was typed.

At start the window is first shown before the data is read, in the look remembered from
last time (see look.py), and `attach` fills it once the data is open."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from companion.core import content, storage
from companion.ui import i18n, look, theme
from companion.ui.context import AppContext
from companion.ui.errors import STORAGE_FAILURES, explain
from companion.ui.look import Look
from companion.ui.main_window import MainWindow


class Shell(QObject):
    """Owns the main window and its context, and replaces both when the language changes.

    A new context goes with each new window, so nothing of the old window is still
    listening for changes after it has gone.
    """

    context: AppContext  # given, or from `attach`
    windowOpened = Signal()  # a new window (and context) replaced the one before

    def __init__(
        self, context: AppContext | None, window_state: QSettings, first_look: Look | None = None
    ) -> None:
        """Without a context, the window is a frame in `first_look` until `attach`."""
        super().__init__()
        self.window_state = window_state
        if context is None:
            self.window = MainWindow(None, window_state, first_look)
            self._shown_setting = first_look.language if first_look else Look().language
        else:
            self.context = context
            self._shown_setting = context.setting("language")  # what the window was built for
            self.window = self._open(context)

    def _open(self, context: AppContext) -> MainWindow:
        window = MainWindow(context, self.window_state)
        self._follow(context)
        return window

    def _follow(self, context: AppContext) -> None:
        context.settingChanged.connect(self._on_setting)
        context.dataReset.connect(self._remember_look)
        self._remember_look()

    def attach(self, context: AppContext) -> None:
        """Fill the window shown before the data was open. When the saved settings ask
        for another language than the one remembered, the window is built again in it;
        another appearance or text size is applied to the window as it is."""
        self.context = context
        self._shown_setting = context.setting("language")
        wanted = Look.of(context)
        code = i18n.resolve(wanted.language)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
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
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the new window follows at once
        try:
            old.close()  # nothing can have been typed in it yet
            self.window = self._open(context)
            self.window.show()
            self.windowOpened.emit()
        finally:
            app.setQuitOnLastWindowClosed(quits)
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
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the new window follows at once
        try:
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
        finally:
            app.setQuitOnLastWindowClosed(quits)
        old.deleteLater()
        return True

    def bring_forward(self) -> None:
        self.window.bring_forward()
