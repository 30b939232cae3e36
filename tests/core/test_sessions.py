"""Logged relaxation sessions: tension ratings, counts, minutes per day and per week."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.core.sessions import (
    average_tension_change,
    completed_count,
    log_session,
    minutes_per_day,
    practice_this_week,
)
from companion.core.validate import InvalidInputError

WEDNESDAY = date(2026, 11, 18)


def _rows(db) -> list[dict]:
    return list(db.table("exercise_sessions").rows_where(order_by="id"))


def _at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def test_the_test_day_is_a_wednesday():
    assert WEDNESDAY.weekday() == 2


def test_log_session_with_ratings(db):
    log_session(db, "box", datetime(2026, 11, 18, 9, 30, 45), 64, True, 7, 3)
    log_session(db, "paced", datetime(2026, 11, 18, 10, 0), 120.5, False)
    assert _rows(db) == [
        {
            "id": 1,
            "exercise": "box",
            "started_at": "2026-11-18T09:30",
            "seconds": 64.0,
            "completed": 1,
            "tension_before": 7,
            "tension_after": 3,
        },
        {
            "id": 2,
            "exercise": "paced",
            "started_at": "2026-11-18T10:00",
            "seconds": 120.5,
            "completed": 0,
            "tension_before": None,
            "tension_after": None,
        },
    ]


def test_the_ends_of_the_scale_are_allowed(db):
    log_session(db, "calm", _at(WEDNESDAY), 60, True, 0, 10)
    log_session(db, "calm", _at(WEDNESDAY), 60, True, 10, None)
    assert [(r["tension_before"], r["tension_after"]) for r in _rows(db)] == [(0, 10), (10, None)]


def test_negative_seconds_are_stored_as_zero(db):
    log_session(db, "calm", _at(WEDNESDAY), -5, False)
    assert _rows(db)[0]["seconds"] == 0.0


@pytest.mark.parametrize("bad", [True, False, 11, -1, 5.5, "5"])
@pytest.mark.parametrize("which", ["before", "after"])
def test_bad_ratings_are_refused_and_nothing_is_stored(db, bad, which):
    ratings = {"tension_before": 5, "tension_after": 5, f"tension_{which}": bad}
    with pytest.raises(InvalidInputError) as caught:
        log_session(db, "box", _at(WEDNESDAY), 64, True, **ratings)
    assert caught.value.field == f"tension {which}"
    assert caught.value.reason == "out-of-range"
    assert _rows(db) == []


def test_completed_count_counts_only_finished_sessions(db):
    assert completed_count(db) == 0
    log_session(db, "box", _at(WEDNESDAY, 9), 64, True)
    log_session(db, "box", _at(WEDNESDAY, 10), 20, False)
    log_session(db, "grounding", _at(WEDNESDAY, 11), 90, True)
    assert completed_count(db) == 2


def test_minutes_per_day_gives_fourteen_days_oldest_first(db):
    log_session(db, "box", _at(WEDNESDAY, 8), 60, True)
    log_session(db, "calm", _at(WEDNESDAY, 20), 150, False)  # unfinished time counts too
    log_session(db, "paced", _at(WEDNESDAY - timedelta(days=13), 0, 0), 300, True)
    log_session(db, "paced", _at(WEDNESDAY - timedelta(days=3), 23, 59), 90, True)
    log_session(db, "paced", _at(WEDNESDAY - timedelta(days=14), 23, 59), 600, True)  # too old

    days = minutes_per_day(db, WEDNESDAY)

    assert len(days) == 14
    assert [day for day, _ in days] == [WEDNESDAY - timedelta(days=n) for n in range(13, -1, -1)]
    totals = dict(days)
    assert totals[WEDNESDAY] == pytest.approx(3.5)
    assert totals[WEDNESDAY - timedelta(days=13)] == pytest.approx(5.0)
    assert totals[WEDNESDAY - timedelta(days=3)] == pytest.approx(1.5)
    assert sum(totals.values()) == pytest.approx(10.0)


def test_minutes_per_day_with_no_sessions(db):
    days = minutes_per_day(db, WEDNESDAY)
    assert len(days) == 14
    assert days[-1] == (WEDNESDAY, 0.0)
    assert all(minutes == 0.0 for _, minutes in days)


def test_minutes_per_day_for_another_length(db):
    log_session(db, "box", _at(WEDNESDAY), 120, True)
    assert minutes_per_day(db, WEDNESDAY, days=1) == [(WEDNESDAY, 2.0)]


def test_practice_this_week_counts_from_monday(db):
    monday = WEDNESDAY - timedelta(days=2)
    sunday = monday - timedelta(days=1)
    log_session(db, "box", _at(monday, 0, 0), 120, True)
    log_session(db, "box", _at(WEDNESDAY, 22), 60, True)
    log_session(db, "box", _at(sunday, 23, 59), 600, True)  # last week
    log_session(db, "box", _at(WEDNESDAY + timedelta(days=1), 7), 600, True)  # not yet

    assert practice_this_week(db, WEDNESDAY).seconds == pytest.approx(180.0)
    assert practice_this_week(db, WEDNESDAY).sessions == 2


def test_practice_this_week_on_a_monday_and_a_sunday(db):
    monday = date(2026, 11, 16)
    log_session(db, "box", _at(monday - timedelta(days=1)), 300, True)  # Sunday
    log_session(db, "box", _at(monday), 60, True)
    assert practice_this_week(db, monday).seconds == pytest.approx(60.0)
    assert practice_this_week(db, monday - timedelta(days=1)).seconds == pytest.approx(300.0)
    assert practice_this_week(db, monday + timedelta(days=6)).seconds == pytest.approx(60.0)


def test_average_tension_change_with_no_rated_sessions(db):
    assert average_tension_change(db) is None
    log_session(db, "box", _at(WEDNESDAY), 60, True)
    log_session(db, "box", _at(WEDNESDAY), 60, True, 6, None)
    log_session(db, "box", _at(WEDNESDAY), 60, True, None, 2)
    assert average_tension_change(db) is None


def test_average_tension_change_is_the_mean_of_after_minus_before(db):
    log_session(db, "box", _at(WEDNESDAY), 60, True, 8, 3)  # -5
    log_session(db, "box", _at(WEDNESDAY), 60, False, 4, 4)  # 0
    log_session(db, "box", _at(WEDNESDAY), 60, True, 2, 4)  # +2
    log_session(db, "box", _at(WEDNESDAY), 60, True, 9, None)  # half-rated: ignored
    log_session(db, "box", _at(WEDNESDAY), 60, True, None, 0)  # half-rated: ignored
    change = average_tension_change(db)
    assert isinstance(change, float)
    assert change == pytest.approx(-1.0)


def test_average_tension_change_of_one_session(db):
    log_session(db, "calm", _at(WEDNESDAY), 60, True, 7, 4)
    assert average_tension_change(db) == -3.0
