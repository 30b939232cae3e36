"""A damaged database is moved aside (never deleted) and the newest good backup restored."""

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from companion import cli
from companion.core import storage
from companion.core.clock import FakeClock
from companion.core.settings import get_setting, set_setting

GARBAGE = b"this is not a database" * 500


def _make_data(data: Path, clock: FakeClock, region: str = "AU") -> Path:
    """A database holding `region`, closed (which leaves a backup); returns that backup."""
    store = storage.open(data, clock=clock)
    set_setting(store.db, "region", region)
    store.close()
    backups = storage.list_backups(data / "backups")
    assert len(backups) == 1
    return backups[0].path


def test_garbage_database_is_moved_aside_and_backup_restored(tmp_path):
    clock = FakeClock()
    backup = _make_data(tmp_path, clock)
    (tmp_path / "companion.sqlite3").write_bytes(GARBAGE)
    clock.advance(60)

    store = storage.open(tmp_path, clock=clock)
    try:
        recovery = store.recovery
        assert recovery is not None
        assert recovery.damaged_path.parent == tmp_path / "damaged"
        assert recovery.damaged_path.read_bytes() == GARBAGE
        assert recovery.restored_from is not None
        assert recovery.restored_from.path == backup
        assert get_setting(store.db, "region") == "AU"
    finally:
        store.close()
    assert backup.exists()  # restoring copies the backup, it does not use it up


def test_garbage_database_with_no_backups_starts_fresh_and_keeps_the_damaged_file(tmp_path):
    clock = FakeClock()
    backup = _make_data(tmp_path, clock)
    backup.unlink()
    (tmp_path / "companion.sqlite3").write_bytes(GARBAGE)

    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is not None
        assert store.recovery.restored_from is None
        assert store.recovery.damaged_path.read_bytes() == GARBAGE
        assert get_setting(store.db, "region") == "US"  # the default: a new, empty database
        assert store.db["settings"].count == 0
    finally:
        store.close()


def test_corrupt_newest_backup_is_skipped_for_an_older_good_one(tmp_path):
    clock = FakeClock()
    store = storage.open(tmp_path, clock=clock)
    set_setting(store.db, "region", "CA")
    older = store.backup_now()
    clock.advance(timedelta(minutes=20))
    set_setting(store.db, "region", "NZ")
    newest = store.backup_now()
    store.close()
    assert [b.path for b in storage.list_backups(tmp_path / "backups")] == [newest, older]
    newest.write_bytes(GARBAGE)
    (tmp_path / "companion.sqlite3").write_bytes(GARBAGE)

    clock.advance(60)
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is not None
        assert store.recovery.restored_from is not None
        assert store.recovery.restored_from.path == older
        assert get_setting(store.db, "region") == "CA"
    finally:
        store.close()


def test_truncated_database_is_treated_as_damaged(tmp_path):
    clock = FakeClock()
    store = storage.open(tmp_path, clock=clock)
    # Enough rows for the file to span many pages, so half of it is really missing.
    store.db["own_numbers"].insert_all(
        {"name": f"Friend {i}", "number": "0" * 30, "note": "n" * 150, "position": i}
        for i in range(300)
    )
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    db_file = tmp_path / "companion.sqlite3"
    whole = db_file.read_bytes()
    assert len(whole) > 16 * 4096
    db_file.write_bytes(whole[: len(whole) // 2])

    clock.advance(60)
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is not None
        assert store.recovery.damaged_path.read_bytes() == whole[: len(whole) // 2]
        assert store.recovery.restored_from is not None
        assert store.db["own_numbers"].count == 300
    finally:
        store.close()


def test_sound_database_is_not_recovered(tmp_path):
    clock = FakeClock()
    _make_data(tmp_path, clock)
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is None
    finally:
        store.close()
    assert not (tmp_path / "damaged").exists()


def test_check_reports_damage_without_changing_anything(tmp_path, capsys):
    clock = FakeClock()
    _make_data(tmp_path, clock)
    db_file = tmp_path / "companion.sqlite3"
    db_file.write_bytes(GARBAGE)
    backups_before = sorted((tmp_path / "backups").iterdir())

    assert storage.check(tmp_path) != []
    assert cli.main(["--data-dir", str(tmp_path), "check"]) == 1

    out = capsys.readouterr().out
    assert "Problem found" in out
    assert hashlib.sha256(db_file.read_bytes()).digest() == hashlib.sha256(GARBAGE).digest()
    assert not (tmp_path / "damaged").exists()
    assert sorted((tmp_path / "backups").iterdir()) == backups_before


def test_backup_existing_refuses_a_damaged_database(tmp_path):
    clock = FakeClock()
    _make_data(tmp_path, clock)
    (tmp_path / "companion.sqlite3").write_bytes(GARBAGE)
    before = sorted((tmp_path / "backups").iterdir())
    clock.advance(60)
    with pytest.raises(storage.StorageError, match="did not pass its check"):
        storage.backup_existing(tmp_path, clock=clock)
    assert sorted((tmp_path / "backups").iterdir()) == before
