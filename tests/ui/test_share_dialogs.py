"""Sharing with a helper through the window, on two data folders (the person's computer and
the helper's): the person shares, the helper opens, ticks and annotates their task and
sends their progress back, the person previews every change, merges and undoes it.
Malformed files say why and change nothing; file names stay neutral."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from companion.core import checklist, content, people, progress, settings, storage
from companion.core.clock import FakeClock
from companion.ui import i18n
from companion.ui.context import AppContext
from companion.ui.pages.prepare_people import PeopleTab
from companion.ui.pages.shared_plan import SharedPlanTab, progress_file_name
from companion.ui.progress_dialog import MergePreviewDialog, MergesDialog
from companion.ui.share_dialog import ShareDialog, share_file_name
from companion.ui.widgets.plan_dialogs import ContactDialog
from companion.ui.widgets.prepare_dialogs import ItemDialog
from tests.ui.dialog_answers import answer_dialogs


@pytest.fixture
def person(context):
    """The person's data: Ana has a task, Sam is a contact not yet shared."""
    db = context.db
    context.ready_checklist()
    settings.set_setting(db, "person_name", "Lee")
    ana = people.save_person(db, None, name="Ana", relationship="sister", phone="555 0101")
    sam = people.save_person(db, None, name="Sam", phone="555 0202")
    task = checklist.list_items(db)[0]
    checklist.save_item(
        db,
        task.id,
        title=task.title,
        category=task.category,
        assignee_id=ana.id,
        at=context.now(),
    )
    return context, ana, sam, task.id


@pytest.fixture
def helper(tmp_path, qapp):
    """The helper's own computer: another data folder, in helper mode."""
    store = storage.open(tmp_path / "helper", clock=FakeClock())
    ctx = AppContext(store)
    me = people.save_person(ctx.db, None, name="Ana")
    ctx.set_setting("user", "helper")
    ctx.set_setting("helper_id", me.id)
    yield ctx
    store.close()


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _share(qtbot, monkeypatch, context, path: Path, tick: int | None = None) -> ShareDialog:
    dialog = ShareDialog(context)
    qtbot.addWidget(dialog)
    if tick is not None:
        dialog.ticks[tick].setChecked(True)
    _save_to(monkeypatch, path)
    dialog.accept()
    return dialog


