"""Text that fits: every page, every tab and every dialog the app can open, on demo data,
at 900x600 and 1280x800, at normal and largest text, in English and Spanish. A label,
button, tab or group box title that shows less than its text fails the run, and so does
a window that lets itself be made smaller than its content needs.

The measuring is in text_fit.py. The timeline chart paints its words: they are checked
through its pure layout function, here on the page and in test_timeline_chart.py for
many more moments and widths. Date fields' calendars are opened and checked too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from companion.core import aftercare, contacts, exercises, settings, storage
from companion.core.clock import FakeClock
from companion.ui import i18n, theme
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.progress_dialog import MergePreviewDialog
from companion.ui.protection_dialogs import (
    ChangePassphraseDialog,
    ExportChoiceDialog,
    RecoveryKeyDialog,
    TurnOffDialog,
)
from companion.ui.welcome import Welcome
from companion.ui.widgets.date_fields import DateField
from companion.ui.widgets.timeline_chart import TimelineChart
from tests.ui.test_shared_plan_tab import sample_preview
from tests.ui.test_timeline_chart import chart_problems
from tests.ui.text_fit import clipped_text, label_problem

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import demo_data

TODAY = date(2026, 1, 1)  # FakeClock's day
SIZES = {"900x600": (900, 600), "1280x800": (1280, 800)}
COMBINATIONS = [
    pytest.param(size, text, language, id=f"{size}-{text}-{language}")
    for size in SIZES
    for text in ("normal", "largest")
    for language in ("en", "es")
]


def settle() -> None:
    """Let layouts that answer a resize with another layout (rows that fold) finish."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


@pytest.fixture
def demo(tmp_path, qapp):
    """Demo data as the screenshots use it, plus the lists the demo leaves empty, so that
    every Edit dialog has something to open."""
    folder = tmp_path / "demo"
    demo_data.build(folder, TODAY)
    store = storage.open(folder, clock=FakeClock())
    db = store.db
    aftercare.save_medication(db, None, name="Methadone", purpose="Maintenance", notes="Daily")
    aftercare.save_allergy(db, None, name="Penicillin", reaction="Rash")
    contacts.save_own_number(
        db, None, name="My sister Maria", number="555 0142", note="Evenings are best"
    )
    exercises.save_custom_pattern(
        db, None, name="My slow breath", inhale=4, hold_in=2, exhale=6, hold_out=2
    )
    yield store, folder
    store.close()
    theme.apply_appearance(qapp, "system")
    theme.apply_text_size(qapp, "normal")


def _window(store, folder: Path, size: tuple[int, int], text: str, language: str, qapp, qtbot):
    settings.set_setting(store.db, "text_size", text)
    assert i18n.use_language(language)
    context = AppContext(store)
    theme.apply_look(qapp, context.setting("appearance"), text)
    window = MainWindow(context, window_state_for(folder))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


# --- the pages and their tabs ---------------------------------------------------------------


