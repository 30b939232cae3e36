"""People: the one model of the people on the person's side (Prepare's helpers and the
Plan's contacts are the same rows), its validation, and removing someone with undo."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlite_utils import Database

from companion.core import calls, checklist, people, plan, safety_plan
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem
from companion.core.people import Person
from companion.core.validate import InvalidInputError

TEMPLATE = ChecklistTemplate(
    1,
    (
        TemplateCategory(
            "home", "Home", (TemplateItem("pets", "Pets"), TemplateItem("bills", "Bills"))
        ),
    ),
)


def _rows(db: Database, table: str) -> list[dict]:
    return list(db.table(table).rows_where(order_by="id"))


def _add(db: Database, name: str, **fields: object) -> Person:
    return people.save_person(db, None, name=name, **fields)


# --- adding, listing, changing ------------------------------------------------------------


def test_add_list_and_get(db):
    assert people.list_people(db) == []
    zoe = people.save_person(
        db,
        None,
        name="  zoë ",
        role="counsellor",
        relationship=" my counsellor ",
        phone=" +1 (604) 555-0134 ",
        email=" zoe@clinic.example.org ",
        address=" 1 Main St ",
        availability=" weekdays 9-5 ",
        note=" ask for Zoë ",
        in_help=True,
    )
    assert zoe == Person(
        zoe.id,
        "zoë",
        "counsellor",
        "my counsellor",
        "+1 (604) 555-0134",
        "zoe@clinic.example.org",
        "1 Main St",
        "weekdays 9-5",
        "ask for Zoë",
        True,
    )
    bob = _add(db, "bob")
    assert bob == Person(bob.id, "bob", role="family")
    alice = _add(db, "Alice", role="pharmacy", phone="01/234.567")
    carl = _add(db, "Carl")
    assert [p.name for p in people.list_people(db)] == ["Alice", "bob", "Carl", "zoë"]
    assert people.list_people(db) == [alice, bob, carl, zoe]
    assert people.list_people(db, role="family") == [bob, carl]
    assert people.list_people(db, role="peer") == []
    assert people.get_person(db, zoe.id) == zoe
    assert people.get_person(db, 9999) is None


def test_a_change_keeps_the_fields_not_given(db):
    sam = _add(db, "Sam", relationship="friend", phone="0871", in_help=True)
    changed = people.save_person(
        db, sam.id, name="Samantha", role="peer", email="sam@example.com", in_help=False
    )
    assert changed == Person(
        sam.id,
        "Samantha",
        role="peer",
        relationship="friend",
        phone="0871",
        email="sam@example.com",
    )
    assert people.list_people(db) == [changed]
    # Prepare's People dialog gives only its own fields: the Plan's stay as they were
    again = people.save_person(
        db, sam.id, name=" Sam ", relationship="best friend", phone="0871 111", note="drives"
    )
    assert again == Person(
        sam.id, "Sam", "peer", "best friend", "0871 111", "sam@example.com", note="drives"
    )
    assert people.get_person(db, sam.id) == again
    # an empty text given is a change too
    assert people.save_person(db, sam.id, relationship="", note="").relationship == ""


def test_a_contact_can_be_marked_shared_with_helpers_and_keeps_it(db):
    sam = _add(db, "Sam")
    assert not sam.shared
    marked = people.save_person(db, sam.id, shared=True)
    assert marked.shared and people.get_person(db, sam.id) == marked
    # a form that does not show the tick (Prepare's People dialog) keeps it
    renamed = people.save_person(db, sam.id, name="Samuel", relationship="brother")
    assert renamed.shared
    assert people.save_person(db, None, name="Ana", shared=True).shared
    gone = people.delete_person(db, sam.id)
    assert gone is not None
    assert people.get_person(db, people.restore_person(db, gone)) == renamed
    assert not people.save_person(db, sam.id, shared=False).shared


def test_changing_someone_removed_is_refused_and_adds_nothing(db):
    with pytest.raises(InvalidInputError) as missing:
        people.save_person(db, 42, name="Ana")
    assert (missing.value.field, missing.value.reason) == ("person", "missing")
    assert people.list_people(db) == []


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "   "}, "name", "required"),
        ({"name": "n" * (people.MAX_NAME + 1)}, "name", "too-long"),
        ({"role": "boss"}, "role", "unknown-choice"),
        ({"role": ""}, "role", "unknown-choice"),
        ({"relationship": "r" * (people.MAX_RELATIONSHIP + 1)}, "relationship", "too-long"),
        ({"phone": "call 555 0134"}, "phone", "not-a-phone"),
        ({"phone": "0871 23x"}, "phone", "not-a-phone"),
        ({"phone": "+ ( ) -"}, "phone", "not-a-phone"),
        ({"phone": "1" * (people.MAX_PHONE + 1)}, "phone", "too-long"),
        ({"email": "sam.example.com"}, "email", "not-an-email"),
        ({"email": "sam@example"}, "email", "not-an-email"),
        ({"email": "sam @example.com"}, "email", "not-an-email"),
        ({"email": "@example.com"}, "email", "not-an-email"),
        ({"address": "a" * (people.MAX_ADDRESS + 1)}, "address", "too-long"),
        ({"availability": "a" * (people.MAX_AVAILABILITY + 1)}, "availability", "too-long"),
        ({"note": "x" * (people.MAX_NOTE + 1)}, "note", "too-long"),
        ({"in_help": True}, "phone", "required"),
        ({"in_help": True, "phone": "   "}, "phone", "required"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(db, fields, field, reason):
    sam = _add(db, "Sam", role="peer", phone="0871", note="kind")
    before = _rows(db, "helpers")
    values = {"name": "Alex", **fields}
    with pytest.raises(InvalidInputError) as refused:
        people.save_person(db, None, **values)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    with pytest.raises(InvalidInputError) as refused:  # Sam's phone taken away too
        people.save_person(db, sam.id, **{"phone": "", **values})
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert _rows(db, "helpers") == before
    assert people.list_people(db) == [sam]


def test_the_phone_is_checked_for_everyone_also_from_prepare(db):
    """Prepare's helpers once kept any text as a phone; now one check holds for all."""
    sam = _add(db, "Sam", relationship="brother")
    with pytest.raises(InvalidInputError) as refused:
        people.save_person(db, sam.id, name="Sam", relationship="brother", phone="ring him")
    assert (refused.value.field, refused.value.reason) == ("phone", "not-a-phone")
    with pytest.raises(InvalidInputError):
        _add(db, "Tom", relationship="friend", phone="tom's mobile")
    assert people.list_people(db) == [sam]


