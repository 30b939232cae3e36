"""A helper's own check-in: one per helper per day, stored apart from the journal, refused
whole (nothing stored) when any part is wrong, and the trends the Helping page draws."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core import helper_checkins, journal, people
from companion.core.helper_checkins import MAX_NOTE, MAX_SELF_CARE, HelperCheckIn
from companion.core.validate import InvalidInputError

TODAY = date(2026, 12, 1)


def _helper(db, name="Ana"):
    return people.save_person(db, None, name=name).id


def _save(db, helper, day=TODAY, **parts):
    values = {"stress": None, "sleep_hours": None, "self_care": "", "note": ""}
    values.update(parts)
    return helper_checkins.save_check_in(db, helper, day, today=TODAY, **values)


def _rows(db):
    return list(db.query("SELECT * FROM helper_check_ins ORDER BY helper_id, day"))


def test_a_check_in_is_stored_trimmed_and_read_back(db):
    ana = _helper(db)
    saved = _save(
        db, ana, stress=6, sleep_hours=6.5, self_care="  a walk\nwith  the dog ", note=" tired "
    )
    assert saved == HelperCheckIn(ana, TODAY, 6, 6.5, "a walk with the dog", "tired")
    assert helper_checkins.get_check_in(db, ana, TODAY) == saved
    assert helper_checkins.get_check_in(db, ana, TODAY - timedelta(days=1)) is None


def test_a_second_save_the_same_day_replaces_the_first(db):
    ana = _helper(db)
    _save(db, ana, stress=8, note="first")
    _save(db, ana, stress=3, sleep_hours=7)
    assert len(_rows(db)) == 1
    assert helper_checkins.get_check_in(db, ana, TODAY) == HelperCheckIn(ana, TODAY, 3, 7.0)


def test_each_helper_has_their_own_day(db):
    ana, ben = _helper(db), _helper(db, "Ben")
    _save(db, ana, stress=2)
    _save(db, ben, stress=9)
    assert helper_checkins.get_check_in(db, ana, TODAY).stress == 2
    assert helper_checkins.get_check_in(db, ben, TODAY).stress == 9


def test_an_empty_check_in_removes_the_day(db):
    ana = _helper(db)
    _save(db, ana, stress=5)
    saved = _save(db, ana, self_care="   ")
    assert saved.is_empty
    assert helper_checkins.get_check_in(db, ana, TODAY) is None
    assert _rows(db) == []


def test_past_days_are_listed_in_order_and_can_be_removed(db):
    ana = _helper(db)
    for back in (5, 1, 3):
        _save(db, ana, TODAY - timedelta(days=back), stress=back)
    listed = helper_checkins.list_check_ins(db, ana, TODAY - timedelta(days=4), TODAY)
    assert [c.day for c in listed] == [TODAY - timedelta(days=3), TODAY - timedelta(days=1)]
    assert helper_checkins.delete_check_in(db, ana, TODAY - timedelta(days=3)) is True
    assert helper_checkins.delete_check_in(db, ana, TODAY - timedelta(days=3)) is False
    assert len(_rows(db)) == 2


def test_a_future_day_and_an_unknown_helper_are_refused(db):
    ana = _helper(db)
    with pytest.raises(InvalidInputError) as refused:
        _save(db, ana, TODAY + timedelta(days=1), stress=4)
    assert refused.value.reason == "future"
    with pytest.raises(InvalidInputError) as refused:
        _save(db, ana + 99, stress=4)
    assert refused.value.field == "helper"
    with pytest.raises(InvalidInputError):
        _save(db, True, stress=4)
    assert _rows(db) == []


def test_removing_the_contact_removes_their_check_ins(db):
    ana = _helper(db)
    _save(db, ana, stress=4)
    people.delete_person(db, ana)
    assert _rows(db) == []


def test_kept_apart_from_the_journal(db):
    """The journal's tables are not touched and the journal's functions see nothing."""
    ana = _helper(db)
    journal_tables = [t for t in db.table_names() if t.startswith("journal")]
    assert "journal_entries" in journal_tables
    before = {t: list(db.query(f"SELECT * FROM [{t}]")) for t in journal_tables}
    for back in range(10):
        _save(db, ana, TODAY - timedelta(days=back), stress=7, sleep_hours=5, note="mine alone")
    after = {t: list(db.query(f"SELECT * FROM [{t}]")) for t in journal_tables}
    assert after == before
    first = TODAY - timedelta(days=30)
    assert journal.get_entry(db, TODAY) is None
    assert journal.days_with_entries(db, first, TODAY) == set()
    assert journal.entries_between(db, first, TODAY) == []
    assert journal.first_entry_day(db) is None
    assert journal.entry_count(db) == 0
    assert journal.trend(db, first, TODAY) == []
    assert journal.search(db, "alone") == []


def test_series_has_every_day_with_gaps(db):
    ana = _helper(db)
    _save(db, ana, TODAY - timedelta(days=2), stress=4, sleep_hours=8)
    _save(db, ana, TODAY, stress=6)
    stress = helper_checkins.stress_series(db, ana, TODAY, 4)
    assert stress == [
        (TODAY - timedelta(days=3), None),
        (TODAY - timedelta(days=2), 4.0),
        (TODAY - timedelta(days=1), None),
        (TODAY, 6.0),
    ]
    assert [v for _d, v in helper_checkins.sleep_series(db, ana, TODAY, 4)] == [
        None,
        8.0,
        None,
        None,
    ]


def test_week_averages_compare_the_last_seven_days_with_the_seven_before(db):
    ana, ben = _helper(db), _helper(db, "Ben")
    for back, stress in ((0, 5), (3, 7), (6, 6), (7, 8), (13, 9), (14, 1)):
        _save(db, ana, TODAY - timedelta(days=back), stress=stress)
    _save(db, ben, TODAY, stress=0)
    assert helper_checkins.week_averages(db, ana, "stress", TODAY) == (6.0, 8.5)
    assert helper_checkins.week_averages(db, ana, "sleep_hours", TODAY) == (None, None)
    assert helper_checkins.week_averages(db, ben, "stress", TODAY) == (0.0, None)
    assert helper_checkins.has_check_ins(db, ana) and not helper_checkins.has_check_ins(db, 999)


@pytest.mark.parametrize(
    "parts",
    [
        {"stress": 11},
        {"stress": -1},
        {"stress": 5.5},
        {"stress": True},
        {"sleep_hours": 24.5},
        {"sleep_hours": -0.5},
        {"sleep_hours": 7.25},
        {"sleep_hours": float("nan")},
        {"self_care": "x" * (MAX_SELF_CARE + 1)},
        {"note": "x" * (MAX_NOTE + 1)},
        {"note": "broken \ud800 paste"},
    ],
)
def test_a_bad_part_stores_nothing(db, parts):
    ana = _helper(db)
    _save(db, ana, stress=3, note="kept")
    with pytest.raises(InvalidInputError):
        _save(db, ana, **parts)
    assert helper_checkins.get_check_in(db, ana, TODAY) == HelperCheckIn(ana, TODAY, 3, note="kept")


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-50, 50),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    stress=anything,
    sleep=anything,
    self_care=st.text(max_size=MAX_SELF_CARE + 20),
    note=st.text(max_size=MAX_NOTE + 20),
    back=st.integers(-3, 3),
)
def test_any_input_is_stored_whole_or_not_at_all(db, stress, sleep, self_care, note, back):
    if not db["helpers"].count:
        _helper(db)
    ana = next(iter(db.query("SELECT id FROM helpers")))["id"]
    db.execute("DELETE FROM helper_check_ins")
    day = TODAY - timedelta(days=back)
    try:
        saved = helper_checkins.save_check_in(
            db, ana, day, stress=stress, sleep_hours=sleep, self_care=self_care, note=note,
            today=TODAY,
        )  # fmt: skip
    except InvalidInputError:
        assert _rows(db) == []
        return
    assert day <= TODAY
    assert saved.stress is None or 0 <= saved.stress <= 10
    assert saved.sleep_hours is None or (0 <= saved.sleep_hours <= 24)
    assert "\n" not in saved.self_care and len(saved.self_care) <= MAX_SELF_CARE
    assert len(saved.note) <= MAX_NOTE
    assert helper_checkins.get_check_in(db, ana, day) == (None if saved.is_empty else saved)
