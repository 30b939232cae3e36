"""Appearance: text size and light/dark palette, applied to the whole application.

"system" keeps the platform's own style and palette. Light and dark use the
Fusion style with a calm palette of our own, so they look the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from companion.core.settings import TEXT_SCALE
from companion.ui.calm_style import calm_style

_SHEET = "ownStyleSheet"


@dataclass(frozen=True)
class _Original:
    """The platform's own font, palette and style, as they were before any change."""

    font: QFont
    palette: QPalette
    style: str


_original: list[_Original] = []  # filled once, on the first change

# No style sheet is set on the whole application: Qt then styles every widget through
# its (much slower) style sheet engine, which made each page take twice as long to
# build. Cards, muted and overdue text are drawn with the palette instead (see
# widgets/page.py and widgets/text.py); only these few widgets carry a sheet of their own.
NAV_QSS = """
QListWidget#sectionList { background: transparent; border: none; outline: 0; }
QListWidget#sectionList::item { padding-left: 10px; border-radius: 7px; }
QListWidget#sectionList::item:selected {
    background-color: palette(highlight); color: palette(highlighted-text);
}
QListWidget#sectionList::item:hover:!selected { background-color: palette(button); }
"""

START_BUTTON_QSS = """
QPushButton#startButton {
    background-color: #2f6f9f; color: #ffffff; border: none; border-radius: 8px;
    padding: 9px 12px; font-weight: 600;
}
QPushButton#startButton:focus { border: 3px solid palette(window-text); padding: 6px 9px; }
"""

HELP_BUTTON_QSS = """
QPushButton#getHelpButton {
    background-color: #0b6b62; color: #ffffff; border: none; border-radius: 8px;
    padding: 10px 12px; font-weight: 600;
}
QPushButton#getHelpButton:hover { background-color: #0d7d72; }
QPushButton#getHelpButton:focus {
    outline: none; border: 3px solid palette(window-text); padding: 7px 9px;
}
"""


def _remember(app: QApplication) -> None:
    if not _original:
        _original.append(_Original(QFont(app.font()), QPalette(app.palette()), app.style().name()))


def apply_text_size(app: QApplication, size: str) -> None:
    """Scale the application font from the platform's base size."""
    _remember(app)
    base = QFont(_original[0].font)
    points = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    base.setPointSizeF(round(points * TEXT_SCALE.get(size, 1.0), 1))
    # Qt measures "&To" kerned but draws the underlined T apart from the o, unkerned: the
    # label is then a pixel or two too narrow and shows "Tc". Without kerning, text is
    # drawn exactly as wide as it is measured.
    base.setKerning(False)
    app.setFont(base)
    # Qt posts the change to every widget; deliver it now, so that whatever is measured
    # next (the sidebar's rows, column widths) is measured in the new size.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Follow the system, or force a light or dark palette."""
    _remember(app)
    if appearance == "system":
        app.setStyle(calm_style(_original[0].style))
        app.setPalette(QPalette(_original[0].palette))
    else:
        app.setStyle(calm_style("Fusion"))
        app.setPalette(dark_palette() if appearance == "dark" else light_palette())
    restyle_all(app)


def style(widget: QWidget, sheet: str) -> None:
    """Give one widget its own style sheet, set again whenever the look changes."""
    widget.setProperty(_SHEET, sheet)
    widget.setStyleSheet(sheet)


def restyle_all(app: QApplication) -> None:
    """After a new palette or font: set each widget's own sheet afresh (a sheet only takes
    the new palette and font when it is set again) and recolour overdue text."""
    for widget in app.allWidgets():
        sheet = widget.property(_SHEET)
        if isinstance(sheet, str):
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
        if widget.property("overdue") is True:
            paint_overdue(widget, True)


def paint_overdue(widget: QWidget, overdue: bool) -> None:
    """Overdue text is bold and red (a red readable on this palette); otherwise as usual."""
    if not overdue:
        widget.setPalette(QPalette())  # nothing of its own: everything from the parent again
        widget.setFont(QFont())
        return
    palette = QPalette()
    red = QColor(overdue_color(QApplication.palette()))
    palette.setColor(QPalette.ColorRole.WindowText, red)
    widget.setPalette(palette)
    font = QFont()
    font.setBold(True)
    widget.setFont(font)


def apply_look(app: QApplication, appearance: str, text_size: str) -> None:
    """Text size first: widgets with a style sheet of their own only take a new
    application font when the sheet is set again, which apply_appearance does."""
    apply_text_size(app, text_size)
    apply_appearance(app, appearance)


MOTION_EFFECTS = (
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)


def system_prefers_reduced_motion() -> bool:
    """The desktop's reduced-motion preference, where this Qt exposes it (6.12 and later)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    motion = getattr(accessibility(), "motionPreference", None)
    reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    return motion is not None and reduced is not None and motion() == reduced


def apply_motion(app: QApplication, reduced: bool) -> None:
    """With reduced motion, menus, lists and tooltips appear at once instead of sliding or
    fading in (the pacer shows a steady bar; see Breathe)."""
    for effect in MOTION_EFFECTS:
        app.setEffectEnabled(effect, not reduced)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def overdue_color(palette: QPalette) -> str:
    """A red that stands out and stays readable on this palette's background."""
    return "#ff9b8f" if is_dark(palette) else "#b42318"


_ROLE = QPalette.ColorRole
COLORS: dict[QPalette.ColorRole, tuple[str, str]] = {
    _ROLE.Window: ("#f6f5f2", "#1e2124"),
    _ROLE.WindowText: ("#1f2328", "#e8e6e3"),
    _ROLE.Base: ("#ffffff", "#2a2e33"),
    _ROLE.AlternateBase: ("#efeee9", "#24282c"),
    _ROLE.Text: ("#1f2328", "#e8e6e3"),
    _ROLE.Button: ("#ecebe6", "#353a40"),
    _ROLE.ButtonText: ("#1f2328", "#e8e6e3"),
    _ROLE.Highlight: ("#2f6f9f", "#4d8fc4"),
    _ROLE.HighlightedText: ("#ffffff", "#0d0f10"),
    _ROLE.ToolTipBase: ("#ffffff", "#2b2f33"),
    _ROLE.ToolTipText: ("#1f2328", "#e8e6e3"),
    _ROLE.PlaceholderText: ("#6b7075", "#9aa0a6"),
    _ROLE.Link: ("#1f5f8b", "#8cc4f0"),
    _ROLE.Mid: ("#c9c7c0", "#4a5057"),
}
"""The app's two palettes side by side: each role's colour when light and when dark."""
DISABLED_TEXT = ("#8a8d91", "#7d8288")
"""Text, window text and button text on what cannot be used: (light, dark)."""


def _palette(dark: bool) -> QPalette:
    side = 1 if dark else 0
    palette = QPalette()
    for role, pair in COLORS.items():
        palette.setColor(role, QColor(pair[side]))
    for role in (_ROLE.Text, _ROLE.WindowText, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[side]))
    return palette


def light_palette() -> QPalette:
    return _palette(dark=False)


def dark_palette() -> QPalette:
    return _palette(dark=True)
