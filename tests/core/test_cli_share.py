"""The command line's share and add-progress: the person's side of sharing with a helper,
round trip through a helper's own data folder, a preview that changes nothing, and a bad
file refused in one plain line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion import cli
from companion.core import checklist, operations, people, progress, share, storage
from companion.core.clock import FakeClock
from tests.core.test_share_merge import TEMPLATE

T0 = datetime(2026, 3, 10, 9, 0, 0, tzinfo=UTC)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _person(folder) -> int:
    store = storage.open(folder, clock=FakeClock(T0))
    try:
        checklist.ensure_template(store.db, TEMPLATE)
        mum = people.save_person(store.db, None, name="Mum", phone="555 0100", shared=True)
        cat = checklist.list_items(store.db)[0]
        checklist.save_item(
            store.db, cat.id, category="home", title=cat.title, assignee_id=mum.id, at=T0
        )
        return mum.id
    finally:
        store.close()


def test_share_and_add_progress_round_trip(tmp_path, capsys):
    person, helper_folder = tmp_path / "person", tmp_path / "helper"
    mum = _person(person)
    plan_file = tmp_path / "plan.prepshare"
    code, out, err = _run(capsys, "--data-dir", str(person), "share", "--output", str(plan_file))
    assert code == 0 and err == "" and "3 tasks" in out and plan_file.exists()

    helper = storage.open(helper_folder, clock=FakeClock(T0))
    try:
        operations.open_share_file(helper.db, plan_file, T0 + timedelta(minutes=5))
        share.choose_me(helper.db, mum)
        task = share.opened(helper.db).my_tasks()[0]
        share.change_my_task(
            helper.db, task.id, done=True, note="Neighbour has a key", now=T0 + timedelta(hours=1)
        )
        sent = tmp_path / "progress.prepprogress"
        operations.write_progress(helper.db, sent, T0 + timedelta(hours=2))
    finally:
        helper.close()

    code, out, _err = _run(
        capsys, "--data-dir", str(person), "add-progress", str(sent), "--dry-run"
    )
    assert code == 0
    assert "Arrange care for the cat: done on 2026-03-10, note: 'Neighbour has a key'" in out
    assert "1 change would be merged. Nothing was changed." in out
    store = storage.open(person)
    try:
        assert not checklist.list_items(store.db)[0].done and not progress.list_merges(store.db)
    finally:
        store.close()

    code, out, _err = _run(capsys, "--data-dir", str(person), "add-progress", str(sent))
    assert code == 0 and "Merged 1 change from Mum." in out and "Undo a merge" in out
    store = storage.open(person)
    try:
        item = checklist.list_items(store.db)[0]
        assert item.done and item.helper_note == "Neighbour has a key"
        assert len(progress.list_merges(store.db)) == 1
    finally:
        store.close()


def test_a_bad_progress_file_is_refused_in_one_line_changing_nothing(tmp_path, capsys):
    person = tmp_path / "person"
    _person(person)
    bad = tmp_path / "progress.prepprogress"
    bad.write_text('{"format": "prep-companion-progress", "version": 1}')
    code, out, err = _run(capsys, "--data-dir", str(person), "add-progress", str(bad))
    assert code == 1 and out == ""
    assert err.startswith("prep-companion: The file cannot be used") and "Traceback" not in err
    assert err.strip().endswith("Nothing was changed.")
    store = storage.open(person)
    try:
        assert not progress.list_merges(store.db)
    finally:
        store.close()


def test_share_into_a_missing_folder_is_refused(tmp_path, capsys):
    person = tmp_path / "person"
    _person(person)
    missing = tmp_path / "nowhere" / "plan.prepshare"
    code, _out, err = _run(capsys, "--data-dir", str(person), "share", "--output", str(missing))
    assert code == 1 and "does not exist" in err and not missing.parent.exists()
