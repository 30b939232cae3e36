"""A read-only data folder and a full disk: every failure is a StorageError subclass with a
sentence a person can act on, and the stored data is exactly what it was before.

Root ignores file permissions, so the tests that chmod are skipped as root; each has a
variant that makes the write path itself fail (EROFS, EACCES, ENOSPC, SQLite's own
SQLITE_FULL and SQLITE_READONLY) and so runs for everyone.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from companion.core import checklist, journal, paths, storage
from companion.core.clock import FakeClock
from companion.core.content import load_checklist_template
from companion.core.journal import JournalEntry
from companion.core.settings import get_setting, set_setting
from companion.core.storage import backup as backup_module
from companion.core.storage import migrations
from companion.core.storage import store as store_module
from companion.core.storage.errors import DiskFullError, NoPermissionError, explain

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
TODAY = date(2026, 1, 1)
DB_NAME = "companion.sqlite3"
WRITE_KEYWORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


# --- helpers ---------------------------------------------------------------------------------


def _filled(data: Path, clock: FakeClock) -> storage.Storage:
    """An open store with a checklist, a journal entry, a setting and one backup."""
    store = storage.open(data, clock=clock)
    checklist.ensure_template(store.db, load_checklist_template())
    journal.save_entry(store.db, JournalEntry(day=TODAY, mood=3, notes="before"), TODAY)
    set_setting(store.db, "region", "AU")
    store.backup_now()
    clock.advance(60)
    return store


def _dump(data: Path) -> list[str]:
    """Everything stored, as SQL, read by a separate read-only connection (it sees the WAL)."""
    conn = sqlite3.connect(f"{(data / DB_NAME).absolute().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _backup_names(data: Path) -> list[str]:
    folder = data / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _state(data: Path) -> tuple[list[str], list[str]]:
    return _dump(data), _backup_names(data)


def _files(data: Path) -> dict[str, bytes]:
    """Every file under the data folder and its bytes (for "nothing on disk changed").

    The -shm index and an empty -wal, which SQLite makes even for a read-only look at a
    WAL database, hold no data and are left out.
    """
    return {
        str(p.relative_to(data)): p.read_bytes()
        for p in sorted(data.rglob("*"))
        if p.is_file()
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


def _assert_healthy(store: storage.Storage) -> None:
    db = store.db
    assert not db.conn.in_transaction, "a failed write must not leave a transaction open"
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # The full-text index still matches its table (a half-done write would break it).
    db.execute("INSERT INTO journal_entries_fts(journal_entries_fts) VALUES ('integrity-check')")


def _clear(error: Exception) -> str:
    text = str(error)
    assert "\n" not in text
    assert "Nothing was changed" in text
    return text


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _every_write(db: Database, category: str, item_id: int, n: int = 0) -> dict:
    """The writes the UI makes most, by name, each a callable doing one of them."""
    return {
        "journal": lambda: journal.save_entry(
            db, JournalEntry(day=date(2025, 6, 1 + n), notes="x" * 20_000), TODAY
        ),
        "add-task": lambda: checklist.save_item(
            db, None, category=category, title=f"task {n}", notes="n" * 2000
        ),
        "tick": lambda: checklist.set_done(db, item_id, True, TODAY),
        "setting": lambda: set_setting(db, "region", "NZ"),
    }


# --- a full disk: SQLite's own SQLITE_FULL ---------------------------------------------------


def test_real_sqlite_full_rolls_back_every_growing_write(tmp_path, clock):
    """max_page_count makes SQLite fail with its real "database or disk is full" error."""
    store = _filled(tmp_path, clock)
    db = store.db
    try:
        category = checklist.categories(db)[0].key
        item_id = checklist.list_items(db)[0].id
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        failures = 0
        for n in range(60):  # the first writes may fit in free space; keep going until full
            for name, write in _every_write(db, category, item_id, n % 28).items():
                if name in ("tick", "setting"):
                    continue  # these rewrite a page in place and need no new one
                before = _dump(tmp_path)
                try:
                    write()
                except sqlite3.OperationalError as raw:
                    failures += 1
                    assert raw.sqlite_errorcode == sqlite3.SQLITE_FULL
                    error = explain(raw, "save")
                    assert isinstance(error, DiskFullError)
                    assert "disk is full" in _clear(error)
                    assert _dump(tmp_path) == before, f"{name} left part of a write behind"
                    _assert_healthy(store)
        assert failures > 0
        # Space freed: the same writes succeed and nothing is stuck.
        db.execute("PRAGMA max_page_count = 1073741823")
        journal.save_entry(db, JournalEntry(day=date(2025, 7, 1), notes="after"), TODAY)
        assert journal.get_entry(db, date(2025, 7, 1)).notes == "after"
        _assert_healthy(store)
    finally:
        store.close()


# --- a full disk and a read-only disk: every write made to fail ------------------------------


def _failing_writes(monkeypatch, message: str) -> None:
    """Make every write statement through sqlite-utils fail as SQLite would."""
    real_execute = Database.execute

    def execute(self, sql, parameters=None):
        if sql.lstrip().split(None, 1)[0].upper() in WRITE_KEYWORDS:
            raise sqlite3.OperationalError(message)
        return real_execute(self, sql, parameters)

    monkeypatch.setattr(Database, "execute", execute)


@pytest.mark.parametrize(
    ("message", "expected", "words"),
    [
        ("database or disk is full", DiskFullError, "disk is full"),
        ("attempt to write a readonly database", NoPermissionError, "not allowed to write"),
    ],
    ids=["disk-full", "read-only"],
)
@pytest.mark.parametrize("write", ["journal", "add-task", "tick", "setting"])
def test_a_failing_write_changes_nothing_and_is_explained(
    tmp_path, clock, monkeypatch, write, message, expected, words
):
    store = _filled(tmp_path, clock)
    db = store.db
    try:
        category = checklist.categories(db)[0].key
        item_id = checklist.list_items(db)[0].id
        before = _state(tmp_path)
        _failing_writes(monkeypatch, message)
        with pytest.raises(sqlite3.OperationalError) as raised:
            _every_write(db, category, item_id)[write]()
        error = explain(raised.value, "save")
        assert isinstance(error, expected)
        assert isinstance(error, storage.StorageError)
        assert words in _clear(error)
        assert "save your changes" in str(error)
        monkeypatch.undo()
        assert _state(tmp_path) == before
        _assert_healthy(store)
        _every_write(db, category, item_id)[write]()  # works again once the disk is back
    finally:
        monkeypatch.undo()
        store.close()


def test_real_read_only_connection_is_a_permission_error_not_damage(tmp_path, clock):
    """SQLite's own SQLITE_READONLY (query_only stands in for a read-only mount)."""
    store = _filled(tmp_path, clock)
    try:
        before = _state(tmp_path)
        store.db.execute("PRAGMA query_only = ON")
        with pytest.raises(sqlite3.OperationalError) as raised:
            journal.save_entry(store.db, JournalEntry(day=TODAY, notes="after"), TODAY)
        error = explain(raised.value, "save")
        assert isinstance(error, NoPermissionError)
        assert "not allowed to write" in _clear(error)
        assert _state(tmp_path) == before
        store.db.execute("PRAGMA query_only = OFF")
        _assert_healthy(store)
    finally:
        store.close()


