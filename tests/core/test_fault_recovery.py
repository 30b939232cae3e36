"""Damage test_corrupt_recovery.py does not cover: an empty file, a WAL left by a crash, a
file that was never a database (text, a PNG), a database cut to 100 bytes, a damaged file
with its -wal, and two recoveries in the same second.

Whatever the damage, open() returns a working store, keeps the damaged file in damaged/
(never deleting it), reports the recovery in `store.recovery`, and restores the newest
good backup when there is one.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from companion.core import contacts, storage
from companion.core.clock import FakeClock
from companion.core.settings import get_setting, set_setting

PNG = b"\x89PNG\r\n\x1a\n"
DB_NAME = "companion.sqlite3"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _whole_database(data: Path, clock: FakeClock) -> bytes:
    """A sound, checkpointed database holding region AU and one number; closed, one backup."""
    store = storage.open(data, clock=clock)
    set_setting(store.db, "region", "AU")
    contacts.save_own_number(store.db, None, name="Sam", number="555 0101")
    store.close()
    assert len(storage.list_backups(data / "backups")) == 1
    clock.advance(60)
    return (data / DB_NAME).read_bytes()


def _assert_works(store: storage.Storage) -> None:
    """The store can be written and read back, and the file passes SQLite's full check."""
    contacts.save_own_number(store.db, None, name="After recovery", number="555 0199")
    assert "After recovery" in [n.name for n in contacts.list_own_numbers(store.db)]
    assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _damaged_files(data: Path) -> list[Path]:
    folder = data / "damaged"
    return sorted(folder.iterdir()) if folder.exists() else []


def _damage_cases(whole: bytes) -> dict[str, bytes]:
    return {
        "empty": b"",
        "plain-text": b"Dear diary, today was hard.\n" * 40,
        "short-text": b"hello\n",
        "png-header": PNG,
        "png-image": PNG + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "truncated-to-100-bytes": whole[:100],
    }


CASES = list(_damage_cases(b"x" * 100))


@pytest.mark.parametrize("case", CASES)
def test_damage_with_a_backup_restores_it_and_keeps_the_damaged_file(tmp_path, case):
    clock = FakeClock()
    whole = _whole_database(tmp_path, clock)
    backup = storage.list_backups(tmp_path / "backups")[0].path
    bad = _damage_cases(whole)[case]
    (tmp_path / DB_NAME).write_bytes(bad)

    store = storage.open(tmp_path, clock=clock)  # no exception escapes
    try:
        recovery = store.recovery
        assert recovery is not None, "the person must be told their data was restored"
        assert recovery.restored_from is not None
        assert recovery.restored_from.path == backup
        assert recovery.damaged_path.parent == tmp_path / "damaged"
        assert recovery.damaged_path.read_bytes() == bad  # kept exactly, never deleted
        assert _mode(recovery.damaged_path) == 0o600
        assert _mode(tmp_path / "damaged") == 0o700
        assert get_setting(store.db, "region") == "AU"
        assert [n.name for n in contacts.list_own_numbers(store.db)] == ["Sam"]
        _assert_works(store)
    finally:
        store.close()
    assert backup.exists()
    assert storage.check(tmp_path) == []


@pytest.mark.parametrize("case", CASES)
def test_damage_without_a_backup_starts_fresh_and_keeps_the_damaged_file(tmp_path, case):
    clock = FakeClock()
    whole = _whole_database(tmp_path, clock)
    for old in (tmp_path / "backups").iterdir():
        old.unlink()
    bad = _damage_cases(whole)[case]
    (tmp_path / DB_NAME).write_bytes(bad)

    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is not None
        assert store.recovery.restored_from is None
        assert store.recovery.damaged_path.read_bytes() == bad
        # Only the one damaged file (with any -wal/-shm SQLite made next to it while checking).
        kept = [p.name for p in _damaged_files(tmp_path) if p.suffix == ".sqlite3"]
        assert kept == [store.recovery.damaged_path.name]
        assert contacts.list_own_numbers(store.db) == []
        _assert_works(store)
    finally:
        store.close()
    assert storage.check(tmp_path) == []


def test_an_empty_file_in_a_new_data_folder_gives_a_working_database(tmp_path):
    """A first start killed between creating the file and SQLite writing its header."""
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_NAME).write_bytes(b"")
    store = storage.open(data, clock=FakeClock())
    try:
        _assert_works(store)
        # Nothing was lost: the only thing moved aside is the empty file itself.
        assert store.recovery is not None
        assert store.recovery.damaged_path.read_bytes() == b""
    finally:
        store.close()
    reopened = storage.open(data, clock=FakeClock())
    try:
        assert reopened.recovery is None
        assert [n.name for n in contacts.list_own_numbers(reopened.db)] == ["After recovery"]
    finally:
        reopened.close()


def test_an_empty_backup_is_never_restored_in_place_of_an_older_good_one(tmp_path):
    clock = FakeClock()
    _whole_database(tmp_path, clock)
    good = storage.list_backups(tmp_path / "backups")[0].path
    clock.advance(3600)
    empty_newest = tmp_path / "backups" / "companion-20260101-110000.sqlite3"
    empty_newest.write_bytes(b"")
    assert storage.list_backups(tmp_path / "backups")[0].path == empty_newest
    (tmp_path / DB_NAME).write_bytes(b"")

    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is not None
        assert store.recovery.restored_from is not None
        assert store.recovery.restored_from.path == good
        assert get_setting(store.db, "region") == "AU"
    finally:
        store.close()


