"""Passphrase protection: with it on, nothing in the data folder can be read without the
key; the passphrase and the recovery key both unlock; a wrong one opens and changes
nothing; changing the passphrase and switching protection on and off keep every record;
backups, restore, the check, recovery from damage and the newer-version refusal all work
protected; an interrupted switch is finished or undone at the next start."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from companion.core import export, journal, paths, storage
from companion.core.clock import FakeClock
from companion.core.journal import JournalEntry
from companion.core.storage import db as sql
from companion.core.storage import keys, protection
from companion.core.storage.errors import LockedDataError, NewerDatabaseError, StorageError
from tests.core.conftest import fill_every_table

CHEAP = keys.Cost(n=2**10, r=8, p=1)  # the real cost takes half a second a try
PASSPHRASE = "a calm and steady passphrase"
RECOVERY = "7K2QM-4PXRT-9WBCD-EFGH1-JK3MN"
SECRET_WORD = "Zanzibarquill"
NOW = datetime(2026, 3, 10, 12, 0)
TODAY = date(2026, 3, 10)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


def _everything(store: storage.Storage) -> dict:
    document = export.export_document(store.db, NOW)
    del document["exported_at"]
    return document


def _filled(folder: Path, clock: FakeClock) -> storage.Storage:
    store = storage.open(folder, clock=clock)
    fill_every_table(store.db)
    journal.save_entry(
        store.db, JournalEntry(day=TODAY, notes=f"I wrote {SECRET_WORD} here"), today=TODAY
    )
    store.backup_now()
    return store


def _key(folder: Path, secret: str = PASSPHRASE) -> bytes:
    document = keys.read_key_file(folder)
    assert document is not None
    return keys.unlock(document, secret)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != paths.LOCK_NAME
    }


def _protected(tmp_path: Path, clock: FakeClock) -> tuple[storage.Storage, dict]:
    store = _filled(tmp_path, clock)
    before = _everything(store)
    return protection.turn_on(store, PASSPHRASE, RECOVERY, CHEAP), before


def test_protected_files_hold_no_typed_word_and_no_sqlite_header(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    journal.save_entry(
        store.db, JournalEntry(day=TODAY, notes=f"Later {SECRET_WORD} again"), today=TODAY
    )
    store.backup_now()
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the -wal file is checked too
    files = _files(tmp_path)
    assert any(name.startswith("backups/") for name in files)
    for name, data in files.items():
        assert SECRET_WORD.encode() not in data, name
        assert SECRET_WORD.encode("utf-16-le") not in data, name
        assert not data.startswith(sql.PLAIN_HEADER), name
    assert "Later " + SECRET_WORD in json.dumps(_everything(store))  # and reads back
    assert _everything(store) != before
    store.close()


def test_locked_data_opens_only_with_its_key(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    store.close()
    with pytest.raises(LockedDataError):
        storage.open(tmp_path, clock=clock)
    with pytest.raises(LockedDataError):
        storage.open_readonly(tmp_path)
    for secret in (PASSPHRASE, RECOVERY, RECOVERY.lower().replace("-", " ")):
        again = storage.open(tmp_path, clock=clock, key=_key(tmp_path, secret))
        assert _everything(again) == before
        again.close()


def test_a_wrong_passphrase_opens_nothing_and_changes_nothing(tmp_path, clock):
    store, _ = _protected(tmp_path, clock)
    store.close()
    before = _files(tmp_path)
    document = keys.read_key_file(tmp_path)
    assert document is not None
    for wrong in ("a calm and steady passphrasE", "7K2QM-4PXRT-9WBCD-EFGH1-JK3MM", ""):
        with pytest.raises(keys.WrongSecretError):
            keys.unlock(document, wrong)
    with pytest.raises(keys.WrongSecretError):
        protection.change_passphrase(tmp_path, "not it at all", "another passphrase", CHEAP)
    with pytest.raises(LockedDataError):
        storage.open(tmp_path, clock=clock)
    assert _files(tmp_path) == before


def test_changing_the_passphrase_keeps_every_record_and_the_recovery_key(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    database = store.path.read_bytes()
    protection.change_passphrase(tmp_path, PASSPHRASE, "a new passphrase, longer", CHEAP)
    assert store.path.read_bytes() == database  # only the key file changed
    store.close()
    document = keys.read_key_file(tmp_path)
    assert document is not None
    with pytest.raises(keys.WrongSecretError):
        keys.unlock(document, PASSPHRASE)
    for secret in ("a new passphrase, longer", RECOVERY):
        again = storage.open(tmp_path, clock=clock, key=_key(tmp_path, secret))
        assert _everything(again) == before
        again.close()


def test_on_and_off_round_trips_every_record_and_every_backup(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    assert protection.is_protected(tmp_path)
    assert all(not sql.is_plain(b.path) for b in store.backups())
    plain = protection.turn_off(store, RECOVERY)
    assert not protection.is_protected(tmp_path) and plain.key is None
    assert _everything(plain) == before
    assert plain.backups() and all(sql.is_plain(b.path) for b in plain.backups())
    assert sql.is_plain(plain.path)
    plain.close()
    again = storage.open(tmp_path, clock=clock)
    assert _everything(again) == before
    assert not list(tmp_path.glob(".*partial*")) and not (tmp_path / "keys.pending.json").exists()
    again.close()


def test_turning_off_with_a_wrong_secret_changes_nothing(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    files = _files(tmp_path)
    with pytest.raises(keys.WrongSecretError):
        protection.turn_off(store, "not the passphrase")
    assert _files(tmp_path) == files
    assert _everything(store) == before  # still open, still usable
    store.close()


def test_a_failed_conversion_leaves_the_data_as_it_was(tmp_path, clock, monkeypatch):
    store = _filled(tmp_path, clock)
    before = _everything(store)

    def broken(*_args: object) -> None:
        raise sqlite3.DatabaseError("the converted copy failed its check: broken")

    monkeypatch.setattr(protection, "convert", broken)
    with pytest.raises(StorageError) as raised:
        protection.turn_on(store, PASSPHRASE, RECOVERY, CHEAP)
    assert raised.value.action == "protect"
    assert not protection.is_protected(tmp_path)
    assert not (tmp_path / protection.PENDING_KEY_FILE).exists()
    assert _everything(store) == before and sql.is_plain(store.path)
    journal.save_entry(store.db, JournalEntry(day=TODAY, notes="still saving"), today=TODAY)
    store.close()


def test_backups_restore_and_the_check_work_protected(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    made = store.backup_now()
    assert not sql.is_plain(made)
    journal.save_entry(store.db, JournalEntry(day=TODAY, notes="after the backup"), today=TODAY)
    clock.advance(timedelta(minutes=1))
    restored = storage.restore_backup(store, made)
    assert _everything(restored) == before
    assert restored.before_restore is not None and not sql.is_plain(restored.before_restore)
    key = restored.key
    assert key is not None
    restored.close()
    assert storage.check(tmp_path, key=key) == []
    with pytest.raises(LockedDataError):
        storage.check(tmp_path)
    exported = storage.backup_existing(tmp_path, clock=clock, key=key)
    assert not sql.is_plain(exported)


def test_a_plain_backup_is_not_restored_over_protected_data(tmp_path, clock):
    store = _filled(tmp_path, clock)
    plain_copy = tmp_path.parent / "plain-copy.sqlite3"
    plain_copy.write_bytes(store.backups()[0].path.read_bytes())
    protected = protection.turn_on(store, PASSPHRASE, RECOVERY, CHEAP)
    before = _everything(protected)
    with pytest.raises(StorageError, match="not protected"):
        storage.restore_backup(protected, plain_copy)
    assert _everything(protected) == before
    protected.close()


def test_damaged_protected_data_is_recovered_from_an_encrypted_backup(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    key = store.key
    store.backup_now()
    store.close()
    database = paths.database_path(tmp_path)
    data = bytearray(database.read_bytes())
    data[5000:6000] = os.urandom(1000)  # a page no longer passes its check
    database.write_bytes(bytes(data))
    again = storage.open(tmp_path, clock=clock, key=key)
    assert again.recovery is not None and again.recovery.restored_from is not None
    assert _everything(again) == before
    again.close()


def test_protected_data_from_a_newer_version_is_refused_untouched(tmp_path, clock):
    store, _ = _protected(tmp_path, clock)
    store.db.conn.execute(
        "INSERT INTO _sqlite_migrations (id, migration_set, name, applied_at) "
        "VALUES (999, 'companion', 'm999_from_the_future', 'x')"
    )
    store.db.conn.commit()
    key = store.key
    store.close()
    before = hashlib.sha256(paths.database_path(tmp_path).read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError):
        storage.open(tmp_path, clock=clock, key=key)
    assert hashlib.sha256(paths.database_path(tmp_path).read_bytes()).hexdigest() == before


def test_a_first_start_with_protection_makes_an_encrypted_database(tmp_path, clock):
    store = storage.open(tmp_path, clock=clock)
    store.close()
    paths.database_path(tmp_path).unlink()
    for side in ("-wal", "-shm"):
        paths.database_path(tmp_path).with_name(paths.DATABASE_NAME + side).unlink(missing_ok=True)
    store = storage.open(tmp_path, clock=clock)
    protected = protection.turn_on(store, PASSPHRASE, RECOVERY, CHEAP)
    assert not sql.is_plain(protected.path)
    protected.close()


# --- an interrupted switch, as a crash leaves it -------------------------------------------


def test_a_pending_key_file_beside_plain_data_is_dropped(tmp_path, clock):
    store = _filled(tmp_path, clock)
    before = _everything(store)
    store.close()
    _, document = keys.make_keys(PASSPHRASE, RECOVERY, CHEAP)
    keys.write_key_file(tmp_path, document, protection.PENDING_KEY_FILE)
    again = storage.open(tmp_path, clock=clock)
    assert _everything(again) == before
    assert not (tmp_path / protection.PENDING_KEY_FILE).exists()
    assert not protection.is_protected(tmp_path)
    again.close()


def test_a_pending_key_file_beside_encrypted_data_is_kept(tmp_path, clock):
    store, before = _protected(tmp_path, clock)
    store.close()
    os.replace(keys.key_file(tmp_path), tmp_path / protection.PENDING_KEY_FILE)
    assert not protection.is_protected(tmp_path)
    assert protection.key_document(tmp_path) is not None  # what a start unlocks with
    assert protection.settle(tmp_path) == "on"
    again = storage.open(tmp_path, clock=clock, key=_key(tmp_path))
    assert _everything(again) == before
    again.close()


def test_a_key_file_beside_plain_data_means_protection_was_turned_off(tmp_path, clock):
    store = _filled(tmp_path, clock)
    before = _everything(store)
    store.close()
    _, document = keys.make_keys(PASSPHRASE, RECOVERY, CHEAP)
    keys.write_key_file(tmp_path, document)
    again = storage.open(tmp_path, clock=clock)
    assert _everything(again) == before and not protection.is_protected(tmp_path)
    again.close()


def test_plain_backups_left_beside_protected_data_are_encrypted_at_start(tmp_path, clock):
    store, _ = _protected(tmp_path, clock)
    key = store.key
    assert key is not None
    protection.convert_backups(tmp_path, key, None)  # as a crash during the switch off
    assert all(sql.is_plain(b.path) for b in store.backups())
    store.close()
    again = storage.open(tmp_path, clock=clock, key=key)
    assert again.backups() and all(not sql.is_plain(b.path) for b in again.backups())
    again.close()


def test_the_data_folder_lock_holds_with_protection_on(tmp_path, clock):
    """The window's lock keeps a restore from another process out, protected or not."""
    store, _ = _protected(tmp_path / "data", clock)
    backup = store.backups()[0].path
    store.close()
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(0o600)
    window = storage.hold(tmp_path / "data", storage.WINDOW)
    try:
        refused = subprocess.run(
            [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "data"),
             "--passphrase-file", str(secret), "restore", str(backup)],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        window.release()
    assert refused.returncode == 1 and "is open with this data" in refused.stderr
    assert not sql.is_plain(paths.database_path(tmp_path / "data"))