def test_the_whole_round_trip_through_the_window(person, helper, qtbot, monkeypatch, tmp_path):
    context, ana, sam, task_id = person
    answers = answer_dialogs(monkeypatch)
    shared = tmp_path / "shared-plan.prepshare"

    # the person shares: Ana (with a task) is always in, Sam is ticked
    dialog = _share(qtbot, monkeypatch, context, shared, tick=sam.id)
    assert not dialog.ticks[ana.id].isEnabled() and dialog.ticks[ana.id].isChecked()
    assert shared.exists() and (shared.stat().st_mode & 0o777) == 0o600
    assert people.get_person(context.db, sam.id).shared
    assert "Give this file to Ana" in answers.texts[-1]
    assert "Open a shared plan" in answers.texts[-1]

    # the helper opens it and says who they are
    tab = SharedPlanTab(helper)
    qtbot.addWidget(tab)
    assert not tab.empty.isHidden() and tab.view.isHidden()
    tab.open_file(shared)
    assert not tab.who_box.isHidden()
    names = [b.text() for b in tab.who_choices.buttons()]
    assert "Ana (sister)" in names and "Sam" in names
    tab.who_choices.button(ana.id).setChecked(True)
    tab.me_button.click()
    assert not tab.view.isHidden() and list(tab.ticks) == [task_id]
    assert tab.title.text() == "Lee's plan"

    # ticks their task and writes a note, later than the share
    helper.storage.clock.advance(timedelta(hours=1))
    tab.ticks[task_id].setChecked(True)
    tab.notes[task_id].setText("Booked for Friday")
    tab.notes[task_id].textEdited.emit("Booked for Friday")
    assert tab.flush()
    from companion.core import share

    mine = share.opened(helper.db).my_tasks()[0]
    assert mine.done and mine.helper_note == "Booked for Friday"
    sent = tmp_path / "my-progress.prepprogress"
    _save_to(monkeypatch, sent)
    assert tab.send_progress() == sent and sent.exists()

    # the person previews every change, merges it, and can undo it
    context.storage.clock.advance(timedelta(hours=2))
    seen: list[MergePreviewDialog] = []

    def agree(dialog: MergePreviewDialog) -> int:
        seen.append(dialog)
        return 1

    monkeypatch.setattr(MergePreviewDialog, "exec", agree)
    page = PeopleTab(context)
    qtbot.addWidget(page)
    assert not page.merges_button.isEnabled()  # nothing merged, nothing to undo
    assert "Nothing to undo yet" in page.merges_button.toolTip()
    merge_id = page.add_progress(sent)
    assert merge_id is not None
    assert page.merges_button.isEnabled()
    lines = [line.text() for line in seen[0].lines]
    assert any(line.startswith("Ana: ticked done on") for line in lines)
    assert any("Booked for Friday" in line for line in lines)
    assert seen[0].merge_button.text() == "&Merge 1 change"
    item = checklist.get_item(context.db, task_id)
    assert item.done and item.helper_note == "Booked for Friday"
    assert page.merge_bar.label.text() == "Merged 1 change from Ana."
    page.merge_bar.undo()
    item = checklist.get_item(context.db, task_id)
    assert not item.done and item.helper_note == ""
    assert progress.list_merges(context.db)[0].undone

    # the task dialog shows a helper's note, read-only, once merged again
    page.add_progress(sent)
    item = checklist.get_item(context.db, task_id)
    dialog = ItemDialog(
        lambda **v: None, checklist.categories(context.db), [], context.today(), item
    )
    qtbot.addWidget(dialog)
    assert dialog.helper_note is not None and dialog.helper_note.text() == "Booked for Friday"

    # the list of merges undoes any of them
    merges = MergesDialog(context)
    qtbot.addWidget(merges)
    assert merges.list.count() == 2 and merges.undo_button.isEnabled()
    merges.undo_selected()
    assert not checklist.get_item(context.db, task_id).done
    assert not merges.undo_button.isEnabled()


def test_a_progress_older_than_the_persons_change_is_listed_as_skipped(
    person, helper, qtbot, monkeypatch, tmp_path
):
    context, ana, _sam, task_id = person
    answer_dialogs(monkeypatch)
    shared = tmp_path / "plan.prepshare"
    _share(qtbot, monkeypatch, context, shared)
    tab = SharedPlanTab(helper)
    qtbot.addWidget(tab)
    tab.open_file(shared)
    tab.who_choices.button(ana.id).setChecked(True)
    tab.me_button.click()
    helper.storage.clock.advance(timedelta(minutes=10))
    tab.ticks[task_id].setChecked(True)
    sent = tmp_path / "p.prepprogress"
    _save_to(monkeypatch, sent)
    tab.send_progress()
    # the person changed the task after the helper did: theirs wins
    context.storage.clock.advance(timedelta(hours=1))
    checklist.set_done(context.db, task_id, True, context.today(), at=context.now())
    checklist.set_done(context.db, task_id, False, context.today(), at=context.now())
    seen: list[MergePreviewDialog] = []
    monkeypatch.setattr(MergePreviewDialog, "exec", lambda d: seen.append(d) or 0)
    page = PeopleTab(context)
    qtbot.addWidget(page)
    assert page.add_progress(sent) is None
    assert "you changed this task after they did" in seen[0].lines[0].text()
    assert not seen[0].merge_button.isEnabled()
    assert not checklist.get_item(context.db, task_id).done


