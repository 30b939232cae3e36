"""Practice summaries count every session, however short and whether finished or not; the
session length chosen on Breathe is a declared setting."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.core import exercises, settings
from companion.core.sessions import Practice, log_session, practice_per_day, practice_this_week

WEDNESDAY = date(2026, 11, 18)


def _at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0)


def test_a_short_session_counts(db):
    log_session(db, "box", _at(WEDNESDAY), 26, True)
    assert practice_this_week(db, WEDNESDAY) == Practice(sessions=1, seconds=26.0)
    assert practice_per_day(db, WEDNESDAY, 1) == [(WEDNESDAY, Practice(1, 26.0))]


def test_sessions_stopped_early_count_too(db):
    log_session(db, "box", _at(WEDNESDAY, 8), 10, False)
    log_session(db, "calm", _at(WEDNESDAY, 9), 300, True)
    assert practice_this_week(db, WEDNESDAY) == Practice(sessions=2, seconds=310.0)


def test_practice_per_day_gives_every_day_oldest_first(db):
    log_session(db, "box", _at(WEDNESDAY - timedelta(days=2)), 90, True)
    log_session(db, "box", _at(WEDNESDAY - timedelta(days=2), 20), 30, True)
    log_session(db, "box", _at(WEDNESDAY + timedelta(days=1)), 600, True)  # not yet
    days = practice_per_day(db, WEDNESDAY, 3)
    assert [day for day, _ in days] == [WEDNESDAY - timedelta(days=n) for n in (2, 1, 0)]
    assert [done for _, done in days] == [Practice(2, 120.0), Practice(), Practice()]


def test_no_practice_is_zero_sessions(db):
    assert practice_this_week(db, WEDNESDAY) == Practice(0, 0.0)


def test_the_breathe_length_is_declared_once_with_its_bounds():
    declared = settings.SETTINGS
    assert declared["breathe_length_in"].default == "exercise"
    assert set(declared["breathe_length_in"].choices) == {"exercise", "minutes", "breaths"}
    low, high = exercises.MINUTES
    assert declared["breathe_minutes"].choices == tuple(range(low, high + 1))
    assert declared["breathe_breaths"].choices == tuple(range(1, exercises.MAX_CYCLES + 1))


def test_the_breathe_length_is_stored_and_refused_outside_its_bounds(db):
    settings.set_setting(db, "breathe_length_in", "breaths")
    settings.set_setting(db, "breathe_breaths", 9)
    assert settings.get_setting(db, "breathe_length_in") == "breaths"
    assert settings.get_setting(db, "breathe_breaths") == 9
    for key, bad in (("breathe_minutes", 0), ("breathe_minutes", 31), ("breathe_breaths", 5.0)):
        with pytest.raises(settings.InvalidSettingError):
            settings.set_setting(db, key, bad)
    assert settings.get_setting(db, "breathe_minutes") == 5
