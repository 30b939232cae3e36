"""The care-team summary's facts: averages, the days before, and the charts' points."""

from __future__ import annotations

from datetime import date, timedelta

from companion.core import summary
from companion.core.journal import JournalEntry, save_entry

TODAY = date(2026, 3, 14)


def test_averages_and_the_same_number_of_days_before(db):
    for offset, craving in enumerate([8, 6, None, 4]):
        save_entry(
            db,
            JournalEntry(day=date(2026, 3, 11) + timedelta(days=offset), craving=craving, mood=3),
            TODAY,
        )
    save_entry(db, JournalEntry(day=date(2026, 3, 7), craving=9), TODAY)  # the 4 days before
    save_entry(db, JournalEntry(day=date(2026, 3, 6), craving=1), TODAY)  # before those
    found = summary.facts(db, date(2026, 3, 11), TODAY)
    assert found.days == 4 and len(found.entries) == 4
    assert found.averages["craving"] == 6 and found.averages["mood"] == 3
    assert found.before_first == date(2026, 3, 7)
    assert found.before["craving"] == 9 and found.before["mood"] is None
    assert found.averages["symptom_total"] is None


def test_a_chart_has_each_day_in_its_place_and_skips_what_is_missing(db):
    save_entry(db, JournalEntry(day=date(2026, 3, 1), craving=7), TODAY)
    save_entry(db, JournalEntry(day=date(2026, 3, 2), mood=2), TODAY)
    save_entry(db, JournalEntry(day=date(2026, 3, 4), craving=3), TODAY)
    found = summary.facts(db, date(2026, 3, 1), date(2026, 3, 4))
    craving = next(s for s in found.charts if s.key == "craving")
    assert craving.points == ((date(2026, 3, 1), 7.0), (date(2026, 3, 4), 3.0))
    assert craving.place(date(2026, 3, 1)) == 0.125 and craving.place(date(2026, 3, 4)) == 0.875
    assert craving.lowest() == (date(2026, 3, 4), 3.0)
    assert [s.key for s in found.charts] == list(summary.CHARTED)


def test_a_long_span_is_drawn_with_fewer_points(db):
    first = date(2020, 1, 1)
    for offset in range(0, 400, 3):
        save_entry(db, JournalEntry(day=first + timedelta(days=offset), mood=3), TODAY)
    found = summary.facts(db, first, first + timedelta(days=399))
    mood = next(s for s in found.charts if s.key == "mood")
    assert mood.days > 1 and len(mood.points) <= summary.MOST_POINTS


def test_wins_and_notes_in_order(db):
    save_entry(db, JournalEntry(day=date(2026, 3, 2), wins=("a walk",), notes=" tired "), TODAY)
    save_entry(db, JournalEntry(day=date(2026, 3, 1), wins=("soup", "a call")), TODAY)
    found = summary.facts(db, date(2026, 3, 1), date(2026, 3, 2), include_notes=False)
    assert found.wins == [
        (date(2026, 3, 1), "soup"),
        (date(2026, 3, 1), "a call"),
        (date(2026, 3, 2), "a walk"),
    ]
    assert found.notes == [(date(2026, 3, 2), "tired")] and not found.include_notes


def test_the_first_day_the_app_knows_has_no_days_before(db):
    found = summary.facts(db, date(1900, 1, 1), date(1900, 1, 31))
    assert found.before_first <= date(1900, 1, 1) and found.entries == ()