@pytest.mark.parametrize(
    "content_",
    [
        b"",
        b"not json at all",
        b"\xff\xfe",
        json.dumps({"format": "prep-companion-progress", "version": 99}).encode(),
        json.dumps([1, 2, 3]).encode(),
    ],
)
def test_a_malformed_progress_file_shows_the_problem_and_changes_nothing(
    person, qtbot, monkeypatch, tmp_path, content_
):
    context, _ana, _sam, _task_id = person
    answers = answer_dialogs(monkeypatch)
    before = checklist.list_items(context.db)
    bad = tmp_path / "bad.prepprogress"
    bad.write_bytes(content_)
    page = PeopleTab(context)
    qtbot.addWidget(page)
    monkeypatch.setattr(MergePreviewDialog, "exec", lambda d: pytest.fail("no preview"))
    assert page.add_progress(bad) is None
    assert answers.shown[-1].title == "This progress was not added"
    assert "Nothing was changed" in answers.texts[-1]
    assert checklist.list_items(context.db) == before
    assert progress.list_merges(context.db) == []


def test_a_malformed_share_shows_the_problem_and_opens_nothing(
    helper, qtbot, monkeypatch, tmp_path
):
    answers = answer_dialogs(monkeypatch)
    bad = tmp_path / "bad.prepshare"
    bad.write_text('{"format": "prep-companion-share", "version": 1}', encoding="utf-8")
    tab = SharedPlanTab(helper)
    qtbot.addWidget(tab)
    assert tab.open_file(bad) is None
    assert answers.shown[-1].title == "The shared plan was not opened"
    assert answers.shown[-1].details  # every problem, listed
    assert not tab.empty.isHidden()
    from companion.core import share

    assert share.opened(helper.db) is None


def test_an_older_share_is_refused_and_another_plan_is_asked_about(
    person, helper, qtbot, monkeypatch, tmp_path
):
    context, _ana, _sam, _task = person
    answers = answer_dialogs(monkeypatch)
    old, new = tmp_path / "old.prepshare", tmp_path / "new.prepshare"
    _share(qtbot, monkeypatch, context, old)
    context.storage.clock.advance(timedelta(days=1))
    _share(qtbot, monkeypatch, context, new)
    tab = SharedPlanTab(helper)
    qtbot.addWidget(tab)
    assert tab.open_file(new) is not None
    assert tab.open_file(old) is None
    assert "older than the one you already have open" in answers.texts[-1]
    # a share of another person's plan: asked first, and Cancel keeps this one
    settings.set_setting(context.db, "plan_id", "b" * 32)
    other = tmp_path / "other.prepshare"
    context.storage.clock.advance(timedelta(days=1))
    _share(qtbot, monkeypatch, context, other)
    assert tab.open_file(other) is None
    assert answers.shown[-1].title == "Replace the plan you have?"
    answer_dialogs(monkeypatch, yes=True)
    assert tab.open_file(other).kind == "replaced"


@pytest.mark.parametrize("language", ["en", "es"])
def test_offered_file_names_are_neutral(context, language):
    i18n.use_language(language)
    for discreet in (False, True):
        context.set_setting("discreet_mode", discreet)
        for name in (share_file_name(context), progress_file_name(context)):
            assert not any(w in name.lower() for w in ("detox", "desintox", "journal", "diario"))
    assert share_file_name(context).startswith(("notes", "notas"))


def test_the_contact_form_marks_someone_for_a_shared_plan(context, qtbot):
    saved: dict = {}
    dialog = ContactDialog(lambda **values: saved.update(values))
    qtbot.addWidget(dialog)
    dialog.name.setText("Sam")
    dialog.shared.setChecked(True)
    dialog.save()
    assert saved["shared"] is True
    sam = people.save_person(context.db, None, **saved)
    again = ContactDialog(lambda **_: None, sam)
    qtbot.addWidget(again)
    assert again.shared.isChecked()


def test_the_share_dialog_and_preview_in_spanish(person, qtbot, spanish_translations):
    context, *_ = person
    i18n.use_language("es")
    content.set_language("es")
    try:
        dialog = ShareDialog(context)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() != "Share with a helper"
        assert "Save the file" not in dialog.save_button.text()
    finally:
        content.set_language("en")
