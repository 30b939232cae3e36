"""storage.open: a private, checked, migrated database with safe pragmas."""

import stat
from pathlib import Path

from companion.core import storage
from companion.core.clock import FakeClock
from companion.core.settings import get_setting, set_setting
from companion.core.storage import migrations


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _pragma(store: storage.Storage, name: str):
    return store.db.execute(f"PRAGMA {name}").fetchone()[0]


def test_open_creates_private_folder_and_database(tmp_path):
    data = tmp_path / "data"
    store = storage.open(data, clock=FakeClock())
    try:
        assert _mode(data) == 0o700
        assert store.path == data / "companion.sqlite3"
        assert _mode(store.path) == 0o600
    finally:
        store.close()


def test_open_tightens_an_existing_open_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    storage.open(data, clock=FakeClock()).close()
    assert _mode(data) == 0o700


def test_wal_and_shm_files_are_owner_only(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        set_setting(store.db, "region", "UK")
        wal = tmp_path / "companion.sqlite3-wal"
        shm = tmp_path / "companion.sqlite3-shm"
        assert wal.exists() and shm.exists()
        assert _mode(wal) == 0o600
        assert _mode(shm) == 0o600
    finally:
        store.close()


def test_live_connection_pragmas(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert _pragma(store, "journal_mode") == "wal"
        assert _pragma(store, "synchronous") == 2  # FULL
        assert _pragma(store, "foreign_keys") == 1
    finally:
        store.close()


def test_all_migrations_applied(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert migrations.pending_names(store.db) == []
        assert {"settings", "own_numbers"} <= set(store.db.table_names())
        rows = store.db.execute(
            "SELECT migration_set, name FROM _sqlite_migrations ORDER BY rowid"
        ).fetchall()
        assert rows == [("companion", name) for name in migrations.known_names()]
    finally:
        store.close()


def test_opening_twice_keeps_data_and_changes_no_schema(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    set_setting(store.db, "region", "NZ")
    store.close()

    again = storage.open(tmp_path, clock=FakeClock())
    try:
        assert get_setting(again.db, "region") == "NZ"
        assert migrations.pending_names(again.db) == []
        count = again.db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
        assert count == len(migrations.known_names())
        assert again.recovery is None
    finally:
        again.close()


def test_fresh_open_has_nothing_to_back_up(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert not store.changed_since_backup
        assert store.backups() == []
    finally:
        store.close()
    assert storage.list_backups(tmp_path / "backups") == []


def test_erase_everything_removes_data_backups_and_damaged_copies(tmp_path):
    store = storage.open(tmp_path, clock=FakeClock())
    set_setting(store.db, "region", "UK")
    store.backup_now()
    (tmp_path / "damaged").mkdir()
    (tmp_path / "damaged" / "companion-damaged-20260101-090000.sqlite3").write_bytes(b"x")
    store.erase_everything()
    assert sorted(p.name for p in tmp_path.iterdir()) == []

    fresh = storage.open(tmp_path, clock=FakeClock())
    try:
        assert get_setting(fresh.db, "region") == "US"
    finally:
        fresh.close()
