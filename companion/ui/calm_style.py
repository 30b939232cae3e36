"""The application's style: the chosen Qt style with two hints of our own.

Dialog buttons carry no icons (Fusion on Linux would put a floppy disk on Save and a red
cross on Cancel), and on Linux the primary button of a dialog is on the right, after
Cancel, whatever the desktop (KDE's order would put it on the left). Set once, where the
application's style is set; no style sheet is involved.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyle, QStyleFactory


class CalmStyle(QProxyStyle):
    """A proxy over a named Qt style (Fusion, or the platform's own)."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        if hint == QStyle.StyleHint.SH_DialogButtonLayout and sys.platform.startswith("linux"):
            return QDialogButtonBox.ButtonLayout.GnomeLayout.value
        return super().styleHint(hint, option, widget, returnData)


def calm_style(name: str) -> CalmStyle:
    """The style called `name` (Fusion when there is none of that name), with our hints."""
    base = QStyleFactory.create(name) or QStyleFactory.create("Fusion")
    return CalmStyle(base)
