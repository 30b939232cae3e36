"""Appearance: text size and light/dark palette, applied to the whole application.

"system" keeps the platform's own style and palette. Light and dark use the
Fusion style with a calm palette of our own, so they look the same everywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from companion.core.settings import TEXT_SCALE

_original: dict[str, Any] = {}

APP_QSS = """
QFrame#card, QFrame#responseCard {
    background-color: palette(base); border: 1px solid palette(mid); border-radius: 10px;
}
QFrame#emergencyCard {
    background-color: palette(base); border: 2px solid #0b6b62; border-radius: 10px;
}
QTreeView#checklistView::item { padding-top: 3px; padding-bottom: 3px; }
QPushButton#startButton {
    background-color: #2f6f9f; color: #ffffff; border: none; border-radius: 8px;
    padding: 9px 12px; font-weight: 600;
}
QPushButton#startButton:focus { border: 3px solid #f2c94c; }
QLabel[caution="true"] { font-style: italic; }
QLabel[muted="true"] { color: palette(placeholder-text); }
QLabel[overdue="true"] { font-weight: 700; color: OVERDUE; }
QListWidget#sectionList { background: transparent; border: none; outline: 0; }
QListWidget#sectionList::item { padding-left: 10px; border-radius: 7px; }
QListWidget#sectionList::item:selected {
    background-color: palette(highlight); color: palette(highlighted-text);
}
QListWidget#sectionList::item:hover:!selected { background-color: palette(button); }
"""

HELP_BUTTON_QSS = """
QPushButton#getHelpButton {
    background-color: #0b6b62; color: #ffffff; border: none; border-radius: 8px;
    padding: 10px 12px; font-weight: 600;
}
QPushButton#getHelpButton:hover { background-color: #0d7d72; }
QPushButton#getHelpButton:focus { outline: none; border: 3px solid #f2c94c; }
"""


def _remember(app: QApplication) -> None:
    if not _original:
        _original["font"] = QFont(app.font())
        _original["palette"] = QPalette(app.palette())
        _original["style"] = app.style().name()


def apply_text_size(app: QApplication, size: str) -> None:
    """Scale the application font from the platform's base size."""
    _remember(app)
    base = QFont(_original["font"])
    points = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    base.setPointSizeF(round(points * TEXT_SCALE.get(size, 1.0), 1))
    app.setFont(base)


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Follow the system, or force a light or dark palette."""
    _remember(app)
    if appearance == "system":
        app.setStyle(QStyleFactory.create(str(_original["style"])))
        app.setPalette(QPalette(_original["palette"]))
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if appearance == "dark" else light_palette())
    # Set last, and afresh, so every widget is polished again with the new palette
    # and font (Qt skips setting a sheet equal to the current one).
    app.setStyleSheet("")
    app.setStyleSheet(APP_QSS.replace("OVERDUE", overdue_color(app.palette())))


def apply_look(app: QApplication, appearance: str, text_size: str) -> None:
    """Text size first: widgets already styled by a style sheet only take a new
    application font when the sheet is set again, which apply_appearance does."""
    apply_text_size(app, text_size)
    apply_appearance(app, appearance)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def overdue_color(palette: QPalette) -> str:
    """A red that stands out and stays readable on this palette's background."""
    return "#ff9b8f" if is_dark(palette) else "#b42318"


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#f6f5f2",
            R.WindowText: "#1f2328",
            R.Base: "#ffffff",
            R.AlternateBase: "#efeee9",
            R.Text: "#1f2328",
            R.Button: "#ecebe6",
            R.ButtonText: "#1f2328",
            R.Highlight: "#2f6f9f",
            R.HighlightedText: "#ffffff",
            R.ToolTipBase: "#ffffff",
            R.ToolTipText: "#1f2328",
            R.PlaceholderText: "#6b7075",
            R.Link: "#1f5f8b",
            R.Mid: "#c9c7c0",
        },
        "#8a8d91",
    )


def dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#1e2124",
            R.WindowText: "#e8e6e3",
            R.Base: "#2a2e33",
            R.AlternateBase: "#24282c",
            R.Text: "#e8e6e3",
            R.Button: "#353a40",
            R.ButtonText: "#e8e6e3",
            R.Highlight: "#4d8fc4",
            R.HighlightedText: "#0d0f10",
            R.ToolTipBase: "#2b2f33",
            R.ToolTipText: "#e8e6e3",
            R.PlaceholderText: "#9aa0a6",
            R.Link: "#8cc4f0",
            R.Mid: "#4a5057",
        },
        "#7d8288",
    )
