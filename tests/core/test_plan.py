"""Plan: contacts (the same people as Prepare's helpers), the aftercare plan, medications
and allergies. Appointments are in test_plan_appointments.py."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlite_utils import Database

from companion.core import calls, checklist, helpers, plan
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem
from companion.core.plan import AftercarePlan, Allergy, Contact, Medication
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


# --- contacts ---------------------------------------------------------------------------------


def test_add_list_and_get_contacts(db):
    assert plan.list_contacts(db) == []
    zoe = plan.save_contact(
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
    assert zoe == Contact(
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
    bob = plan.save_contact(db, None, name="bob")
    assert bob == Contact(bob.id, "bob", role="family")
    alice = plan.save_contact(db, None, name="Alice", role="pharmacy", phone="01/234.567")
    assert plan.list_contacts(db) == [alice, bob, zoe]
    assert plan.list_contacts(db, role="family") == [bob]
    assert plan.list_contacts(db, role="peer") == []
    assert plan.get_contact(db, zoe.id) == zoe
    assert plan.get_contact(db, 9999) is None


def test_update_contact(db):
    sam = plan.save_contact(db, None, name="Sam", phone="0871", in_help=True)
    changed = plan.save_contact(
        db, sam.id, name="Samantha", role="peer", email="sam@example.com", in_help=False
    )
    assert changed == Contact(sam.id, "Samantha", role="peer", email="sam@example.com")
    assert plan.list_contacts(db) == [changed]


def test_updating_a_removed_contact_is_refused_and_adds_nothing(db):
    with pytest.raises(InvalidInputError) as missing:
        plan.save_contact(db, 42, name="Ana")
    assert (missing.value.field, missing.value.reason) == ("contact", "missing")
    assert plan.list_contacts(db) == []


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "   "}, "name", "required"),
        ({"name": "n" * 81}, "name", "too-long"),
        ({"role": "boss"}, "role", "unknown-choice"),
        ({"role": ""}, "role", "unknown-choice"),
        ({"relationship": "r" * 61}, "relationship", "too-long"),
        ({"phone": "call 555 0134"}, "phone", "not-a-phone"),
        ({"phone": "0871 23x"}, "phone", "not-a-phone"),
        ({"phone": "+ ( ) -"}, "phone", "not-a-phone"),
        ({"phone": "1" * 41}, "phone", "too-long"),
        ({"email": "sam.example.com"}, "email", "not-an-email"),
        ({"email": "sam@example"}, "email", "not-an-email"),
        ({"email": "sam @example.com"}, "email", "not-an-email"),
        ({"email": "@example.com"}, "email", "not-an-email"),
        ({"address": "a" * 301}, "address", "too-long"),
        ({"availability": "a" * 121}, "availability", "too-long"),
        ({"note": "x" * 501}, "note", "too-long"),
        ({"in_help": True}, "phone", "required"),
        ({"in_help": True, "phone": "   "}, "phone", "required"),
    ],
)
def test_bad_contact_is_refused_and_nothing_is_stored(db, fields, field, reason):
    sam = plan.save_contact(db, None, name="Sam", role="peer", phone="0871", note="kind")
    before = _rows(db, "helpers")
    values = {"name": "Alex", **fields}
    with pytest.raises(InvalidInputError) as refused:
        plan.save_contact(db, None, **values)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    with pytest.raises(InvalidInputError) as refused:
        plan.save_contact(db, sam.id, **values)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert _rows(db, "helpers") == before
    assert plan.list_contacts(db) == [sam]


def test_longest_allowed_contact_texts_are_kept(db):
    values = {
        "name": "n" * 80,
        "relationship": "r" * 60,
        "phone": "1" * 40,
        "address": "a" * 300,
        "availability": "v" * 120,
        "note": "x" * 500,
    }
    saved = plan.save_contact(db, None, **values)
    assert plan.get_contact(db, saved.id) == Contact(saved.id, **values)


def test_contacts_and_prepare_helpers_are_one_list(db):
    maya = plan.save_contact(
        db, None, name="Maya", role="peer", relationship="sponsor", phone="0871", note="evenings"
    )
    assert helpers.list_helpers(db) == [
        helpers.Helper(maya.id, "Maya", "sponsor", "0871", "evenings")
    ]
    sam = helpers.add_helper(db, "Sam", "brother", "0862")
    assert plan.list_contacts(db) == [maya, Contact(sam.id, "Sam", "family", "brother", "0862")]
    # Prepare's edit changes its own fields and leaves the Plan's alone
    maya = plan.save_contact(
        db, maya.id, name="Maya", role="peer", phone="0871", email="m@x.org", in_help=True
    )
    helpers.update_helper(db, maya.id, "Maya B", "sponsor", "0871 111", "mornings")
    assert plan.get_contact(db, maya.id) == Contact(
        maya.id, "Maya B", "peer", "sponsor", "0871 111", "m@x.org", note="mornings", in_help=True
    )


def _people_with_work(db: Database) -> tuple[Contact, Contact]:
    checklist.ensure_template(db, TEMPLATE)
    sam = plan.save_contact(db, None, name="Sam")
    alex = plan.save_contact(db, None, name="Alex")
    pets, bills = checklist.list_items(db)
    checklist.update_item(db, pets.id, title="Pets", category="home", assignee_id=sam.id)
    checklist.update_item(db, bills.id, title="Bills", category="home", assignee_id=alex.id)
    calls.add_call(db, "Clinic", datetime(2026, 3, 1, 10), "waitlist", caller_id=sam.id)
    for who in (sam, alex):
        plan.save_appointment(
            db,
            None,
            kind="therapy",
            title=f"With {who.name}",
            starts_at="2026-03-05T10:00",
            contact_id=who.id,
        )
    return sam, alex


def test_delete_contact_sends_tasks_back_to_me_and_clears_their_appointments(db):
    sam, alex = _people_with_work(db)
    plan.delete_contact(db, sam.id)

    assert plan.list_contacts(db) == [alex]
    assert [i.assignee_id for i in checklist.list_items(db)] == [None, alex.id]
    assert [c.caller_id for c in calls.list_calls(db)] == [None]
    assert [(a.title, a.contact_id) for a in plan.list_appointments(db)] == [
        ("With Sam", None),
        ("With Alex", alex.id),
    ]
    plan.delete_contact(db, 9999)  # already gone: nothing happens
    assert plan.list_contacts(db) == [alex]


def test_delete_contact_is_all_or_nothing(db):
    sam, _ = _people_with_work(db)
    before = [_rows(db, t) for t in ("helpers", "checklist_items", "appointments")]
    db.execute(
        "CREATE TRIGGER refuse BEFORE DELETE ON helpers BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="no"):
        plan.delete_contact(db, sam.id)
    assert [_rows(db, t) for t in ("helpers", "checklist_items", "appointments")] == before
    assert not db.conn.in_transaction


def test_help_contacts_are_the_chosen_ones_with_a_phone(db):
    assert plan.help_contacts(db) == []
    zed = plan.save_contact(db, None, name="zed", phone="1", in_help=True)
    plan.save_contact(db, None, name="Bea", phone="2")  # has a phone, not chosen
    amy = plan.save_contact(db, None, name="Amy", role="care-team", phone="3", in_help=True)
    assert plan.help_contacts(db) == [amy, zed]
    # Prepare can clear the phone; someone without a phone is never offered to call
    helpers.update_helper(db, zed.id, "zed")
    assert plan.help_contacts(db) == [amy]


# --- aftercare --------------------------------------------------------------------------------


def test_aftercare_starts_empty_and_round_trips(db):
    assert plan.get_aftercare(db) == AftercarePlan()
    saved = plan.save_aftercare(
        db,
        AftercarePlan(
            "outpatient", "  Stay with Maya.\nGo to the group on Tuesday.  ", " not sleeping ", ""
        ),
    )
    assert saved == AftercarePlan(
        "outpatient", "Stay with Maya.\nGo to the group on Tuesday.", "not sleeping", ""
    )
    assert plan.get_aftercare(db) == saved
    changed = plan.save_aftercare(db, AftercarePlan("sober-living", coping_steps="Ring Sam"))
    assert plan.get_aftercare(db) == changed == AftercarePlan("sober-living", "", "", "Ring Sam")
    assert len(_rows(db, "aftercare_plan")) == 1


def test_aftercare_longest_text_is_kept(db):
    text = "w" * plan.MAX_TEXT
    assert plan.save_aftercare(db, AftercarePlan(warning_signs=text)).warning_signs == text


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"next_step": "holiday"}, "next step", "unknown-choice"),
        ({"first_week": "x" * 5001}, "first week", "too-long"),
        ({"warning_signs": "x" * 5001}, "warning signs", "too-long"),
        ({"coping_steps": "x" * 5001}, "coping steps", "too-long"),
    ],
)
def test_bad_aftercare_is_refused_and_nothing_changes(db, fields, field, reason):
    kept = plan.save_aftercare(db, AftercarePlan("therapy", "first", "signs", "steps"))
    with pytest.raises(InvalidInputError) as refused:
        plan.save_aftercare(db, AftercarePlan(**{**vars(kept), **fields}))
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert plan.get_aftercare(db) == kept


def test_every_next_step_can_be_saved(db):
    for step in plan.NEXT_STEPS:
        saved = plan.save_aftercare(db, AftercarePlan(step))
        assert plan.get_aftercare(db) == saved == AftercarePlan(step)


# --- medications and allergies ----------------------------------------------------------------


def test_medications_add_update_delete(db):
    assert plan.list_medications(db) == []
    zop = plan.save_medication(db, None, name=" zopiclone ", purpose=" sleep ", notes=" 7.5 mg ")
    assert zop == Medication(zop.id, "zopiclone", "sleep", "7.5 mg")
    clon = plan.save_medication(db, None, name="Clonidine")
    assert plan.list_medications(db) == [clon, zop]
    changed = plan.save_medication(db, clon.id, name="Clonidine", purpose="withdrawal")
    assert plan.list_medications(db) == [changed, zop]
    assert changed == Medication(clon.id, "Clonidine", "withdrawal")
    plan.delete_medication(db, clon.id)
    plan.delete_medication(db, 9999)
    assert plan.list_medications(db) == [zop]


def test_allergies_add_update_delete(db):
    assert plan.list_allergies(db) == []
    pen = plan.save_allergy(db, None, name=" Penicillin ", reaction=" rash ")
    assert pen == Allergy(pen.id, "Penicillin", "rash")
    latex = plan.save_allergy(db, None, name="latex")
    assert plan.list_allergies(db) == [latex, pen]
    changed = plan.save_allergy(db, pen.id, name="Penicillin", reaction="hives")
    assert plan.list_allergies(db) == [latex, changed]
    plan.delete_allergy(db, latex.id)
    plan.delete_allergy(db, 9999)
    assert plan.list_allergies(db) == [changed]


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "n" * 121}, "name", "too-long"),
        ({"purpose": "p" * 501}, "purpose", "too-long"),
        ({"notes": "x" * 501}, "notes", "too-long"),
    ],
)
def test_bad_medication_is_refused_and_nothing_changes(db, fields, field, reason):
    kept = plan.save_medication(db, None, name="Clonidine")
    for medication_id in (None, kept.id):
        with pytest.raises(InvalidInputError) as refused:
            plan.save_medication(db, medication_id, **{"name": "Lofexidine", **fields})
        assert (refused.value.field, refused.value.reason) == (field, reason)
    assert plan.list_medications(db) == [kept]


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"name": "  "}, "name", "required"),
        ({"name": "n" * 121}, "name", "too-long"),
        ({"reaction": "r" * 501}, "reaction", "too-long"),
    ],
)
def test_bad_allergy_is_refused_and_nothing_changes(db, fields, field, reason):
    kept = plan.save_allergy(db, None, name="Latex")
    for allergy_id in (None, kept.id):
        with pytest.raises(InvalidInputError) as refused:
            plan.save_allergy(db, allergy_id, **{"name": "Nuts", **fields})
        assert (refused.value.field, refused.value.reason) == (field, reason)
    assert plan.list_allergies(db) == [kept]


def test_longest_medication_and_allergy_texts_are_kept(db):
    med = plan.save_medication(db, None, name="n" * 120, purpose="p" * 500, notes="x" * 500)
    assert plan.list_medications(db) == [med]
    allergy = plan.save_allergy(db, None, name="n" * 120, reaction="r" * 500)
    assert plan.list_allergies(db) == [allergy]


def test_changing_a_removed_medication_or_allergy_is_refused(db):
    with pytest.raises(InvalidInputError) as missing:
        plan.save_medication(db, 7, name="Clonidine")
    assert (missing.value.field, missing.value.reason) == ("medication", "missing")
    with pytest.raises(InvalidInputError) as missing:
        plan.save_allergy(db, 7, name="Latex")
    assert (missing.value.field, missing.value.reason) == ("allergy", "missing")
    assert plan.list_medications(db) == [] and plan.list_allergies(db) == []


def test_removed_contact_comes_back_with_their_tasks_calls_and_appointments(db):
    sam, _ = _people_with_work(db)
    before = [
        _rows(db, t) for t in ("helpers", "checklist_items", "facility_calls", "appointments")
    ]
    removed = plan.delete_contact(db, sam.id)
    assert removed is not None and removed.id == sam.id
    assert helpers.restore_helper(db, removed) == sam.id
    after = [_rows(db, t) for t in ("helpers", "checklist_items", "facility_calls", "appointments")]
    assert after == before
    assert plan.delete_contact(db, 9999) is None


def test_removed_medication_and_allergy_come_back_with_their_ids(db):
    zop = plan.save_medication(db, None, name="Zopiclone", purpose="sleep", notes="7.5 mg")
    pen = plan.save_allergy(db, None, name="Penicillin", reaction="rash")
    gone_medication = plan.delete_medication(db, zop.id)
    gone_allergy = plan.delete_allergy(db, pen.id)
    assert (gone_medication, gone_allergy) == (zop, pen)
    assert plan.list_medications(db) == [] and plan.list_allergies(db) == []
    assert plan.restore_medication(db, zop) == zop
    assert plan.restore_allergy(db, pen) == pen
    assert plan.list_medications(db) == [zop] and plan.list_allergies(db) == [pen]
    assert plan.delete_medication(db, 9999) is None and plan.delete_allergy(db, 9999) is None


def test_a_removed_medication_whose_id_was_taken_comes_back_under_a_new_one(db):
    zop = plan.save_medication(db, None, name="Zopiclone")
    plan.delete_medication(db, zop.id)
    newer = plan.save_medication(db, None, name="Clonidine")  # may reuse the old id
    back = plan.restore_medication(db, zop)
    assert back.name == "Zopiclone" and plan.list_medications(db) == sorted(
        [back, newer], key=lambda m: m.name
    )
    assert len({back.id, newer.id}) == 2
