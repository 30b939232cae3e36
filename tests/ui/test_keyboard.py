"""Keyboard only: Tab reaches every control on every page, in reading order, and the
control that has focus can be seen to have it."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

from tests.ui.test_accessibility import INTERACTIVE, _qt_internal

PAGES = ["today", "prepare", "breathe", "journal", "learn", "plan", "settings"]


def _tab_through(window, first: QWidget, limit: int = 600) -> list[QWidget]:
    """Press Tab from `first` until focus comes back to it; every widget reached, in order."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [first]
    stuck = 0
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "Tab left the window"
        if now is reached[-1]:
            stuck += 1  # a text browser walks its links first; anything else is a trap
            assert isinstance(now, QTextBrowser) and stuck < 40, f"Tab is stuck in {now}"
            continue
        stuck = 0
        if now is first:
            return reached
        reached.append(now)
    raise AssertionError("Tab never came back round")


def _arrow_only(widget: QWidget) -> bool:
    """In a group of radio buttons Tab reaches the chosen one; the arrow keys move between
    them (the usual desktop behaviour, checked by its own test)."""
    return isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked()


def _controls(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not _arrow_only(w)
        and not _qt_internal(w)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _place(widget: QWidget, page: QWidget) -> QPoint:
    """Where a control sits in its page's content, whichever way the page is scrolled."""
    content = page.widget() if isinstance(page, QScrollArea) else None
    if content is not None and content.isAncestorOf(widget):
        return widget.mapTo(content, QPoint(0, 0))
    return widget.mapTo(page, QPoint(0, 0))


def _picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.mark.parametrize("key", PAGES)
def test_tab_reaches_every_control_in_reading_order(active, key):
    window = active
    window.show_section(key)
    page = window.page(key)
    reached = _tab_through(window, window.nav)
    missing = [w for w in _controls(page) if w not in reached]
    assert missing == [], [w.accessibleName() or type(w).__name__ for w in missing]
    assert window.help_button in reached
    on_page = [w for w in reached if page.isAncestorOf(w)]
    for first, second in itertools.pairwise(on_page):
        a, b = _place(first, page), _place(second, page)
        upward = b.y() < a.y() - 8
        new_column = b.x() > a.x() + 20
        assert not upward or new_column, (
            f"{first.accessibleName()} {a} then {second.accessibleName()} {b} goes back up"
        )


@pytest.mark.parametrize("key", PAGES)
def test_the_control_with_focus_looks_different(active, key):
    """Each control is pictured when Tab has just brought focus to it, and again once
    focus has moved on: the two pictures must differ."""
    window = active
    window.show_section(key)
    page = window.page(key)
    controls = _controls(page)
    focused: dict[int, QImage] = {}
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(600):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is window.nav:
            break
        if now in controls and id(now) not in focused:
            focused[id(now)] = _picture(now)
    for control in controls:
        name = control.accessibleName() or type(control).__name__
        assert id(control) in focused, f"Tab never reached {name}"
        assert _picture(control) != focused[id(control)], (
            f"{control.accessibleName() or type(control).__name__} shows no sign of focus"
        )


def test_arrow_keys_move_between_radio_buttons(active, qtbot):
    window = active
    window.show_section("breathe")
    page = window.breathe
    page.by_minutes.setChecked(True)
    page.by_minutes.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.by_minutes, Qt.Key.Key_Down)
    assert page.by_cycles.hasFocus() and page.by_cycles.isChecked()
