"""What stays while the window changes: when the language changes, the window is built
again in it, in the same place and on the same section, after saving what was typed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from companion.core import checklist, content, storage
from companion.ui import i18n
from companion.ui.context import AppContext
from companion.ui.errors import STORAGE_FAILURES, explain
from companion.ui.main_window import MainWindow


class Shell(QObject):
    """Owns the main window and its context, and replaces both when the language changes.

    A new context goes with each new window, so nothing of the old window is still
    listening for changes after it has gone.
    """

    def __init__(self, context: AppContext, window_state: QSettings) -> None:
        super().__init__()
        self.window_state = window_state
        self.context = context
        self._shown_setting = context.setting("language")  # what the window was built for
        self.window = self._open(context)

    def _open(self, context: AppContext) -> MainWindow:
        window = MainWindow(context, self.window_state)
        context.settingChanged.connect(self._on_setting)
        return window

    @property
    def storage(self) -> storage.Storage:
        return self.context.storage

    def _on_setting(self, key: str, _value: object) -> None:
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
            if problem:
                self.window.statusBar().showMessage(problem, 15000)
        finally:
            app.setQuitOnLastWindowClosed(quits)
        old.deleteLater()
        return True

    def bring_forward(self) -> None:
        self.window.bring_forward()
