"""Typed dates and times: read exactly as meant in English and Spanish, or refused with a
reason; never moved to a nearby day."""

from __future__ import annotations

import calendar
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core import dates
from companion.core.dates import FIRST_DAY, LAST_DAY, parse_typed_date, parse_typed_time
from companion.core.validate import InvalidInputError

TODAY = date(2026, 11, 20)
ABBREVIATIONS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
FULL = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)
languages = st.sampled_from(("en", "es"))


def _refused(text: str, reason: str, language: str = "en", **kwargs: object) -> None:
    with pytest.raises(InvalidInputError) as refused:
        parse_typed_date(text, language, TODAY, **kwargs)
    assert refused.value.reason == reason, str(refused.value)


# --- what the issue saw ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("14 Dec 2026", "en"),
        ("14 dic 2026", "es"),
        ("14 de diciembre de 2026", "es"),
        ("December 14, 2026", "en"),
        ("Dec 14 2026", "en"),
        ("14th of December 2026", "en"),
        ("12/14/2026", "en"),
        ("14/12/2026", "es"),
        ("14-12-26", "es"),
        ("14.12.2026", "es"),
        ("2026-12-14", "en"),
        ("2026-12-14", "es"),
        ("  14   DEC   2026 ", "en"),
        ("lun 14 dic 2026", "es"),
        ("Monday, 14 December 2026", "en"),
    ],
)
def test_the_fourteenth_of_december_is_the_fourteenth_of_december(text, language):
    assert parse_typed_date(text, language, TODAY) == date(2026, 12, 14)


def test_the_thirty_first_of_november_is_refused_not_moved():
    for text in ("31 Nov 2026", "31 nov 2026", "11/31/2026", "31 de noviembre"):
        _refused(text, "bad-date", "es" if "de" in text or "nov " in text else "en")
    _refused("29 Feb 2027", "bad-date")
    assert parse_typed_date("29 Feb 2028", "en", TODAY) == date(2028, 2, 29)
    assert parse_typed_date("30 Nov 2026", "en", TODAY) == date(2026, 11, 30)


@pytest.mark.parametrize("text", ["14 Decembr 2026", "14 Smarch 2026", "14 xyz", "Dec 14 foo"])
def test_an_unknown_month_is_refused(text):
    _refused(text, "unknown-month")


@pytest.mark.parametrize(
    "text",
    [
        "14",
        "2026",
        "1/2/3/4",
        "14 Dec Jan 2026",
        "14 Dec 2026 15",
        "@14 Dec",
        "14 Dec 2026!",
        "x" * 50,
    ],
)
def test_what_is_not_the_shape_of_a_date_is_refused(text):
    _refused(text, "unreadable")


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_nothing_typed_is_required(text):
    _refused(text, "required")


@pytest.mark.parametrize("text", ["14 Dec 1899", "1 Jan 2200", "31/12/9999", "14 Dec 999"])
def test_years_outside_the_range_are_refused(text):
    _refused(text, "out-of-range", "es")


def test_a_day_of_the_week_must_match_the_date():
    _refused("Tue 14 Dec 2026", "wrong-weekday")
    _refused("mar 14 dic 2026", "unreadable")  # "mar" is March too: two months
    assert parse_typed_date("martes 15 de diciembre de 2026", "es", TODAY) == date(2026, 12, 15)


def test_numbers_follow_the_locale_order():
    assert parse_typed_date("3/4/2026", "en", TODAY) == date(2026, 3, 4)
    assert parse_typed_date("3/4/2026", "es", TODAY) == date(2026, 4, 3)
    assert parse_typed_date("3/4/2026", "en", TODAY, order="dmy") == date(2026, 4, 3)
    assert parse_typed_date("2026/4/3", "en", TODAY, order="dmy") == date(2026, 4, 3)
    assert parse_typed_date("26/4/3", "en", TODAY, order="ymd") == date(2026, 4, 3)
    with pytest.raises(ValueError):
        parse_typed_date("3/4/2026", "en", TODAY, order="xyz")


def test_a_missing_year_is_this_year_and_short_years_are_the_nearest():
    assert parse_typed_date("14 Dec", "en", TODAY) == date(2026, 12, 14)
    assert parse_typed_date("14/12", "es", TODAY) == date(2026, 12, 14)
    assert parse_typed_date("14/12/99", "es", TODAY) == date(1999, 12, 14)
    assert parse_typed_date("14/12/30", "es", TODAY) == date(2030, 12, 14)
    assert parse_typed_date("14 Dec 70", "en", TODAY) == date(2070, 12, 14)
    assert parse_typed_date("14 Dec 80", "en", TODAY) == date(1980, 12, 14)


