"""Plan: the aftercare plan, medications and allergies. The people are in test_people.py,
appointments in test_plan_appointments.py."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from companion.core import plan
from companion.core.plan import AftercarePlan, Allergy, Medication
from companion.core.validate import InvalidInputError


def _rows(db: Database, table: str) -> list[dict]:
    return list(db.table(table).rows_where(order_by="id"))


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
