"""Restoring a backup, and the export, import and restore commands: old data comes back, the
current data is always backed up first, and anything refused changes nothing."""

import errno
import json
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion import cli
from companion.core import export, journal, storage
from companion.core.clock import FakeClock
from companion.core.settings import get_setting, set_setting
from companion.core.storage import backup_size
from companion.core.storage import store as store_module

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 3, 10, 12, 0)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def _snapshot(data: Path) -> dict:
    """Everything in the data folder's database, read without changing it."""
    db = storage.open_readonly(data)
    try:
        document = export.export_document(db, NOW)
    finally:
        db.close()
    del document["exported_at"]
    return document


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def old_backup(tmp_path, clock) -> Path:
    """A data folder whose region was UK in its one backup, and is IE (with a journal) now."""
    store = storage.open(tmp_path, clock=clock)
    set_setting(store.db, "region", "UK")
    made = store.backup_now()
    clock.advance(timedelta(hours=1))
    set_setting(store.db, "region", "IE")
    journal.save_entry(store.db, journal.JournalEntry(NOW.date(), notes="after"), NOW.date())
    store.close()
    return made


# --- restore_backup ---------------------------------------------------------------------------


def test_restore_brings_back_old_data_and_keeps_the_current(tmp_path, clock, old_backup):
    store = storage.open(tmp_path, clock=clock)
    restored = storage.restore_backup(store, old_backup)
    try:
        assert get_setting(restored.db, "region") == "UK"
        assert journal.entry_count(restored.db) == 0
        set_setting(restored.db, "region", "CA")  # the returned storage is usable
        kept = restored.before_restore
        assert kept is not None and "before-restore" in kept.name
        assert kept.parent == tmp_path / "backups"
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    finally:
        restored.close()
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'region'").fetchone() == (
            '"IE"',
        )
    assert old_backup.exists()  # the chosen backup is never thinned away by the restore


def test_restore_of_an_older_backup_upgrades_it(tmp_path, clock):
    store = storage.open(tmp_path, clock=clock)
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(DATA / "companion-m005.sqlite3", older)
    restored = storage.restore_backup(store, older)
    try:
        assert "allergies" in restored.db.table_names()
        assert not storage.migrations.pending_names(restored.db)
    finally:
        restored.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path, clock, old_backup):
    damaged = tmp_path / "backups" / "companion-20260101-080000.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    before, backups = _snapshot(tmp_path), _names(tmp_path / "backups")
    store = storage.open(tmp_path, clock=clock)
    with pytest.raises(storage.StorageError, match="That backup is damaged"):
        storage.restore_backup(store, damaged)
    assert get_setting(store.db, "region") == "IE"  # still open and usable
    store.close()
    assert _snapshot(tmp_path) == before
    assert _names(tmp_path / "backups") == backups


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(tmp_path, clock, old_backup):
    with sqlite3.connect(old_backup) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('companion', 'm999_from_the_future', 'x')"
        )
    conn.close()
    before, backups = _snapshot(tmp_path), _names(tmp_path / "backups")
    store = storage.open(tmp_path, clock=clock)
    with pytest.raises(storage.NewerDatabaseError, match="newer version"):
        storage.restore_backup(store, old_backup)
    store.close()
    assert _snapshot(tmp_path) == before
    assert _names(tmp_path / "backups") == backups


def test_a_missing_backup_is_refused(tmp_path, clock):
    store = storage.open(tmp_path, clock=clock)
    with pytest.raises(storage.StorageError, match="no backup"):
        storage.restore_backup(store, tmp_path / "nothing.sqlite3")
    store.close()


def test_a_failure_after_closing_puts_the_data_back_and_reopens_it(
    tmp_path, clock, old_backup, monkeypatch
):
    before = _snapshot(tmp_path)
    store = storage.open(tmp_path, clock=clock)
    real_open, calls = storage.open, []

    def open_fails_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(store_module, "open", open_fails_once)
    with pytest.raises(storage.StorageError, match="disk is full") as refused:
        storage.restore_backup(store, old_backup)
    assert "as it was before the restore" in str(refused.value)
    assert get_setting(store.db, "region") == "IE"  # the same object works again
    store.close()
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before


