"""The jobs the command line and the window share: import with its backup, restore, delete a
day with a backup, and the exports (JSON, CSV, .ics). Anything refused changes nothing."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from companion.core import export, journal, operations, people, plan, storage
from companion.core.clock import FakeClock
from companion.core.export_checks import ImportRefused
from companion.core.settings import get_setting, set_setting
from companion.core.validate import InvalidInputError

NOW = datetime(2026, 3, 10, 12, 0)
DAY = NOW.date()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    opened = storage.open(tmp_path / "data", clock=clock)
    yield opened
    opened.close()


def _backups(store: storage.Storage) -> list[Path]:
    return [backup.path for backup in store.backups()]


def _everything(store: storage.Storage) -> dict:
    document = export.export_document(store.db, NOW)
    del document["exported_at"]
    return document


def _an_export(tmp_path: Path, fill_everything) -> Path:
    """An export file of a database filled in every table."""
    other = storage.open(tmp_path / "other", clock=FakeClock())
    try:
        fill_everything(other.db)
        path = tmp_path / "export.json"
        operations.export_everything(other.db, path, NOW)
    finally:
        other.close()
    return path


# --- import -----------------------------------------------------------------------------------


def test_check_import_of_a_good_file_finds_no_problem(tmp_path, fill_everything):
    document, problems = operations.check_import(_an_export(tmp_path, fill_everything))
    assert problems == []
    assert export.row_count(document) > 0


@pytest.mark.parametrize("content", [None, b"", b"not json", b"[1, 2]", b'{"format": "other"}'])
def test_check_import_of_a_bad_file_says_what_is_wrong(tmp_path, content):
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_bytes(content)
    _, problems = operations.check_import(path)
    assert problems
    assert all(problem.what for problem in problems)


def test_import_into_empty_data_backs_up_then_imports(tmp_path, store, fill_everything):
    document, _ = operations.check_import(_an_export(tmp_path, fill_everything))
    done = operations.import_file(store, document, replace=False)
    assert done.rows == export.row_count(document)
    assert "before-import" in done.backup_path.name and done.backup_path.is_file()
    assert stat.S_IMODE(done.backup_path.stat().st_mode) == 0o600
    assert _backups(store) == [done.backup_path]
    assert _everything(store)["tables"] == document["tables"]


def test_import_over_data_is_refused_without_replace_and_changes_nothing(
    tmp_path, store, fill_everything
):
    document, _ = operations.check_import(_an_export(tmp_path, fill_everything))
    set_setting(store.db, "region", "IE")
    before = _everything(store)
    with pytest.raises(InvalidInputError) as refused:
        operations.import_file(store, document, replace=False)
    assert refused.value.reason == "not-empty"
    assert _everything(store) == before
    assert _backups(store) == []  # no backup made for nothing


def test_import_over_data_with_replace_keeps_the_data_from_before(tmp_path, store, fill_everything):
    document, _ = operations.check_import(_an_export(tmp_path, fill_everything))
    set_setting(store.db, "region", "IE")
    done = operations.import_file(store, document, replace=True)
    assert get_setting(store.db, "region") == "UK"  # the file's
    with sqlite3.connect(done.backup_path) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'region'").fetchone() == (
            '"IE"',
        )


def test_a_refused_import_changes_nothing_and_makes_no_backup(tmp_path, store, fill_everything):
    document, _ = operations.check_import(_an_export(tmp_path, fill_everything))
    document["tables"]["helpers"][0]["name"] = ""  # one problem is enough
    set_setting(store.db, "region", "IE")
    before = _everything(store)
    for replace in (False, True):
        with pytest.raises(ImportRefused):
            operations.import_file(store, document, replace=replace)
    assert _everything(store) == before
    assert _backups(store) == []


# --- restore ----------------------------------------------------------------------------------


def test_find_backup_by_name_or_path(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "one.sqlite3").write_bytes(b"x")
    elsewhere = tmp_path / "elsewhere.sqlite3"
    elsewhere.write_bytes(b"x")
    assert operations.find_backup("one.sqlite3", backups) == backups / "one.sqlite3"
    assert operations.find_backup(str(elsewhere), backups) == elsewhere
    assert operations.find_backup("none.sqlite3", backups) is None
    assert operations.find_backup(str(backups), backups) is None  # a folder is not a backup


def test_restore_brings_back_the_backup_and_keeps_the_current(tmp_path, clock):
    store = storage.open(tmp_path / "data", clock=clock)
    set_setting(store.db, "region", "UK")
    made = store.backup_now()
    clock.advance(timedelta(hours=1))
    set_setting(store.db, "region", "IE")
    restored = operations.restore(store, made)
    try:
        assert get_setting(restored.db, "region") == "UK"
        assert restored.before_restore is not None
        assert "before-restore" in restored.before_restore.name
    finally:
        restored.close()


def test_restore_of_a_damaged_backup_is_refused_and_changes_nothing(tmp_path, store):
    set_setting(store.db, "region", "IE")
    before = _everything(store)
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(storage.StorageError):
        operations.restore(store, damaged)
    assert _everything(store) == before


# --- delete a day -----------------------------------------------------------------------------


def test_delete_day_backs_up_first_then_deletes(store):
    journal.save_entry(store.db, journal.JournalEntry(DAY, mood=3, notes="hard day"), DAY)
    assert operations.delete_day(store, DAY) is True
    assert journal.get_entry(store.db, DAY) is None
    [kept] = _backups(store)
    assert "before-delete" in kept.name

    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT notes FROM journal_entries").fetchall() == [("hard day",)]
    assert operations.delete_day(store, DAY - timedelta(days=1)) is False  # nothing that day


def test_no_backup_no_delete(store, monkeypatch):
    journal.save_entry(store.db, journal.JournalEntry(DAY, mood=3), DAY)

    def full_disk(reason: str = "") -> Path:
        raise storage.DiskFullError("The disk is full; nothing was changed.", "backup")

    with monkeypatch.context() as patched, pytest.raises(storage.StorageError):
        patched.setattr(store, "backup_now", full_disk)
        operations.delete_day(store, DAY)
    assert journal.get_entry(store.db, DAY) is not None


# --- exports ----------------------------------------------------------------------------------


def test_export_everything_writes_a_private_file_that_imports_back(tmp_path, full_db):
    path = tmp_path / "all.json"
    rows = operations.export_everything(full_db, path, NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = json.loads(path.read_text("utf-8"))
    assert rows == export.row_count(document) > 0
    assert export.validate_document(document) == []


def test_export_journal_csv(tmp_path, db):
    journal.save_entry(db, journal.JournalEntry(date(2026, 3, 1), mood=2), DAY)
    journal.save_entry(db, journal.JournalEntry(date(2026, 3, 2), mood=4), DAY)
    path = tmp_path / "journal.csv"
    assert operations.export_journal_csv(db, path) == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    rows = list(csv.reader(path.open(newline="", encoding="utf-8")))
    assert [row[0] for row in rows[1:]] == ["2026-03-01", "2026-03-02"]


def test_export_appointments_ics_names_who_and_counts_what_is_left_out(tmp_path, db):
    maya = people.save_person(db, None, name="Maya", phone="0871")
    plan.save_appointment(
        db,
        None,
        kind="therapy",
        title="Counselling",
        starts_at="2026-03-12T10:00",
        contact_id=maya.id,
    )
    plan.save_appointment(
        db, None, kind="support-group", title="Group", starts_at="2026-03-13T19:00"
    )
    db.table("appointments").insert(
        {"kind": "other", "title": "Odd", "starts_at": "1850-01-01T10:00"}
    )
    path = tmp_path / "appointments.ics"
    assert operations.export_appointments_ics(db, path, NOW) == (2, 1)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text("utf-8")
    assert text.count("BEGIN:VEVENT") == 2
    assert "With: Maya" in text
    assert "Odd" not in text
