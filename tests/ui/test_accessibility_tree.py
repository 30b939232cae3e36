"""What a screen reader is given, read in process: Qt's accessibility tree of every page,
every tab and every dialog, in English and Spanish, on demo data.

This is the walk tests/ui/test_atspi.py does through the Linux accessibility bus (what
Orca reads), done through the same QAccessible interfaces that bus is fed from, so it
runs on every machine: every object that can take focus has a name, and every table
row a screen reader lands on reads as words (no blank cell in a column of yes and no).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from tests.ui import test_text_fits
from tests.ui.test_tab_walk import LANGUAGES, _views, visit_every_dialog
from tests.ui.test_text_fits import _window, settle

demo = test_text_fits.demo

CELL_ROLES = {QAccessible.Role.Cell, QAccessible.Role.ListItem, QAccessible.Role.TreeItem}


def nameless(root: QWidget, where: str) -> list[str]:
    """Every focusable, shown object under `root` that has no name, as a path of roles."""
    problems: list[str] = []
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None

    def visit(node: QAccessibleInterface, path: str, depth: int) -> None:
        if depth > 40 or not node.isValid():
            return
        state = node.state()
        if state.invisible or state.offscreen:
            return
        role = node.role()
        here = f"{path}/{role.name}"
        name = node.text(QAccessible.Text.Name).strip()
        if state.focusable and not name:
            header = ""
            if role == QAccessible.Role.Cell and node.tableCellInterface() is not None:
                cells = node.tableCellInterface().columnHeaderCells()
                header = cells[0].text(QAccessible.Text.Name) if cells else ""
            problems.append(f"{where}: nameless {here} {header}".rstrip())
        if role in CELL_ROLES:
            return
        for n in range(node.childCount()):
            child = node.child(n)
            if child is not None:
                visit(child, here, depth + 1)

    visit(top, type(root).__name__, 0)
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_focusable_object_on_every_page_has_a_name(
    language, demo, qapp, qtbot, spanish_translations
):
    store, folder = demo
    window = _window(store, folder, (1280, 800), "normal", language, qapp, qtbot)
    problems: list[str] = []
    for key in window.keys:
        window.show_section(key)
        for view in _views(window, key):
            settle()
            problems += nameless(window, f"{language} {key} / {view}")
    assert problems == [], "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_focusable_object_in_every_dialog_has_a_name(
    language, demo, qapp, qtbot, monkeypatch, spanish_translations
):
    store, folder = demo
    window = _window(store, folder, (1280, 800), "normal", language, qapp, qtbot)
    problems: list[str] = []
    visit_every_dialog(
        window,
        qtbot,
        monkeypatch,
        lambda widget, where: problems.extend(nameless(widget, f"{language} {where}")),
    )
    assert problems == [], "\n".join(sorted(set(problems)))
