"""The Prepare page: checklist, reorder, undo, assignment filter, intake, helpers, calls."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from companion.core import calls, checklist, content, intake, people, sessions
from companion.core.changes import Area
from companion.ui.models.checklist_model import TASK, ChecklistModel
from companion.ui.widgets import dialogs
from companion.ui.widgets.prepare_dialogs import (
    CallDialog,
    HelperDialog,
    IntakeDialog,
    ItemDialog,
)

TODAY = date(2026, 1, 1)  # the FakeClock's date in the UI fixtures


@pytest.fixture
def prepare(window):
    window.show_section("prepare")
    return window.prepare


@pytest.fixture
def tab(prepare):
    prepare.show_tab("checklist")
    return prepare.checklist_tab


def _titles(db, **kwargs):
    return [item.title for item in checklist.list_items(db, **kwargs)]


def _fill(monkeypatch, dialog_class, fill):
    def exec_(dialog):
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_template_is_copied_on_first_use(tab, context):
    model = tab.model
    assert model.rowCount() == 6
    total = sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
    assert total == len(checklist.list_items(context.db)) >= 40
    assert "Program and medical" in model.data(model.index(0, 0))


def test_ticking_an_item_saves_it_with_the_date_and_updates_today(tab, context, window):
    first = tab.model.items_in_order()[0]
    index = tab.model.index_of_item(first.id)
    tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    stored = checklist.get_item(context.db, first.id)
    assert stored.done_on == TODAY
    assert "1 of" in window.today.readiness.summary.text()


def test_add_a_task_through_the_dialog(tab, context, monkeypatch):
    def fill(dialog: ItemDialog):
        dialog.title.setText("Ask Ana to feed the cat")
        dialog.category.setCurrentIndex(dialog.category.findData("home"))
        dialog.due.line.setText("4 Jan 2026")  # typed, as a person would
        dialog.notes.setPlainText("Twice a day")

    _fill(monkeypatch, ItemDialog, fill)
    tab.add_button.click()
    added = [i for i in checklist.list_items(context.db) if i.title == "Ask Ana to feed the cat"]
    assert len(added) == 1
    assert added[0].category == "home"
    assert added[0].due == TODAY + timedelta(days=3)
    assert added[0].notes == "Twice a day"
    assert tab.selected_item().id == added[0].id


def test_add_is_saved_at_once_for_another_connection(tab, context, data_dir, monkeypatch):
    _fill(monkeypatch, ItemDialog, lambda d: d.title.setText("Saved straight away"))
    tab.add_button.click()
    # A separate connection sees the row: it is committed, not waiting in memory.
    other = sqlite3.connect(data_dir / "companion.sqlite3")
    try:
        found = other.execute(
            "SELECT COUNT(*) FROM checklist_items WHERE title = 'Saved straight away'"
        ).fetchone()[0]
    finally:
        other.close()
    assert found == 1


def test_empty_title_is_refused_with_a_message(context, qtbot):
    db = context.db
    dialog = ItemDialog(
        lambda **v: checklist.save_item(db, None, **v), checklist.categories(db), [], TODAY
    )
    qtbot.addWidget(dialog)
    before = _titles(db)
    dialog.title.setText("   ")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error.isVisibleTo(dialog)
    assert "title" in dialog.error.text()
    assert _titles(db) == before


def test_a_very_long_title_is_limited(context, qtbot):
    db = context.db
    dialog = ItemDialog(lambda **v: None, checklist.categories(db), [], TODAY)
    qtbot.addWidget(dialog)
    dialog.title.setText("x" * 10_000)
    assert len(dialog.title.text()) == checklist.MAX_TITLE


def test_edit_a_task(tab, context, monkeypatch):
    item = tab.model.items_in_order()[2]
    tab.select_item(item.id)
    _fill(monkeypatch, ItemDialog, lambda d: d.title.setText("Set the date with the clinic"))
    tab.edit_button.click()
    assert checklist.get_item(context.db, item.id).title == "Set the date with the clinic"


def test_delete_and_undo_with_button_and_ctrl_z(tab, context, qtbot):
    before = _titles(context.db)
    item = tab.model.items_in_order()[1]
    tab.select_item(item.id)
    tab.delete_button.click()
    assert item.title not in _titles(context.db)
    assert tab.undo_bar.isVisibleTo(tab)
    tab.undo_bar.button.click()
    assert _titles(context.db) == before

    tab.select_item(item.id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert item.title not in _titles(context.db)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(context.db) == before


def test_keyboard_reorder(tab, context, qtbot):
    first, second = tab.model.items_in_order()[:2]
    tab.select_item(first.id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _titles(context.db)[:2] == [second.title, first.title]
    assert tab.selected_item().id == first.id
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _titles(context.db)[:2] == [first.title, second.title]


def test_move_buttons_stop_at_the_ends(tab, context):
    first = tab.model.items_in_order()[0]
    tab.select_item(first.id)
    before = _titles(context.db)
    tab.up_button.click()
    assert _titles(context.db) == before


def test_drag_and_drop_reorders_through_the_core(tab, context):
    model = tab.model
    items = model.items_in_order()
    third, first = items[2], items[0]
    data = model.mimeData([model.index_of_item(third.id)])
    category = model.index(0, 0)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, category)
    assert _titles(context.db)[0] == third.title
    # dropping onto an item in another category puts it just before that item
    home = model.index(1, 0)
    target = model.index(0, 0, home)
    target_item = model.item_at(target)
    data = model.mimeData([model.index_of_item(first.id)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    moved = checklist.get_item(context.db, first.id)
    assert moved.category == "home"
    home_titles = [i.title for i in checklist.list_items(context.db) if i.category == "home"]
    assert home_titles.index(first.title) + 1 == home_titles.index(target_item.title)


def test_hide_done(tab, context):
    item = tab.model.items_in_order()[0]
    checklist.set_done(context.db, item.id, True, TODAY)
    tab.hide_done.setChecked(True)
    assert item.id not in [i.id for i in tab.model.items_in_order()]
    tab.hide_done.setChecked(False)
    assert item.id in [i.id for i in tab.model.items_in_order()]


def test_assignment_filter_shows_one_persons_tasks(prepare, tab, context):
    ana = people.save_person(context.db, None, name="Ana", relationship="sister")
    item = tab.model.items_in_order()[3]
    checklist.save_item(
        context.db, item.id, title=item.title, category=item.category, assignee_id=ana.id
    )
    context.changed(Area.HELPERS)
    prepare.assignee.setCurrentIndex(prepare.assignee.findData(ana.id))
    assert [i.id for i in tab.model.items_in_order()] == [item.id]
    assert tab.model.rowCount() == 1  # only the category holding her task
    assert "1" in prepare.readiness_tab.bars.summary.text()
    prepare.assignee.setCurrentIndex(prepare.assignee.findData("me"))
    assert item.id not in [i.id for i in tab.model.items_in_order()]
    prepare.assignee.setCurrentIndex(prepare.assignee.findData("everyone"))
    assert item.id in [i.id for i in tab.model.items_in_order()]


def test_filter_with_nothing_to_show_says_so(prepare, tab, context):
    people.save_person(context.db, None, name="Tom")
    context.changed(Area.HELPERS)
    prepare.assignee.setCurrentIndex(prepare.assignee.count() - 1)
    assert tab.model.rowCount() == 0
    assert tab.empty.isVisibleTo(tab)


def test_link_opens_the_related_section(window, tab):
    linked = next(i for i in tab.model.items_in_order() if i.link == "breathe")
    tab.select_item(linked.id)
    assert tab.link_button.isVisibleTo(tab)
    tab.link_button.click()
    assert window.current_section() == "breathe"
    window.show_section("prepare")
    learn = next(i for i in tab.model.items_in_order() if i.link.startswith("learn:"))
    tab.select_item(learn.id)
    tab.link_button.click()
    assert window.current_section() == "learn"


def test_practice_item_ticks_itself_after_three_sessions(tab, context):
    practice = next(i for i in tab.model.items_in_order() if i.auto.startswith("relaxation"))
    for _ in range(3):
        sessions.log_session(context.db, "box", datetime(2026, 1, 1, 8), 120, True)
    context.changed(Area.SESSIONS)
    assert checklist.get_item(context.db, practice.id).done_on == TODAY


def test_intake_date_shows_a_countdown_on_prepare_and_today(prepare, window, monkeypatch):
    assert "No intake date" in prepare.intake_label.text()
    assert "No intake date" in window.today.intake_text.text()

    def fill(dialog: IntakeDialog):
        assert dialog.date.line.text() == ""  # no date is guessed for the person
        dialog.date.set_value(TODAY + timedelta(days=12))
        dialog.place.setText("Riverside")

    _fill(monkeypatch, IntakeDialog, fill)
    prepare.intake_button.click()
    assert "12 days until intake at Riverside" in prepare.intake_label.text()
    assert "12 days until intake at Riverside" in window.today.intake_text.text()
    monkeypatch.setattr(dialogs, "run", lambda box: pytest.fail("asked"))
    prepare.clear_intake_button.click()
    assert intake.get_intake(prepare.context.db).when is None
    assert "No intake date" in window.today.intake_text.text()
    prepare.intake_undo.button.click()
    assert "12 days until intake at Riverside" in window.today.intake_text.text()


def test_setting_the_intake_date_ticks_its_task_and_clearing_unticks_it(
    prepare, window, monkeypatch
):
    db = prepare.context.db
    task = next(i for i in checklist.list_items(db) if i.template_key == "set-intake-date")
    done_before = window.today.readiness.summary.text()
    assert not task.done
    _fill(monkeypatch, IntakeDialog, lambda d: d.date.line.setText("14 Jan 2026"))
    prepare.intake_button.click()
    assert checklist.get_item(db, task.id).done_on == TODAY
    shown = prepare.checklist_tab.model.index_of_item(task.id)
    assert shown.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert window.today.readiness.summary.text() != done_before
    prepare.clear_intake_button.click()
    assert not checklist.get_item(db, task.id).done
    shown = prepare.checklist_tab.model.index_of_item(task.id)
    assert shown.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert window.today.readiness.summary.text() == done_before
    prepare.intake_undo.undo()
    assert checklist.get_item(db, task.id).done_on == TODAY


def test_an_intake_date_that_does_not_exist_is_refused_at_the_field(context, qtbot):
    saved = []
    dialog = IntakeDialog(lambda **v: saved.append(v), intake.get_intake(context.db), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.line.setText("31 Nov 2026")
    dialog.accept()
    assert dialog.result() == 0 and saved == []
    assert dialog.date.problem.isVisibleTo(dialog)
    assert "Intake date" in dialog.date.problem.text()
    assert "Intake date" in dialog.error.text()
    assert dialog.date.line.text() == "31 Nov 2026"  # kept as typed, to be put right
    dialog.date.line.setText("30 Nov 2026")
    dialog.accept()
    assert saved and saved[0]["when"] == date(2026, 11, 30)


def test_today_opens_the_intake_dialog(window, monkeypatch):
    opened = []
    monkeypatch.setattr(IntakeDialog, "exec", lambda d: opened.append(d) or 0)
    window.today.intake_button.click()
    assert window.current_section() == "prepare"
    assert opened


def test_helpers_add_and_remove_sends_tasks_back(prepare, context, monkeypatch):
    prepare.show_tab("people")
    listed = prepare.people_tab.list
    assert listed.empty.isVisibleTo(listed)

    def fill(dialog: HelperDialog):
        dialog.name.setText("Ana")
        dialog.relationship.setText("sister")
        dialog.phone.setText("07700 900123")

    _fill(monkeypatch, HelperDialog, fill)
    listed.add()
    ana = people.list_people(context.db)[0]
    assert listed.rows() == [ana] and listed.selected() == ana
    assert prepare.assignee.findData(ana.id) >= 0
    item = checklist.list_items(context.db)[0]
    checklist.save_item(
        context.db, item.id, title=item.title, category=item.category, assignee_id=ana.id
    )
    context.changed(Area.CHECKLIST)
    assert listed.model.data(listed.model.index(0, 3)) == "1"
    monkeypatch.setattr(dialogs, "run", lambda box: pytest.fail("asked"))
    listed.remove_selected()
    assert people.list_people(context.db) == []
    assert checklist.get_item(context.db, item.id).assignee_id is None
    assert prepare.assignee.findData(ana.id) == -1
    listed.undo()
    assert people.list_people(context.db) == [ana]
    assert checklist.get_item(context.db, item.id).assignee_id == ana.id
    assert prepare.assignee.findData(ana.id) >= 0


def test_calls_log_with_callback_shows_on_today_and_undo_delete(
    prepare, window, context, monkeypatch
):
    prepare.show_tab("calls")
    tab = prepare.calls_tab
    assert tab.list.empty.isVisibleTo(tab)

    def fill(dialog: CallDialog):
        dialog.facility.setText("Riverside")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("call-back"))
        dialog.accept()  # a call back needs its day and time: refused, and said so
        assert dialog.result() == 0
        assert "Call back" in dialog.error.text()
        dialog.callback.date.line.setText("2 Jan 2026")
        dialog.callback.time.setEditText("10:30")

    _fill(monkeypatch, CallDialog, fill)
    tab.list.add()
    logged = calls.list_calls(context.db)
    assert [c.facility for c in logged] == ["Riverside"]
    assert logged[0].callback_at == datetime(2026, 1, 2, 10, 30)
    assert window.today.callback_box.isVisibleTo(window.today)
    assert "Riverside" in window.today.callback_text.text()
    assert "Riverside" in tab.next_callback.text()

    tab.list.select_row(0)
    tab.list.remove_selected()
    assert calls.list_calls(context.db) == []
    assert not window.today.callback_box.isVisibleTo(window.today)
    tab.list.undo()
    assert calls.list_calls(context.db) == logged


def test_a_call_starts_with_no_outcome_and_no_call_back_and_both_must_be_chosen(context, qtbot):
    saved = []
    now = datetime(2026, 1, 1, 9, 37)
    dialog = CallDialog(lambda **v: saved.append(v), [], now)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.outcome.currentIndex() == -1 and dialog.outcome.currentText() == ""
    assert dialog.callback.is_empty()
    assert dialog.called_at.value() == now  # a call is logged when it was just made
    dialog.facility.setText("Riverside")
    dialog.accept()
    assert dialog.result() == 0 and saved == []
    assert "Outcome" in dialog.error.text()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("waitlist"))
    dialog.callback.time.setEditText("9:05")  # a time with no day is not a call back
    dialog.accept()
    assert saved == [] and "Call back" in dialog.error.text()
    assert dialog.callback.date.problem.isVisibleTo(dialog)
    dialog.callback.time.setEditText("")
    dialog.accept()
    assert saved and saved[0]["outcome"] == "waitlist" and saved[0]["callback_at"] is None


def test_calls_are_sorted_newest_first_and_by_column(prepare, context):
    calls.save_call(context.db, None, "Beta", datetime(2025, 12, 1, 9), "waitlist")
    calls.save_call(context.db, None, "Alpha", datetime(2025, 12, 20, 9), "not-suitable")
    context.changed(Area.CALLS)
    tab = prepare.calls_tab.list
    assert [c.facility for c in tab.rows()] == ["Alpha", "Beta"]
    tab.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [c.facility for c in tab.rows()] == ["Beta", "Alpha"]


def test_checklist_model_is_a_valid_tree_model(qtmodeltester, context):
    checklist.ensure_template(context.db, content.load_checklist_template())
    model = ChecklistModel()
    progress = {p.key: p for p in checklist.readiness(context.db).categories}
    model.set_checklist(
        checklist.categories(context.db),
        checklist.list_items(context.db),
        progress,
        {None: "Me"},
        TODAY,
    )
    qtmodeltester.check(model)
    first_item = model.index(0, TASK, model.index(0, 0))
    assert model.item_at(first_item) is not None
    assert model.parent(first_item) == model.index(0, 0)
    assert model.parent(model.index(0, 0)) == QModelIndex()


def test_people_and_calls_models_are_valid(qtmodeltester, prepare, context):
    people.save_person(context.db, None, name="Ana", relationship="sister", phone="1")
    calls.save_call(context.db, None, "Riverside", datetime(2025, 12, 1, 9), "waitlist")
    context.changed(Area.HELPERS)
    qtmodeltester.check(prepare.people_tab.list.model)
    qtmodeltester.check(prepare.calls_tab.list.model)
    qtmodeltester.check(prepare.calls_tab.list.proxy)


def test_space_ticks_and_enter_edits_the_selected_task(tab, context, qtbot, monkeypatch):
    item = tab.model.items_in_order()[0]
    tab.select_item(item.id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert checklist.get_item(context.db, item.id).done
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert not checklist.get_item(context.db, item.id).done
    opened = []
    monkeypatch.setattr(ItemDialog, "exec", lambda d: opened.append(d.title.text()) or 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened == [item.title]


def test_columns_fit_an_overdue_date_and_the_longest_name(tab, context):
    from PySide6.QtGui import QFont, QFontMetrics

    from companion.ui.models.checklist_model import DUE, WHO
    from companion.ui.names import format_date

    helper = people.save_person(
        context.db, None, name="Alexandria-Margarethe", relationship="sister", phone="", note=""
    )
    checklist.save_item(
        context.db,
        None,
        category="program",
        title="Call the clinic",
        due=TODAY - timedelta(3),
        assignee_id=helper.id,
    )
    tab.refresh()
    font = QFont(tab.view.font())
    font.setBold(True)
    overdue = f"{format_date(date(2000, 9, 28))} \u2014 overdue"
    header = tab.view.header()
    assert header.sectionSize(DUE) > QFontMetrics(font).horizontalAdvance(overdue)
    assert header.sectionSize(WHO) > tab.view.fontMetrics().horizontalAdvance(helper.name)
    assert tab.view.uniformRowHeights()
