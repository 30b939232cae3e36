"""Helpers: the people taking on preparation tasks, and what happens when one is removed."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlite_utils import Database

from companion.core import calls, checklist, helpers
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem
from companion.core.helpers import Helper
from companion.core.validate import InvalidInputError

TEMPLATE = ChecklistTemplate(
    1,
    (
        TemplateCategory(
            "home", "Home", (TemplateItem("pets", "Pets"), TemplateItem("bills", "Bills"))
        ),
    ),
)


def test_add_and_list_sorted_by_name_ignoring_case(db):
    assert helpers.list_helpers(db) == []
    zoe = helpers.add_helper(db, "  zoë  ", "  sister ", " 087 1 ", "  evenings ")
    assert zoe == Helper(zoe.id, "zoë", "sister", "087 1", "evenings")
    bob = helpers.add_helper(db, "bob")
    alice = helpers.add_helper(db, "Alice")
    carl = helpers.add_helper(db, "Carl")
    assert [h.name for h in helpers.list_helpers(db)] == ["Alice", "bob", "Carl", "zoë"]
    assert helpers.list_helpers(db) == [alice, bob, carl, zoe]
    assert helpers.get_helper(db, bob.id) == Helper(bob.id, "bob")
    assert helpers.get_helper(db, 9999) is None


def test_update(db):
    sam = helpers.add_helper(db, "Sam", "friend")
    changed = helpers.update_helper(db, sam.id, " Samantha ", "best friend", "0871", "drives")
    assert changed == Helper(sam.id, "Samantha", "best friend", "0871", "drives")
    assert helpers.get_helper(db, sam.id) == changed
    assert helpers.update_helper(db, sam.id, "Sam") == Helper(sam.id, "Sam")
    assert helpers.get_helper(db, sam.id) == Helper(sam.id, "Sam")


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "   "}, "name", "required"),
        ({"name": "n" * (helpers.MAX_NAME + 1)}, "name", "too-long"),
        ({"relationship": "r" * (helpers.MAX_RELATIONSHIP + 1)}, "relationship", "too-long"),
        ({"phone": "1" * (helpers.MAX_PHONE + 1)}, "phone", "too-long"),
        ({"note": "x" * (helpers.MAX_NOTE + 1)}, "note", "too-long"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(db, fields, field, reason):
    sam = helpers.add_helper(db, "Sam")
    values = {"name": "Alex", **fields}
    with pytest.raises(InvalidInputError) as refused:
        helpers.add_helper(db, **values)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    with pytest.raises(InvalidInputError) as refused:
        helpers.update_helper(db, sam.id, **values)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert helpers.list_helpers(db) == [sam]


def test_longest_allowed_name_is_kept(db):
    name = "n" * helpers.MAX_NAME
    assert helpers.add_helper(db, name).name == name


def _setup(db: Database) -> tuple[Helper, Helper, list[int], list[int]]:
    checklist.ensure_template(db, TEMPLATE)
    sam = helpers.add_helper(db, "Sam")
    alex = helpers.add_helper(db, "Alex")
    pets, bills = checklist.list_items(db)
    checklist.update_item(db, pets.id, title="Pets", category="home", assignee_id=sam.id)
    checklist.update_item(db, bills.id, title="Bills", category="home", assignee_id=alex.id)
    extra = checklist.add_item(db, "home", "Mail", assignee_id=sam.id)
    call_ids = [
        calls.add_call(db, "Clinic", datetime(2026, 3, 1, 10), "waitlist", caller_id=sam.id).id,
        calls.add_call(db, "Other", datetime(2026, 3, 2, 10), "waitlist", caller_id=alex.id).id,
        calls.add_call(db, "Third", datetime(2026, 3, 3, 10), "waitlist").id,
    ]
    return sam, alex, [pets.id, extra.id], call_ids


def test_task_count(db):
    sam, alex, _, _ = _setup(db)
    assert helpers.task_count(db, sam.id) == 2
    assert helpers.task_count(db, alex.id) == 1
    assert helpers.task_count(db, 9999) == 0


def test_delete_helper_sends_tasks_back_to_me_and_calls_to_nobody(db):
    sam, alex, sams_items, call_ids = _setup(db)
    helpers.delete_helper(db, sam.id)

    assert helpers.list_helpers(db) == [alex]
    assert helpers.task_count(db, sam.id) == 0
    for item_id in sams_items:
        assert checklist.get_item(db, item_id).assignee_id is None
    assert [i.assignee_id for i in checklist.list_items(db)] == [None, alex.id, None]
    assert sorted(i.id for i in checklist.list_items(db, assignee="me")) == sorted(sams_items)
    by_id = {c.id: c.caller_id for c in calls.list_calls(db)}
    assert by_id == {call_ids[0]: None, call_ids[1]: alex.id, call_ids[2]: None}


def test_delete_helper_is_all_or_nothing(db):
    sam, _, _, _ = _setup(db)
    before = (
        list(db.table("helpers").rows_where(order_by="id")),
        list(db.table("checklist_items").rows_where(order_by="id")),
        list(db.table("facility_calls").rows_where(order_by="id")),
    )
    # make the last step (removing the helper row) fail: the earlier updates must roll back
    db.execute(
        "CREATE TRIGGER refuse BEFORE DELETE ON helpers BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        helpers.delete_helper(db, sam.id)
    after = (
        list(db.table("helpers").rows_where(order_by="id")),
        list(db.table("checklist_items").rows_where(order_by="id")),
        list(db.table("facility_calls").rows_where(order_by="id")),
    )
    assert after == before
    assert helpers.task_count(db, sam.id) == 2
    assert not db.conn.in_transaction


def test_delete_unknown_helper_changes_nothing(db):
    sam, _, _, _ = _setup(db)
    before = list(db.table("checklist_items").rows_where(order_by="id"))
    helpers.delete_helper(db, 9999)
    assert list(db.table("checklist_items").rows_where(order_by="id")) == before
    assert helpers.get_helper(db, sam.id) is not None


def test_updating_a_removed_helper_is_refused(db):
    with pytest.raises(InvalidInputError) as missing:
        helpers.update_helper(db, 42, "Ana")
    assert missing.value.reason == "missing"


def _everything(db: Database) -> list[list[dict]]:
    return [
        list(db.table(table).rows_where(order_by="id"))
        for table in ("helpers", "checklist_items", "facility_calls", "appointments")
    ]


def test_restore_helper_puts_back_every_field_and_everything_that_was_theirs(db):
    sam, _, _, _ = _setup(db)
    db.table("helpers").update(sam.id, {"role": "peer", "email": "sam@example.org", "in_help": 1})
    appointment = db.table("appointments").insert(
        {
            "kind": "therapy",
            "title": "With Sam",
            "starts_at": "2026-03-05T10:00",
            "contact_id": sam.id,
        }
    )
    before = _everything(db)

    removed = helpers.delete_helper(db, sam.id)
    assert removed is not None and removed.name == "Sam"
    assert (len(removed.task_ids), len(removed.call_ids)) == (2, 1)
    assert removed.appointment_ids == (appointment.last_pk,)
    assert helpers.restore_helper(db, removed) == sam.id
    assert _everything(db) == before  # the same id, fields, tasks, call and appointment


def test_restore_helper_respects_what_changed_meanwhile(db):
    sam, alex, (pets_id, mail_id), _ = _setup(db)
    removed = helpers.delete_helper(db, sam.id)
    assert removed is not None
    checklist.update_item(db, pets_id, title="Pets", category="home", assignee_id=alex.id)
    checklist.delete_item(db, mail_id)
    newcomer = helpers.add_helper(db, "Newcomer")  # may be given Sam's old id

    back = helpers.restore_helper(db, removed)
    assert helpers.get_helper(db, back) == Helper(back, "Sam")
    assert helpers.get_helper(db, newcomer.id) == newcomer  # not overwritten
    assert checklist.get_item(db, pets_id).assignee_id == alex.id  # the later choice stays
    assert helpers.task_count(db, back) == 0


def test_deleting_a_helper_that_is_not_there_returns_nothing(db):
    assert helpers.delete_helper(db, 9999) is None


def test_restore_helper_is_all_or_nothing(db):
    sam, _, _, _ = _setup(db)
    removed = helpers.delete_helper(db, sam.id)
    assert removed is not None
    before = _everything(db)
    db.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON facility_calls BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        helpers.restore_helper(db, removed)
    assert _everything(db) == before
    assert not db.conn.in_transaction
