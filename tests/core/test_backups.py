"""Backups: when they are taken, what they contain, how they are thinned, and failures."""

import sqlite3
import stat
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core import storage
from companion.core.clock import FakeClock
from companion.core.settings import get_setting, set_setting
from companion.core.storage import backup as backup_module
from companion.core.storage.backup import Backup, backups_to_keep, make_backup, thin_backups
from companion.core.storage.db import connect_readonly, quick_check

MINUTE = timedelta(minutes=1)


def _backup_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- when backups are taken ---------------------------------------------------------------


def test_backup_if_due_follows_the_15_minute_schedule(tmp_path):
    clock = FakeClock()
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.backup_if_due() is None  # nothing changed yet
        assert store.backups() == []

        set_setting(store.db, "region", "UK")
        first = store.backup_if_due()
        assert first is not None and first.exists()

        clock.advance(5 * MINUTE)
        set_setting(store.db, "region", "IE")
        assert store.backup_if_due() is None  # changed, but only 5 minutes later

        clock.advance(10 * MINUTE)
        second = store.backup_if_due()  # 15 minutes after the first
        assert second is not None and second != first

        clock.advance(30 * MINUTE)
        assert store.backup_if_due() is None  # long enough, but nothing changed
        assert [b.path for b in store.backups()] == [second, first]
    finally:
        store.close()


def test_close_backs_up_only_if_changed_since_the_last_backup(tmp_path):
    clock = FakeClock()
    store = storage.open(tmp_path, clock=clock)
    set_setting(store.db, "region", "CA")
    store.backup_now()
    clock.advance(MINUTE)
    store.close()
    assert len(storage.list_backups(tmp_path / "backups")) == 1

    store = storage.open(tmp_path, clock=clock)
    set_setting(store.db, "text_size", "large")
    clock.advance(MINUTE)
    store.close()
    backups = storage.list_backups(tmp_path / "backups")
    assert len(backups) == 2
    conn = connect_readonly(backups[0].path)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'text_size'").fetchone()
        assert row == ('"large"',)
    finally:
        conn.close()


def test_backups_are_private_sound_single_files(tmp_path):
    clock = FakeClock()
    store = storage.open(tmp_path, clock=clock)
    try:
        set_setting(store.db, "region", "AU")
        made = store.backup_now()
    finally:
        store.close()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert quick_check(made) == []
    conn = connect_readonly(made)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT value FROM settings").fetchall() == [('"AU"',)]
    finally:
        conn.close()
    assert _backup_files(made.parent) == [made.name]  # no -wal, -shm or .partial left


def test_backup_name_carries_time_and_reason_and_never_overwrites(tmp_path):
    clock = FakeClock(current=datetime(2026, 3, 4, 5, 6, 7))
    source = sqlite3.connect(":memory:")
    try:
        first = make_backup(source, tmp_path, clock.now(), "before-upgrade")
        second = make_backup(source, tmp_path, clock.now(), "before-upgrade")
    finally:
        source.close()
    assert first.name == "companion-20260304-050607-before-upgrade.sqlite3"
    assert second.name == "companion-20260304-050607-before-upgrade-2.sqlite3"
    listed = storage.list_backups(tmp_path)
    assert {b.path for b in listed} == {first, second}
    assert all(b.taken_at == datetime(2026, 3, 4, 5, 6, 7) for b in listed)


def test_list_backups_ignores_other_files_and_sorts_newest_first(tmp_path):
    for name in (
        "companion-20260101-090000.sqlite3",
        "companion-20260102-090000-before-upgrade.sqlite3",
        "companion-20251231-235959-3.sqlite3",
        "companion-20261399-000000.sqlite3",  # not a real date
        ".companion-20260103-090000.sqlite3.partial",
        "notes.txt",
    ):
        (tmp_path / name).touch()
    assert [b.path.name for b in storage.list_backups(tmp_path)] == [
        "companion-20260102-090000-before-upgrade.sqlite3",
        "companion-20260101-090000.sqlite3",
        "companion-20251231-235959-3.sqlite3",
    ]
    assert storage.list_backups(tmp_path / "missing") == []


# --- failures -----------------------------------------------------------------------------


def test_failed_backup_leaves_no_partial_file_and_raises(tmp_path, monkeypatch):
    monkeypatch.setattr(backup_module, "quick_check", lambda path, **_: ["bad"])
    source = sqlite3.connect(":memory:")
    source.execute("CREATE TABLE t (x)")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="bad"):
            make_backup(source, tmp_path / "backups", datetime(2026, 1, 1, 9, 0))
    finally:
        source.close()
    assert _backup_files(tmp_path / "backups") == []


def test_failed_backup_from_storage_is_a_storage_error(tmp_path, monkeypatch):
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        set_setting(store.db, "region", "UK")
        monkeypatch.setattr(backup_module, "quick_check", lambda path, **_: ["bad"])
        with pytest.raises(storage.StorageError, match="make a backup"):
            store.backup_now()
        assert store.changed_since_backup  # still owed a backup
        assert _backup_files(tmp_path / "backups") == []
    finally:
        monkeypatch.undo()
        store.close()


# --- backing up from outside the app ------------------------------------------------------


