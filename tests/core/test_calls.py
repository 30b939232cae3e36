"""The call log: calls to programs, their outcomes, and the call-backs still to make."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from sqlite_utils import Database

from companion.core import calls, people
from companion.core.calls import FacilityCall
from companion.core.validate import InvalidInputError


def _rows(db: Database) -> list[dict]:
    return list(db.table("facility_calls").rows_where(order_by="id"))


def test_add_and_list_newest_first(db):
    sam = people.save_person(db, None, name="Sam")
    first = calls.save_call(
        db,
        None,
        "  Riverside Clinic ",
        "2026-03-01T09:30",
        "waitlist",
        phone=" 01 234 ",
        caller_id=sam.id,
        notes=" ring Monday ",
    )
    assert first == FacilityCall(
        first.id,
        "Riverside Clinic",
        "01 234",
        datetime(2026, 3, 1, 9, 30),
        sam.id,
        "waitlist",
        None,
        "ring Monday",
    )
    third = calls.save_call(db, None, "Hilltop", datetime(2026, 3, 3, 8, 0), "bed-available")
    second = calls.save_call(
        db,
        None,
        "Bayview",
        datetime(2026, 3, 2, 17, 45),
        "call-back",
        callback_at="2026-03-04T10:00",
    )
    assert second.callback_at == datetime(2026, 3, 4, 10, 0)
    assert calls.list_calls(db) == [third, second, first]

    same_minute = calls.save_call(db, None, "Late", datetime(2026, 3, 3, 8, 0), "not-suitable")
    assert calls.list_calls(db)[:2] == [same_minute, third]  # same time: the later entry first


def test_seconds_are_dropped(db):
    call = calls.save_call(
        db,
        None,
        "Clinic",
        datetime(2026, 3, 1, 9, 30, 59, 123456),
        "call-back",
        callback_at="2026-03-02T11:15:42",
    )
    assert call.called_at == datetime(2026, 3, 1, 9, 30)
    assert call.callback_at == datetime(2026, 3, 2, 11, 15)
    (row,) = _rows(db)
    assert (row["called_at"], row["callback_at"]) == ("2026-03-01T09:30", "2026-03-02T11:15")
    assert calls.list_calls(db) == [call]


def test_update(db):
    call = calls.save_call(
        db, None, "Clinic", "2026-03-01T09:30", "call-back", callback_at="2026-03-02"
    )
    changed = calls.save_call(
        db, call.id, "Clinic North", "2026-03-01T09:45", "waitlist", phone="555", notes="n"
    )
    assert changed == FacilityCall(
        call.id, "Clinic North", "555", datetime(2026, 3, 1, 9, 45), None, "waitlist", None, "n"
    )
    assert calls.list_calls(db) == [changed]


def test_delete_and_restore(db):
    sam = people.save_person(db, None, name="Sam")
    a = calls.save_call(db, None, "A", "2026-03-01T09:00", "waitlist")
    b = calls.save_call(
        db,
        None,
        "B",
        "2026-03-02T09:00",
        "call-back",
        caller_id=sam.id,
        callback_at="2026-03-05T14:00",
        notes="ask for Pat",
    )
    c = calls.save_call(db, None, "C", "2026-03-03T09:00", "bed-available")
    before = _rows(db)

    gone = calls.delete_call(db, b.id)
    assert gone == b
    assert calls.list_calls(db) == [c, a]
    assert calls.delete_call(db, b.id) is None

    calls.restore_call(db, gone)
    assert _rows(db) == before
    assert calls.list_calls(db) == [c, b, a]


def test_restore_when_the_id_was_reused_gets_a_new_id(db):
    calls.save_call(db, None, "A", "2026-03-01T09:00", "waitlist")
    b = calls.save_call(db, None, "B", "2026-03-02T09:00", "waitlist")
    gone = calls.delete_call(db, b.id)
    newcomer = calls.save_call(db, None, "New", "2026-03-04T09:00", "waitlist")
    assert newcomer.id == b.id  # SQLite hands out max(id) + 1 again

    calls.restore_call(db, gone)
    listed = calls.list_calls(db)
    assert len(listed) == 3
    assert newcomer in listed
    (restored,) = [call for call in listed if call.facility == "B"]
    assert restored.id != b.id
    assert restored == dataclasses.replace(b, id=restored.id)


def test_restore_when_the_caller_was_deleted_meanwhile(db):
    sam = people.save_person(db, None, name="Sam")
    call = calls.save_call(db, None, "A", "2026-03-01T09:00", "waitlist", caller_id=sam.id)
    gone = calls.delete_call(db, call.id)
    people.delete_person(db, sam.id)

    calls.restore_call(db, gone)
    assert calls.list_calls(db) == [dataclasses.replace(call, caller_id=None)]


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"outcome": "maybe"}, "outcome", "unknown-choice"),
        ({"outcome": ""}, "outcome", "unknown-choice"),
        ({"facility": ""}, "facility", "required"),
        ({"facility": "   "}, "facility", "required"),
        ({"facility": "f" * (calls.MAX_FACILITY + 1)}, "facility", "too-long"),
        ({"phone": "1" * (calls.MAX_PHONE + 1)}, "phone", "too-long"),
        ({"notes": "n" * (calls.MAX_NOTES + 1)}, "notes", "too-long"),
        ({"called_at": "2026-13-01T10:00"}, "time called", "bad-date"),
        ({"called_at": "2026-02-30T10:00"}, "time called", "bad-date"),
        ({"called_at": "2026-03-01T25:00"}, "time called", "bad-date"),
        ({"called_at": "yesterday"}, "time called", "bad-date"),
        ({"called_at": ""}, "time called", "required"),
        ({"called_at": None}, "time called", "required"),
        ({"callback_at": "2026-02-29T10:00"}, "call-back time", "bad-date"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(db, change, field, reason):
    kept = calls.save_call(db, None, "Kept", "2026-03-01T09:00", "waitlist")
    before = _rows(db)
    values = {
        "facility": "Clinic",
        "called_at": "2026-03-02T10:00",
        "outcome": "call-back",
        "callback_at": "2026-03-03T10:00",
        **change,
    }
    with pytest.raises(InvalidInputError) as refused:
        calls.save_call(db, None, **values)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    with pytest.raises(InvalidInputError) as refused:
        calls.save_call(db, kept.id, **values)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert _rows(db) == before


def test_every_outcome_is_accepted(db):
    for outcome in calls.OUTCOMES:
        back = "2026-03-02T09:00" if outcome == "call-back" else None
        added = calls.save_call(db, None, "Clinic", "2026-03-01T09:00", outcome, callback_at=back)
        assert added.outcome == outcome
    assert len(calls.list_calls(db)) == len(calls.OUTCOMES)


def test_a_call_back_needs_its_time_and_nothing_is_stored_without_it(db):
    kept = calls.save_call(db, None, "Kept", "2026-03-01T09:00", "waitlist")
    before = _rows(db)
    for save in (
        lambda: calls.save_call(db, None, "Clinic", "2026-03-01T09:00", "call-back"),
        lambda: calls.save_call(db, kept.id, "Kept", "2026-03-01T09:00", "call-back"),
    ):
        with pytest.raises(InvalidInputError) as refused:
            save()
        assert (refused.value.field, refused.value.reason) == ("call-back time", "required")
    assert _rows(db) == before
    # other outcomes may still carry a time to call again ("ring back next week")
    later = calls.save_call(
        db, None, "Oak", "2026-03-01T09:00", "waitlist", callback_at="2026-03-08T09:00"
    )
    assert later.callback_at is not None


def test_pending_callbacks_only_the_latest_call_per_program_counts(db):
    assert calls.pending_callbacks(db) == []
    assert calls.next_callback(db) is None

    # Riverside asked for a call back, then a later call (other spelling) settled it
    calls.save_call(
        db, None, "Riverside", "2026-03-01T09:00", "call-back", callback_at="2026-03-02T09:00"
    )
    calls.save_call(db, None, "  RIVERSIDE ", "2026-03-03T09:00", "waitlist")
    # Bayview: an older call-back replaced by a newer one
    calls.save_call(
        db, None, "Bayview", "2026-03-01T10:00", "call-back", callback_at="2026-03-03T08:00"
    )
    bay = calls.save_call(
        db, None, "bayview", "2026-03-02T10:00", "call-back", callback_at="2026-03-09T10:00"
    )
    # Hilltop: one call, call back soonest
    hill = calls.save_call(
        db, None, "Hilltop", "2026-03-04T10:00", "call-back", callback_at="2026-03-05T16:30"
    )
    # an old call without a call back does not hide a later one asking for it
    calls.save_call(db, None, "Oak House", "2026-02-20T10:00", "not-suitable")
    oak = calls.save_call(
        db, None, "Oak House", "2026-02-27T10:00", "waitlist", callback_at="2026-03-07T09:00"
    )

    assert calls.pending_callbacks(db) == [hill, oak, bay]
    assert calls.next_callback(db) == hill

    calls.save_call(db, None, "hilltop", "2026-03-05T16:35", "bed-available")
    assert calls.pending_callbacks(db) == [oak, bay]
    assert calls.next_callback(db) == oak


def test_pending_callbacks_follow_edits_and_deletes(db):
    first = calls.save_call(
        db, None, "Clinic", "2026-03-01T09:00", "call-back", callback_at="2026-03-02T09:00"
    )
    later = calls.save_call(db, None, "Clinic", "2026-03-02T09:00", "waitlist")
    assert calls.pending_callbacks(db) == []
    calls.delete_call(db, later.id)
    assert calls.pending_callbacks(db) == [first]
    calls.save_call(db, first.id, "Clinic", "2026-03-01T09:00", "bed-available")
    assert calls.next_callback(db) is None


def test_a_call_in_a_year_before_1000_can_be_read_back(db):
    # the year used to be stored as "999-...", which then broke loading the whole call log;
    # such a year is refused now (dates go from 1900), but one kept from before still loads
    with pytest.raises(InvalidInputError) as refused:
        calls.save_call(db, None, "Typo", "0999-01-01T10:00", "call-back", callback_at="0999-01-02")
    assert refused.value.reason == "date-range"
    db.execute(
        "INSERT INTO facility_calls (facility, called_at, outcome, callback_at) "
        "VALUES ('Typo', '0999-01-01T10:00', 'call-back', '0999-01-02T00:00')"
    )
    [early] = calls.list_calls(db)
    assert early.called_at == datetime(999, 1, 1, 10, 0)
    assert calls.next_callback(db) == early


def test_unknown_caller_and_missing_call_are_refused(db):
    with pytest.raises(InvalidInputError) as refused:
        calls.save_call(db, None, "Riverside", "2026-11-20T10:00", "waitlist", caller_id=999)
    assert refused.value.reason == "unknown-choice"
    assert calls.list_calls(db) == []
    with pytest.raises(InvalidInputError) as missing:
        calls.save_call(db, 42, "Riverside", "2026-11-20T10:00", "waitlist")
    assert missing.value.reason == "missing"