# --- backups on a full or read-only disk -----------------------------------------------------

OS_FAILURES = [
    (errno.ENOSPC, DiskFullError, "disk is full"),
    (errno.EROFS, NoPermissionError, "not allowed to write"),
    (errno.EACCES, NoPermissionError, "not allowed to write"),
]
OS_IDS = ["ENOSPC", "EROFS", "EACCES"]


def _raise_os(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(args[0]) if args else None)

    return fail


@pytest.mark.parametrize(("code", "expected", "words"), OS_FAILURES, ids=OS_IDS)
def test_backup_now_when_the_final_rename_fails(
    tmp_path, clock, monkeypatch, code, expected, words
):
    store = _filled(tmp_path, clock)
    try:
        set_setting(store.db, "region", "UK")
        before = _state(tmp_path)
        monkeypatch.setattr(backup_module.os, "replace", _raise_os(code))
        with pytest.raises(expected) as raised:
            store.backup_now()
        monkeypatch.undo()
        assert words in _clear(raised.value)
        assert "make a backup" in str(raised.value)
        assert _state(tmp_path) == before  # no new backup, not even a half-written one
        assert not [p for p in (tmp_path / "backups").iterdir() if p.name.startswith(".")]
        assert store.changed_since_backup  # the backup is still owed
        assert get_setting(store.db, "region") == "UK"
        _assert_healthy(store)
    finally:
        monkeypatch.undo()
        store.close()
    assert storage.list_backups(tmp_path / "backups")[0].path.exists()


@pytest.mark.parametrize(("code", "expected", "words"), OS_FAILURES, ids=OS_IDS)
def test_close_on_a_full_disk_still_closes_and_keeps_the_data(
    tmp_path, clock, monkeypatch, code, expected, words
):
    store = _filled(tmp_path, clock)
    journal.save_entry(store.db, JournalEntry(day=TODAY, notes="typed just before"), TODAY)
    before = _state(tmp_path)
    monkeypatch.setattr(store_module, "make_backup", _raise_os(code))
    with pytest.raises(expected) as raised:
        store.close()
    monkeypatch.undo()
    assert words in _clear(raised.value)
    with pytest.raises(sqlite3.ProgrammingError):  # the database was closed all the same
        store.db.execute("SELECT 1")
    assert _state(tmp_path) == before
    store = storage.open(tmp_path, clock=clock)
    try:
        assert store.recovery is None
        assert journal.get_entry(store.db, TODAY).notes == "typed just before"
    finally:
        store.close()


@pytest.mark.parametrize(("code", "expected", "words"), OS_FAILURES, ids=OS_IDS)
def test_backup_existing_on_a_full_disk_changes_nothing(
    tmp_path, clock, monkeypatch, code, expected, words
):
    _filled(tmp_path, clock).close()
    before = _files(tmp_path)
    monkeypatch.setattr(backup_module.os, "replace", _raise_os(code))
    with pytest.raises(expected) as raised:
        storage.backup_existing(tmp_path, clock=clock)
    monkeypatch.undo()
    assert words in _clear(raised.value)
    assert _files(tmp_path) == before