def test_backup_existing_works_while_the_app_has_the_database_open(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        set_setting(store.db, "region", "NZ")  # still only in the -wal file
        made = storage.backup_existing(tmp_path, clock=FakeClock())
        set_setting(store.db, "region", "IE")  # the app keeps working afterwards
        assert get_setting(store.db, "region") == "IE"
    finally:
        store.close()
    assert quick_check(made) == []
    conn = connect_readonly(made)
    try:
        assert conn.execute("SELECT value FROM settings").fetchall() == [('"NZ"',)]
    finally:
        conn.close()


def test_backup_existing_refuses_missing_data(tmp_path):
    data = tmp_path / "nothing-here"
    with pytest.raises(storage.StorageError, match="no data to back up"):
        storage.backup_existing(data, clock=FakeClock())
    assert not data.exists()


# --- thinning -----------------------------------------------------------------------------

TODAY = date(2026, 6, 17)  # a Wednesday; its ISO week runs Mon 15 June to Sun 21 June


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour))


def _synthetic() -> list[Backup]:
    """Three backups a day (08:00, 12:00, 20:00) from 400 days ago up to and including today."""
    taken = [
        _at(TODAY - timedelta(days=back), hour)
        for back in range(400, -1, -1)
        for hour in (8, 12, 20)
    ]
    return [Backup(Path(f"x{i}"), when) for i, when in enumerate(taken)]


def _kept_times(kept: list[Backup]) -> list[datetime]:
    return sorted((b.taken_at for b in kept), reverse=True)


def test_thinning_keeps_all_of_today():
    kept = _kept_times(backups_to_keep(_synthetic(), TODAY))
    assert kept[:3] == [_at(TODAY, 20), _at(TODAY, 12), _at(TODAY, 8)]


def test_thinning_keeps_the_newest_of_each_of_the_last_7_days():
    kept = _kept_times(backups_to_keep(_synthetic(), TODAY))
    assert kept[3:10] == [_at(date(2026, 6, day), 20) for day in (16, 15, 14, 13, 12, 11, 10)]


def test_thinning_then_keeps_the_newest_of_4_earlier_weeks():
    kept = _kept_times(backups_to_keep(_synthetic(), TODAY))
    # The dailies cover the weeks of 15 June and 8 June; the next weeks end on these Sundays.
    assert kept[10:14] == [
        _at(date(2026, 6, 7), 20),
        _at(date(2026, 5, 31), 20),
        _at(date(2026, 5, 24), 20),
        _at(date(2026, 5, 17), 20),
    ]


def test_thinning_then_keeps_the_newest_of_6_earlier_months_and_nothing_older():
    kept = _kept_times(backups_to_keep(_synthetic(), TODAY))
    # June and May are already covered; then the last day of each earlier month.
    assert kept[14:] == [
        _at(date(2026, 4, 30), 20),
        _at(date(2026, 3, 31), 20),
        _at(date(2026, 2, 28), 20),
        _at(date(2026, 1, 31), 20),
        _at(date(2025, 12, 31), 20),
        _at(date(2025, 11, 30), 20),
    ]
    assert len(kept) == 3 + 7 + 4 + 6


def test_thinning_counts_days_that_have_backups_not_calendar_days():
    every_third_day = [
        Backup(Path(f"x{back}"), _at(TODAY - timedelta(days=back), 10)) for back in range(3, 31, 3)
    ]
    kept = _kept_times(backups_to_keep(every_third_day, TODAY))
    assert kept[:7] == [
        _at(day, 10)
        for day in (
            date(2026, 6, 14),
            date(2026, 6, 11),
            date(2026, 6, 8),
            date(2026, 6, 5),
            date(2026, 6, 2),
            date(2026, 5, 30),
            date(2026, 5, 27),
        )
    ]
    # Then Sun 24 May starts a week not yet covered; Thu 21 and Mon 18 May share its week.
    assert kept[7:] == [_at(date(2026, 5, 24), 10)]


def test_thinning_order_of_input_does_not_matter():
    backups = _synthetic()
    assert {b.path for b in backups_to_keep(backups, TODAY)} == {
        b.path for b in backups_to_keep(list(reversed(backups)), TODAY)
    }


def test_thin_backups_deletes_the_rest_from_disk(tmp_path):
    names = {}
    for backup in _synthetic():
        name = f"companion-{backup.taken_at:%Y%m%d-%H%M%S}.sqlite3"
        (tmp_path / name).touch()
        names[backup.taken_at] = name
    (tmp_path / "notes.txt").write_text("not a backup")

    removed = thin_backups(tmp_path, TODAY)

    expected = {names[b.taken_at] for b in backups_to_keep(_synthetic(), TODAY)}
    assert set(_backup_files(tmp_path)) == expected | {"notes.txt"}
    assert len(removed) == len(names) - len(expected)
    assert not any(path.exists() for path in removed)


_datetimes = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime.combine(TODAY, time(23, 59, 59))
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_datetimes, max_size=80), st.integers(min_value=0, max_value=5))
def test_thinning_properties(times, extra_today):
    times = times + [_at(TODAY, hour) for hour in range(extra_today)]
    backups = [Backup(Path(f"x{i}"), when) for i, when in enumerate(times)]
    kept = backups_to_keep(backups, TODAY)
    kept_paths = {b.path for b in kept}

    assert kept_paths <= {b.path for b in backups}
    assert len(kept_paths) == len(kept)  # nothing twice
    todays = {b.path for b in backups if b.taken_at.date() == TODAY}
    assert todays <= kept_paths
    assert len(kept) <= len(todays) + 7 + 4 + 6
    assert {b.path for b in backups_to_keep(kept, TODAY)} == kept_paths
    if backups:
        assert max(backups, key=lambda b: b.taken_at).path in kept_paths
