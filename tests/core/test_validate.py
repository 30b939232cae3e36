"""Checking what people type: trimmed text with limits, real dates and times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.validate import (
    FIRST_DAY,
    LAST_DAY,
    LAST_MOMENT,
    InvalidInputError,
    clean_text,
    iso_date,
    iso_minute,
    parse_date,
    parse_datetime,
    read_date,
    read_datetime,
)


def test_clean_text_trims_and_allows_empty_when_optional():
    assert clean_text("  hi there \n", "name", 10) == "hi there"
    assert clean_text("", "note", 10) == ""
    assert clean_text("   ", "note", 10) == ""
    assert clean_text(None, "note", 10) == ""  # type: ignore[arg-type]
    assert clean_text("  inside  spaces  ", "t", 20) == "inside  spaces"


def test_clean_text_required():
    for empty in ("", "   ", "\t\n", None):
        with pytest.raises(InvalidInputError) as refused:
            clean_text(empty, "name", 10, required=True)  # type: ignore[arg-type]
        assert (refused.value.field, refused.value.reason) == ("name", "required")
        assert isinstance(refused.value, ValueError)
        assert "name" in str(refused.value)
    assert clean_text(" x ", "name", 10, required=True) == "x"


def test_clean_text_limit_counts_after_trimming():
    assert clean_text("abcde", "t", 5) == "abcde"
    assert clean_text("   abcde   ", "t", 5) == "abcde"
    assert clean_text("ééééé", "t", 5) == "ééééé"  # characters, not bytes
    with pytest.raises(InvalidInputError) as refused:
        clean_text("abcdef", "t", 5)
    assert (refused.value.field, refused.value.reason) == ("t", "too-long")
    with pytest.raises(InvalidInputError):
        clean_text("x" * 10_000, "t", 200, required=True)


def test_parse_date():
    assert parse_date(None) is None
    assert parse_date("") is None
    assert parse_date("2026-03-10") == date(2026, 3, 10)
    assert parse_date("  2026-03-10 ") == date(2026, 3, 10)
    assert parse_date("2028-02-29") == date(2028, 2, 29)  # a leap year
    assert parse_date(date(2026, 1, 2)) == date(2026, 1, 2)
    assert parse_date(datetime(2026, 1, 2, 23, 59)) == date(2026, 1, 2)
    assert type(parse_date(datetime(2026, 1, 2, 23, 59))) is date


@pytest.mark.parametrize(
    "bad", ["2026-02-30", "2027-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "soon", " "]
)
def test_parse_date_refuses_impossible_dates(bad):
    with pytest.raises(InvalidInputError) as refused:
        parse_date(bad, "due date")
    assert (refused.value.field, refused.value.reason) == ("due date", "bad-date")


def test_parse_datetime():
    assert parse_datetime(None) is None
    assert parse_datetime("") is None
    assert parse_datetime("2026-03-10T09:05") == datetime(2026, 3, 10, 9, 5)
    assert parse_datetime(" 2026-03-10 09:05:59.9 ") == datetime(2026, 3, 10, 9, 5)
    assert parse_datetime("2026-03-10") == datetime(2026, 3, 10, 0, 0)
    assert parse_datetime(datetime(2026, 3, 10, 9, 5, 30, 1)) == datetime(2026, 3, 10, 9, 5)
    aware = datetime(2026, 3, 10, 9, 5, tzinfo=timezone(timedelta(hours=2)))
    naive = parse_datetime(aware)
    assert naive == datetime(2026, 3, 10, 9, 5) and naive.tzinfo is None


@pytest.mark.parametrize(
    "bad", ["2026-13-01T10:00", "2026-02-30T10:00", "2026-03-01T24:30", "2026-03-01T10:60", "x"]
)
def test_parse_datetime_refuses_impossible_times(bad):
    with pytest.raises(InvalidInputError) as refused:
        parse_datetime(bad, "time called")
    assert (refused.value.field, refused.value.reason) == ("time called", "bad-date")


def test_iso_helpers():
    assert iso_date(None) is None
    assert iso_date(date(2026, 3, 1)) == "2026-03-01"
    assert iso_minute(None) is None
    assert iso_minute(datetime(2026, 3, 1, 7, 5, 59)) == "2026-03-01T07:05"
    assert iso_minute(datetime(999, 1, 2, 3, 4)) == "0999-01-02T03:04"
    assert iso_minute(datetime(1, 1, 1)) == "0001-01-01T00:00"
    aware = datetime(2026, 3, 1, 7, 5, tzinfo=UTC)
    assert iso_minute(aware) == "2026-03-01T07:05"


@given(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY))
def test_parse_date_round_trips_any_date_in_range(day):
    assert parse_date(iso_date(day)) == day


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2199, 12, 31, 23, 59, 59)))
def test_parse_datetime_round_trips_to_the_minute(moment):
    parsed = parse_datetime(iso_minute(moment))
    assert parsed == moment.replace(second=0, microsecond=0)


@given(st.dates())
def test_read_date_reads_any_stored_date_back(day):
    assert read_date(iso_date(day)) == day


@given(st.datetimes())
def test_read_datetime_reads_any_stored_time_back(moment):
    assert read_datetime(iso_minute(moment)) == moment.replace(second=0, microsecond=0)


@pytest.mark.parametrize(
    "far",
    [
        "9999-12-31",
        "2200-01-01",
        "1899-12-31",
        "0001-01-01",
        date(9999, 12, 31),
        datetime(9999, 12, 31, 23, 30),
        date(1, 1, 1),
    ],
)
def test_dates_outside_1900_to_2199_are_refused(far):
    for parse in (parse_date, parse_datetime):
        with pytest.raises(InvalidInputError) as refused:
            parse(far, "due date")
        assert (refused.value.field, refused.value.reason) == ("due date", "date-range")
        assert "1900-01-01 to 2199-12-31" in str(refused.value)


def test_the_first_and_last_minute_of_the_range_are_kept():
    assert parse_date("1900-01-01") == FIRST_DAY
    assert parse_date("2199-12-31") == LAST_DAY
    assert parse_datetime("2199-12-31T23:59") == LAST_MOMENT
    assert parse_datetime("1900-01-01T00:00") == datetime(1900, 1, 1)
    aware = datetime(2199, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5)))
    assert parse_datetime(aware) == LAST_MOMENT  # the wall-clock time is what counts


@pytest.mark.parametrize("bad", ["bad\ud800x", "\udfff", "ok \udc80 end"])
def test_clean_text_refuses_lone_surrogates(bad):
    with pytest.raises(InvalidInputError) as refused:
        clean_text(bad, "title", 200)
    assert (refused.value.field, refused.value.reason) == ("title", "bad-text")


@given(st.text())
def test_any_text_is_a_date_or_a_clear_refusal(text):
    try:
        parsed = parse_date(text)
    except InvalidInputError as refused:
        assert refused.reason in ("bad-date", "date-range")
    else:
        assert parsed is None or isinstance(parsed, date)


@given(st.text())
def test_any_text_is_a_date_and_time_or_a_clear_refusal(text):
    try:
        parsed = parse_datetime(text)
    except InvalidInputError as refused:
        assert refused.reason in ("bad-date", "date-range")
    else:
        assert parsed is None or (isinstance(parsed, datetime) and parsed.tzinfo is None)