def test_words_for_today_and_its_neighbours():
    assert parse_typed_date("today", "en", TODAY) == TODAY
    assert parse_typed_date("Hoy", "es", TODAY) == TODAY
    assert parse_typed_date("mañana", "es", TODAY) == date(2026, 11, 21)
    assert parse_typed_date("yesterday", "en", TODAY) == date(2026, 11, 19)


def test_the_field_is_named_in_the_refusal():
    with pytest.raises(InvalidInputError) as refused:
        parse_typed_date("31 Nov", "en", TODAY, field="intake date")
    assert refused.value.field == "intake date"


# --- properties -----------------------------------------------------------------------------


@given(days, languages, st.booleans())
def test_a_date_written_with_a_month_name_reads_back(day, language, full):
    names = FULL if full else ABBREVIATIONS
    month = names[language][day.month - 1]
    for text in (
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{day.day} de {month} de {day.year}",
        f"{day.day} {month.upper()}. {day.year}",
    ):
        assert parse_typed_date(text, language, TODAY) == day, text


@given(days, st.sampled_from(dates.ORDERS), st.sampled_from("/-. "), st.booleans())
def test_a_date_written_in_numbers_reads_back(day, order, separator, padded):
    parts = {
        "d": f"{day.day:02d}" if padded else str(day.day),
        "m": f"{day.month:02d}" if padded else str(day.month),
        "y": str(day.year),
    }
    text = separator.join(parts[letter] for letter in order)
    assert parse_typed_date(text, "en", TODAY, order=order) == day
    assert parse_typed_date(day.isoformat(), "es", TODAY, order=order) == day


@given(st.integers(2000, 2099), st.integers(1, 12), st.integers(1, 31), languages)
def test_a_day_past_the_end_of_its_month_is_refused(year, month, day, language):
    length = calendar.monthrange(year, month)[1]
    text = f"{day} {ABBREVIATIONS[language][month - 1]} {year}"
    if day <= length:
        assert parse_typed_date(text, language, TODAY) == date(year, month, day)
    else:
        _refused(text, "bad-date", language)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzñé", min_size=2, max_size=10)


@given(words, st.integers(1, 28), st.integers(1900, 2199))
def test_a_word_that_is_not_a_month_is_refused(word, day, year):
    known = set(dates.MONTHS) | {"de", "del", "of", "the", "el", "st", "nd", "rd", "th"}
    if word in known or word in dates._WEEKDAYS:
        return
    _refused(f"{day} {word} {year}", "unknown-month")


@given(st.text(max_size=60), languages, st.sampled_from(dates.ORDERS))
def test_any_text_gives_a_date_in_range_or_a_reason(text, language, order):
    try:
        day = parse_typed_date(text, language, TODAY, order=order)
    except InvalidInputError as refused:
        assert refused.reason in {
            "required",
            "unreadable",
            "unknown-month",
            "bad-date",
            "out-of-range",
            "wrong-weekday",
        }
    else:
        assert FIRST_DAY <= day <= LAST_DAY


# --- times ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:30", time(14, 30)),
        ("14.30", time(14, 30)),
        ("14h30", time(14, 30)),
        ("1430", time(14, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        ("9 h", time(9, 0)),
        ("09:07", time(9, 7)),
        ("9:05 pm", time(21, 5)),
        ("9:05PM", time(21, 5)),
        ("9 a. m.", time(9, 0)),
        ("12 am", time(0, 0)),
        ("12:15 p.m.", time(12, 15)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_times_as_people_type_them(text, expected):
    assert parse_typed_time(text) == expected


@pytest.mark.parametrize(
    "text", ["24:00", "9:60", "13 pm", "0 am", "abc", "9:5", "12:30:15", "1 2"]
)
def test_impossible_times_are_refused(text):
    with pytest.raises(InvalidInputError) as refused:
        parse_typed_time(text, field="start")
    assert (refused.value.field, refused.value.reason) == ("start", "unreadable")


def test_no_time_typed_is_required():
    with pytest.raises(InvalidInputError) as refused:
        parse_typed_time("  ")
    assert refused.value.reason == "required"


@given(st.times())
def test_every_minute_reads_back(moment):
    minute = moment.replace(second=0, microsecond=0)
    assert parse_typed_time(minute.strftime("%H:%M")) == minute
    assert parse_typed_time(minute.strftime("%I:%M %p")) == minute
    assert parse_typed_time(minute.strftime("%-H.%M")) == minute


@given(st.text(max_size=60))
def test_any_text_gives_a_time_or_a_reason(text):
    try:
        parse_typed_time(text)
    except InvalidInputError as refused:
        assert refused.reason in {"required", "unreadable"}