def _tabs(page: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget on the page in turn."""
    yield "first view"
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)
        tabs.setCurrentIndex(0)


def _learn_views(window: MainWindow) -> Iterator[str]:
    learn = window.learn
    yield "first section"
    for view in (learn.timeline_view, learn.questions_view):
        learn.stack.setCurrentWidget(view)
        yield view.accessibleName() or type(view).__name__
    learn.search.setText("sleep")
    yield "search results"
    learn.search.clear()
    learn.stack.setCurrentIndex(0)


def _breathe_views(window: MainWindow) -> Iterator[str]:
    breathe = window.breathe
    yield "chooser"
    breathe.select("calm")
    breathe.start()
    yield "breathing"
    breathe.session_view.toggle_pause()
    yield "paused"
    breathe.session_view.stop()
    yield "after"
    grounding = next(e for e in breathe.model.rows() if type(e).__name__ == "Grounding")
    breathe.select(grounding.key)
    breathe.start()
    yield "grounding"
    breathe.grounding_view.stop_button.click()
    breathe.after_view.save_button.click()
    yield "chooser again"
    breathe.show_cravings()
    for need in breathe.cravings.view.needs.values():  # every small action shown
        need.setChecked(True)
    yield "cravings"
    breathe.cravings.view.start_button.click()
    yield "urge surfing"
    breathe.stop_session()
    breathe.cravings.after_view.rating.setValue(10)  # it did not fall: help is offered
    yield "urge surfing's finish"
    breathe.cravings.after_view.skip_button.click()


def _views(window: MainWindow, key: str) -> Iterator[str]:
    if key == "learn":
        yield from _learn_views(window)
    elif key == "breathe":
        yield from _breathe_views(window)
    else:
        yield from _tabs(window.page(key))


# --- the dialogs ----------------------------------------------------------------------------


def _select_first(view: QAbstractItemView) -> None:
    model = view.model()
    index = model.index(0, 0)
    if model.rowCount(index) > 0:  # a tree: the first item, not its group
        index = model.index(0, 0, index)
    view.setCurrentIndex(index)


def _openers(window: MainWindow) -> dict[str, Callable[[], object]]:
    """How the person opens each dialog: the same buttons, on a selected row."""

    def edit(view: QAbstractItemView, button) -> Callable[[], object]:
        return lambda: (_select_first(view), button.click())

    prepare, plan, learn = window.prepare, window.plan, window.learn
    checklist, people, calls = (
        prepare.checklist_tab,
        prepare.people_tab.list,
        prepare.calls_tab.list,
    )
    breathe, questions = window.breathe, learn.questions_view.list
    return {
        "intake": prepare.intake_button.click,
        "add task": checklist.add_button.click,
        "edit task": edit(checklist.view, checklist.edit_button),
        "add helper": people.add,
        "edit helper": lambda: (people.select_row(0), people.edit_selected()),
        "log a call": calls.add,
        "edit call": lambda: (calls.select_row(0), calls.edit_selected()),
        "questions for a program": prepare.calls_tab.questions_button.click,
        "new pattern": breathe.new_button.click,
        "edit pattern": lambda: (breathe.select("custom-1"), breathe.edit_button.click()),
        "care-team summary": window.journal.pdf_button.click,
        "add question": questions.add,
        "edit question": lambda: (questions.select_row(0), questions.edit_selected()),
        "ask my care team": learn.ask_button.click,
        "add contact": plan.people.add,
        "edit contact": lambda: (plan.people.select_row(0), plan.people.edit_selected()),
        "add appointment": plan.appointments.add,
        "edit appointment": lambda: (
            plan.appointments.select_row(0),
            plan.appointments.edit_selected(),
        ),
        "add medicine": plan.medications.add,
        "edit medicine": lambda: (plan.medications.select_row(0), plan.medications.edit_selected()),
        "add allergy": plan.allergies.add,
        "edit allergy": lambda: (plan.allergies.select_row(0), plan.allergies.edit_selected()),
        "backups": window.settings_page.backups_button.click,
        "welcome": lambda: Welcome(window.context, window).exec(),
        "who is using the app": window.settings_page.who_button.click,
        "safety plan": lambda: plan.safety.edit(0),
        "share with a helper": prepare.people_tab.share_button.click,
        "merge a helper's progress": lambda: MergePreviewDialog(sample_preview(), window).exec(),
        "undo a merge": prepare.people_tab.merges_button.click,
        "new conversation plan": lambda: _conversations(window).list.add(),
        "rename conversation plan": lambda: _conversations(window).list.edit_selected(),
        "practise a conversation": lambda: _conversations(window).practise(),
        "protect with a passphrase": window.settings_page.protect_button.click,
        "recovery key": lambda: RecoveryKeyDialog(RECOVERY_KEY, date(2026, 12, 2), window).exec(),
        "change passphrase": lambda: ChangePassphraseDialog(window.context, window).exec(),
        "turn protection off": lambda: TurnOffDialog(window.context, window).exec(),
        "export with a passphrase": lambda: ExportChoiceDialog(window).exec(),
    }


RECOVERY_KEY = "W2EMN-AMRS8-W0NXK-GZNHY-653W0"


def _conversations(window: MainWindow):
    """A helper's Conversations tab (the demo's first contact helping), with a plan chosen
    that has words to practise."""
    from companion.core import conversations, people
    from companion.ui.pages.conversations import ConversationsTab

    context = window.context
    helper = people.list_people(context.db)[0].id
    context.set_setting("helper_id", helper)
    if not conversations.list_plans(context.db, helper):
        words = "I loved having you at dinner on Sunday. It felt like old times."
        conversations.save_plan(
            context.db,
            None,
            helper_id=helper,
            title="Our talk",
            steps={"opening": words, "asking": words},
            now=context.storage.clock.now(),
        )
    tab = ConversationsTab(context, window)
    tab.list.select_row(0)
    return tab


def _help_openers(window: MainWindow) -> dict[str, Callable[[], object]]:
    panel = window.help_panel
    assert panel is not None
    return {
        "add a number": panel.own_numbers.add,
        "edit a number": lambda: (
            panel.own_numbers.select_row(0),
            panel.own_numbers.edit_selected(),
        ),
    }


class DialogWatch:
    """Stands in for QDialog.exec: checks the dialog as it opens, at the size it opens
    at and at the smallest size the person can make it, then cancels it."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.seen: set[type] = set()
        self.problems: list[str] = []
        self.current = ""

    def exec(self, dialog: QDialog) -> int:
        self.seen.add(type(dialog))
        dialog.show()
        self.qtbot.waitExposed(dialog)
        settle()
        for where in ("as opened", "at its smallest"):
            if where == "at its smallest":
                dialog.resize(dialog.minimumSize())
                settle()
            found = clipped_text(dialog) + _calendars(dialog)
            self.problems += [f"{self.current} dialog {where}: {p}" for p in found]
        dialog.reject()
        return 0


