"""The withdrawal timeline: typical windows per kind (FACTS.md), readings at a given time,
the stored plan, and the words shown with it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core import timeline
from companion.core.timeline import (
    AFTER,
    BEFORE,
    BUPRENORPHINE,
    KINDS,
    LONG,
    PLANNED,
    SHORT,
    UNSURE,
    TimelinePlan,
    Window,
    day_number,
    describe,
    get_plan,
    load_text,
    reading_at,
    set_plan,
    windows,
)
from companion.core.validate import InvalidInputError

DAY = 24.0
LAST_USE = datetime(2027, 3, 1, 22, 0)
HORIZON = 90 * DAY


def by_key(kind: str) -> dict[str, Window]:
    return {w.key: w for w in windows(kind)}


def at(hours: float, kind: str = SHORT) -> tuple[str, ...]:
    return reading_at(kind, LAST_USE, LAST_USE + timedelta(hours=hours)).current


# --- the windows match FACTS.md ----------------------------------------------------------------


def test_kinds():
    # the stored names: plans saved before buprenorphine had its own kind keep working
    assert KINDS == ("short", "long", "buprenorphine", "unsure")
    assert set(timeline.WINDOWS) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_windows_are_ordered_and_sane(kind):
    spans = windows(kind)
    assert spans
    assert len({w.key for w in spans}) == len(spans)
    for window in spans:
        assert 0 <= window.start < window.end <= HORIZON
    assert [w.start for w in spans] == sorted(w.start for w in spans)
    # no gaps: from the first start to the last end every hour is in some window
    reach = spans[0].start
    for window in spans:
        assert window.start <= reach
        reach = max(reach, window.end)
    assert reach == spans[-1].end
    assert spans[-1].key == "lingering"


def test_short_acting_windows():
    w = by_key(SHORT)
    assert list(w) == ["onset", "peak", "easing", "lingering"]
    assert w["onset"].start == 6.0  # symptoms begin 6-12 h, up to 24 h
    assert w["onset"].end == 24.0
    assert (w["peak"].start, w["peak"].end) == (24.0, 96.0)  # 24-48 h to days 2-4
    assert w["easing"].end == 7 * DAY  # mostly settled within 5-7 days
    assert w["lingering"].start == 7 * DAY
    assert w["lingering"].end >= 8 * 7 * DAY  # weeks or months


def test_long_acting_windows():
    w = by_key(LONG)
    assert list(w) == ["onset", "main", "lingering"]
    assert (w["onset"].start, w["onset"].end) == (30.0, 72.0)  # onset 30-72 h
    assert w["main"].start == 72.0
    # about 10 days or more; up to about three weeks after methadone in many sources
    assert w["main"].end == 21 * DAY
    assert w["lingering"].start == 21 * DAY
    assert w["lingering"].end >= 8 * 7 * DAY


def test_buprenorphine_shows_only_a_wide_sourced_span():
    """No public guideline read gives buprenorphine's hours: one wide stretch, from the
    earliest start to the latest end the sources give for opioids, and what may linger."""
    w, short, long_ = by_key(BUPRENORPHINE), by_key(SHORT), by_key(LONG)
    assert list(w) == ["varies", "lingering"]
    assert w["varies"].start == min(short["onset"].start, long_["onset"].start)
    assert w["varies"].end == max(short["easing"].end, long_["main"].end)
    assert w["lingering"].start == w["varies"].end


def test_unsure_uses_the_widest_ranges():
    short, long_, unsure = by_key(SHORT), by_key(LONG), by_key(UNSURE)
    assert list(unsure) == ["onset", "main", "lingering"]
    assert unsure["onset"].start == min(short["onset"].start, long_["onset"].start) == 6.0
    assert unsure["onset"].end == max(short["onset"].end, long_["onset"].end) == 72.0
    assert unsure["main"].start == min(short["peak"].start, long_["main"].start) == 24.0
    assert unsure["main"].end == max(short["easing"].end, long_["main"].end) == 21 * DAY
    assert unsure["lingering"].end == max(short["lingering"].end, long_["lingering"].end)


def test_unknown_kind_is_refused():
    with pytest.raises(InvalidInputError) as caught:
        windows("fentanyl")
    assert caught.value.reason == "unknown-choice"
    assert caught.value.field == "kind"
    with pytest.raises(InvalidInputError):
        reading_at("", LAST_USE, LAST_USE)


# --- readings ----------------------------------------------------------------------------------


def test_a_planned_last_use_reads_planned():
    reading = reading_at(SHORT, LAST_USE, LAST_USE - timedelta(hours=30))
    assert reading.current == (PLANNED,)
    assert reading.hours == -30.0
    assert reading.kind == SHORT
    assert reading.windows == windows(SHORT)
    assert at(-1 / 60) == (PLANNED,)


@pytest.mark.parametrize(
    ("kind", "hours", "current"),
    [
        (SHORT, 0, (BEFORE,)),
        (SHORT, 5.99, (BEFORE,)),
        (SHORT, 6, ("onset",)),  # a window's start is inside it
        (SHORT, 23.99, ("onset",)),
        (SHORT, 24, ("peak",)),  # ...and its end is not
        (SHORT, 95.99, ("peak",)),
        (SHORT, 96, ("easing",)),
        (SHORT, 7 * DAY, ("lingering",)),
        (SHORT, HORIZON - 0.01, ("lingering",)),
        (SHORT, HORIZON, (AFTER,)),
        (SHORT, 400 * DAY, (AFTER,)),
        (LONG, 12, (BEFORE,)),
        (LONG, 29.99, (BEFORE,)),
        (LONG, 30, ("onset",)),
        (LONG, 72, ("main",)),
        (LONG, 10 * DAY, ("main",)),
        (LONG, 21 * DAY - 0.01, ("main",)),
        (LONG, 21 * DAY, ("lingering",)),
        (LONG, HORIZON, (AFTER,)),
        (UNSURE, 5, (BEFORE,)),
        (UNSURE, 6, ("onset",)),
        (UNSURE, 24, ("onset", "main")),  # the wide ranges overlap
        (UNSURE, 71.99, ("onset", "main")),
        (UNSURE, 72, ("main",)),
        (UNSURE, 10 * DAY, ("main",)),
        (UNSURE, 21 * DAY, ("lingering",)),
        (BUPRENORPHINE, 5.99, (BEFORE,)),
        (BUPRENORPHINE, 6, ("varies",)),
        (BUPRENORPHINE, 21 * DAY, ("lingering",)),
        (BUPRENORPHINE, HORIZON, (AFTER,)),
        (UNSURE, HORIZON, (AFTER,)),
    ],
)
def test_reading_at_known_times(kind, hours, current):
    assert at(hours, kind) == current


@pytest.mark.parametrize(
    ("hours", "day"), [(0, 1), (23.9, 1), (24, 2), (47.99, 2), (48, 3), (60, 3), (71.99, 3)]
)
def test_day_number_counts_whole_days(hours, day):
    assert day_number(hours) == day  # 60 h is day 3, never rounded up to day 4


@given(st.floats(min_value=0, max_value=HORIZON))
def test_day_number_is_the_day_the_hour_falls_in(hours):
    day = day_number(hours)
    assert (day - 1) * DAY <= hours < day * DAY


def test_reading_hours_are_exact():
    now = LAST_USE + timedelta(days=2, hours=3, minutes=30)
    reading = reading_at(LONG, LAST_USE, now)
    assert reading.hours == 51.5
    assert reading.current == ("onset",)


@given(
    kind=st.sampled_from(KINDS),
    last_use=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    elapsed=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=90, microseconds=-1)),
)
def test_current_windows_are_exactly_those_containing_now(kind, last_use, elapsed):
    now = last_use + elapsed
    reading = reading_at(kind, last_use, now)
    assert reading.hours == (now - last_use).total_seconds() / 3600
    assert reading.hours == pytest.approx(elapsed / timedelta(hours=1), abs=1e-9)
    containing = tuple(w.key for w in windows(kind) if w.start <= reading.hours < w.end)
    if containing:
        assert reading.current == containing
    else:
        assert reading.current == (BEFORE,)
        assert reading.hours < windows(kind)[0].start


@given(
    kind=st.sampled_from(KINDS),
    ahead=st.timedeltas(min_value=timedelta(microseconds=1), max_value=timedelta(days=365)),
)
def test_any_time_before_last_use_is_planned(kind, ahead):
    reading = reading_at(kind, LAST_USE, LAST_USE - ahead)
    assert reading.current == (PLANNED,)
    assert reading.hours < 0


# --- the plan ----------------------------------------------------------------------------------


def test_no_plan_at_first(db):
    assert get_plan(db) is None


def test_set_and_get_plan_round_trip_to_the_minute(db):
    plan = set_plan(db, LONG, datetime(2027, 3, 1, 22, 15, 45, 123456))
    assert plan == TimelinePlan(LONG, datetime(2027, 3, 1, 22, 15))
    assert get_plan(db) == plan
    assert list(db.table("timeline_plan").rows) == [
        {"id": 1, "kind": "long", "last_use": "2027-03-01T22:15"}
    ]


def test_set_plan_from_text_and_replacing_it(db):
    set_plan(db, SHORT, "2027-03-01T08:05")
    plan = set_plan(db, UNSURE, "2027-03-02T09:30")
    assert get_plan(db) == plan == TimelinePlan(UNSURE, datetime(2027, 3, 2, 9, 30))
    assert db.table("timeline_plan").count == 1


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2027-02-30T10:00", "bad-date"),
        ("yesterday", "bad-date"),
        ("", "required"),
        (None, "required"),
    ],
)
def test_set_plan_refuses_impossible_times(db, value, reason):
    set_plan(db, SHORT, "2027-03-01T08:00")
    with pytest.raises(InvalidInputError) as caught:
        set_plan(db, LONG, value)
    assert caught.value.reason == reason
    assert get_plan(db) == TimelinePlan(SHORT, datetime(2027, 3, 1, 8, 0))


def test_set_plan_refuses_an_unknown_kind(db):
    with pytest.raises(InvalidInputError) as caught:
        set_plan(db, "fentanyl", LAST_USE)
    assert caught.value.reason == "unknown-choice"
    assert get_plan(db) is None


def test_get_plan_ignores_a_stored_unknown_kind(db):
    db.table("timeline_plan").insert({"id": 1, "kind": "fentanyl", "last_use": "2027-03-01T22:00"})
    assert get_plan(db) is None


def test_get_plan_ignores_an_empty_stored_time(db):
    db.table("timeline_plan").insert({"id": 1, "kind": "short", "last_use": ""})
    assert get_plan(db) is None


# --- the words ---------------------------------------------------------------------------------


def test_load_text_has_every_part():
    text = load_text()
    assert text is load_text()
    assert text.always.strip()
    assert text.get_help.strip()
    assert text.sources and all(s.strip() for s in text.sources)
    assert set(text.kinds) == set(KINDS)
    needed = {f"{kind}:{w.key}" for kind in KINDS for w in windows(kind)}
    needed |= {PLANNED, BEFORE, AFTER}
    missing = needed - set(text.stages)
    assert not missing
    assert all(text.stages[key].strip() for key in needed)
    assert set(text.stages) <= needed, "a stage text that no reading can show"


def test_always_text_says_typical_not_a_prediction_and_names_fentanyl():
    always = load_text().always.lower()
    assert "typical" in always
    assert "not a prediction" in always
    assert "fentanyl" in always


def test_get_help_names_the_emergency_number():
    assert "emergency number" in load_text().get_help.lower()


@pytest.mark.parametrize("kind", KINDS)
def test_describe_gives_the_text_for_each_window(kind):
    stages = load_text().stages
    for window in windows(kind):
        reading = reading_at(kind, LAST_USE, LAST_USE + timedelta(hours=window.end - 0.5))
        assert window.key in reading.current
        assert describe(reading) == [stages[f"{kind}:{key}"] for key in reading.current]


@pytest.mark.parametrize("kind", KINDS)
def test_describe_planned_before_and_after(kind):
    stages = load_text().stages
    assert describe(reading_at(kind, LAST_USE, LAST_USE - timedelta(hours=1))) == [stages[PLANNED]]
    assert describe(reading_at(kind, LAST_USE, LAST_USE)) == [stages[BEFORE]]
    assert describe(reading_at(kind, LAST_USE, LAST_USE + timedelta(days=365))) == [stages[AFTER]]


def test_describe_overlapping_windows_in_order():
    stages = load_text().stages
    reading = reading_at(UNSURE, LAST_USE, LAST_USE + timedelta(hours=48))
    assert describe(reading) == [stages["unsure:onset"], stages["unsure:main"]]


def test_timeline_words_give_no_fentanyl_hours():
    text = load_text()
    for words in (text.always, *text.stages.values()):
        for sentence in words.split("."):
            if "fentanyl" in sentence.lower():
                assert not any(ch.isdigit() for ch in sentence), sentence
