"""Colours meet WCAG 2.2 AA in the light and dark palettes: 4.5:1 for text, 3:1 for the
parts of controls and for the pacer's shapes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from companion.ui import theme
from companion.ui.widgets.pacer import PHASE_COLOURS

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Window),  # muted text on a page
    (R.PlaceholderText, R.Base),  # muted text in a card
    (R.ToolTipText, R.ToolTipBase),
    (R.Link, R.Base),
    (R.WindowText, R.AlternateBase),  # the sidebar
]
PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_ratio_is_computed_as_wcag_defines_it():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS, ids=lambda r: r.name)
def test_text_on_its_background(name, text, background):
    palette = PALETTES[name]()
    ratio = contrast(palette.color(text), palette.color(background))
    assert ratio >= 4.5, f"{name}: {text.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", PALETTES)
def test_overdue_text_on_pages_and_cards(name):
    palette = PALETTES[name]()
    red = QColor(theme.overdue_color(palette))
    for background in (R.Window, R.Base):
        assert contrast(red, palette.color(background)) >= 4.5


@pytest.mark.parametrize("name", PALETTES)
def test_control_parts_stand_out(name):
    palette = PALETTES[name]()
    # a progress bar's fill and a selected item against the page and the card
    for background in (R.Window, R.Base):
        assert contrast(palette.color(R.Highlight), palette.color(background)) >= 3.0


@pytest.mark.parametrize("colour", ["#0b6b62", "#0d7d72", "#2f6f9f"])
def test_white_on_the_coloured_buttons(colour):
    assert contrast(QColor("#ffffff"), QColor(colour)) >= 4.5


@pytest.mark.parametrize("name", PALETTES)
def test_the_focus_ring_of_the_coloured_buttons_stands_out_from_the_page(name):
    # The ring is drawn in the text colour around the filled button (theme.START_BUTTON_QSS,
    # HELP_BUTTON_QSS, the empty state's primary): it must stand out from the page behind.
    palette = PALETTES[name]()
    ring = palette.color(R.WindowText)
    for background in (R.Window, R.Base):
        assert contrast(ring, palette.color(background)) >= 3.0
    assert "f2c94c" not in theme.START_BUTTON_QSS + theme.HELP_BUTTON_QSS


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", PHASE_COLOURS)
def test_pacer_shapes_stand_out_from_the_page(name, kind):
    page = PALETTES[name]().color(R.Window)
    assert contrast(QColor(PHASE_COLOURS[kind]), page) >= 3.0
