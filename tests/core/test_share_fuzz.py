"""Fuzzing the share and progress files: whatever a file holds, checking it never raises,
a file is either opened (merged) or refused with its problems, and after a refusal the
data is exactly as it was (its export, compared whole).

Runs are derandomized (and use no example database), so every run tries the same inputs.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from companion.core import checklist, export, people, progress, share, share_checks, share_file
from companion.core.storage import migrations
from companion.core.storage.db import apply_pragmas

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["", "2026-03-10", "2026-02-30", "2026-03-10T10:00:00+00:00", "a" * 2000])
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _database() -> Database:
    database = Database(memory=True)
    apply_pragmas(database.conn)
    migrations.apply(database)
    return database


def _person(fill_everything) -> tuple[Database, dict[str, Any], dict[str, Any]]:
    """A person's full database, its share, and a helper's progress for it."""
    db = _database()
    fill_everything(db)
    document = share_file.share_document(db, T0)
    mum = next(p for p in people.list_people(db) if p.name == "Mum")
    task = next(t for t in document["tasks"] if t["assignee"] == mum.id)
    sent = {
        "format": share.PROGRESS_FORMAT,
        "version": 1,
        "plan_id": document["plan_id"],
        "helper": {"id": mum.id, "name": "Mum"},
        "written_at": "2026-03-11T09:00:00+00:00",
        "changes": [
            {
                "task_id": task["id"],
                "done_on": "2026-03-11",
                "note": "Done it",
                "changed_at": "2026-03-11T08:00:00+00:00",
            }
        ],
    }
    return db, document, sent


@pytest.fixture(scope="module")
def made():
    from tests.core.conftest import fill_every_table

    return _person(fill_every_table)


def _everything(db: Database) -> str:
    document = export.export_document(db, T0)
    del document["exported_at"]
    return json.dumps(document, sort_keys=True)


def _paths(value: Any, at: tuple = ()) -> list[tuple]:
    """Every place in a JSON value (the value itself, each key, each list item)."""
    found = [at]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*at, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*at, index))
    return found


def _mutate(document: Any, data: st.DataObject) -> Any:
    """The document with one to three random changes: a value replaced, a key removed or
    added, a list item doubled."""
    changed = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 3))):
        places = _paths(changed)
        at = data.draw(st.sampled_from(places))
        if not at:
            return data.draw(JSON)
        parent = changed
        for step in at[:-1]:
            parent = parent[step]
        last = at[-1]
        action = data.draw(st.sampled_from(["replace", "remove", "add", "double"]))
        if action == "replace":
            parent[last] = data.draw(JSON)
        elif action == "remove":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(st.text(max_size=8))] = data.draw(JSON)
        elif action == "double" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
    return changed


@FUZZ
@given(value=JSON)
def test_checking_anything_never_raises(value):
    for check in (share_checks.check_share, share_checks.check_progress):
        problems = check(value)
        assert problems and all(p.where and p.what for p in problems)


@FUZZ
@given(data=st.data())
def test_a_mutated_share_is_opened_whole_or_refused_changing_nothing(made, data):
    _, document, _ = made
    helper = _database()
    share.open_share(helper, document, T0)
    mine = next(t["id"] for t in document["tasks"] if t["assignee"] is not None)
    share.choose_me(helper, next(t["assignee"] for t in document["tasks"] if t["id"] == mine))
    share.change_my_task(helper, mine, done=True, note="Mine", now=T0 + timedelta(hours=1))
    before = _everything(helper)
    mutated = _mutate(document, data)
    try:
        outcome = share.open_share(helper, mutated, T0 + timedelta(hours=2), replace=True)
    except share.ShareFileRefused as refused:
        assert refused.problems
        assert _everything(helper) == before
    except (share.StaleShareError, share.OtherPlanError):
        assert _everything(helper) == before
    else:
        assert share_checks.check_share(mutated) == []
        assert outcome.plan == share.opened(helper)


@FUZZ
@given(data=st.data())
def test_a_mutated_progress_is_merged_or_refused_changing_nothing(made, data):
    person, _, sent = made
    before = _everything(person)
    mutated = _mutate(sent, data)
    try:
        with person.atomic():  # undone after each example: every one starts the same
            preview = progress.plan_merge(person, mutated)
            assert share_checks.check_progress(mutated) == []
            progress.apply_merge(person, preview, T0)
            for change in preview.applying:
                task = checklist.get_item(person, change.task_id)
                assert task is not None and task.helper_note == change.note_after
            raise _Rollback
    except _Rollback:
        pass
    except share.ShareFileRefused as refused:
        assert refused.problems
    except share.OtherPlanError:
        pass
    assert _everything(person) == before


class _Rollback(Exception):
    """Leaves the example's transaction without keeping what it did."""


@FUZZ
@given(data=st.binary(max_size=200))
def test_damaged_bytes_are_refused_only_with_problems(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "damaged.prepshare"
    path.write_bytes(data)
    with pytest.raises(share.ShareFileRefused) as refused:
        share_file.read_file(path, share.SHARE_FORMAT)
    assert refused.value.problems


@FUZZ
@given(cut=st.integers(min_value=0))
def test_a_cut_off_share_is_refused(made, tmp_path_factory, cut):
    _, document, _ = made
    encoded = share_file.encode(document)
    path = tmp_path_factory.mktemp("cut") / "cut.prepshare"
    path.write_bytes(encoded[: cut % (len(encoded) - 2)])
    with pytest.raises(share.ShareFileRefused):
        share_file.read_file(path, share.SHARE_FORMAT)