def test_check_and_backup_existing_see_an_empty_file_as_damage_and_change_nothing(tmp_path):
    clock = FakeClock()
    _whole_database(tmp_path, clock)
    (tmp_path / DB_NAME).write_bytes(b"")
    before = sorted((tmp_path / "backups").iterdir())
    assert storage.check(tmp_path) != []
    with pytest.raises(storage.StorageError, match="did not pass its check"):
        storage.backup_existing(tmp_path, clock=clock)
    assert sorted((tmp_path / "backups").iterdir()) == before
    assert (tmp_path / DB_NAME).read_bytes() == b""
    assert not (tmp_path / "damaged").exists()


# --- a WAL left behind by a crash -----------------------------------------------------------

CRASH_AFTER_COMMIT = textwrap.dedent(
    """
    import os, sys
    from companion.core import contacts, storage
    from companion.core.settings import set_setting

    store = storage.open(sys.argv[1])
    store.db.execute("PRAGMA wal_autocheckpoint=0")  # everything stays in the -wal file
    set_setting(store.db, "region", "NZ")
    contacts.save_own_number(store.db, None, name="Committed in the WAL", number="555 0102")
    print("committed", flush=True)
    os._exit(0)  # no close, no checkpoint: as if the power went or the app was killed
    """
)


def _crash_after_commit(data: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_COMMIT, str(data)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "committed"


@pytest.mark.parametrize("keep_shm", [True, False], ids=["with-shm", "shm-lost"])
def test_data_committed_only_to_a_stale_wal_is_there_after_open(tmp_path, keep_shm):
    clock = FakeClock()
    _whole_database(tmp_path, clock)
    main_before = (tmp_path / DB_NAME).read_bytes()
    _crash_after_commit(tmp_path)
    wal = tmp_path / f"{DB_NAME}-wal"
    shm = tmp_path / f"{DB_NAME}-shm"
    assert wal.stat().st_size > 0
    assert (tmp_path / DB_NAME).read_bytes() == main_before  # the change is only in the WAL
    if not keep_shm:
        shm.unlink()

    assert storage.check(tmp_path) == []  # a WAL to replay is not damage
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is None
        assert not (tmp_path / "damaged").exists()
        assert get_setting(store.db, "region") == "NZ"
        assert [n.name for n in contacts.list_own_numbers(store.db)] == [
            "Sam",
            "Committed in the WAL",
        ]
        _assert_works(store)
    finally:
        store.close()
    assert not wal.exists()  # closing checkpointed the WAL into the database file
    conn = sqlite3.connect(f"{(tmp_path / DB_NAME).as_uri()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM own_numbers ORDER BY id")]
    finally:
        conn.close()
    assert names == ["Sam", "Committed in the WAL", "After recovery"]


def test_a_stale_wal_on_a_first_start_holds_the_whole_database(tmp_path):
    """Killed on the very first start: the tables themselves exist only in the WAL."""
    data = tmp_path / "data"
    _crash_after_commit(data)
    assert (data / f"{DB_NAME}-wal").stat().st_size > (data / DB_NAME).stat().st_size
    store = storage.open(data, clock=FakeClock())
    try:
        assert store.recovery is None
        assert get_setting(store.db, "region") == "NZ"
        _assert_works(store)
    finally:
        store.close()


def test_a_damaged_file_is_moved_aside_with_its_wal_which_never_reaches_the_backup(tmp_path):
    clock = FakeClock()
    _whole_database(tmp_path, clock)
    _crash_after_commit(tmp_path)  # a -wal (region NZ) now sits next to the database
    wal_bytes = (tmp_path / f"{DB_NAME}-wal").read_bytes()
    (tmp_path / DB_NAME).write_bytes(b"plain text, not a database\n" * 50)

    store = storage.open(tmp_path, clock=clock)
    try:
        recovery = store.recovery
        assert recovery is not None and recovery.restored_from is not None
        kept_wal = recovery.damaged_path.with_name(recovery.damaged_path.name + "-wal")
        assert kept_wal.read_bytes() == wal_bytes  # kept with its database, not deleted
        # The restored backup is the backup, not the backup with the old WAL replayed on it.
        assert get_setting(store.db, "region") == "AU"
        assert [n.name for n in contacts.list_own_numbers(store.db)] == ["Sam"]
        _assert_works(store)
    finally:
        store.close()


def test_two_recoveries_in_the_same_second_keep_both_damaged_files(tmp_path):
    clock = FakeClock()
    _whole_database(tmp_path, clock)
    first, second = b"first damage " * 50, b"second damage " * 50
    (tmp_path / DB_NAME).write_bytes(first)
    storage.open(tmp_path, clock=clock).close()
    (tmp_path / DB_NAME).write_bytes(second)
    store = storage.open(tmp_path, clock=clock)  # same clock time: same name wanted
    try:
        assert store.recovery is not None
        assert get_setting(store.db, "region") == "AU"
    finally:
        store.close()
    kept = {p.read_bytes() for p in _damaged_files(tmp_path) if p.suffix == ".sqlite3"}
    assert kept == {first, second}


def test_an_unreadable_backup_folder_entry_does_not_stop_recovery(tmp_path):
    """A directory named like a backup (or any file SQLite cannot open) is skipped."""
    clock = FakeClock()
    _whole_database(tmp_path, clock)
    good = storage.list_backups(tmp_path / "backups")[0].path
    clock.advance(3600)
    (tmp_path / "backups" / "companion-20260101-110000.sqlite3").mkdir()
    (tmp_path / DB_NAME).write_bytes(PNG)
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is not None
        assert store.recovery.restored_from is not None
        assert store.recovery.restored_from.path == good
        _assert_works(store)
    finally:
        store.close()


def test_recovery_leaves_no_staging_file_behind(tmp_path):
    clock = FakeClock()
    _whole_database(tmp_path, clock)
    (tmp_path / DB_NAME).write_bytes(PNG)
    storage.open(tmp_path, clock=clock).close()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    assert os.listdir(tmp_path / "damaged")
