"""The app's message boxes, one pattern for all (docs/design.md, Dialogs).

A window title that says what this is about, a heading, one line saying why or what
happens next, and buttons named by what they do: Cancel first, the primary button last
(on the right; `calm_style` keeps Qt's button order so on Linux). The icons are the
platform theme's standard ones: information, a question, a warning; never the red
cross. Every box is shown through `run`, the one place tests answer them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon
Role = QMessageBox.ButtonRole


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, heading: str, why: str = ""
) -> QMessageBox:
    """A box with its title, heading and line of explanation; buttons are added after."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name may hold "<"
    box.setText(heading)
    if why:
        box.setInformativeText(why)
    return box


def run(box: QMessageBox) -> None:
    """Show the box and wait for its answer."""
    box.exec()


def _close_button(box: QMessageBox) -> None:
    close = box.addButton(QCoreApplication.translate("Dialogs", "OK"), Role.AcceptRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)


def _say(
    parent: QWidget | None, icon: Icon, title: str, heading: str, why: str, details: str
) -> None:
    """A message with one Close button: `inform` and `warn` differ only in the icon."""
    box = message_box(parent, icon, title, heading, why)
    if details:
        box.setDetailedText(details)
    _close_button(box)
    run(box)


def inform(
    parent: QWidget | None, title: str, heading: str, why: str = "", details: str = ""
) -> None:
    """Say something went as asked (what was saved, and where)."""
    _say(parent, Icon.Information, title, heading, why, details)


def warn(
    parent: QWidget | None, title: str, heading: str, why: str = "", details: str = ""
) -> None:
    """Say something could not be done, and what to do about it."""
    _say(parent, Icon.Warning, title, heading, why, details)


def confirm(
    parent: QWidget | None,
    title: str,
    heading: str,
    why: str,
    primary: str,
    cancel: str = "",
    *,
    danger: bool = False,
) -> bool:
    """Ask before doing something; True when the person chose `primary`. Cancel (or
    `cancel`) is the default, and what Esc and closing the box answer."""
    box = message_box(parent, Icon.Warning if danger else Icon.Question, title, heading, why)
    no = box.addButton(cancel or QCoreApplication.translate("Dialogs", "Cancel"), Role.RejectRole)
    yes = box.addButton(primary, Role.AcceptRole)
    box.setDefaultButton(no if danger else yes)
    box.setEscapeButton(no)
    run(box)
    return box.clickedButton() is yes