# --- opening on a full or read-only disk -----------------------------------------------------


def test_an_update_that_needs_a_backup_on_a_full_disk_is_not_applied(tmp_path, clock, monkeypatch):
    _filled(tmp_path, clock).close()
    before = _files(tmp_path)
    applied = []
    monkeypatch.setattr(migrations, "pending_names", lambda db: ["m999_from_the_future"])
    monkeypatch.setattr(migrations, "apply", lambda db: applied.append(db))
    monkeypatch.setattr(backup_module.os, "replace", _raise_os(errno.ENOSPC))
    with pytest.raises(DiskFullError) as raised:
        storage.open(tmp_path, clock=clock)
    monkeypatch.undo()
    assert "disk is full" in _clear(raised.value)
    assert applied == []  # no update without its backup
    assert _files(tmp_path) == before


@pytest.mark.parametrize(("code", "expected", "words"), OS_FAILURES, ids=OS_IDS)
def test_open_when_the_folder_cannot_be_written(
    tmp_path, clock, monkeypatch, code, expected, words
):
    """The data folder on a read-only or full disk: os.open for writing fails."""
    data = tmp_path / "data"
    _filled(data, clock).close()
    before = _files(data)
    real_open = os.open

    def guarded_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(paths.os, "open", guarded_open)
    with pytest.raises(expected) as raised:
        storage.open(data, clock=clock)
    monkeypatch.undo()
    text = _clear(raised.value)
    assert words in text
    if expected is NoPermissionError:
        assert str(data) in text  # says where
    assert _files(data) == before
    assert not (data / "damaged").exists()


def test_a_new_data_folder_on_a_read_only_disk(tmp_path, clock, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(tmp_path / "data"))

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(NoPermissionError) as raised:
        storage.open(tmp_path / "data", clock=clock)
    monkeypatch.undo()
    assert "open the data folder" in _clear(raised.value)
    assert not (tmp_path / "data").exists()


def test_recovery_on_a_full_disk_keeps_the_damaged_file_in_place_to_try_again(
    tmp_path, clock, monkeypatch
):
    """Restoring a backup needs room for its copy; without it, nothing may move."""
    _filled(tmp_path, clock).close()
    garbage = b"not a database " * 200
    (tmp_path / DB_NAME).write_bytes(garbage)
    before = _files(tmp_path)
    monkeypatch.setattr(backup_module.shutil, "copyfile", _raise_os(errno.ENOSPC))
    with pytest.raises(DiskFullError) as raised:
        storage.open(tmp_path, clock=clock)
    monkeypatch.undo()
    assert "disk is full" in _clear(raised.value)
    assert _files(tmp_path) == before  # true to "Nothing was changed"
    assert not (tmp_path / "damaged").exists()

    store = storage.open(tmp_path, clock=clock)  # space freed: the recovery happens now
    try:
        assert store.recovery is not None
        assert store.recovery.restored_from is not None
        assert store.recovery.damaged_path.read_bytes() == garbage
        assert get_setting(store.db, "region") == "AU"
        assert journal.get_entry(store.db, TODAY).notes == "before"
    finally:
        store.close()


# --- a real read-only folder (not as root) ---------------------------------------------------


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_read_only_database_file_is_refused_and_left_alone(tmp_path, clock):
    data = tmp_path / "data"
    _filled(data, clock).close()
    db_file = data / DB_NAME
    before = _files(data)
    db_file.chmod(0o400)
    try:
        with pytest.raises(NoPermissionError) as raised:
            storage.open(data, clock=clock)
        assert str(db_file) in _clear(raised.value)
    finally:
        db_file.chmod(0o600)
    assert _files(data) == before
    assert not (data / "damaged").exists()


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_read_only_folder_of_ones_own_is_made_private_and_writable_again(tmp_path, clock):
    """The owner may always change their own folder's mode, and the app does (0700)."""
    data = tmp_path / "data"
    _filled(data, clock).close()
    data.chmod(0o500)
    try:
        store = storage.open(data, clock=clock)
    finally:
        data.chmod(0o700)
    try:
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        journal.save_entry(store.db, JournalEntry(day=TODAY, notes="after"), TODAY)
    finally:
        store.close()


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_read_only_backups_folder_of_ones_own_is_made_writable_again(tmp_path, clock):
    """A backups folder made read-only (0500) by the person: the next backup chmods it back."""
    store = _filled(tmp_path / "data", clock)
    data = tmp_path / "data"
    try:
        set_setting(store.db, "region", "UK")
        before = _state(data)
        backups = data / "backups"
        for backup in backups.iterdir():
            backup.chmod(0o400)
        backups.chmod(0o500)
        made = store.backup_now()
        assert made.exists()
        assert stat.S_IMODE(backups.stat().st_mode) == 0o700
        assert _dump(data) == before[0]
    finally:
        (data / "backups").chmod(0o700)
        store.close()
