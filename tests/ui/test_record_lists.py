"""Every list in the app is one `RecordList`, and each behaves the same way: removing asks
nothing and offers Undo, Undo brings the row back exactly (its id, and what pointed at it),
the keys do what they say, an empty list says what to add, and its model is a valid one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from companion.core import calls, checklist, contacts, learn, people, plan
from companion.ui import theme
from companion.ui.widgets import dialogs
from companion.ui.widgets.record_list import RecordList
from tests.ui.test_contrast import contrast

NOW = datetime(2026, 1, 1, 9, 0)


def _person_with_work(context) -> None:
    """Sam, with a task, a call he made and an appointment with him, and Alex."""
    sam = plan.save_person(context.db, None, name="Sam", role="peer", phone="0871", in_help=True)
    plan.save_person(context.db, None, name="Alex")
    item = checklist.list_items(context.db)[0]
    checklist.save_item(
        context.db, item.id, title=item.title, category=item.category, assignee_id=sam.id
    )
    calls.save_call(context.db, None, "Riverside", NOW, "waitlist", caller_id=sam.id)
    plan.save_appointment(
        context.db, None, kind="therapy", title="With Sam", starts_at=NOW, contact_id=sam.id
    )


def _calls(context) -> None:
    calls.save_call(context.db, None, "Riverside", NOW, "call-back", phone="1", callback_at=NOW)
    calls.save_call(context.db, None, "Hill House", datetime(2025, 12, 1, 9), "waitlist")


def _questions(context) -> None:
    done = learn.save_question(
        context.db, None, text="How long will the shakes last?", section="withdrawal"
    )
    learn.set_question_done(context.db, done.id, True, NOW.date())
    learn.save_question(context.db, None, text="Can my partner visit?")


def _appointments(context) -> None:
    plan.save_appointment(context.db, None, kind="intake", title="Intake", starts_at=NOW)
    plan.save_appointment(
        context.db, None, kind="support-group", title="Group", starts_at=NOW, weekly=True
    )


def _medicines(context) -> None:
    plan.save_medication(context.db, None, name="Sertraline", purpose="mood", notes="morning")
    plan.save_medication(context.db, None, name="Zopiclone")


def _allergies(context) -> None:
    plan.save_allergy(context.db, None, name="Penicillin", reaction="rash")
    plan.save_allergy(context.db, None, name="Latex")


def _numbers(context) -> None:
    contacts.save_own_number(context.db, None, name="Sponsor", number="555 0100", note="any time")
    contacts.save_own_number(context.db, None, name="Clinic", number="555 0101")


def _plan_tab(window, index: int, name: str) -> RecordList:
    window.show_section("plan")
    tabs, records = window.plan.tabs, getattr(window.plan, name)
    # the tab holding the list (other tabs may come before it; `index` is the old place)
    tabs.setCurrentIndex(
        next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(records))
    )
    return records


def _prepare_tab(window, tab: str) -> RecordList:
    window.show_section("prepare")
    window.prepare.show_tab(tab)
    return getattr(window.prepare, f"{tab}_tab").list


def _questions_list(window) -> RecordList:
    window.show_section("learn")
    window.learn.open("questions")
    return window.learn.questions_view.list


def _own_numbers(window) -> RecordList:
    window.open_help()
    return window.help_panel.own_numbers


LISTS: dict[str, tuple[Callable, Callable]] = {
    "people helping": (lambda w: _prepare_tab(w, "people"), _person_with_work),
    "calls": (lambda w: _prepare_tab(w, "calls"), _calls),
    "questions": (_questions_list, _questions),
    "plan people": (lambda w: _plan_tab(w, 0, "people"), _person_with_work),
    "appointments": (lambda w: _plan_tab(w, 1, "appointments"), _appointments),
    "medicines": (lambda w: _plan_tab(w, 3, "medications"), _medicines),
    "allergies": (lambda w: _plan_tab(w, 3, "allergies"), _allergies),
    "own numbers": (_own_numbers, _numbers),
}


def _everything(context) -> dict[str, list[dict]]:
    """Every row of every table the person's data lives in."""
    db = context.db
    return {
        name: sorted(db.table(name).rows, key=repr)
        for name in db.table_names()
        if not name.startswith(("_", "sqlite_")) and "_fts" not in name
    }