def _calendars(window: QWidget) -> list[str]:
    """Open the calendar of each date field in `window` and check it."""
    problems = []
    for field in window.findChildren(DateField):
        if not field.isVisible():
            continue
        field.open_calendar()
        popup = field.popup
        assert popup is not None
        settle()
        problems += [f"calendar: {p}" for p in clipped_text(popup)]
        popup.close()
    return problems


def _dialog_classes() -> set[type]:
    """Every dialog class the app defines (its modules imported first)."""
    import importlib
    import pkgutil

    import companion.ui

    for module in pkgutil.walk_packages(companion.ui.__path__, "companion.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("companion.") and not sub.__subclasses__():
                found.add(sub)  # a base like FormDialog is seen through its subclasses
    return found


# --- the walk -------------------------------------------------------------------------------


def _walk_pages(window: MainWindow, where: str) -> list[str]:
    problems = []
    for key in window.keys:
        window.show_section(key)
        for view in _views(window, key):
            settle()
            found = clipped_text(window) + _painted_words(window) + _calendars(window)
            problems += [f"{where}{key} / {view}: {p}" for p in found]
    return problems


def _painted_words(window: QWidget) -> list[str]:
    """The timeline chart paints its words: each must have room, and the chart be as
    tall as they need."""
    problems = []
    for chart in window.findChildren(TimelineChart):
        layout = chart.layout_for(chart.width()) if chart.isVisible() else None
        if layout is None:
            continue
        if layout.height > chart.height():
            problems.append(f"the timeline is {chart.height()} px high and needs {layout.height}")
        problems += [f"timeline: {p}" for p in chart_problems(layout, chart.width())]
    return problems


def _too_small(window: MainWindow, smallest, text: str) -> list[str]:
    """The window can be made 900x600 at the usual text size (its least size follows the
    text size), the sidebar then shows every section whole above Get help now, and at the
    largest text it is still never wider than 900 px nor taller than 620, whichever page or
    tab was shown (pages scroll rather than make it taller)."""
    problems = []
    limit = (900, 600) if text == "normal" else (900, 620)
    if smallest.width() > limit[0] or smallest.height() > limit[1]:
        problems.append(f"the window cannot be smaller than {smallest.toTuple()}")
    return problems + _sidebar_problems(window) + _learn_problems(window)


def _sidebar_problems(window: MainWindow) -> list[str]:
    """Every section's row lies whole in the list's view, none under Get help now."""
    problems = []
    nav, help_button = window.nav, window.help_button
    rows = sum(nav.sizeHintForRow(row) for row in range(nav.count()))
    if nav.viewport().height() < rows:
        problems.append(f"the sections need {rows} px and have {nav.viewport().height()}")
    button = help_button.geometry().translated(help_button.parentWidget().mapTo(window, QPoint()))
    for row in range(nav.count()):
        rect = nav.visualItemRect(nav.item(row))
        name = nav.item(row).text()
        if not nav.viewport().rect().contains(rect):
            problems.append(f"the section {name!r} is not whole in view: {rect.getRect()}")
        on_window = rect.translated(nav.viewport().mapTo(window, QPoint()))
        if on_window.intersects(button):
            problems.append(f"the section {name!r} lies under Get help now")
    return problems


def _learn_problems(window: MainWindow) -> list[str]:
    """Learn in a narrow window: the contents are a drop-down, and the section text has
    at least 40% of the page's height in view (the page scrolled to its top)."""
    window.show_section("learn")
    learn = window.learn
    learn.stack.setCurrentIndex(0)
    for scroll in learn.findChildren(QScrollArea):
        scroll.verticalScrollBar().setValue(0)
    settle()
    if not learn.is_narrow():
        return []
    browser = learn.browser
    shown = QRect(browser.mapTo(learn, QPoint()), browser.size()).intersected(learn.rect())
    if shown.height() < 0.4 * learn.height():
        return [f"Learn's section text shows {shown.height()} px of a {learn.height()} px page"]
    return []


@pytest.mark.parametrize(("size", "text", "language"), COMBINATIONS)
def test_no_text_is_cut_off(
    size, text, language, demo, qapp, qtbot, monkeypatch, spanish_translations
):
    store, folder = demo
    window = _window(store, folder, SIZES[size], text, language, qapp, qtbot)
    problems = _walk_pages(window, "")
    if size == "900x600":  # and as small as the window lets itself be made
        window.resize(1, 1)
        settle()
        problems += _walk_pages(window, "smallest window: ")
        smallest = window.size()
        window.resize(*SIZES[size])
        settle()
        problems += _too_small(window, smallest, text)

    watch = DialogWatch(qtbot)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: watch.exec(dialog))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    for name, open_dialog in _openers(window).items():
        watch.current = name
        open_dialog()
    window.open_help()
    panel = window.help_panel
    assert panel is not None
    qtbot.waitExposed(panel)
    settle()
    problems += [f"Get help now: {p}" for p in clipped_text(panel)]
    panel.resize(panel.minimumSize())
    settle()
    problems += [f"Get help now at its smallest: {p}" for p in clipped_text(panel)]
    watch.seen.add(type(panel))
    for name, open_dialog in _help_openers(window).items():
        watch.current = name
        open_dialog()
    problems += watch.problems
    never = {cls.__name__ for cls in _dialog_classes() - watch.seen}
    assert never == set(), "no way to open these here yet"
    assert problems == [], "\n".join(problems)


