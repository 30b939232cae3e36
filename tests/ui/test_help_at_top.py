"""Get help now always opens at its beginning: the emergency number and the way to the
overdose steps are in sight without scrolling, in a small window, with the largest text,
in either language, however far the panel was scrolled last time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from companion.ui import i18n, theme


def _in_sight(panel, widget) -> bool:
    """Whole, on the panel, and not inside the scrolling part's hidden area."""
    if not widget.isVisibleTo(panel):
        return False
    top_left = widget.mapTo(panel, QPoint(0, 0))
    shown = QRect(top_left, widget.size())
    if not panel.rect().contains(shown):
        return False
    viewport = panel.scroll_area.viewport()
    if viewport.isAncestorOf(widget):
        view = QRect(viewport.mapTo(panel, QPoint(0, 0)), viewport.size())
        return view.contains(shown)
    return True


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", ["normal", "largest"])
def test_help_reopens_at_the_top_with_the_emergency_number_in_sight(
    qtbot, app, window, language, size, spanish_translations
):
    i18n.use_language(language)
    theme.apply_text_size(app, size)
    window.resize(900, 600)
    window.open_help()
    panel = window.help_panel
    qtbot.waitExposed(panel)
    assert _in_sight(panel, panel.emergency_number)
    assert _in_sight(panel, panel.steps_button)

    bar = panel.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # down to the overdose steps and own numbers
    assert bar.value() > 0
    panel.close()
    window.open_help()
    qtbot.waitExposed(panel)
    assert bar.value() == 0
    assert panel.height() <= window.frameGeometry().height()
    assert _in_sight(panel, panel.emergency_number)
    assert panel.emergency_number.text()
    assert _in_sight(panel, panel.steps_button)
    assert panel.scroll_area.horizontalScrollBar().maximum() == 0, "nothing runs off the side"


def test_the_overdose_steps_button_brings_the_steps_into_view(qtbot, app, window):
    theme.apply_text_size(app, "largest")
    window.resize(900, 600)
    window.open_help()
    panel = window.help_panel
    qtbot.waitExposed(panel)
    assert not _in_sight(panel, panel.learn_button)
    panel.steps_button.click()
    response = panel.response_box
    viewport = panel.scroll_area.viewport()
    top = response.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height() // 2, "the steps start near the top of the view"
    assert panel.scroll_area.horizontalScrollBar().value() == 0


def test_the_steps_button_is_reached_by_keyboard_and_named(qtbot, window):
    window.open_help()
    panel = window.help_panel
    qtbot.waitExposed(panel)
    assert panel.steps_button.accessibleName()
    assert panel.steps_button.focusPolicy() != 0
    assert panel.focusWidget() is panel.steps_button