def test_longest_allowed_texts_are_kept(db):
    values = {
        "name": "n" * people.MAX_NAME,
        "relationship": "r" * people.MAX_RELATIONSHIP,
        "phone": "1" * people.MAX_PHONE,
        "email": "e" * (people.MAX_EMAIL - len("@example.org")) + "@example.org",
        "address": "a" * people.MAX_ADDRESS,
        "availability": "v" * people.MAX_AVAILABILITY,
        "note": "x" * people.MAX_NOTE,
    }
    saved = people.save_person(db, None, **values)
    assert people.get_person(db, saved.id) == Person(saved.id, **values)


def test_names_by_id(db):
    assert people.names(db) == {}
    sam, alex = _add(db, "Sam"), _add(db, "Alex")
    assert people.names(db) == {sam.id: "Sam", alex.id: "Alex"}


def test_help_people_are_the_chosen_ones_with_a_phone(db):
    assert people.help_people(db) == []
    zed = _add(db, "zed", phone="1", in_help=True)
    _add(db, "Bea", phone="2")  # has a phone, not chosen
    amy = _add(db, "Amy", role="care-team", phone="3", in_help=True)
    assert people.help_people(db) == [amy, zed]
    # Prepare can clear the phone; someone without a phone is never offered to call
    people.save_person(db, zed.id, name="zed", phone="")
    assert people.help_people(db) == [amy]


def test_plan_speaks_of_the_same_people(db):
    assert plan.save_person is people.save_person and plan.Person is people.Person
    maya = plan.save_person(db, None, name="Maya", role="peer", relationship="sponsor")
    assert plan.list_people(db) == people.list_people(db) == [maya]


# --- removing, and undo ---------------------------------------------------------------------


def _setup(db: Database) -> tuple[Person, Person, list[int], list[int]]:
    checklist.ensure_template(db, TEMPLATE)
    sam = _add(db, "Sam")
    alex = _add(db, "Alex")
    pets, bills = checklist.list_items(db)
    checklist.save_item(db, pets.id, title="Pets", category="home", assignee_id=sam.id)
    checklist.save_item(db, bills.id, title="Bills", category="home", assignee_id=alex.id)
    extra = checklist.save_item(db, None, category="home", title="Mail", assignee_id=sam.id)
    call_ids = [
        calls.save_call(
            db, None, "Clinic", datetime(2026, 3, 1, 10), "waitlist", caller_id=sam.id
        ).id,
        calls.save_call(
            db, None, "Other", datetime(2026, 3, 2, 10), "waitlist", caller_id=alex.id
        ).id,
        calls.save_call(db, None, "Third", datetime(2026, 3, 3, 10), "waitlist").id,
    ]
    for who in (sam, alex):
        plan.save_appointment(
            db,
            None,
            kind="therapy",
            title=f"With {who.name}",
            starts_at="2026-03-05T10:00",
            contact_id=who.id,
        )
    return sam, alex, [pets.id, extra.id], call_ids


