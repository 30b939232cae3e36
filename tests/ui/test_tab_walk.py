"""Keyboard only, on demo data, in English and Spanish: Tab and Shift+Tab go round every
page, every tab of every page, and every dialog, and never get stuck.

A widget that keeps focus through Tab presses is a keyboard trap (WCAG 2.1.2): a table
that walks its cells, a text field that types the Tab. Only a text browser may keep focus
for a while, as it steps through its links, and it must let go after the last one. Every
place Tab stops has a name a screen reader can say: a container (a scroll area, a plain
widget, a chart without a name) is not a stop.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QTextBrowser,
    QWidget,
)

from companion.core.plan import Medication
from tests.ui import test_text_fits
from tests.ui.test_text_fits import _openers, _tabs, _window, settle

demo = test_text_fits.demo  # the demo data, as the text-fits walk uses it

LANGUAGES = ["en", "es"]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for `widget`, as Qt's accessibility layer gives it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _links(widget: QWidget) -> int:
    if not isinstance(widget, QTextBrowser):
        return 0
    return widget.toHtml().count("<a href")


def walk(start: QWidget, key: Qt.Key, where: str, limit: int = 400) -> list[str]:
    """Press `key` from `start` until focus comes back to it; what is wrong on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    problems: list[str] = []
    seen: list[QWidget] = [start]
    held = 0
    for _ in range(limit):
        before = QApplication.focusWidget()
        assert before is not None, f"{where}: focus left the window"
        modifier = (
            Qt.KeyboardModifier.ShiftModifier
            if key == Qt.Key.Key_Backtab
            else Qt.KeyboardModifier.NoModifier
        )
        QTest.keyClick(before, key, modifier)
        now = QApplication.focusWidget()
        if now is None:
            return [*problems, f"{where}: focus left the window after {spoken_name(before)!r}"]
        if now is before:
            held += 1
            if held > _links(now) + 1:
                return [*problems, f"{where}: Tab is trapped in {_describe(now)}"]
            continue
        held = 0
        if now is start:
            return problems
        if now in seen:
            return [*problems, f"{where}: Tab goes round inside, back to {_describe(now)}"]
        seen.append(now)
        if not spoken_name(now):
            problems.append(f"{where}: Tab stops on an unnamed {_describe(now)}")
    return [*problems, f"{where}: Tab never came back round"]


def _describe(widget: QWidget) -> str:
    chain = []
    at: QWidget | None = widget
    while at is not None and len(chain) < 4:
        chain.append(f"{type(at).__name__}({spoken_name(at) or at.objectName()!s})")
        at = at.parentWidget()
    return " in ".join(chain)


def _both_ways(start: QWidget, where: str) -> list[str]:
    return walk(start, Qt.Key.Key_Tab, where) + walk(start, Qt.Key.Key_Backtab, where + " back")


def _views(window, key: str):
    if key == "learn":
        learn = window.learn
        yield "first section"
        learn.open("withdrawal")  # a section with links in its text
        yield "a section with links"
        for view in (learn.timeline_view, learn.questions_view):
            learn.stack.setCurrentWidget(view)
            yield type(view).__name__
        learn.search.setText("sleep")
        yield "search results"
        learn.search.clear()
        learn.stack.setCurrentIndex(0)
    else:
        yield from _tabs(window.page(key))


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_goes_round_every_page_and_tab_without_a_trap(
    language, demo, qapp, qtbot, spanish_translations
):
    store, folder = demo
    window = _window(store, folder, (1280, 800), "normal", language, qapp, qtbot)
    window.activateWindow()
    problems: list[str] = []
    for key in window.keys:
        window.show_section(key)
        for view in _views(window, key):
            settle()
            problems += _both_ways(window.nav, f"{language} {key} / {view}")
    assert problems == [], "\n".join(problems)


