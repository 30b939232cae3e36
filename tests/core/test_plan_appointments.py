"""Plan: appointments, one-off and weekly; when they happen and which comes next."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from companion.core import plan
from companion.core.plan import Appointment
from companion.core.validate import InvalidInputError

WEEK = timedelta(days=7)
MONDAY = datetime(2026, 3, 2, 18, 0)


def _rows(db: Database) -> list[dict]:
    return list(db.table("appointments").rows_where(order_by="id"))


def _add(db: Database, title: str, starts_at: datetime | str, **fields) -> Appointment:
    return plan.save_appointment(
        db, None, kind=fields.pop("kind", "other"), title=title, starts_at=starts_at, **fields
    )


# --- storing ----------------------------------------------------------------------------------


def test_add_and_list_by_start_then_order_added(db):
    assert plan.list_appointments(db) == []
    maya = plan.save_person(db, None, name="Maya")
    group = plan.save_appointment(
        db,
        None,
        kind="support-group",
        title="  Tuesday group ",
        starts_at="2026-03-03T19:00",
        minutes=90,
        place=" Church hall ",
        contact_id=maya.id,
        notes=" bring a friend ",
        weekly=True,
        until="2026-04-28",
    )
    assert group == Appointment(
        group.id,
        "support-group",
        "Tuesday group",
        datetime(2026, 3, 3, 19, 0),
        90,
        "Church hall",
        maya.id,
        "bring a friend",
        True,
        date(2026, 4, 28),
    )
    intake = _add(db, "Intake", datetime(2026, 3, 9, 9, 0, 45), kind="intake")
    assert intake == Appointment(intake.id, "intake", "Intake", datetime(2026, 3, 9, 9, 0))
    early = _add(db, "Pharmacy", "2026-03-01T08:30", kind="medication")
    same_time = _add(db, "Also", "2026-03-09T09:00")
    assert plan.list_appointments(db) == [early, group, intake, same_time]
    assert plan.get_appointment(db, group.id) == group
    assert plan.get_appointment(db, 9999) is None


def test_update_appointment(db):
    first = _add(db, "Intake", "2026-03-09T09:00", kind="intake", weekly=True, until="2026-04-01")
    changed = plan.save_appointment(
        db, first.id, kind="therapy", title="Therapy", starts_at="2026-03-10T15:00", minutes=50
    )
    assert changed == Appointment(
        first.id, "therapy", "Therapy", datetime(2026, 3, 10, 15), 50, revision=1
    )
    assert plan.list_appointments(db) == [changed]


def test_until_only_counts_for_weekly_ones(db):
    one_off = _add(db, "Intake", "2026-03-09T09:00", until="2026-03-01")  # even a bad one
    assert one_off.until is None and _rows(db)[0]["until"] is None
    ends_same_day = _add(db, "Group", "2026-03-09T09:00", weekly=True, until=date(2026, 3, 9))
    assert ends_same_day.until == date(2026, 3, 9)
    no_end = _add(db, "Group", "2026-03-09T09:00", weekly=True, until="")
    assert no_end.until is None


def test_shortest_and_longest_lengths_are_kept(db):
    assert _add(db, "Quick", MONDAY, minutes=5).minutes == 5
    assert _add(db, "All day", MONDAY, minutes=1440).minutes == 1440


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"starts_at": "2026-02-30T10:00"}, "start", "bad-date"),
        ({"starts_at": "tomorrow"}, "start", "bad-date"),
        ({"starts_at": ""}, "start", "required"),
        ({"minutes": 0}, "length", "out-of-range"),
        ({"minutes": 4}, "length", "out-of-range"),
        ({"minutes": 1441}, "length", "out-of-range"),
        ({"minutes": -60}, "length", "out-of-range"),
        ({"kind": "dentist"}, "kind", "unknown-choice"),
        ({"title": "  "}, "title", "required"),
        ({"title": "t" * 121}, "title", "too-long"),
        ({"place": "p" * 201}, "place", "too-long"),
        ({"notes": "n" * 2001}, "notes", "too-long"),
        ({"weekly": True, "until": "2026-03-08"}, "until", "before-start"),
        ({"weekly": True, "until": "2026-04-31"}, "until", "bad-date"),
        ({"contact_id": 9999}, "contact", "unknown-choice"),
    ],
)
def test_bad_appointment_is_refused_and_nothing_is_stored(db, fields, field, reason):
    kept = _add(db, "Kept", "2026-03-01T10:00")
    before = _rows(db)
    values = {"kind": "intake", "title": "Intake", "starts_at": "2026-03-09T09:00", **fields}
    for appointment_id in (None, kept.id):
        with pytest.raises(InvalidInputError) as refused:
            plan.save_appointment(db, appointment_id, **values)
        assert (refused.value.field, refused.value.reason) == (field, reason)
    assert _rows(db) == before


def test_changing_a_removed_appointment_is_refused(db):
    with pytest.raises(InvalidInputError) as missing:
        plan.save_appointment(db, 3, kind="intake", title="Intake", starts_at=MONDAY)
    assert (missing.value.field, missing.value.reason) == ("appointment", "missing")
    assert _rows(db) == []


def test_delete_and_restore_keeps_the_id(db):
    maya = plan.save_person(db, None, name="Maya")
    one = _add(db, "One", MONDAY, contact_id=maya.id, weekly=True, until="2026-05-01")
    two = _add(db, "Two", MONDAY + WEEK)
    assert plan.delete_appointment(db, one.id) == one
    assert plan.delete_appointment(db, one.id) is None
    assert plan.list_appointments(db) == [two]
    assert plan.restore_appointment(db, one) == one
    assert plan.list_appointments(db) == [one, two]


def test_restore_takes_a_new_id_if_its_own_is_taken_and_drops_a_removed_contact(db):
    maya = plan.save_person(db, None, name="Maya")
    one = _add(db, "One", MONDAY, contact_id=maya.id)
    plan.delete_appointment(db, one.id)
    plan.delete_person(db, maya.id)
    squatter = _add(db, "New", MONDAY + WEEK)
    assert squatter.id == one.id  # SQLite reuses the highest id
    back = plan.restore_appointment(db, one)
    assert back.id != one.id
    assert back == dataclasses.replace(one, id=back.id, contact_id=None)
    assert plan.list_appointments(db) == [back, squatter]


# --- when it happens --------------------------------------------------------------------------


def _appointment(start: datetime = MONDAY, **fields) -> Appointment:
    return Appointment(1, "support-group", "Group", start, **fields)


def test_occurrences_of_a_one_off():
    once = _appointment(minutes=60)
    assert plan.occurrences(once, MONDAY - WEEK, MONDAY + WEEK) == [MONDAY]
    assert plan.occurrences(once, MONDAY, MONDAY) == [MONDAY]  # both ends included
    assert plan.occurrences(once, MONDAY + timedelta(minutes=1), MONDAY + WEEK) == []
    assert plan.occurrences(once, MONDAY - WEEK, MONDAY - timedelta(minutes=1)) == []


def test_occurrences_of_a_weekly_one_without_an_end():
    weekly = _appointment(weekly=True)
    assert plan.occurrences(weekly, datetime(2026, 1, 1), datetime(2026, 3, 23, 18, 0)) == [
        MONDAY,
        MONDAY + WEEK,
        MONDAY + 2 * WEEK,
        MONDAY + 3 * WEEK,
    ]
    later = plan.occurrences(weekly, datetime(2027, 1, 1), datetime(2027, 1, 14))
    assert later == [datetime(2027, 1, 4, 18, 0), datetime(2027, 1, 11, 18, 0)]
    assert plan.occurrences(weekly, datetime(2026, 3, 3), datetime(2026, 3, 8)) == []


def test_occurrences_of_a_weekly_one_stop_after_its_last_day():
    weekly = _appointment(weekly=True, until=date(2026, 3, 16))
    assert plan.occurrences(weekly, datetime(2026, 1, 1), datetime(2027, 1, 1)) == [
        MONDAY,
        MONDAY + WEEK,
        MONDAY + 2 * WEEK,  # on the last day itself
    ]
    ends_midweek = _appointment(weekly=True, until=date(2026, 3, 12))
    assert plan.occurrences(ends_midweek, MONDAY, MONDAY + 10 * WEEK) == [MONDAY, MONDAY + WEEK]


def test_next_start_of_a_one_off():
    once = _appointment(minutes=60)
    assert plan.next_start(once, MONDAY - WEEK) == MONDAY
    assert plan.next_start(once, MONDAY) == MONDAY
    assert plan.next_start(once, MONDAY + timedelta(minutes=59)) == MONDAY  # still going on
    assert plan.next_start(once, MONDAY + timedelta(minutes=60)) is None  # just ended
    assert plan.next_start(once, MONDAY + WEEK) is None


def test_next_start_of_a_weekly_one():
    weekly = _appointment(minutes=90, weekly=True)
    assert plan.next_start(weekly, datetime(2026, 1, 1)) == MONDAY
    third = MONDAY + 2 * WEEK
    assert plan.next_start(weekly, third - timedelta(days=3)) == third
    assert plan.next_start(weekly, third + timedelta(minutes=89)) == third  # in progress
    assert plan.next_start(weekly, third + timedelta(minutes=90)) == third + WEEK
    assert plan.next_start(weekly, datetime(2030, 1, 1)) == datetime(2030, 1, 7, 18, 0)


def test_next_start_of_a_weekly_one_that_has_ended():
    weekly = _appointment(weekly=True, until=date(2026, 3, 9))
    assert plan.next_start(weekly, MONDAY + timedelta(days=1)) == MONDAY + WEEK
    assert plan.next_start(weekly, MONDAY + WEEK + timedelta(minutes=30)) == MONDAY + WEEK
    assert plan.next_start(weekly, MONDAY + WEEK + timedelta(hours=1)) is None
    assert plan.next_start(weekly, datetime(2027, 1, 1)) is None


def test_an_aware_now_is_read_as_wall_clock_time():
    once = _appointment(minutes=60)
    aware = datetime(2026, 3, 2, 18, 30, tzinfo=UTC)
    assert plan.next_start(once, aware) == MONDAY
    assert plan.occurrences(once, aware - WEEK, aware) == [MONDAY]


def test_upcoming_mixes_weekly_and_one_off_soonest_first(db):
    now = datetime(2026, 3, 10, 12, 0)
    _add(db, "Past", "2026-03-01T10:00")
    _add(db, "Ended group", MONDAY, weekly=True, until="2026-03-09")
    group = _add(db, "Group", MONDAY, weekly=True)  # next: Monday 16 March
    intake = _add(db, "Intake", "2026-03-12T09:00", kind="intake")
    going_on = _add(db, "Now", "2026-03-10T11:30", minutes=60)
    later = _add(db, "Later", "2026-04-01T09:00")
    soon_weekly = _add(db, "Pharmacy", "2026-03-04T08:00", weekly=True, until="2026-12-31")

    assert plan.upcoming(db, now) == [
        (datetime(2026, 3, 10, 11, 30), going_on),
        (datetime(2026, 3, 11, 8, 0), soon_weekly),
        (datetime(2026, 3, 12, 9, 0), intake),
        (datetime(2026, 3, 16, 18, 0), group),
        (datetime(2026, 4, 1, 9, 0), later),
    ]
    assert [a.title for _, a in plan.upcoming(db, now, limit=2)] == ["Now", "Pharmacy"]
    assert plan.upcoming(db, now, limit=0) == []
    assert plan.next_appointment(db, now) == (datetime(2026, 3, 10, 11, 30), going_on)
    assert plan.next_appointment(db, datetime(2026, 3, 10, 12, 30)) == (
        datetime(2026, 3, 11, 8, 0),
        soon_weekly,
    )


def test_nothing_upcoming(db):
    now = datetime(2026, 3, 10, 12, 0)
    assert plan.upcoming(db, now) == []
    assert plan.next_appointment(db, now) is None
    _add(db, "Past", "2026-03-01T10:00")
    assert plan.next_appointment(db, now) is None


_minutes = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)


@settings(max_examples=200, deadline=None)
@given(
    start=_minutes,
    minutes=st.integers(5, 1440),
    until_weeks=st.one_of(st.none(), st.integers(0, 60)),
    until_extra=st.integers(0, 6),
    first=_minutes,
    span=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)),
)
def test_weekly_occurrences_are_every_starts_a_week_apart_in_the_window(
    start, minutes, until_weeks, until_extra, first, span
):
    until = None
    if until_weeks is not None:
        until = start.date() + timedelta(days=7 * until_weeks + until_extra)
    weekly = _appointment(start, minutes=minutes, weekly=True, until=until)
    last = first + span
    found = plan.occurrences(weekly, first, last)

    # the same as counting week by week from the start
    expected = []
    moment = start
    while moment <= last and (until is None or moment.date() <= until):
        if moment >= first:
            expected.append(moment)
        moment += WEEK
    assert found == expected
    assert all(first <= m <= last for m in found)
    assert all(b - a == WEEK for a, b in pairwise(found))

    # the next start is the first one not over yet, counting week by week
    length = timedelta(minutes=minutes)
    moment = start
    while moment + length <= first:
        moment += WEEK
    expected_next = moment if until is None or moment.date() <= until else None
    assert plan.next_start(weekly, first) == expected_next
