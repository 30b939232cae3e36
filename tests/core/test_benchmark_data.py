"""The benchmarks' ten-year data folder holds what the figures claim, and is valid data."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks import synthetic
from benchmarks.stats import Figure
from companion.core import checklist, journal, storage

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("ten-years")
    counts = synthetic.build(path, TODAY)
    return path, counts


def test_the_folder_holds_ten_years(folder):
    _path, counts = folder
    assert counts == {
        "journal_entries": 3650,
        "exercise_sessions": 5000,
        "checklist_items": 300,
        "contacts": 100,
        "appointments": 200,
    }


def test_the_search_word_is_in_one_day_in_a_hundred(folder):
    path, _counts = folder
    db = storage.open_readonly(path)
    try:
        found = journal.search(db, synthetic.SEARCH_WORD)
        assert len(found) == 37  # 3,650 days, one in every hundred from the first
        assert journal.first_entry_day(db) == date(2016, 11, 29)
        assert checklist.readiness(db).overall.total == 300
    finally:
        db.close()


def test_the_folder_opens_cleanly(folder):
    path, _counts = folder
    store = storage.open(path)
    try:
        assert store.recovery is None
    finally:
        store.db.close()


def test_a_figure_is_the_median_with_the_extremes():
    figure = Figure.of([3.0, 1.0, 2.0, 10.0])
    assert (figure.median, figure.low, figure.high) == (2.5, 1.0, 10.0)
    assert figure.json() == {"median": 2.5, "low": 1.0, "high": 10.0, "runs": 4}
    with pytest.raises(ValueError):
        Figure.of([])
