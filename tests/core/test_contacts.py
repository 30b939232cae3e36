"""The person's own numbers: add, list, edit, remove and put back."""

import pytest
from sqlite_utils import Database

from companion.core import contacts
from companion.core.contacts import (
    delete_own_number,
    list_own_numbers,
    restore_own_number,
    save_own_number,
)
from companion.core.validate import InvalidInputError


def _names(db: Database) -> list[str]:
    return [n.name for n in list_own_numbers(db)]


def test_empty_list(db):
    assert list_own_numbers(db) == []


def test_add_trims_and_lists_in_the_order_added(db):
    sam = save_own_number(
        db, None, name="  Sam (sponsor) ", number=" 07700 900123 ", note=" evenings "
    )
    save_own_number(db, None, name="Clinic", number="+44 20 7946 0000")
    assert (sam.name, sam.number, sam.note) == ("Sam (sponsor)", "07700 900123", "evenings")
    listed = list_own_numbers(db)
    assert [n.name for n in listed] == ["Sam (sponsor)", "Clinic"]
    assert listed[0].id == sam.id
    assert listed[1].note == ""


def test_update_changes_only_that_number(db):
    sam = save_own_number(db, None, name="Sam", number="111")
    clinic = save_own_number(db, None, name="Clinic", number="222")
    save_own_number(db, sam.id, name="Samira", number="333", note="new number")
    by_id = {n.id: n for n in list_own_numbers(db)}
    assert (by_id[sam.id].name, by_id[sam.id].number, by_id[sam.id].note) == (
        "Samira",
        "333",
        "new number",
    )
    assert (by_id[clinic.id].name, by_id[clinic.id].number) == ("Clinic", "222")
    assert _names(db) == ["Samira", "Clinic"]  # editing keeps its place


@pytest.mark.parametrize(
    ("name", "number", "note", "reason", "message"),
    [
        ("", "123", "", "no-name", "give the number a name"),
        ("   ", "123", "", "no-name", "give the number a name"),
        ("Sam", "", "", "no-number", "enter a phone number"),
        ("Sam", "call me", "", "no-digit", "at least one digit"),
        ("x" * (contacts.MAX_NAME + 1), "123", "", "too-long", "too long"),
        ("Sam", "1" * (contacts.MAX_NUMBER + 1), "", "too-long", "too long"),
        ("Sam", "123", "n" * (contacts.MAX_NOTE + 1), "too-long", "too long"),
    ],
)
def test_invalid_input_is_refused_with_a_reason_and_changes_nothing(
    db, name, number, note, reason, message
):
    kept = save_own_number(db, None, name="Kept", number="999", note="untouched")
    before = list_own_numbers(db)
    with pytest.raises(InvalidInputError, match=message) as added:
        save_own_number(db, None, name=name, number=number, note=note)
    assert added.value.reason == reason
    with pytest.raises(InvalidInputError, match=message):
        save_own_number(db, kept.id, name=name, number=number, note=note)
    assert list_own_numbers(db) == before


def test_longest_allowed_values_are_accepted(db):
    made = save_own_number(
        db,
        None,
        name="x" * contacts.MAX_NAME,
        number="1" * contacts.MAX_NUMBER,
        note="n" * contacts.MAX_NOTE,
    )
    assert list_own_numbers(db)[0].name == made.name


def test_delete_returns_the_number_and_removes_it(db):
    save_own_number(db, None, name="A", number="1")
    b = save_own_number(db, None, name="B", number="2")
    removed = delete_own_number(db, b.id)
    assert removed is not None
    assert (removed.id, removed.name, removed.number) == (b.id, "B", "2")
    assert _names(db) == ["A"]


def test_delete_of_a_missing_number_returns_none(db):
    save_own_number(db, None, name="A", number="1")
    assert delete_own_number(db, 12345) is None
    assert _names(db) == ["A"]


def test_restore_puts_it_back_in_its_original_place(db):
    for name in ("A", "B", "C"):
        save_own_number(db, None, name=name, number="1")
    b = next(n for n in list_own_numbers(db) if n.name == "B")
    removed = delete_own_number(db, b.id)
    assert _names(db) == ["A", "C"]
    restore_own_number(db, removed)
    assert _names(db) == ["A", "B", "C"]
    restored = next(n for n in list_own_numbers(db) if n.name == "B")
    assert (restored.number, restored.note) == (b.number, b.note)


def test_restore_keeps_its_place_after_others_were_removed_and_added(db):
    for name in ("A", "B", "C", "D"):
        save_own_number(db, None, name=name, number="1")
    numbers = {n.name: n for n in list_own_numbers(db)}
    removed_c = delete_own_number(db, numbers["C"].id)
    delete_own_number(db, numbers["A"].id)
    save_own_number(db, None, name="E", number="2")
    restore_own_number(db, removed_c)
    assert _names(db) == ["B", "C", "D", "E"]


def test_restore_after_adding_a_new_number_loses_nothing(db):
    save_own_number(db, None, name="A", number="1")
    b = save_own_number(db, None, name="B", number="2")
    removed = delete_own_number(db, b.id)
    new = save_own_number(db, None, name="New", number="3")
    assert new.id == b.id  # SQLite hands out the id that B just freed
    restored = restore_own_number(db, removed)
    assert restored.id != new.id
    assert _names(db) == ["A", "B", "New"]
    assert [(n.id, n.number) for n in list_own_numbers(db)] == [
        (list_own_numbers(db)[0].id, "1"),
        (restored.id, "2"),
        (new.id, "3"),
    ]


def test_restore_reuses_its_old_id_when_free(db):
    save_own_number(db, None, name="A", number="1")
    b = save_own_number(db, None, name="B", number="2")
    save_own_number(db, None, name="C", number="3")
    restored = restore_own_number(db, delete_own_number(db, b.id))
    assert restored.id == b.id
    assert [n.id for n in list_own_numbers(db) if n.name == "B"] == [b.id]


def test_restore_puts_back_exactly_what_was_removed_and_moves_no_one(db):
    for name in ("A", "B", "C"):
        save_own_number(db, None, name=name, number="1", note=f"note {name}")
    before = list_own_numbers(db)
    removed = delete_own_number(db, before[0].id)
    assert removed is not None
    assert restore_own_number(db, removed) == before[0]
    assert list_own_numbers(db) == before  # the same ids, fields and places


def test_save_adds_with_no_id_changes_with_one_and_refuses_a_missing_one(db):
    sam = save_own_number(db, None, name="Sam", number="111")
    jo = save_own_number(db, None, name="Jo", number="222")
    assert list_own_numbers(db) == [sam, jo]
    changed = save_own_number(db, sam.id, name="Samira", number="333")
    assert changed == contacts.OwnNumber(sam.id, "Samira", "333", "", sam.position)
    assert list_own_numbers(db) == [changed, jo]
    delete_own_number(db, jo.id)
    with pytest.raises(InvalidInputError) as caught:
        save_own_number(db, jo.id, name="Jo", number="444")
    assert caught.value.reason == "missing"
    assert list_own_numbers(db) == [changed]
