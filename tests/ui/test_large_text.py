"""Large text does not push anything off the edge: at 150% and 200%, in English and in
Spanish (which runs about a quarter longer), the window still fits a 1280-pixel-wide
screen, and nothing inside a scrolling page is wider than the page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from companion.ui import i18n
from tests.ui.test_keyboard import PAGES

SMALL_SCREEN = 1280  # the narrowest common laptop screen


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", ["larger", "largest"])
def test_every_page_fits_a_small_screen(
    language, size, window, context, qtbot, spanish_translations
):
    i18n.use_language(language)
    context.set_setting("text_size", size)
    window.resize(1100, 740)
    problems = []
    for key in PAGES:
        window.show_section(key)
        page = window.page(key)
        qtbot.wait(1)
        least = window.minimumSizeHint().width()
        if least > SMALL_SCREEN:
            problems.append(f"{key} makes the window at least {least} px wide")
        areas = page.findChildren(QScrollArea) + ([page] if isinstance(page, QScrollArea) else [])
        for area in areas:
            inner = area.widget()
            if inner is not None and area.isVisible():
                needed, room = inner.minimumSizeHint().width(), area.viewport().width()
                if needed > room:
                    problems.append(f"{key}: {area.accessibleName()} needs {needed} of {room} px")
    assert problems == [], "; ".join(problems)