def test_the_least_window_size_follows_the_text_size(window, context, qtbot):
    """Larger text makes the window's least size larger, at once (taller: it stays
    900 px wide or less); going back makes it smaller again. Asked to be smaller, the
    window takes its least size."""
    window.show_section("prepare")
    settle()
    usual = window.minimumSize()
    context.set_setting("text_size", "largest")
    settle()
    large = window.minimumSize()
    assert usual.width() <= large.width() <= 900 and large.height() > usual.height()
    window.resize(1, 1)
    settle()
    assert window.size() == large
    context.set_setting("text_size", "normal")
    settle()
    back = window.minimumSize()  # rows folded at large text lie flat again: no taller
    assert back.width() == usual.width() and back.height() <= usual.height()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_day_shown_has_room_for_any_date_and_next_stays_still(
    language, context, data_dir, qtbot, spanish_translations
):
    assert i18n.use_language(language)
    window = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.show_section("journal")
    settle()
    journal = window.journal
    places = set()
    for back in (0, 1, 3, 40, 200):
        journal.show_day(context.today() - timedelta(days=back))
        settle()
        assert label_problem(journal.day_label) is None, journal.day_label.text()
        places.add(journal.next_button.mapTo(window, QPoint(0, 0)).toTuple())
    assert len(places) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param(t, lang, id=f"{t}-{lang}")
        for t in ("normal", "largest")
        for lang in ("en", "es")
    ],
)
def test_the_helpers_view_fits_too(text, language, demo, qapp, qtbot, spanish_translations):
    """In the helper's view (its Today, Helping, the shared plan, Learn's family track)
    every page fits 900x600 the same way, and so does the window at its smallest."""
    store, folder = demo
    helper = demo_data_helper(store)
    settings.set_setting(store.db, "user", "helper")
    settings.set_setting(store.db, "helper_id", helper)
    window = _window(store, folder, SIZES["900x600"], text, language, qapp, qtbot)
    assert window.helper_mode
    problems = _walk_pages(window, "helper's view: ")
    window.resize(1, 1)
    settle()
    problems += _walk_pages(window, "helper's view, smallest window: ")
    smallest = window.size()
    window.resize(*SIZES["900x600"])
    settle()
    problems += _too_small(window, smallest, text)
    assert problems == [], "\n".join(problems)


def demo_data_helper(store) -> int:
    """The demo's first family member (Maria): the one the helper's view is shown for."""
    from companion.core import people

    return people.list_people(store.db, "family")[0].id
