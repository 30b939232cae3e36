"""The sidebar's icons: one for each section and for Get help now, drawn from the shipped
SVGs in the palette's colours, following light and dark and the text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from companion.ui import icons, theme

SECTIONS = ["today", "prepare", "breathe", "journal", "learn", "plan", "settings"]
TITLES = ["Today", "Prepare", "Breathe", "Journal", "Learn", "Plan", "Settings"]


def _close(a: QColor, b: QColor, within: int = 24) -> bool:
    return (
        max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= within
    )


def _inked(image: QImage, x_range: range, y_range: range) -> list[QColor]:
    """The colours of the pixels that are drawn (not transparent) in the given area."""
    found = []
    for y in y_range:
        for x in x_range:
            color = image.pixelColor(x, y)
            if color.alpha() > 200:
                found.append(color)
    return found


def _icon_colors(icon: QIcon, size: QSize, mode: QIcon.Mode) -> list[QColor]:
    image = icon.pixmap(size, mode).toImage()
    return _inked(image, range(image.width()), range(image.height()))


def test_every_shipped_icon_is_a_line_icon_on_the_24_px_grid():
    for name in [*icons.SECTION_ICONS.values(), icons.HELP_ICON]:
        text = Path(icons.icon_path(name)).read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in text and 'stroke-width="1.5"' in text, name
        assert 'stroke="currentColor"' in text, name
        assert not icons.pixmap(name, "#000000", 24).isNull(), name


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_every_section_and_get_help_now_has_an_icon_in_the_palette_colours(window, app, appearance):
    theme.apply_appearance(app, appearance)
    app.processEvents()
    palette = window.nav.palette()
    text = palette.color(QPalette.ColorRole.Text)
    highlighted = palette.color(QPalette.ColorRole.HighlightedText)
    size = window.nav.iconSize()
    assert [window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(7)] == SECTIONS
    for row in range(window.nav.count()):
        icon = window.nav.item(row).icon()
        assert not icon.isNull()
        assert not icon.pixmap(size).isNull()
        normal = _icon_colors(icon, size, QIcon.Mode.Normal)
        selected = _icon_colors(icon, size, QIcon.Mode.Selected)
        assert normal and all(_close(color, text) for color in normal)
        assert selected and all(_close(color, highlighted) for color in selected)
    help_icon = window.help_button.icon()
    assert not help_icon.isNull()
    white = _icon_colors(help_icon, window.help_button.iconSize(), QIcon.Mode.Normal)
    assert white and all(_close(color, QColor("#ffffff")) for color in white)


def test_the_icons_on_screen_change_colour_with_the_appearance(window, app, qtbot):
    """Sampled from the sidebar as drawn: the selected row's icon in the highlighted text's
    colour, another row's in the text colour, in light and then in dark."""
    window.show_section("today")
    for appearance in ("light", "dark"):
        window.context.set_setting("appearance", appearance)
        qtbot.wait(10)
        palette = window.nav.palette()
        image = window.nav.viewport().grab().toImage()
        icon_end = 10 + window.nav.iconSize().width() + 6  # the row's padding, then its icon
        for row, role in ((0, QPalette.ColorRole.HighlightedText), (1, QPalette.ColorRole.Text)):
            rect = window.nav.visualItemRect(window.nav.item(row))
            ink = _inked(
                image, range(rect.left(), rect.left() + icon_end), range(rect.top(), rect.bottom())
            )
            wanted = palette.color(role)
            assert any(_close(color, wanted, 40) for color in ink), (appearance, row)


def test_the_icons_grow_with_the_text_size(window, qtbot):
    normal = window.nav.iconSize().width()
    window.context.set_setting("text_size", "largest")
    qtbot.wait(10)
    larger = window.nav.iconSize().width()
    assert larger > normal
    assert window.help_button.iconSize().width() == larger
    assert window.nav.item(0).icon().actualSize(QSize(larger, larger)).width() == larger


def test_the_icons_leave_names_and_labels_as_they_were(window):
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == TITLES
    assert window.nav.accessibleName() == "Sections"
    assert window.help_button.text() == "Get help now"
    assert window.help_button.accessibleName() == "Get help now"


def test_a_see_through_colour_draws_a_see_through_icon(qapp):
    from PySide6.QtGui import QColor

    from companion.ui import icons

    solid = icons.pixmap("today", QColor(0, 0, 0), 24).toImage()
    faded = icons.pixmap("today", QColor(0, 0, 0, 100), 24).toImage()
    most = max((solid.pixelColor(x, y).alpha(), x, y) for x in range(24) for y in range(24))
    _alpha, x, y = most
    assert solid.pixelColor(x, y).alpha() == 255
    assert 0 < faded.pixelColor(x, y).alpha() < 160