def visit_every_dialog(window, qtbot, monkeypatch, check) -> None:
    """Open every dialog the window can open, and Get help now, each shown and settled:
    `check(widget, where)` looks at each one (this walk and the accessibility tree's)."""
    current = [""]

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        settle()
        check(dialog, f"{current[0]} dialog")
        dialog.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    for name, open_dialog in _openers(window).items():
        current[0] = name
        open_dialog()
    window.open_help()
    panel = window.help_panel
    assert panel is not None
    qtbot.waitExposed(panel)
    panel.activateWindow()
    settle()
    check(panel, "Get help now")


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_goes_round_every_dialog_without_a_trap(
    language, demo, qapp, qtbot, monkeypatch, spanish_translations
):
    store, folder = demo
    window = _window(store, folder, (1280, 800), "normal", language, qapp, qtbot)
    problems: list[str] = []

    def walk(widget: QWidget, where: str) -> None:
        first = widget.focusWidget() or widget.nextInFocusChain()
        problems.extend(_both_ways(first, f"{language} {where}"))

    visit_every_dialog(window, qtbot, monkeypatch, walk)
    assert problems == [], "\n".join(problems)


def test_ctrl_tab_and_arrows_in_a_table(demo, qapp, qtbot):
    """In a table the arrows move between rows; Tab and Ctrl+Tab move on to the next control."""
    store, folder = demo
    window = _window(store, folder, (1280, 800), "normal", "en", qapp, qtbot)
    window.activateWindow()
    window.show_section("plan")
    view = window.plan.people.view
    tabs = window.plan.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(view)))
    assert isinstance(view, QAbstractItemView)
    assert not view.tabKeyNavigation()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        view.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(view, Qt.Key.Key_Tab, modifier)
        assert QApplication.focusWidget() is not view


def test_learn_links_are_reached_announced_and_opened_by_keyboard(window, qtbot):
    """Tab steps through a section's links, each one becomes what the text says it is
    showing, Enter on an app: link opens that page, and Shift+Tab leaves the text."""
    window.activateWindow()
    window.show_section("learn")
    learn = window.learn
    learn.open("hard-days")
    browser = learn.browser
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(_links(browser) + 2):
        QTest.keyClick(browser, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not browser:
            break
        link = browser.focused_link()
        assert link is not None
        assert browser.accessibleDescription() == f"Link: {link[0]}"
        reached.append(link)
    assert QApplication.focusWidget() is not browser, "Tab left the text after its last link"
    assert any(address == "app:breathe" for _words, address in reached), reached
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    while browser.focused_link() is None or browser.focused_link()[1] != "app:breathe":
        QTest.keyClick(browser, Qt.Key.Key_Tab)
    QTest.keyClick(browser, Qt.Key.Key_Return)
    assert window.current_section() == "breathe"
    window.show_section("learn")
    browser.setFocus(Qt.FocusReason.BacktabFocusReason)
    for _ in range(_links(browser) + 2):
        QTest.keyClick(browser, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not browser, "Shift+Tab is stuck on the first link"


def test_tables_fit_their_columns_and_say_no_rather_than_nothing(demo, qapp, qtbot):
    store, folder = demo
    window = _window(store, folder, (1280, 800), "normal", "en", qapp, qtbot)
    window.show_section("plan")
    people = window.plan.people
    assert people.view.accessibleName() == "Contacts"
    assert window.plan.appointments.view.accessibleName() == "Appointments"
    model = people.view.model()
    assert model is not None
    settle()
    header = people.view.horizontalHeader()
    assert not header.stretchLastSection()
    for column in range(model.columnCount()):
        texts = {model.index(row, column).data() for row in range(model.rowCount())}
        assert "" not in texts or model.headerData(column, Qt.Orientation.Horizontal) in (
            "Email",
            "Available",
        )
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    widest = max(people.view.fontMetrics().horizontalAdvance(name) for name in names)
    assert header.sectionSize(0) >= widest, "a name is squeezed"
    last = model.columnCount() - 1
    assert header.sectionSize(last) < people.view.viewport().width() / 2, "a giant last column"


def test_a_right_click_on_a_row_offers_edit_and_remove(window, monkeypatch):
    """The row actions sit with the row too: the table's own menu edits or removes the
    selected row, and offers nothing while no row is selected."""
    window.show_section("plan")
    medicines = window.plan.medications
    edit, remove = medicines.row_actions
    assert edit in medicines.view.actions() and remove in medicines.view.actions()
    assert not edit.isEnabled() and not remove.isEnabled()
    opened = []
    monkeypatch.setattr(medicines, "_edit", lambda row: opened.append(row) or False)
    medicine = Medication(id=1, name="Methadone", purpose="", notes="")
    medicines.model.set_rows([medicine])
    medicines.select_row(0)
    assert edit.isEnabled() and remove.isEnabled()
    edit.trigger()
    assert opened == [medicine]