def _named(root, name: str) -> QPushButton:
    found = [b for b in root.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} buttons named {name!r}"
    return found[0]


@pytest.fixture
def never_asked(monkeypatch):
    def asked(*_args, **_kwargs):
        raise AssertionError("a removal that can be undone must not ask first")

    monkeypatch.setattr(QMessageBox, "question", asked)
    monkeypatch.setattr(dialogs, "run", asked)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Dialogs are noted and cancelled rather than shown."""
    seen: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: seen.append(type(dialog).__name__) or 0)
    return seen


@pytest.mark.parametrize("which", LISTS)
def test_remove_asks_nothing_and_undo_brings_back_exactly_what_was_there(
    which, window, context, never_asked
):
    show, seed = LISTS[which]
    seed(context)
    records = show(window)
    records.refresh()
    before = _everything(context)
    first = records.rows()[0]

    records.select_row(0)
    _named(records, records.remove_button.accessibleName()).click()
    assert first not in records.rows()
    assert _everything(context) != before
    assert records.undo_bar.isVisibleTo(records)
    assert records.undo_bar.label.text().startswith("Removed ")

    _named(records, "Undo").click()
    assert _everything(context) == before  # the same ids, fields, places and links
    assert records.selected() == first
    assert not records.undo_bar.isVisibleTo(records)


@pytest.mark.parametrize("which", LISTS)
def test_the_keys_add_edit_remove_and_undo(which, window, context, qtbot, opened, never_asked):
    show, seed = LISTS[which]
    seed(context)
    records = show(window)
    records.refresh()
    before = _everything(context)
    view = records.view
    records.select_row(0)
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)

    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 3  # edit, then add twice; each one cancelled

    count = len(records.rows())
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(records.rows()) == count - 1
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # nothing is selected now: nothing more goes
    assert len(records.rows()) == count - 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _everything(context) == before


@pytest.mark.parametrize("which", LISTS)
def test_an_empty_list_says_what_to_add_and_only_add_is_offered(which, window, context):
    show, _seed = LISTS[which]
    records = show(window)
    records.refresh()
    assert records.rows() == []
    assert records.empty.isVisibleTo(records) and records.empty.text().startswith("No ")
    assert not records.view.isVisibleTo(records)
    assert records.add_button.isEnabled()
    assert not records.edit_button.isEnabled() and not records.remove_button.isEnabled()


@pytest.mark.parametrize("which", LISTS)
def test_an_empty_list_shows_one_sentence_and_one_button_in_place_of_the_table(
    which, window, context
):
    show, _seed = LISTS[which]
    records = show(window)
    records.refresh()
    empty = records.empty
    assert empty.isVisibleTo(records) and empty.sentence.isVisibleTo(records)
    assert not empty.icon.pixmap().isNull()
    assert empty.button.text() == records.add_button.text()  # the same words as Add
    assert empty.button.accessibleName() == records.add_button.accessibleName()
    shown = [b for b in records.findChildren(QPushButton) if b.isVisibleTo(records)]
    assert shown == [empty.button]  # no Edit or Remove, and no second Add
    assert not records.view.isVisibleTo(records)  # no empty table with its headers


def test_the_empty_state_button_adds_the_first_row_and_the_table_comes_back(
    window, context, qtbot, opened, never_asked, monkeypatch
):
    records = _plan_tab(window, 3, "allergies")
    records.refresh()
    records.empty.button.click()
    assert opened == ["RecordDialog"]  # cancelled: still empty

    assert records.empty.isVisibleTo(records)

    def saves(_dialog) -> int:
        plan.save_allergy(context.db, None, name="Latex")
        return 1

    monkeypatch.setattr(QDialog, "exec", saves)
    records.empty.button.setFocus()
    records.empty.button.click()
    assert [a.name for a in records.rows()] == ["Latex"]
    assert records.view.isVisibleTo(records) and not records.empty.isVisibleTo(records)
    assert records.add_button.isVisibleTo(records) and records.remove_button.isVisibleTo(records)

    records.select_row(0)
    records.remove_selected()
    assert records.empty.isVisibleTo(records) and not records.view.isVisibleTo(records)
    assert records.undo_bar.isVisibleTo(records)
    qtbot.keyClick(records.empty.button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in records.rows()] == ["Latex"]
    assert records.view.isVisibleTo(records) and not records.empty.isVisibleTo(records)


def test_insert_and_ctrl_n_add_from_the_empty_state(window, context, qtbot, opened):
    records = _plan_tab(window, 3, "allergies")
    records.refresh()
    records.empty.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is records.empty.button)
    qtbot.keyClick(records.empty.button, Qt.Key.Key_Insert)
    qtbot.keyClick(records.empty.button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["RecordDialog", "RecordDialog"]


def test_the_empty_state_icon_follows_dark_mode(window, context):
    records = _plan_tab(window, 3, "allergies")
    records.refresh()
    app = QApplication.instance()

    def ink() -> str:
        image = records.empty.icon.pixmap().toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        }
        assert len(colours) == 1
        return colours.pop()

    theme.apply_appearance(app, "light")
    QApplication.processEvents()  # the new palette reaches each widget as a posted event
    assert ink() == theme.COLORS[QPalette.ColorRole.PlaceholderText][0]
    theme.apply_appearance(app, "dark")
    QApplication.processEvents()
    assert ink() == theme.COLORS[QPalette.ColorRole.PlaceholderText][1]


def test_removing_the_last_row_keeps_undo_within_reach_of_the_keyboard(
    window, context, qtbot, never_asked
):
    plan.save_allergy(context.db, None, name="Latex")
    records = _plan_tab(window, 3, "allergies")
    records.refresh()
    records.select_row(0)
    records.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is records.view)
    qtbot.keyClick(records.view, Qt.Key.Key_Delete)
    assert plan.list_allergies(context.db) == []
    assert QApplication.focusWidget() is records.empty.button
    assert records.undo_bar.isVisibleTo(records)
    qtbot.keyClick(records.empty.button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in plan.list_allergies(context.db)] == ["Latex"]
    assert records.view.isVisibleTo(records) and not records.empty.isVisibleTo(records)
    assert QApplication.focusWidget() is records.view


def test_removing_a_helper_says_their_tasks_came_back_and_undo_reassigns_them(
    window, context, never_asked
):
    _person_with_work(context)
    records = _prepare_tab(window, "people")
    records.refresh()
    sam = next(h for h in records.rows() if h.name == "Sam")
    records.select(sam.id)
    records.remove_selected()
    assert records.undo_bar.label.text() == "Removed Sam. Their 1 task came back to you."
    assert people.task_count(context.db, sam.id) == 0
    records.undo()
    assert people.task_count(context.db, sam.id) == 1
    assert [c.caller_id for c in calls.list_calls(context.db)] == [sam.id]
    assert [a.contact_id for a in plan.list_appointments(context.db)] == [sam.id]


def test_an_undo_is_forgotten_when_the_data_is_replaced(window, context, never_asked):
    _numbers(context)
    records = _own_numbers(window)
    records.select_row(0)
    records.remove_selected()
    assert records.undo_bar.isVisibleTo(records)
    context.dataReset.emit()
    assert not records.undo_bar.isVisibleTo(records)
    records.undo()  # nothing to put back into data that is no longer the same
    assert [n.name for n in contacts.list_own_numbers(context.db)] == ["Clinic"]


@pytest.mark.parametrize("which", LISTS)
def test_every_list_model_is_a_valid_qt_model(which, window, context, qtmodeltester):
    show, seed = LISTS[which]
    seed(context)
    records = show(window)
    records.refresh()
    qtmodeltester.check(records.model)
    qtmodeltester.check(records.proxy)


@pytest.mark.parametrize("side", [0, 1], ids=["light", "dark"])
def test_the_empty_state_button_reads_well_and_shows_its_focus(side):
    """Its text on the accent, and its focus ring (the text colour) on the page and a card."""
    colours = {role: QColor(pair[side]) for role, pair in theme.COLORS.items()}
    R = QPalette.ColorRole
    assert contrast(colours[R.HighlightedText], colours[R.Highlight]) >= 4.5
    for background in (R.Window, R.Base):
        assert contrast(colours[R.WindowText], colours[background]) >= 3.0
