"""A database file replaced or removed under an open connection: no more is written through
it (the change would go into a file that is no longer the person's data), reads go on,
and the refusal is a named StorageError the window turns into a message."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

from companion.core import checklist, journal, storage
from companion.core.content import load_checklist_template
from companion.core.journal import JournalEntry
from companion.core.settings import get_setting, set_setting
from companion.core.storage.errors import DataReplacedError, StorageError

TODAY = date(2026, 1, 1)


def _replace_under(store: storage.Storage, tmp_path) -> None:
    """What a restore that ignored the lock did: a copy put in place with a rename."""
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(store.path, copy)
    os.replace(copy, store.path)


def test_a_replaced_file_is_never_written_through_the_old_connection(tmp_path):
    data = tmp_path / "data"
    store = storage.open(data)
    set_setting(store.db, "region", "UK")
    _replace_under(store, tmp_path)
    with pytest.raises(DataReplacedError) as refused:
        journal.save_entry(store.db, JournalEntry(day=TODAY, notes="after"), TODAY)
    assert isinstance(refused.value, StorageError)
    assert "replaced or removed" in str(refused.value)
    assert store.replaced
    assert get_setting(store.db, "region") == "UK"  # reading still works
    with pytest.raises(DataReplacedError):  # and it stays refused
        checklist.ensure_template(store.db, load_checklist_template())
    store.db.close()


def test_a_removed_file_is_refused_too(tmp_path):
    store = storage.open(tmp_path / "data")
    store.path.unlink()
    with pytest.raises(DataReplacedError):
        set_setting(store.db, "region", "IE")
    store.db.close()


def test_the_same_file_keeps_working(tmp_path):
    store = storage.open(tmp_path / "data")
    for n in range(50):
        journal.save_entry(store.db, JournalEntry(day=TODAY, notes=f"n{n}"), TODAY)
    assert not store.replaced
    store.close()


def test_restore_from_the_app_itself_is_not_a_replacement(tmp_path):
    store = storage.open(tmp_path / "data")
    set_setting(store.db, "region", "UK")
    backup = store.backup_now()
    set_setting(store.db, "region", "IE")
    store = storage.restore_backup(store, backup)
    set_setting(store.db, "region", "AU")  # the reopened connection watches the new file
    assert get_setting(store.db, "region") == "AU"
    store.close()
