"""A tour of the whole app for tests that must see everything: every page, every tab,
every row of every list, every button's dialog, menus and calendars.

`Tour.of(root)` reads `root`, chooses each row of its lists, opens each of its tabs (and
tabs within tabs), and clicks every visible push button and tool button once (not check
boxes or radio buttons), calling `look(widget, where)` after each step. `Dialogs`
replaces waiting with looking: a dialog's `exec` shows it, looks at it and closes it as
if cancelled; questions get `answer` (Cancel unless a test says otherwise); save dialogs
(Qt's own, non-native) answer with a new file in a folder of the test's; open dialogs
answer `file_to_open`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QRadioButton,
    QTabWidget,
    QToolButton,
    QWidget,
    QWidgetAction,
)

import companion.ui
from companion.ui.widgets.date_fields import DateField

MOST_ROWS = 60  # rows chosen per list: enough for every Learn section and exercise
Look = Callable[[QWidget, str], None]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)


def _rows(view: QAbstractItemView) -> int:
    model = view.model()
    return 0 if model is None or not view.isVisible() else model.rowCount(QModelIndex())


class Tour:
    """Walks a window, calling `look` on what it shows after every step."""

    def __init__(self, look: Look) -> None:
        self.look = look
        self.calendars = 0  # how many date fields' calendars were looked at
        self.clicked: set[int] = set()

    def of(self, root: QWidget, where: str) -> None:
        self.look(root, where)
        self.each_row(root, where)
        for tabs in _outer_tab_widgets(root):
            for index in range(tabs.count()):
                if not alive(tabs):
                    break
                tabs.setCurrentIndex(index)
                settle()
                name = f"{where} / {tabs.tabText(index)}"
                self.look(root.window(), name)
                self.of(tabs.widget(index), name)
        self.click_every_button(root, where)

    def each_row(self, root: QWidget, where: str) -> None:
        """Choose each row of each list in turn (a list often picks what the page shows,
        as Learn's sections and Breathe's exercises do)."""
        for view in root.findChildren(QListView):
            for row in range(min(_rows(view), MOST_ROWS)):
                if not alive(view) or not view.isVisible():
                    break
                view.setCurrentIndex(view.model().index(row, 0))
                settle()
                self.look(root, f"{where}, row {row} of a list")

    def click_every_button(self, root: QWidget, where: str) -> None:
        """Click each visible push or tool button once, with a row chosen in every list
        (so Edit and Remove are enabled). A button that opens a menu is not clicked (the
        menu would wait): its menu is looked at instead."""
        while True:
            _choose_first_rows(root)
            waiting = [
                button
                for button in root.findChildren(QAbstractButton)
                if alive(button)
                and button.isVisible()
                and button.isEnabled()
                and not isinstance(button, (QCheckBox, QRadioButton))
                and not button.isCheckable()
                and shiboken6.getCppPointer(button)[0] not in self.clicked
                and button.window() is root.window()
            ]
            if not waiting:
                return
            button = waiting[0]
            self.clicked.add(shiboken6.getCppPointer(button)[0])
            menu = button.menu() if isinstance(button, QToolButton) else None
            if menu is not None:
                self.menu(menu, f"{where}: menu of {button.text()!r}")
                continue
            button.click()
            settle()
            if alive(root):
                self.look(root, f"{where} after {button.text()!r}")

    def menu(self, menu: QMenu, where: str) -> None:
        self.look(menu, where)
        for action in menu.actions():
            shown = action.defaultWidget() if isinstance(action, QWidgetAction) else None
            if shown is not None:
                shown.show()
                self.look(shown, where)
                shown.hide()

    def text_menu_and_calendar(self, root: QWidget, where: str) -> None:
        """The menu a right click opens in a text field (Undo, Copy, Paste...), and the
        calendar of a date field."""
        field = next((f for f in root.findChildren(QLineEdit) if f.isVisible()), None)
        if field is not None:
            menu = field.createStandardContextMenu()
            self.look(menu, f"{where}: text field menu")
            menu.deleteLater()
        for dates in root.findChildren(DateField):
            if dates.isVisible() and dates.isEnabled():
                dates.open_calendar()
                assert dates.popup is not None
                self.look(dates.popup, f"{where}: calendar")
                self.calendars += 1
                dates.popup.hide()
                return


def _choose_first_rows(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        if _rows(view) and not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))


def _outer_tab_widgets(root: QWidget) -> list[QTabWidget]:
    """The tab widgets in `root` that are not inside another tab widget in `root`."""
    found = []
    for tabs in root.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is root or parent is None:
            found.append(tabs)
    return found


class Dialogs:
    """Dialogs looked at instead of waited on (installed with a pytest monkeypatch)."""

    def __init__(self, monkeypatch, look: Look, folder: Path) -> None:
        self.look = look
        self.calendars = 0  # date fields' calendars looked at in dialogs
        self.folder = folder  # where save dialogs put files
        self.opened: set[str] = set()  # the class names of the dialogs shown
        self.accept = {"SummaryDialog"}  # dialogs that go on to save a file
        self.answer = QMessageBox.StandardButton.Cancel  # to every question
        self.file_to_open = ""  # what an Open dialog answers
        self.offered_names: list[str] = []  # file names save dialogs suggested

        def look_instead(dialog: QDialog) -> int:  # a function: bound to each dialog
            return self._exec(dialog)

        for cls in (QDialog, QMessageBox, QFileDialog):
            monkeypatch.setattr(cls, "exec", look_instead)
        try:
            from PySide6.QtPrintSupport import QPrintDialog

            monkeypatch.setattr(QPrintDialog, "exec", look_instead)
        except ImportError:  # printing not installed: nothing to look at
            pass
        for name, icon in (
            ("warning", QMessageBox.Icon.Warning),
            ("question", QMessageBox.Icon.Question),
            ("information", QMessageBox.Icon.Information),
            ("critical", QMessageBox.Icon.Critical),
        ):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self._question(icon)))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._file(save=True)))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._file(save=False)))

    def _exec(self, dialog: QDialog) -> int:
        dialog.show()
        settle()
        name = type(dialog).__name__
        self.opened.add(name)
        self.look(dialog, f"{name} {dialog.windowTitle()!r}")
        inside = Tour(self.look)
        inside.text_menu_and_calendar(dialog, name)
        self.calendars += inside.calendars
        if name in self.accept:
            dialog.accept()
            return dialog.result()
        if isinstance(dialog, QMessageBox):  # the app's own boxes: answered by their role
            wanted = (
                QMessageBox.ButtonRole.AcceptRole
                if self.answer == QMessageBox.StandardButton.Yes
                else QMessageBox.ButtonRole.RejectRole
            )
            for button in dialog.buttons():
                if dialog.buttonRole(button) == wanted:
                    button.click()
                    return 0
        dialog.hide()
        return 0

    def _question(self, icon: QMessageBox.Icon):
        def ask(parent, title, text, buttons=QMessageBox.StandardButton.Ok, _default=None):
            QMessageBox(icon, title, text, buttons, parent).exec()
            for answer in (self.answer, QMessageBox.StandardButton.Ok):
                if buttons & answer:
                    return answer
            return QMessageBox.StandardButton.NoButton

        return ask

    def _file(self, save: bool):
        def choose(parent=None, caption="", folder="", filters="", *_args, **_kwargs):
            dialog = QFileDialog(parent, caption, folder, filters)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            if save:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
                self.offered_names.append(Path(folder).name)
            dialog.exec()
            if not save:
                return self.file_to_open, ""
            made = len(list(self.folder.iterdir()))
            return str(self.folder / f"saved{made}{Path(folder).suffix or '.txt'}"), ""

        return choose


def every_dialog_class() -> set[str]:
    """Every dialog the app can open, by class name (its modules imported first, so all
    are known); a base that is only ever built through a subclass does not count."""
    for module in pkgutil.walk_packages(companion.ui.__path__, "companion.ui."):
        importlib.import_module(module.name)
    found, waiting = set(), [QDialog]
    while waiting:
        for sub in waiting.pop().__subclasses__():
            waiting.append(sub)
            if sub.__module__.startswith("companion.") and not sub.__subclasses__():
                found.add(sub.__name__)
    return found
