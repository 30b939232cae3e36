"""A plan shared to a helper's own computer and their progress merged back, on two data
folders: the round trip, a later change winning either way, a stale share, another plan's
files, undo, and what a helper may change."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from companion.core import checklist, export, operations, people, progress, share, storage
from companion.core.clock import FakeClock
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem
from companion.core.share import NotMyTaskError, OtherPlanError, StaleShareError
from companion.core.validate import InvalidInputError

T0 = datetime(2026, 3, 10, 9, 0, 0, tzinfo=UTC)
TEMPLATE = ChecklistTemplate(
    version=1,
    categories=(
        TemplateCategory(
            "home",
            "At home",
            (
                TemplateItem("pets", "Arrange care for the cat"),
                TemplateItem("bills", "Sort out the bills"),
                TemplateItem("bag", "Pack a bag"),
            ),
        ),
    ),
)


class Folders:
    """The person's data folder and the helper's, and the files between them."""

    def __init__(self, tmp_path) -> None:
        self.tmp = tmp_path
        self.person = storage.open(tmp_path / "person", clock=FakeClock(T0))
        self.helper = storage.open(tmp_path / "helper", clock=FakeClock(T0))
        db = self.person.db
        checklist.ensure_template(db, TEMPLATE)
        self.mum = people.save_person(db, None, name="Mum", phone="555 0100", shared=True)
        self.dad = people.save_person(db, None, name="Dad", phone="555 0101")
        cat, bills, bag = checklist.list_items(db)
        self.cat = checklist.save_item(
            db, cat.id, category="home", title=cat.title, assignee_id=self.mum.id, at=T0
        )
        self.bills = checklist.save_item(
            db, bills.id, category="home", title=bills.title, assignee_id=self.dad.id, at=T0
        )
        self.bag = bag
        self.count = 0

    def share(self, at: datetime) -> dict:
        self.count += 1
        path = self.tmp / f"plan-{self.count}.prepshare"
        operations.write_share(self.person.db, path, at)
        return json.loads(path.read_text("utf-8"))

    def open_share(self, at: datetime, **kwargs) -> share.OpenOutcome:
        path = self.tmp / f"plan-{self.count}.prepshare"
        return operations.open_share_file(self.helper.db, path, at, **kwargs)

    def send_progress(self, at: datetime):
        path = self.tmp / f"progress-{self.count}.prepprogress"
        operations.write_progress(self.helper.db, path, at)
        return path

    def close(self) -> None:
        self.person.close()
        self.helper.close()


@pytest.fixture
def folders(tmp_path):
    made = Folders(tmp_path)
    yield made
    made.close()


def _everything(db) -> dict:
    document = export.export_document(db, T0)
    del document["exported_at"]
    return document


def test_the_round_trip(folders):
    folders.share(T0)
    outcome = folders.open_share(T0 + timedelta(minutes=5))
    assert outcome.kind == "first" and outcome.needs_me
    plan = share.opened(folders.helper.db)
    assert plan is not None and plan.me is None
    assert [p.name for p in plan.people] == ["Dad", "Mum"]
    assert not plan.my_tasks()

    plan = share.choose_me(folders.helper.db, folders.mum.id)
    assert [task.title for task in plan.my_tasks()] == ["Arrange care for the cat"]
    assert plan.tasks[0].assignee_name == "Mum"
    ticked = share.change_my_task(
        folders.helper.db,
        folders.cat.id,
        done=True,
        note="  The neighbour has a key  ",
        now=T0 + timedelta(hours=1),
    )
    assert ticked.done_on == date(2026, 3, 10) and ticked.helper_note == "The neighbour has a key"
    assert share.opened(folders.helper.db).tasks[0].done_on == date(2026, 3, 10)
    path = folders.send_progress(T0 + timedelta(hours=2))
    sent = json.loads(path.read_text("utf-8"))
    assert sent["helper"] == {"id": folders.mum.id, "name": "Mum"}
    assert sent["changes"] == [
        {
            "task_id": folders.cat.id,
            "done_on": "2026-03-10",
            "note": "The neighbour has a key",
            "changed_at": "2026-03-10T10:00:00+00:00",
        }
    ]

    before = _everything(folders.person.db)
    preview = operations.preview_progress_file(folders.person.db, path)
    assert _everything(folders.person.db) == before  # a preview changes nothing
    assert preview.helper_name == "Mum"
    (change,) = preview.changes
    assert change.applies and change.title == "Arrange care for the cat"
    assert (change.done_before, change.done_after) == (None, date(2026, 3, 10))
    merge_id = progress.apply_merge(folders.person.db, preview, T0 + timedelta(hours=3))
    task = checklist.get_item(folders.person.db, folders.cat.id)
    assert task.done_on == date(2026, 3, 10) and task.helper_note == "The neighbour has a key"
    assert task.changed_at == "2026-03-10T10:00:00+00:00"
    (listed,) = progress.list_merges(folders.person.db)
    assert listed.id == merge_id and listed.helper_name == "Mum" and not listed.undone
    assert listed.changes[0].note_after == "The neighbour has a key"
    # the same file again changes nothing more
    again = operations.preview_progress_file(folders.person.db, path)
    assert [c.reason for c in again.changes] == ["unchanged"]
    assert progress.apply_merge(folders.person.db, again, T0 + timedelta(hours=3)) == 0

    undone = progress.undo_merge(folders.person.db, merge_id)
    assert undone.restored == ("Arrange care for the cat",) and undone.not_undone == ()
    assert (
        _everything(folders.person.db)["tables"]["checklist_items"]
        == (before["tables"]["checklist_items"])
    )
    assert progress.list_merges(folders.person.db)[0].undone
    with pytest.raises(InvalidInputError):
        progress.undo_merge(folders.person.db, merge_id)


def test_a_helper_changes_only_their_own_tasks(folders):
    folders.share(T0)
    folders.open_share(T0)
    db = folders.helper.db
    with pytest.raises(NotMyTaskError) as refused:
        share.change_my_task(db, folders.cat.id, done=True, note="", now=T0)
    assert refused.value.reason == "no-helper-chosen"
    with pytest.raises(NotMyTaskError):
        operations.write_progress(db, folders.tmp / "p.prepprogress", T0)
    with pytest.raises(InvalidInputError) as unknown:
        share.choose_me(db, 999)
    assert unknown.value.reason == "unknown-choice"
    share.choose_me(db, folders.mum.id)
    for other in (folders.bills.id, folders.bag.id, 999):
        with pytest.raises(NotMyTaskError) as refused:
            share.change_my_task(db, other, done=True, note="", now=T0)
        assert refused.value.reason == "not-my-task"
    with pytest.raises(InvalidInputError) as long:
        share.change_my_task(db, folders.cat.id, done=False, note="x" * 1001, now=T0)
    assert long.value.reason == "too-long"
    # back as the share had it: nothing to send
    share.change_my_task(db, folders.cat.id, done=True, note="", now=T0)
    share.change_my_task(db, folders.cat.id, done=False, note="", now=T0)
    assert operations.write_progress(db, folders.tmp / "p.prepprogress", T0) == 0


def test_no_plan_opened(folders):
    assert share.opened(folders.helper.db) is None
    with pytest.raises(NotMyTaskError) as refused:
        share.choose_me(folders.helper.db, 1)
    assert refused.value.reason == "no-shared-plan"


def test_a_later_change_by_the_person_wins_over_the_helper(folders):
    folders.share(T0)
    folders.open_share(T0)
    share.choose_me(folders.helper.db, folders.mum.id)
    share.change_my_task(
        folders.helper.db, folders.cat.id, done=True, note="Done", now=T0 + timedelta(hours=1)
    )
    path = folders.send_progress(T0 + timedelta(hours=1))
    # the person edits the task after the helper ticked it
    checklist.save_item(
        folders.person.db,
        folders.cat.id,
        category="home",
        title="Cat to the neighbour's",
        assignee_id=folders.mum.id,
        at=T0 + timedelta(hours=2),
    )
    before = _everything(folders.person.db)
    preview = operations.preview_progress_file(folders.person.db, path)
    (change,) = preview.changes
    assert not change.applies and change.reason == "older"
    assert change.title == "Cat to the neighbour's"
    assert progress.apply_merge(folders.person.db, preview, T0 + timedelta(hours=3)) == 0
    assert _everything(folders.person.db) == before


def test_changes_to_others_tasks_or_deleted_tasks_are_skipped(folders):
    folders.share(T0)
    folders.open_share(T0)
    share.choose_me(folders.helper.db, folders.mum.id)
    share.change_my_task(
        folders.helper.db, folders.cat.id, done=True, note="", now=T0 + timedelta(hours=1)
    )
    path = folders.send_progress(T0 + timedelta(hours=1))
    document = json.loads(path.read_text("utf-8"))
    forged = dict(document["changes"][0], task_id=folders.bills.id)
    gone = dict(document["changes"][0], task_id=12345)
    document["changes"] += [forged, gone]
    preview = progress.plan_merge(folders.person.db, document)
    assert [(c.applies, c.reason) for c in preview.changes] == [
        (True, ""),
        (False, "not-theirs"),
        (False, "unknown-task"),
    ]
    # the person deletes the task before merging: the merge deletes nothing, adds nothing
    removed = checklist.delete_item(folders.person.db, folders.cat.id)
    assert progress.apply_merge(folders.person.db, preview, T0 + timedelta(hours=2)) == 0
    assert checklist.get_item(folders.person.db, folders.cat.id) is None
    assert len(checklist.list_items(folders.person.db)) == 2
    checklist.restore_item(folders.person.db, removed)


def test_undo_leaves_a_task_changed_again_since(folders):
    folders.share(T0)
    folders.open_share(T0)
    share.choose_me(folders.helper.db, folders.mum.id)
    share.change_my_task(
        folders.helper.db, folders.cat.id, done=True, note="Done", now=T0 + timedelta(hours=1)
    )
    path = folders.send_progress(T0 + timedelta(hours=1))
    preview = operations.preview_progress_file(folders.person.db, path)
    merge_id = progress.apply_merge(folders.person.db, preview, T0 + timedelta(hours=2))
    checklist.set_done(
        folders.person.db, folders.cat.id, False, T0.date(), at=T0 + timedelta(hours=3)
    )
    outcome = progress.undo_merge(folders.person.db, merge_id)
    assert outcome.restored == () and outcome.not_undone == ("Arrange care for the cat",)
    task = checklist.get_item(folders.person.db, folders.cat.id)
    assert task.done_on is None and task.helper_note == "Done"


def test_a_newer_share_keeps_the_helpers_later_changes(folders):
    folders.share(T0)
    folders.open_share(T0)
    db = folders.helper.db
    share.choose_me(db, folders.mum.id)
    pack = checklist.save_item(
        folders.person.db,
        folders.bag.id,
        category="home",
        title="Pack a bag",
        assignee_id=folders.mum.id,
        at=T0,
    )
    folders.share(T0 + timedelta(minutes=1))
    assert folders.open_share(T0 + timedelta(minutes=2)).kind == "newer"
    share.change_my_task(db, folders.cat.id, done=True, note="Cat", now=T0 + timedelta(hours=1))
    share.change_my_task(db, pack.id, done=True, note="Bag", now=T0 + timedelta(hours=1))
    # meanwhile the person changes the bag task later, and shares again
    checklist.set_done(folders.person.db, pack.id, True, T0.date(), at=T0 + timedelta(hours=2))
    folders.share(T0 + timedelta(hours=2))
    outcome = folders.open_share(T0 + timedelta(hours=3))
    assert outcome.kind == "newer" and not outcome.needs_me
    assert outcome.kept == 1
    assert [(s.task_id, s.note) for s in outcome.superseded] == [(pack.id, "Bag")]
    tasks = {task.id: task for task in share.opened(db).tasks}
    assert tasks[folders.cat.id].helper_note == "Cat"
    assert tasks[pack.id].helper_note == "" and tasks[pack.id].done
    progress_doc = share.progress_document(db, T0 + timedelta(hours=3))
    assert [c["task_id"] for c in progress_doc["changes"]] == [folders.cat.id]


def test_a_merged_change_comes_back_in_the_next_share_without_a_conflict(folders):
    assert not progress.any_merge(folders.person.db)
    folders.share(T0)
    folders.open_share(T0)
    share.choose_me(folders.helper.db, folders.mum.id)
    share.change_my_task(
        folders.helper.db, folders.cat.id, done=True, note="Done", now=T0 + timedelta(hours=1)
    )
    path = folders.send_progress(T0 + timedelta(hours=1))
    preview = operations.preview_progress_file(folders.person.db, path)
    progress.apply_merge(folders.person.db, preview, T0 + timedelta(hours=2))
    assert progress.any_merge(folders.person.db)  # Undo a merge has something to list
    folders.share(T0 + timedelta(hours=2))
    outcome = folders.open_share(T0 + timedelta(hours=3))
    assert outcome.kept == 0 and outcome.superseded == ()
    assert share.progress_document(folders.helper.db, T0)["changes"] == []
    assert share.opened(folders.helper.db).tasks[0].helper_note == "Done"


def test_a_stale_share_is_refused_and_changes_nothing(folders):
    folders.share(T0)
    old = folders.tmp / "plan-1.prepshare"
    folders.share(T0 + timedelta(hours=1))
    folders.open_share(T0 + timedelta(hours=2))
    share.choose_me(folders.helper.db, folders.mum.id)
    before = _everything(folders.helper.db)
    with pytest.raises(StaleShareError) as refused:
        operations.open_share_file(folders.helper.db, old, T0 + timedelta(hours=3))
    assert refused.value.reason == "stale-share"
    assert _everything(folders.helper.db) == before
    # the same share again is fine
    assert folders.open_share(T0 + timedelta(hours=4)).kind == "same"


def test_another_plan_is_refused_unless_replacing(folders, tmp_path):
    folders.share(T0)
    folders.open_share(T0)
    share.choose_me(folders.helper.db, folders.mum.id)
    share.change_my_task(folders.helper.db, folders.cat.id, done=True, note="", now=T0)
    other = storage.open(tmp_path / "other", clock=FakeClock(T0))
    try:
        people.save_person(other.db, None, name="Lee", phone="555 0199", shared=True)
        path = tmp_path / "other.prepshare"
        operations.write_share(other.db, path, T0 + timedelta(hours=1))
        before = _everything(folders.helper.db)
        with pytest.raises(OtherPlanError) as refused:
            operations.open_share_file(folders.helper.db, path, T0)
        assert refused.value.reason == "other-plan"
        assert _everything(folders.helper.db) == before
        outcome = operations.open_share_file(folders.helper.db, path, T0, replace=True)
        assert outcome.kind == "replaced" and outcome.needs_me
        assert [p.name for p in outcome.plan.people] == ["Lee"]
        assert folders.helper.db.table("shared_task_changes").count == 0

        # a progress file for the person's plan, read by another plan, is refused too
        progress_path = tmp_path / "mum.prepprogress"
        progress_path.write_text(
            json.dumps(
                {
                    "format": "prep-companion-progress",
                    "version": 1,
                    "plan_id": "f" * 32,
                    "helper": {"id": 1, "name": "Mum"},
                    "written_at": "2026-03-10T12:00:00+00:00",
                    "changes": [],
                }
            ),
            "utf-8",
        )
        before = _everything(other.db)
        with pytest.raises(OtherPlanError) as refused:
            operations.preview_progress_file(other.db, progress_path)
        assert refused.value.reason == "other-plan"
        assert _everything(other.db) == before
    finally:
        other.close()
    fresh = storage.open(tmp_path / "fresh", clock=FakeClock(T0))
    try:
        with pytest.raises(OtherPlanError) as refused:
            operations.preview_progress_file(fresh.db, progress_path)
        assert refused.value.reason == "never-shared"
    finally:
        fresh.close()


def test_a_malformed_share_or_progress_changes_nothing(folders):
    folders.share(T0)
    folders.open_share(T0)
    share.choose_me(folders.helper.db, folders.mum.id)
    bad = folders.tmp / "bad.prepshare"
    bad.write_text('{"format": "prep-companion-share", "version": 1}', "utf-8")
    before = _everything(folders.helper.db)
    with pytest.raises(share.ShareFileRefused) as refused:
        operations.open_share_file(folders.helper.db, bad, T0)
    assert {p.where for p in refused.value.problems} >= {"plan_id", "tasks", "people"}
    assert _everything(folders.helper.db) == before
    # a share is not progress, and progress is not a share
    before = _everything(folders.person.db)
    with pytest.raises(share.ShareFileRefused, match="not a helper's progress"):
        operations.preview_progress_file(folders.person.db, folders.tmp / "plan-1.prepshare")
    assert _everything(folders.person.db) == before


def test_an_imported_copy_that_cannot_be_read_is_no_plan(full_db):
    # fill_every_table stores a shared plan whose document is only a header
    assert share.opened(full_db) is None
