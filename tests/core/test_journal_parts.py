"""One part of a check-in typed wrong never costs the others: every valid part is stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from companion.core import journal
from companion.core.journal import JournalEntry
from companion.core.validate import InvalidInputError, fit_text

TODAY = date(2026, 11, 30)


def test_a_win_too_long_keeps_the_mood_and_the_notes(db):
    entry = JournalEntry(TODAY, mood=4, notes="slept a bit", wins=("x" * (journal.MAX_WIN + 60),))
    result = journal.save_valid_parts(db, entry, TODAY)
    assert [p.field for p in result.problems] == ["wins"]
    stored = journal.get_entry(db, TODAY)
    assert stored is not None
    assert stored.mood == 4 and stored.notes == "slept a bit" and stored.wins == ()


def test_a_refused_part_keeps_what_was_stored_before(db):
    journal.save_entry(
        db, JournalEntry(TODAY, wins=("called the clinic",), tags=("clinic",)), TODAY
    )
    wrong = JournalEntry(
        TODAY, mood=2, wins=("called the clinic", "y" * 999), tags=tuple(f"t{n}" for n in range(99))
    )
    result = journal.save_valid_parts(db, wrong, TODAY)
    assert sorted(p.field for p in result.problems) == ["tags", "wins"]
    stored = journal.get_entry(db, TODAY)
    assert stored == JournalEntry(TODAY, mood=2, wins=("called the clinic",), tags=("clinic",))


def test_sleep_off_the_half_hour_is_refused_alone(db):
    result = journal.save_valid_parts(db, JournalEntry(TODAY, sleep_hours=7.3, craving=3), TODAY)
    assert [p.reason for p in result.problems] == ["step"]
    assert journal.get_entry(db, TODAY) == JournalEntry(TODAY, craving=3)


def test_a_future_day_is_refused_whole(db):
    with pytest.raises(InvalidInputError):
        journal.save_valid_parts(db, JournalEntry(date(2026, 12, 1), mood=3), TODAY)
    assert journal.entry_count(db) == 0


def test_all_valid_is_the_same_as_save_entry(db):
    entry = JournalEntry(TODAY, mood=3, craving=0, sleep_hours=6.5, notes="fine", tags=("a",))
    result = journal.save_valid_parts(db, entry, TODAY)
    assert result.problems == ()
    assert result.entry == journal.get_entry(db, TODAY) == replace(entry)


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("abc", {"limit": 5}, "abc"),
        ("abcdefgh", {"limit": 5}, "abcde"),
        ("ab\ncdef\ng", {"limit": 99, "line_limit": 3}, "ab\ncde\ng"),
        ("a\n\nb\nc\nd", {"limit": 99, "max_lines": 2}, "a\n\nb"),
        ("a\n", {"limit": 99, "max_lines": 1}, "a\n"),
    ],
)
def test_fit_text_cuts_only_what_goes_past_a_limit(text, kwargs, expected):
    assert fit_text(text, **kwargs) == expected


def test_text_that_fits_the_field_always_passes_the_journal_check():
    typed = "\n".join("w" * 500 for _ in range(40))
    fitted = fit_text(
        typed, journal.MAX_WINS_TEXT, line_limit=journal.MAX_WIN, max_lines=journal.MAX_WINS
    )
    cleaned = journal._clean(JournalEntry(TODAY, wins=tuple(fitted.splitlines())), TODAY)
    assert cleaned.wins == ("w" * journal.MAX_WIN,) * journal.MAX_WINS
