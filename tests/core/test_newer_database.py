"""A database saved by a newer version is refused and left byte for byte as it was."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from companion import cli
from companion.core import storage
from companion.core.clock import FakeClock
from companion.core.settings import set_setting


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def newer_data(tmp_path) -> Path:
    """A data folder whose database records a migration this build does not know."""
    store = storage.open(tmp_path, clock=FakeClock())
    set_setting(store.db, "region", "IE")
    store.close()
    conn = sqlite3.connect(tmp_path / "companion.sqlite3")
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (id, migration_set, name, applied_at) "
            "VALUES (999, 'companion', 'm999_from_the_future', 'x')"
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert not (tmp_path / "companion.sqlite3-wal").exists()
    return tmp_path


def _backup_names(data: Path) -> set[str]:
    folder = data / "backups"
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_open_refuses_and_leaves_the_file_untouched(newer_data):
    db_file = newer_data / "companion.sqlite3"
    before_hash, before_mtime = _sha256(db_file), db_file.stat().st_mtime_ns
    before_backups = _backup_names(newer_data)

    with pytest.raises(storage.NewerDatabaseError, match="newer version"):
        storage.open(newer_data, clock=FakeClock())

    assert _sha256(db_file) == before_hash
    assert db_file.stat().st_mtime_ns == before_mtime
    assert _backup_names(newer_data) == before_backups
    assert not (newer_data / "damaged").exists()
    wal = newer_data / "companion.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # nothing was written beside it either


def test_newer_database_error_is_a_storage_error(newer_data):
    with pytest.raises(storage.StorageError):
        storage.open(newer_data, clock=FakeClock())


def test_check_raises_newer_database_error(newer_data):
    db_file = newer_data / "companion.sqlite3"
    before = _sha256(db_file)
    with pytest.raises(storage.NewerDatabaseError):
        storage.check(newer_data)
    assert _sha256(db_file) == before


def test_backup_existing_refuses_newer_database(newer_data):
    before_backups = _backup_names(newer_data)
    with pytest.raises(storage.NewerDatabaseError):
        storage.backup_existing(newer_data, clock=FakeClock())
    assert _backup_names(newer_data) == before_backups


def test_cli_check_exits_1_with_one_line_on_stderr(newer_data, capsys):
    db_file = newer_data / "companion.sqlite3"
    before = _sha256(db_file)
    assert cli.main(["--data-dir", str(newer_data), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "newer version" in err
    assert "Traceback" not in err
    assert _sha256(db_file) == before