def test_a_failed_copy_leaves_the_data_as_it_was(tmp_path, clock, old_backup, monkeypatch):
    before = _snapshot(tmp_path)
    store = storage.open(tmp_path, clock=clock)

    def no_copy(*args):
        raise OSError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setattr(store_module, "restore_file", no_copy)
    with pytest.raises(storage.StorageError):
        storage.restore_backup(store, old_backup)
    assert get_setting(store.db, "region") == "IE"
    store.close()
    assert _snapshot(tmp_path) == before


def test_backups_know_their_size(tmp_path, old_backup):
    [backup] = storage.list_backups(tmp_path / "backups")[-1:]
    assert backup.size == backup_size(backup) == old_backup.stat().st_size > 0
    old_backup.unlink()
    assert backup_size(backup) == 0


# --- prep-companion restore -----------------------------------------------------------------


def test_cli_restore_by_file_name(tmp_path, capsys, old_backup):
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "restore", old_backup.name)
    assert (code, err) == (0, "")
    assert str(old_backup) in out
    kept = [
        b for b in storage.list_backups(tmp_path / "backups") if "before-restore" in b.path.name
    ]
    assert len(kept) == 1 and str(kept[0].path) in out
    assert _snapshot(tmp_path)["tables"]["settings"] == [{"key": "region", "value": '"UK"'}]


def test_cli_restore_by_path(tmp_path, capsys, old_backup):
    elsewhere = tmp_path / "usb" / "copy.sqlite3"
    elsewhere.parent.mkdir()
    shutil.copyfile(old_backup, elsewhere)
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "restore", str(elsewhere))
    assert (code, err) == (0, "")
    assert "Restored your data from" in out and "before the restore is kept in" in out
    assert _snapshot(tmp_path)["tables"]["journal_entries"] == []


def test_cli_restore_of_an_unknown_backup_is_one_line_and_changes_nothing(tmp_path, capsys):
    code, out, err = _run(capsys, "--data-dir", str(tmp_path / "new"), "restore", "nope.sqlite3")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("prep-companion: There is no backup")
    assert not (tmp_path / "new").exists()


HOLD_AS_THE_WINDOW = (
    "import sys; from pathlib import Path; from companion.core.storage import lock; "
    "held = lock.hold(Path(sys.argv[1]), lock.WINDOW); print('ready', flush=True); "
    "sys.stdin.read()"
)


