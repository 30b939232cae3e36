"""Ordinary buttons are calm flat boxes (no Fusion bevel): an even fill, a 1 px outline,
the accent focus ring on keyboard focus, readable text; widgets with a sheet of their own
(the primary buttons) keep their own look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from companion.ui import theme
from companion.ui.calm_style import CalmStyle, _pressed_colour
from companion.ui.widgets.primary import make_primary
from tests.ui.test_contrast import contrast

R = QPalette.ColorRole


@pytest.fixture(params=["light", "dark"])
def look(qapp, request):
    theme.apply_look(qapp, request.param, "normal")
    yield qapp
    theme.apply_appearance(qapp, "system")  # as every window test leaves it


def _row(qtbot, *widgets):
    window = QWidget()
    row = QHBoxLayout(window)
    for widget in widgets:
        row.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _near(one: QColor, other: QColor, slack: int = 24) -> bool:
    pairs = zip(one.getRgb()[:3], other.getRgb()[:3], strict=True)
    return all(abs(a - b) <= slack for a, b in pairs)


def test_the_style_is_the_calm_one(look):
    assert isinstance(look.style(), CalmStyle)


def test_a_button_is_flat_with_an_outline(look, qtbot):
    button = QPushButton("Save the note")
    window = _row(qtbot, button)
    assert window.isVisible()
    image = button.grab().toImage()
    height = image.height()
    fill = image.pixelColor(8, height // 2)
    for x in (8, 12):  # left of the words: no vertical gradient from top to bottom
        assert image.pixelColor(x, 3) == image.pixelColor(x, height - 4) == fill
    assert _near(fill, button.palette().color(R.Base), 2)
    outline = image.pixelColor(image.width() // 2, 0)
    assert outline != fill
    assert _near(outline, button.palette().color(R.Mid))


def test_keyboard_focus_draws_the_accent_ring(look, qtbot):
    first, button = QPushButton("First"), QPushButton("Second")
    window = _row(qtbot, first, button)
    assert window.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert button.hasFocus()
    image = button.grab().toImage()
    ring = image.pixelColor(image.width() // 2, 1)
    assert _near(ring, button.palette().color(R.Highlight))


def test_a_button_with_its_own_sheet_is_left_to_it(look, qtbot):
    plain, primary = QPushButton("Later"), make_primary(QPushButton("Start"))
    window = _row(qtbot, plain, primary)
    assert window.isVisible()
    image = primary.grab().toImage()
    fill = image.pixelColor(6, image.height() // 2)
    assert _near(fill, primary.palette().color(R.Highlight), 8)


def test_a_line_edit_is_a_base_box_with_an_outline(look, qtbot):
    line = QLineEdit()
    window = _row(qtbot, line)
    assert window.isVisible()
    image = line.grab().toImage()
    assert _near(
        image.pixelColor(image.width() // 2, image.height() // 2), line.palette().color(R.Base), 2
    )
    assert _near(image.pixelColor(image.width() // 2, 0), line.palette().color(R.Mid))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_button_text_is_readable_at_rest_hovered_and_pressed(name):
    palette = theme.dark_palette() if name == "dark" else theme.light_palette()
    text = palette.color(R.ButtonText)
    for fill in (palette.color(R.Base), palette.color(R.AlternateBase), _pressed_colour(palette)):
        assert contrast(text, fill) >= 4.5, f"{name}: {text.name()} on {fill.name()}"


@pytest.mark.parametrize("name", ["light", "dark"])
def test_hover_and_pressed_are_visible(name):
    palette = theme.dark_palette() if name == "dark" else theme.light_palette()
    base = palette.color(R.Base)
    assert palette.color(R.AlternateBase) != base
    assert contrast(_pressed_colour(palette), base) >= 1.1
    assert contrast(_pressed_colour(palette), palette.color(R.AlternateBase)) >= 1.05
