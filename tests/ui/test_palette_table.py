"""The light and the dark palette are read from one table of colours, side by side."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from companion.ui import theme


@pytest.mark.parametrize(("make", "side"), [(theme.light_palette, 0), (theme.dark_palette, 1)])
def test_each_palette_takes_its_side_of_the_table(qapp, make, side):
    palette = make()
    for role, pair in theme.COLORS.items():
        assert palette.color(QPalette.ColorGroup.Active, role) == QColor(pair[side])
    disabled = QColor(theme.DISABLED_TEXT[side])
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        assert palette.color(QPalette.ColorGroup.Disabled, role) == disabled
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window) == QColor(
        theme.COLORS[QPalette.ColorRole.Window][side]
    )


def test_the_two_sides_are_light_and_dark(qapp):
    assert not theme.is_dark(theme.light_palette())
    assert theme.is_dark(theme.dark_palette())
