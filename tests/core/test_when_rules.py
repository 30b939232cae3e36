"""The export rules for days and moments: read within the years the app keeps, and
written back as the same text where the app stores them that way."""

from __future__ import annotations

from companion.core.export_rules import a_date, a_minute, a_moment


def test_a_date_takes_only_the_stored_way_of_writing_a_real_day():
    assert a_date("2026-03-10") is None
    assert a_date("2026-3-10") == "must be a real date written YYYY-MM-DD (it is '2026-3-10')"
    assert a_date("2026-02-30") == "must be a real date written YYYY-MM-DD (it is '2026-02-30')"
    assert a_date("1899-12-31") == "must be from 1900-01-01 to 2199-12-31 (it is '1899-12-31')"


def test_a_minute_takes_only_whole_minutes_written_as_stored():
    assert a_minute("2026-03-10T09:05") is None
    assert a_minute("2026-03-10T09:05:00") == (
        "must be a real date and time written YYYY-MM-DDTHH:MM (it is '2026-03-10T09:05:00')"
    )
    assert a_minute(
        "2200-01-01T00:00",
    ).startswith("must be from 1900-01-01 to 2199-12-31")


def test_a_moment_takes_any_iso_moment_in_range():
    assert a_moment("2026-03-10T09:05:07") is None
    assert a_moment("2026-03-10T09:05") is None
    assert a_moment("yesterday") == "must be an ISO date and time (it is 'yesterday')"
    assert a_moment("1800-01-01T00:00").startswith("must be from 1900-01-01")
