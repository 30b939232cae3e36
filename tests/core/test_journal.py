"""The journal: saving and checking entries, trends, full-text search, CSV export."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from companion.core import journal
from companion.core.content import ContentError
from companion.core.journal import (
    CSV_COLUMNS,
    END_MARK,
    MAX_NOTES,
    START_MARK,
    JournalEntry,
    TrendPoint,
    days_with_entries,
    delete_entry,
    entries_between,
    entry_count,
    export_csv,
    first_entry_day,
    get_entry,
    load_symptoms,
    parse_tags,
    save_entry,
    search,
    trend,
)
from companion.core.storage import migrations
from companion.core.validate import InvalidInputError

TODAY = date(2027, 3, 10)
KEYS = [s.key for s in load_symptoms()]


def _all_rows(db: Database) -> list[dict]:
    return list(db.table("journal_entries").rows)


def _full_entry(day: date = TODAY) -> JournalEntry:
    return JournalEntry(
        day=day,
        mood=4,
        craving=6,
        sleep_hours=7.5,
        sleep_quality=3,
        energy=2,
        symptoms={"anxiety": 3, "yawning": 1, "sweating": 0},
        wins=("Called the clinic", "Packed my bag"),
        notes="A long day.\nFelt better by the evening.",
        tags=("clinic", "family"),
    )


# --- saving and reading ------------------------------------------------------------------


def test_round_trip_keeps_every_field(db):
    entry = _full_entry()
    saved = save_entry(db, entry, TODAY)
    assert saved == entry
    loaded = get_entry(db, TODAY)
    assert loaded == entry
    assert loaded.symptoms == {"anxiety": 3, "sweating": 0, "yawning": 1}
    assert loaded.symptom_total == 4
    assert isinstance(loaded.sleep_hours, float)


def test_skipped_symptoms_round_trip_as_none(db):
    entry = JournalEntry(TODAY, mood=2, symptoms=None)
    save_entry(db, entry, TODAY)
    loaded = get_entry(db, TODAY)
    assert loaded is not None
    assert loaded.symptoms is None
    assert loaded.symptom_total is None
    assert _all_rows(db)[0]["symptoms"] is None


def test_symptoms_all_zero_are_kept_and_total_zero(db):
    ratings = dict.fromkeys(KEYS, 0)
    save_entry(db, JournalEntry(TODAY, symptoms=ratings), TODAY)
    loaded = get_entry(db, TODAY)
    assert loaded.symptoms == ratings
    assert loaded.symptom_total == 0
    assert list(loaded.symptoms) == KEYS  # stored in the check-in's order


def test_empty_symptom_dict_counts_as_skipped(db):
    saved = save_entry(db, JournalEntry(TODAY, mood=3, symptoms={}), TODAY)
    assert saved.symptoms is None
    assert get_entry(db, TODAY).symptoms is None


def _maybe(strategy):
    return st.none() | strategy


valid_entries = st.builds(
    JournalEntry,
    day=st.dates(date(2000, 1, 1), TODAY),
    mood=_maybe(st.integers(1, 5)),
    craving=_maybe(st.integers(0, 10)),
    sleep_hours=_maybe(st.integers(0, 48).map(lambda n: n / 2)),
    sleep_quality=_maybe(st.integers(1, 5)),
    energy=_maybe(st.integers(1, 5)),
    symptoms=_maybe(st.dictionaries(st.sampled_from(KEYS), st.integers(0, 4))),
    wins=st.lists(st.text(max_size=30), max_size=5).map(tuple),
    notes=st.text(max_size=200),
    tags=st.lists(st.text(max_size=10), max_size=5).map(tuple),
)


@settings(max_examples=80, deadline=None)
@given(valid_entries)
def test_any_valid_entry_is_stored_as_cleaned(entry):
    database = Database(memory=True)
    migrations.apply(database)
    saved = save_entry(database, entry, TODAY)
    assert get_entry(database, entry.day) == (None if saved.is_empty else saved)
    assert entry_count(database) == (0 if saved.is_empty else 1)
    assert saved.is_empty == entry.is_empty
    assert save_entry(database, saved, TODAY) == saved  # cleaning twice changes nothing


def test_get_entry_for_a_day_without_one_is_none(db):
    assert get_entry(db, TODAY) is None


def test_one_entry_per_day_saving_again_updates(db):
    save_entry(db, JournalEntry(TODAY, mood=2, notes="first"), TODAY)
    save_entry(db, JournalEntry(TODAY, mood=4, craving=1), TODAY)
    assert entry_count(db) == 1
    assert get_entry(db, TODAY) == JournalEntry(TODAY, mood=4, craving=1)


def test_updated_at_is_set(db):
    save_entry(db, JournalEntry(TODAY, mood=3), TODAY)
    assert _all_rows(db)[0]["updated_at"]


def test_future_day_is_refused_and_nothing_stored(db):
    with pytest.raises(InvalidInputError) as caught:
        save_entry(db, JournalEntry(TODAY + timedelta(days=1), mood=3), TODAY)
    assert (caught.value.field, caught.value.reason) == ("day", "future")
    assert entry_count(db) == 0


def test_today_and_past_days_are_allowed(db):
    save_entry(db, JournalEntry(TODAY, mood=3), TODAY)
    save_entry(db, JournalEntry(TODAY - timedelta(days=400), mood=1), TODAY)
    assert entry_count(db) == 2


def test_sleep_hours_whole_number_is_stored_as_float(db):
    saved = save_entry(db, JournalEntry(TODAY, sleep_hours=8), TODAY)
    assert saved.sleep_hours == 8.0
    assert isinstance(get_entry(db, TODAY).sleep_hours, float)


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"craving": 11}, "craving", "out-of-range"),
        ({"craving": -1}, "craving", "out-of-range"),
        ({"mood": 0}, "mood", "out-of-range"),
        ({"mood": 6}, "mood", "out-of-range"),
        ({"mood": True}, "mood", "out-of-range"),
        ({"mood": 3.0}, "mood", "out-of-range"),
        ({"mood": "3"}, "mood", "out-of-range"),
        ({"energy": 0}, "energy", "out-of-range"),
        ({"sleep_quality": 9}, "sleep quality", "out-of-range"),
        ({"sleep_quality": False}, "sleep quality", "out-of-range"),
        ({"sleep_hours": 7.3}, "sleep hours", "step"),
        ({"sleep_hours": 24.5}, "sleep hours", "out-of-range"),
        ({"sleep_hours": -0.5}, "sleep hours", "out-of-range"),
        ({"sleep_hours": float("nan")}, "sleep hours", "out-of-range"),
        ({"sleep_hours": True}, "sleep hours", "out-of-range"),
        ({"sleep_hours": "7"}, "sleep hours", "out-of-range"),
        ({"symptoms": {"anxiety": 5}}, "symptoms", "out-of-range"),
        ({"symptoms": {"anxiety": -1}}, "symptoms", "out-of-range"),
        ({"symptoms": {"anxiety": True}}, "symptoms", "out-of-range"),
        ({"symptoms": {"craving": 2}}, "symptoms", "unknown-choice"),
        ({"symptoms": {"dilated-pupils": 1}}, "symptoms", "unknown-choice"),
        ({"notes": "x" * (MAX_NOTES + 1)}, "notes", "too-long"),
        ({"wins": tuple(f"win {n}" for n in range(21))}, "wins", "too-long"),
        ({"wins": ("w" * 201,)}, "wins", "too-long"),
        ({"tags": ("t" * 41,)}, "tags", "too-long"),
        ({"tags": tuple(f"tag{n}" for n in range(21))}, "tags", "too-long"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(db, changes, field, reason):
    previous = save_entry(db, JournalEntry(TODAY, mood=2, notes="kept"), TODAY)
    values = {"day": TODAY, "mood": 3, **changes}
    with pytest.raises(InvalidInputError) as caught:
        save_entry(db, JournalEntry(**values), TODAY)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert str(caught.value)  # a message for scripts
    assert entry_count(db) == 1
    assert get_entry(db, TODAY) == previous


def test_limits_themselves_are_allowed(db):
    entry = JournalEntry(
        TODAY,
        mood=5,
        craving=0,
        sleep_hours=24.0,
        sleep_quality=1,
        energy=5,
        symptoms=dict.fromkeys(KEYS, 4),
        notes="n" * MAX_NOTES,
        wins=tuple("w" * 200 for _ in range(20)),
        tags=tuple(f"{n:02d}" + "t" * 38 for n in range(20)),
    )
    assert save_entry(db, entry, TODAY) == entry
    assert get_entry(db, TODAY) == entry


def test_wins_are_trimmed_and_blank_ones_dropped(db):
    saved = save_entry(db, JournalEntry(TODAY, wins=("  Slept ", "", "   ", "Ate lunch")), TODAY)
    assert saved.wins == ("Slept", "Ate lunch")
    assert get_entry(db, TODAY).wins == ("Slept", "Ate lunch")


def test_a_win_with_line_breaks_becomes_one_win_per_line(db):
    saved = save_entry(db, JournalEntry(TODAY, wins=("Walked\n\nRested",)), TODAY)
    assert saved.wins == ("Walked", "Rested")
    assert get_entry(db, TODAY).wins == ("Walked", "Rested")


def test_tags_are_trimmed_deduplicated_and_keep_the_first_spelling(db):
    saved = save_entry(
        db, JournalEntry(TODAY, tags=(" Clinic", "sleep", "", "CLINIC", "Sleep ", "a,b")), TODAY
    )
    assert saved.tags == ("Clinic", "sleep", "a", "b")
    assert get_entry(db, TODAY).tags == ("Clinic", "sleep", "a", "b")
    assert _all_rows(db)[0]["tags"] == "Clinic, sleep, a, b"


def test_parse_tags():
    assert parse_tags("sleep, Clinic ,sleep") == ("sleep", "Clinic")
    assert parse_tags("") == ()
    assert parse_tags(" , ,") == ()
    assert parse_tags("Mum,MUM,mum") == ("Mum",)


@given(st.lists(st.text(max_size=15), max_size=8))
def test_parse_tags_gives_clean_unique_tags(parts):
    tags = parse_tags(",".join(parts))
    assert all(tag and tag == tag.strip() and "," not in tag for tag in tags)
    assert len({tag.casefold() for tag in tags}) == len(tags)
    assert parse_tags(", ".join(tags)) == tags


def test_notes_are_trimmed(db):
    assert save_entry(db, JournalEntry(TODAY, notes="  hello \n"), TODAY).notes == "hello"


def test_empty_entry_deletes_the_day(db):
    save_entry(db, _full_entry(), TODAY)
    blank = JournalEntry(TODAY, wins=("  ",), notes="   ", tags=(" ",), symptoms={})
    assert blank.is_empty
    saved = save_entry(db, blank, TODAY)
    assert saved.is_empty
    assert get_entry(db, TODAY) is None
    assert entry_count(db) == 0
    assert search(db, "clinic") == []


def test_saving_an_empty_entry_on_an_empty_day_stores_nothing(db):
    save_entry(db, JournalEntry(TODAY), TODAY)
    assert entry_count(db) == 0


def test_is_empty_and_symptom_total():
    assert JournalEntry(TODAY).is_empty
    assert not JournalEntry(TODAY, craving=0).is_empty
    assert not JournalEntry(TODAY, symptoms={"anxiety": 0}).is_empty
    assert not JournalEntry(TODAY, tags=("x",)).is_empty
    assert JournalEntry(TODAY, tags=(",", " , "), wins=("\n", " ")).is_empty
    assert JournalEntry(TODAY, symptoms={"anxiety": 2, "nausea": 3}).symptom_total == 5
    assert JournalEntry(TODAY).symptom_total is None


def test_entries_can_be_hashed_and_compared():
    assert _full_entry() == _full_entry()
    assert hash(_full_entry()) == hash(_full_entry())


def test_delete_entry(db):
    save_entry(db, JournalEntry(TODAY, mood=3), TODAY)
    assert delete_entry(db, TODAY) is True
    assert delete_entry(db, TODAY) is False
    assert get_entry(db, TODAY) is None


def test_days_with_entries_is_inclusive(db):
    days = [date(2027, 3, 1), date(2027, 3, 5), date(2027, 3, 9), date(2027, 2, 28)]
    for day in days:
        save_entry(db, JournalEntry(day, mood=3), TODAY)
    assert days_with_entries(db, date(2027, 3, 1), date(2027, 3, 9)) == set(days[:3])
    assert days_with_entries(db, date(2027, 3, 2), date(2027, 3, 8)) == {date(2027, 3, 5)}
    assert days_with_entries(db, date(2027, 4, 1), date(2027, 4, 30)) == set()


def test_first_entry_day_and_count(db):
    assert first_entry_day(db) is None
    assert entry_count(db) == 0
    save_entry(db, JournalEntry(date(2027, 3, 4), mood=3), TODAY)
    save_entry(db, JournalEntry(date(2027, 2, 4), mood=3), TODAY)
    assert first_entry_day(db) == date(2027, 2, 4)
    assert entry_count(db) == 2


def test_entries_between_is_ascending_and_inclusive(db):
    for day in (date(2027, 3, 3), date(2027, 3, 1), date(2027, 3, 2), date(2027, 3, 4)):
        save_entry(db, JournalEntry(day, notes=day.isoformat()), TODAY)
    entries = entries_between(db, date(2027, 3, 1), date(2027, 3, 3))
    assert [e.day for e in entries] == [date(2027, 3, 1), date(2027, 3, 2), date(2027, 3, 3)]
    assert entries[0].notes == "2027-03-01"


# --- trends --------------------------------------------------------------------------------


def test_trend_has_only_days_with_entries(db):
    save_entry(db, _full_entry(date(2027, 3, 1)), TODAY)
    save_entry(db, JournalEntry(date(2027, 3, 4), mood=2, sleep_hours=6), TODAY)
    save_entry(db, JournalEntry(date(2027, 3, 5), craving=9), TODAY)  # after the range
    points = trend(db, date(2027, 2, 1), date(2027, 3, 4))
    assert points == [
        TrendPoint(date(2027, 3, 1), 4, 6, 7.5, 3, 2, 4),
        TrendPoint(date(2027, 3, 4), 2, None, 6.0, None, None, None),
    ]


def test_trend_symptom_total_matches_the_entry(db):
    ratings = {key: n % 5 for n, key in enumerate(KEYS)}
    save_entry(db, JournalEntry(TODAY, symptoms=ratings), TODAY)
    [point] = trend(db, TODAY, TODAY)
    assert point.symptom_total == sum(ratings.values())
    assert point.symptom_total == get_entry(db, TODAY).symptom_total


def test_trend_over_ten_years_has_every_day(db):
    first = date(2017, 1, 1)
    rows = [
        {
            "day": (first + timedelta(days=n)).isoformat(),
            "mood": n % 5 + 1,
            "craving": n % 11,
            "sleep_hours": (n % 17) / 2,
            "symptoms": None if n % 7 == 0 else json.dumps({"anxiety": n % 5, "nausea": 1}),
            "notes": f"day {n}",
        }
        for n in range(3650)
    ]
    db.table("journal_entries").insert_all(rows)
    points = trend(db, first, first + timedelta(days=3649))
    assert len(points) == 3650
    assert [p.day for p in points] == [first + timedelta(days=n) for n in range(3650)]
    assert points[0].symptom_total is None
    assert points[1].symptom_total == 2
    assert points[3649].mood == 3649 % 5 + 1


def test_trend_in_runs_of_days_averages_each_run(db):
    first = TODAY - timedelta(days=27)
    for n, mood in ((0, 2), (1, 4), (2, None), (7, 5), (20, 1)):  # runs of 7 days from first
        day = first + timedelta(days=n)
        save_entry(db, JournalEntry(day, mood=mood, craving=n % 10), TODAY)
    points = trend(db, first, first + timedelta(days=27), days=7)
    assert [(p.day, p.days) for p in points] == [
        (first, 7),
        (first + timedelta(days=7), 7),
        (first + timedelta(days=14), 7),
    ]
    assert points[0].mood == 3.0  # the day without a mood does not count as zero
    assert points[0].craving == 1.0
    assert points[1].mood == 5.0
    assert points[2].mood == 1.0 and points[2].craving == 0.0
    assert points[0].symptom_total is None


def test_trend_in_runs_of_one_day_is_the_daily_trend(db):
    for n in range(3):
        save_entry(db, _full_entry(TODAY - timedelta(days=n)), TODAY)
    span = (TODAY - timedelta(days=2), TODAY)
    assert trend(db, *span, days=1) == trend(db, *span)


@pytest.mark.parametrize(
    ("days", "most", "expected"), [(1, 366, 1), (366, 366, 1), (367, 366, 2), (3650, 366, 10)]
)
def test_days_per_point_keeps_the_points_under_the_most(days, most, expected):
    first = date(2017, 1, 1)
    last = first + timedelta(days=days - 1)
    per = journal.days_per_point(first, last, most)
    assert per == expected
    assert -(-days // per) <= most


def test_range_queries_each_run_one_sql_statement(db):
    for n in range(1, 6):
        save_entry(db, _full_entry(date(2027, 3, n)), TODAY)
    first, last = date(2027, 3, 1), date(2027, 3, 5)
    for query in (trend, entries_between, days_with_entries):
        statements: list[str] = []
        with db.tracer(lambda sql, params, seen=statements: seen.append(sql)):
            result = query(db, first, last)
        assert len(result) == 5
        assert len(statements) == 1, query.__name__


# --- search --------------------------------------------------------------------------------


def test_search_finds_words_in_notes_wins_and_tags(db):
    save_entry(db, JournalEntry(date(2027, 3, 1), notes="Talked to my sister"), TODAY)
    save_entry(db, JournalEntry(date(2027, 3, 2), wins=("Went for a walk",)), TODAY)
    save_entry(db, JournalEntry(date(2027, 3, 3), tags=("appointment",)), TODAY)
    assert [h.day for h in search(db, "sister")] == [date(2027, 3, 1)]
    assert [h.day for h in search(db, "walk")] == [date(2027, 3, 2)]
    assert [h.day for h in search(db, "appointment")] == [date(2027, 3, 3)]
    assert search(db, "nothing") == []


def test_search_matches_prefixes_and_needs_every_word(db):
    save_entry(db, JournalEntry(date(2027, 3, 1), notes="Phoned the clinic about intake"), TODAY)
    save_entry(db, JournalEntry(date(2027, 3, 2), notes="Clinical notes from the GP"), TODAY)
    assert [h.day for h in search(db, "clin")] == [date(2027, 3, 2), date(2027, 3, 1)]
    assert [h.day for h in search(db, "clin intake")] == [date(2027, 3, 1)]
    assert [h.day for h in search(db, "CLINIC")] == [date(2027, 3, 2), date(2027, 3, 1)]


def test_search_is_newest_first_and_limited(db):
    for n in range(1, 8):
        save_entry(db, JournalEntry(date(2027, 3, n), notes="slept badly"), TODAY)
    days = [h.day for h in search(db, "slept")]
    assert days == [date(2027, 3, n) for n in range(7, 0, -1)]
    assert [h.day for h in search(db, "slept", limit=2)] == [date(2027, 3, 7), date(2027, 3, 6)]
    assert search(db, "slept", limit=0) == []


def test_search_follows_edits_and_deletes(db):
    save_entry(db, JournalEntry(TODAY, notes="worried about packing"), TODAY)
    save_entry(db, JournalEntry(TODAY, notes="calmer after breathing"), TODAY)
    assert search(db, "worried") == []
    assert [h.day for h in search(db, "calmer")] == [TODAY]
    delete_entry(db, TODAY)
    assert search(db, "calmer") == []
    save_entry(db, JournalEntry(TODAY, notes="calmer again"), TODAY)
    save_entry(db, JournalEntry(TODAY), TODAY)  # emptied: the day is deleted
    assert search(db, "calmer") == []


def test_search_snippet_marks_the_match(db):
    notes = " ".join(["filler"] * 30 + ["the", "clinic", "called", "back"] + ["filler"] * 30)
    save_entry(db, JournalEntry(TODAY, notes=notes), TODAY)
    [hit] = search(db, "clinic")
    assert f"{START_MARK}clinic{END_MARK}" in hit.snippet
    assert "…" in hit.snippet
    assert len(hit.snippet.split()) <= 12


def test_search_snippet_comes_from_the_column_that_matched(db):
    save_entry(db, JournalEntry(TODAY, notes="nothing much", wins=("Ate a proper meal",)), TODAY)
    [hit] = search(db, "meal")
    assert START_MARK + "meal" + END_MARK in hit.snippet
    assert "nothing" not in hit.snippet


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        '"',
        "'",
        '"unbalanced',
        "(",
        ")",
        "a)",
        "AND",
        "OR",
        "NOT",
        "a AND",
        "*",
        "clinic*",
        "NEAR(",
        "NEAR(a b, 2)",
        "notes:clinic",
        "-clinic",
        "+",
        "^clinic",
        "😀",
        "🙂 clinic",
        "\x00",
        START_MARK + END_MARK,
        "a " * 2000,
    ],
)
def test_hostile_search_text_never_raises(db, text):
    save_entry(db, JournalEntry(TODAY, notes="clinic and a NEAR miss (today)"), TODAY)
    hits = search(db, text)
    assert isinstance(hits, list)


def test_operator_words_are_searched_as_words(db):
    save_entry(db, JournalEntry(TODAY, notes="a near miss"), TODAY)
    assert [h.day for h in search(db, "NEAR(")] == [TODAY]
    assert search(db, "AND") == []
    assert search(db, "😀") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_search_text_is_safe(text):
    database = Database(memory=True)
    migrations.apply(database)
    save_entry(database, JournalEntry(TODAY, notes="sleep, clinic, mum"), TODAY)
    for hit in search(database, text):
        assert hit.day == TODAY


# --- export --------------------------------------------------------------------------------


def test_csv_columns():
    assert CSV_COLUMNS[:7] == (
        "date",
        "mood",
        "craving",
        "sleep_hours",
        "sleep_quality",
        "energy",
        "symptom_total",
    )
    assert CSV_COLUMNS[7:-3] == tuple("symptom_" + key.replace("-", "_") for key in KEYS)
    assert CSV_COLUMNS[-3:] == ("wins", "notes", "tags")
    assert journal.CSV_COLUMNS == CSV_COLUMNS


def test_export_csv(db):
    save_entry(db, _full_entry(date(2027, 3, 2)), TODAY)
    save_entry(db, JournalEntry(date(2027, 3, 1), mood=1, notes='She said "hi", then left'), TODAY)
    out = io.StringIO(newline="")
    assert export_csv(db, out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 3
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    second = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert first["date"] == "2027-03-01"
    assert first["mood"] == "1"
    assert first["craving"] == first["sleep_hours"] == first["symptom_total"] == ""
    assert all(first["symptom_" + key.replace("-", "_")] == "" for key in KEYS)
    assert first["notes"] == 'She said "hi", then left'
    assert first["wins"] == first["tags"] == ""
    assert second["date"] == "2027-03-02"
    assert (second["mood"], second["craving"], second["sleep_hours"]) == ("4", "6", "7.5")
    assert (second["sleep_quality"], second["energy"], second["symptom_total"]) == ("3", "2", "4")
    assert second["symptom_anxiety"] == "3"
    assert second["symptom_sweating"] == "0"
    assert second["symptom_runny_nose"] == ""  # not rated that day
    assert second["wins"] == "Called the clinic | Packed my bag"
    assert second["notes"] == "A long day.\nFelt better by the evening."
    assert second["tags"] == "clinic, family"


def test_export_csv_of_an_empty_journal_is_just_the_header(db):
    out = io.StringIO(newline="")
    assert export_csv(db, out) == 0
    assert list(csv.reader(io.StringIO(out.getvalue(), newline=""))) == [list(CSV_COLUMNS)]


# --- the symptom list ----------------------------------------------------------------------


def test_symptoms_have_unique_keys_and_short_labels():
    symptoms = load_symptoms()
    keys = [s.key for s in symptoms]
    assert len(keys) == len(set(keys)) >= 15
    labels = [s.label for s in symptoms]
    assert len({label.casefold() for label in labels}) == len(labels)
    for symptom in symptoms:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", symptom.key)
        assert 0 < len(symptom.label) <= 40
    assert "craving" not in keys
    assert not any("pupil" in key for key in keys)


@pytest.fixture
def clear_symptoms_cache():
    load_symptoms.cache_clear()
    yield
    load_symptoms.cache_clear()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"version": 1},
        {"version": 1, "symptoms": []},
        {"version": 1, "symptoms": [{"key": "anxiety"}]},
        {"version": 1, "symptoms": [{"label": "Anxious"}]},
        {"version": 1, "symptoms": "anxiety"},
        {"version": 1, "symptoms": [{"key": "Bad Key", "label": "x"}]},
        {"version": 1, "symptoms": [{"key": "a", "label": "x" * 41}]},
        {"version": 1, "symptoms": [{"key": "a", "label": " "}]},
        {"version": 1, "symptoms": [{"key": "a", "label": "x"}, {"key": "a", "label": "y"}]},
    ],
)
def test_malformed_journal_toml_is_a_content_error(monkeypatch, clear_symptoms_cache, data):
    monkeypatch.setattr(journal, "load_toml", lambda name: data)
    with pytest.raises(ContentError):
        load_symptoms()


def test_missing_journal_toml_is_a_content_error(monkeypatch, clear_symptoms_cache):
    def missing(name: str) -> dict:
        raise ContentError(f"Could not read {name}")

    monkeypatch.setattr(journal, "load_toml", missing)
    with pytest.raises(ContentError):
        load_symptoms()


def test_a_pasted_page_of_search_text_still_finds_the_day(db):
    save_entry(db, JournalEntry(TODAY, notes="word0 word1 word2"), TODAY)
    text = " ".join(f"word{n % 3}" for n in range(50_000))
    assert [h.day for h in search(db, text)] == [TODAY]
    many = " ".join(f"w{n}" for n in range(50_000))
    assert search(db, many) == []
