"""Low-level failures become named StorageErrors with a sentence a person can act on."""

import errno
import os
import sqlite3

import pytest

from companion.core import storage
from companion.core.clock import FakeClock
from companion.core.settings import get_setting, set_setting
from companion.core.storage import db as db_module
from companion.core.storage.errors import (
    DatabaseLockedError,
    DiskFullError,
    StorageError,
    explain,
)


def test_locked_database():
    error = explain(sqlite3.OperationalError("database is locked"), "save")
    assert isinstance(error, DatabaseLockedError)
    assert "another program" in str(error)
    assert "Nothing was changed" in str(error)


def test_full_disk_from_sqlite():
    error = explain(sqlite3.OperationalError("database or disk is full"), "save")
    assert isinstance(error, DiskFullError)
    assert "disk is full" in str(error)


def test_full_disk_from_the_operating_system():
    error = explain(OSError(errno.ENOSPC, "No space left on device"), "backup")
    assert isinstance(error, DiskFullError)
    assert "make a backup" in str(error)


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM, errno.EROFS])
def test_permission_problems_name_the_place(code):
    error = explain(OSError(code, os.strerror(code), "/somewhere/data"), "open")
    assert isinstance(error, StorageError)
    assert not isinstance(error, (DiskFullError, DatabaseLockedError))
    assert "not allowed to write" in str(error)
    assert "/somewhere/data" in str(error)


def test_other_errors_are_plain_storage_errors():
    error = explain(sqlite3.DatabaseError("something odd"), "check")
    assert type(error) is StorageError
    assert "something odd" in str(error)


def test_a_storage_error_is_passed_through_unchanged():
    original = DiskFullError("already explained")
    assert explain(original, "save") is original


def test_errors_are_single_line():
    for raw in (
        sqlite3.OperationalError("database is locked"),
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EACCES, "Permission denied", "/x"),
    ):
        assert "\n" not in str(explain(raw, "save"))


ROOT = os.geteuid() == 0


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_read_only_data_folder_is_a_storage_error_not_damage(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    store.close()
    db_file = tmp_path / "companion.sqlite3"
    before = db_file.read_bytes()
    tmp_path.chmod(0o500)
    try:
        for action in (storage.check, storage.backup_existing):
            with pytest.raises(StorageError, match="Nothing was changed") as raised:
                action(tmp_path)
            assert "did not pass its check" not in str(raised.value)
    finally:
        tmp_path.chmod(0o700)
    assert db_file.read_bytes() == before
    assert storage.list_backups(tmp_path / "backups") == []


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_data_folder_that_cannot_be_created_is_a_storage_error(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="not allowed"):
            storage.open(tmp_path / "data", clock=FakeClock())
    finally:
        tmp_path.chmod(0o700)
    assert not (tmp_path / "data").exists()


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_unreadable_sound_database_is_refused_not_replaced_by_a_backup(tmp_path):
    clock = FakeClock()
    store = storage.open(tmp_path, clock=clock)
    set_setting(store.db, "region", "UK")
    store.close()  # leaves a backup holding UK
    store = storage.open(tmp_path, clock=clock)
    set_setting(store.db, "region", "NZ")
    store.db.close()  # closed without a backup: NZ is only in the database itself
    db_file = tmp_path / "companion.sqlite3"
    db_file.chmod(0o000)
    try:
        with pytest.raises(StorageError, match="Nothing was changed"):
            storage.open(tmp_path, clock=clock)
    finally:
        db_file.chmod(0o600)
    assert not (tmp_path / "damaged").exists()
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is None
        assert get_setting(store.db, "region") == "NZ"
    finally:
        store.close()


def test_a_database_that_cannot_be_opened_is_not_mistaken_for_damage(tmp_path, monkeypatch):
    """Runs as root too: SQLite's real "unable to open" error, from a path that cannot exist."""
    clock = FakeClock()
    store = storage.open(tmp_path, clock=clock)
    set_setting(store.db, "region", "IE")
    store.close()
    db_file = tmp_path / "companion.sqlite3"
    before = db_file.read_bytes()
    unreachable = tmp_path / "no-such-folder" / "companion.sqlite3"
    real_connect_readonly = db_module.connect_readonly
    monkeypatch.setattr(
        db_module, "connect_readonly", lambda path, key=None: real_connect_readonly(unreachable)
    )
    monkeypatch.setattr(  # the lock holder reads a file with no -wal changes this way
        db_module, "connect_immutable", lambda path, key=None: real_connect_readonly(unreachable)
    )
    with pytest.raises(sqlite3.OperationalError):
        db_module.quick_check(db_file)
    with pytest.raises(StorageError, match="Nothing was changed"):
        storage.open(tmp_path, clock=clock)
    with pytest.raises(StorageError):
        storage.check(tmp_path)
    monkeypatch.undo()
    assert db_file.read_bytes() == before
    assert not (tmp_path / "damaged").exists()