def test_cli_restore_refuses_while_the_app_is_open(tmp_path, capsys, old_backup):
    before = _snapshot(tmp_path)
    window = subprocess.Popen(
        [sys.executable, "-c", HOLD_AS_THE_WINDOW, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout.readline().strip() == "ready"
        code, _, err = _run(capsys, "--data-dir", str(tmp_path), "restore", old_backup.name)
    finally:
        window.communicate("", timeout=30)
    assert code == 1 and "is open with this data" in err
    assert _snapshot(tmp_path) == before


def test_cli_restore_of_a_damaged_backup_is_refused(tmp_path, capsys, old_backup):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    before = _snapshot(tmp_path)
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "restore", str(junk))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "damaged" in err
    assert _snapshot(tmp_path) == before


# --- prep-companion export and import --------------------------------------------------------


@pytest.fixture
def filled(tmp_path, clock, fill_everything) -> Path:
    """A data folder with realistic rows in every table."""
    data = tmp_path / "data"
    store = storage.open(data, clock=clock)
    fill_everything(store.db)
    store.close()
    return data


def test_cli_export_writes_a_private_valid_file(tmp_path, capsys, filled):
    output = tmp_path / "out.json"
    code, out, err = _run(capsys, "--data-dir", str(filled), "export", "--output", str(output))
    assert (code, err) == (0, "")
    document = export.read_document(output)
    assert out == f"Exported {export.row_count(document)} rows to {output}\n"
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert export.validate_document(document) == []


def test_cli_export_without_data_or_folder_is_one_line(tmp_path, capsys):
    code, out, err = _run(
        capsys, "--data-dir", str(tmp_path / "none"), "export", "--output", str(tmp_path / "x")
    )
    assert code == 1 and out == "" and err.count("\n") == 1
    code, _, err = _run(capsys, "export", "--output", str(tmp_path / "no" / "x.json"))
    assert code == 1 and "does not exist" in err


def _export_file(capsys, data: Path, output: Path) -> Path:
    assert _run(capsys, "--data-dir", str(data), "export", "--output", str(output))[0] == 0
    return output


def test_cli_import_dry_run_checks_and_changes_nothing(tmp_path, capsys, filled):
    path = _export_file(capsys, filled, tmp_path / "e.json")
    empty = tmp_path / "empty"
    code, out, err = _run(capsys, "--data-dir", str(empty), "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    rows = export.row_count(export.read_document(path))
    tables = len(export.TABLES)
    assert out == f"{path} is valid: {rows} rows in {tables} tables. Nothing was changed.\n"
    assert not empty.exists()


def test_cli_import_into_empty_data_reproduces_the_export(tmp_path, capsys, filled):
    path = _export_file(capsys, filled, tmp_path / "e.json")
    fresh = tmp_path / "fresh"
    code, out, err = _run(capsys, "--data-dir", str(fresh), "import", str(path))
    assert (code, err) == (0, "")
    assert out.startswith(f"Imported {export.row_count(export.read_document(path))} rows.\n")
    assert _snapshot(fresh) == _snapshot(filled)


def test_cli_import_refuses_data_that_is_not_empty_without_replace(tmp_path, capsys, filled):
    path = _export_file(capsys, filled, tmp_path / "e.json")
    other = tmp_path / "other"
    store = storage.open(other, clock=FakeClock())
    set_setting(store.db, "region", "NZ")
    store.close()
    before, backups = _snapshot(other), _names(other / "backups")
    code, out, err = _run(capsys, "--data-dir", str(other), "import", str(path))
    assert code == 1 and out == ""
    assert err == (
        "prep-companion: Your data is not empty; use --replace to replace it with the file. "
        "Nothing was changed.\n"
    )
    assert _snapshot(other) == before
    assert _names(other / "backups") == backups


def test_cli_import_replace_takes_a_before_import_backup(tmp_path, capsys, filled):
    path = _export_file(capsys, filled, tmp_path / "e.json")
    other = tmp_path / "other"
    store = storage.open(other, clock=FakeClock())
    set_setting(store.db, "region", "NZ")
    store.close()
    code, out, err = _run(capsys, "--data-dir", str(other), "import", str(path), "--replace")
    assert (code, err) == (0, "")
    [kept] = [
        b.path for b in storage.list_backups(other / "backups") if "before-import" in str(b.path)
    ]
    assert str(kept) in out
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT value FROM settings").fetchall() == [('"NZ"',)]
    assert _snapshot(other) == _snapshot(filled)


def test_cli_import_lists_every_problem_with_its_place(tmp_path, capsys, filled):
    path = _export_file(capsys, filled, tmp_path / "e.json")
    document = json.loads(path.read_text("utf-8"))
    document["tables"]["journal_entries"][0]["craving"] = 12
    document["tables"]["helpers"][1]["in_help"] = True
    document["tables"]["checklist_items"][0]["assignee_id"] = 99
    path.write_text(json.dumps(document), "utf-8")
    before, backups = _snapshot(filled), _names(filled / "backups")
    code, out, err = _run(capsys, "--data-dir", str(filled), "import", str(path), "--replace")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("tables.helpers[1].in_help: ")
    assert lines[1].startswith("tables.journal_entries[0].craving: ")
    assert lines[2].startswith("tables.checklist_items[0].assignee_id: ")
    assert lines[3] == f"prep-companion: 3 problems in {path}. Nothing was imported."
    assert len(lines) == 4
    assert _snapshot(filled) == before
    assert _names(filled / "backups") == backups


def test_cli_import_of_a_file_that_is_not_json_is_refused(tmp_path, capsys, filled):
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary", "utf-8")
    before = _snapshot(filled)
    code, out, err = _run(capsys, "--data-dir", str(filled), "import", str(path), "--replace")
    assert code == 1 and out == ""
    assert err.splitlines()[0].startswith("file: is not valid JSON")
    assert err.splitlines()[-1].endswith("Nothing was imported.")
    assert _snapshot(filled) == before