def _everything(db: Database) -> list[list[dict]]:
    return [
        _rows(db, table)
        for table in ("helpers", "checklist_items", "facility_calls", "appointments")
    ]


def test_task_count(db):
    sam, alex, _, _ = _setup(db)
    assert people.task_count(db, sam.id) == 2
    assert people.task_count(db, alex.id) == 1
    assert people.task_count(db, 9999) == 0


def test_removing_someone_gives_their_tasks_back_and_clears_calls_and_appointments(db):
    sam, alex, sams_items, call_ids = _setup(db)
    people.delete_person(db, sam.id)

    assert people.list_people(db) == [alex]
    assert people.task_count(db, sam.id) == 0
    for item_id in sams_items:
        assert checklist.get_item(db, item_id).assignee_id is None
    assert [i.assignee_id for i in checklist.list_items(db)] == [None, alex.id, None]
    assert sorted(i.id for i in checklist.list_items(db, assignee="me")) == sorted(sams_items)
    by_id = {c.id: c.caller_id for c in calls.list_calls(db)}
    assert by_id == {call_ids[0]: None, call_ids[1]: alex.id, call_ids[2]: None}
    assert [(a.title, a.contact_id) for a in plan.list_appointments(db)] == [
        ("With Sam", None),
        ("With Alex", alex.id),
    ]


def test_removing_someone_is_all_or_nothing(db):
    sam, _, _, _ = _setup(db)
    before = _everything(db)
    # make the last step (removing the row) fail: the earlier updates must roll back
    db.execute(
        "CREATE TRIGGER refuse BEFORE DELETE ON helpers BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="no"):
        people.delete_person(db, sam.id)
    assert _everything(db) == before
    assert people.task_count(db, sam.id) == 2
    assert not db.conn.in_transaction


def test_removing_someone_not_there_changes_nothing_and_returns_nothing(db):
    sam, _, _, _ = _setup(db)
    before = _everything(db)
    assert people.delete_person(db, 9999) is None
    assert _everything(db) == before
    assert people.get_person(db, sam.id) is not None


def test_undo_puts_back_every_field_and_everything_that_was_theirs(db):
    sam, _, _, _ = _setup(db)
    db.table("helpers").update(sam.id, {"role": "peer", "email": "sam@example.org", "in_help": 1})
    before = _everything(db)

    removed = people.delete_person(db, sam.id)
    assert removed is not None and (removed.id, removed.name) == (sam.id, "Sam")
    assert (len(removed.task_ids), len(removed.call_ids), len(removed.appointment_ids)) == (2, 1, 1)
    assert people.restore_person(db, removed) == sam.id
    assert _everything(db) == before  # the same id, fields, tasks, call and appointment


def test_undo_respects_what_changed_meanwhile(db):
    sam, alex, (pets_id, mail_id), _ = _setup(db)
    removed = people.delete_person(db, sam.id)
    assert removed is not None
    checklist.save_item(db, pets_id, title="Pets", category="home", assignee_id=alex.id)
    checklist.delete_item(db, mail_id)
    newcomer = _add(db, "Newcomer")  # may be given Sam's old id

    back = people.restore_person(db, removed)
    assert people.get_person(db, back) == Person(back, "Sam")
    assert people.get_person(db, newcomer.id) == newcomer  # not overwritten
    assert checklist.get_item(db, pets_id).assignee_id == alex.id  # the later choice stays
    assert people.task_count(db, back) == 0


def test_undo_is_all_or_nothing(db):
    sam, _, _, _ = _setup(db)
    removed = people.delete_person(db, sam.id)
    assert removed is not None
    before = _everything(db)
    db.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON facility_calls BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        people.restore_person(db, removed)
    assert _everything(db) == before
    assert not db.conn.in_transaction


def test_exists_knows_who_is_stored_and_who_was_removed(db):
    ana = _add(db, "Ana")
    assert people.exists(db, ana.id)
    assert not people.exists(db, None)
    assert not people.exists(db, ana.id + 1)
    people.delete_person(db, ana.id)
    assert not people.exists(db, ana.id)


def test_undo_puts_someone_back_in_their_place_in_the_safety_plan(db):
    sam, alex, _, _ = _setup(db)
    plan = safety_plan.SafetyPlan(calming="Walk", helpers=(alex.id, sam.id))
    safety_plan.save_safety_plan(db, plan, datetime(2026, 3, 1, 9, 0))
    db.table("helpers").update(sam.id, {"knows_naloxone": 1})
    removed = people.delete_person(db, sam.id)
    assert removed is not None
    assert safety_plan.get_safety_plan(db).helpers == (alex.id,)
    back = people.restore_person(db, removed)
    assert safety_plan.get_safety_plan(db).helpers == (alex.id, back)
    assert db.execute("SELECT knows_naloxone FROM helpers WHERE id = ?", [back]).fetchone()[0]
