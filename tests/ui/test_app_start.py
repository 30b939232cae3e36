"""Starting the whole app: normal start, a damaged database, a database from a newer version."""

from __future__ import annotations

import hashlib
import sqlite3

from companion.core import contacts, storage
from companion.ui import app as app_module
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import told_into


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_normal_start_and_close(tmp_path, qapp):
    data = tmp_path / "data"
    assert app_module.run_app(data_dir=str(data), quit_after_ms=50) == 0
    assert (data / "companion.sqlite3").exists()
    assert (data / "window.ini").exists()
    assert storage.check(data) == []


def test_environment_variable_chooses_the_data_folder(tmp_path, qapp, monkeypatch):
    data = tmp_path / "from-env"
    monkeypatch.setenv("PREP_COMPANION_DATA_DIR", str(data))
    assert app_module.run_app(quit_after_ms=0) == 0
    assert (data / "companion.sqlite3").exists()


def test_damaged_database_is_restored_and_the_user_told(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    store = storage.open(data)
    contacts.save_own_number(store.db, None, name="Sam", number="555 0101")
    store.close()  # makes a backup, since something changed
    (data / "companion.sqlite3").write_bytes(b"not a database at all " * 300)
    told = []
    monkeypatch.setattr(dialogs, "run", told_into(told))
    assert app_module.run_app(data_dir=str(data), quit_after_ms=100) == 0
    assert told, "the person must be told their data was restored"
    assert "restored" in told[0]
    assert str(data / "damaged") in told[0]
    reopened = storage.open(data)
    assert [n.name for n in contacts.list_own_numbers(reopened.db)] == ["Sam"]
    reopened.db.close()
    damaged = list((data / "damaged").glob("companion-damaged-*.sqlite3"))
    assert damaged and damaged[0].read_bytes().startswith(b"not a database")


def test_damaged_database_without_backup_starts_fresh_and_keeps_the_file(
    tmp_path, qapp, monkeypatch
):
    data = tmp_path / "data"
    data.mkdir()
    (data / "companion.sqlite3").write_bytes(b"garbage" * 1000)
    told = []
    monkeypatch.setattr(dialogs, "run", told_into(told))
    assert app_module.run_app(data_dir=str(data), quit_after_ms=100) == 0
    assert told and "no good backup" in told[0]
    assert list((data / "damaged").glob("companion-damaged-*.sqlite3"))


def test_newer_database_is_refused_untouched(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    storage.open(data).db.close()
    db_file = data / "companion.sqlite3"
    conn = sqlite3.connect(db_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('companion', 'm999_from_a_newer_version', 'later')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _sha(db_file)
    told = []
    monkeypatch.setattr(dialogs, "run", told_into(told))
    assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 1
    assert told and "newer version" in told[0]
    assert _sha(db_file) == before
    assert not (data / "backups").exists() or not any((data / "backups").iterdir())
