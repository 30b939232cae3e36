"""The primary button: the one thing a view is for, filled in the accent colour.

Its look is a small sheet of its own (`theme.style`), never one on the whole application.
The focus ring is drawn in the text colour around the fill, so it shows on any window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from companion.ui import theme

PRIMARY_QSS = """
QPushButton#primaryButton {
    background-color: palette(highlight); color: palette(highlighted-text);
    border: 2px solid palette(highlight); border-radius: 8px;
    padding: 8px 16px; font-weight: 600;
}
QPushButton#primaryButton:focus { border: 2px solid palette(text); }
"""


def make_primary(button: QPushButton) -> QPushButton:
    """Give `button` the primary look; returns it."""
    button.setObjectName("primaryButton")
    theme.style(button, PRIMARY_QSS)
    return button
