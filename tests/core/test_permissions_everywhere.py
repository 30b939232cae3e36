"""Owner-only everywhere: the data folder and every folder in it 0700; the database, its
-wal and -shm, every backup and every damaged copy 0600, whatever the umask, and also
when they started out open to others.

(window.ini needs Qt and is checked by the window tests.) Exports go where the person
chooses, outside the data folder, and are owner-only too: from their first byte, also
when the writing fails or the program is killed half way (tests/ui/test_private_exports.py
does the same for the PDFs, the CSV and the calendar file).
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from companion.core import contacts, journal, storage
from companion.core.clock import FakeClock
from companion.core.journal import JournalEntry
from companion.core.settings import set_setting
from tests.file_modes import at_the_flush, modes

DB_NAME = "companion.sqlite3"
TODAY = journal.date(2026, 1, 1)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def _umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def loose_umask(request) -> Iterator[int]:
    """Run under the usual umask and under one that lets everyone read and write."""
    with _umask(request.param):
        yield request.param


def _assert_private(data: Path) -> list[Path]:
    """Every folder under `data` (and `data`) 0700, every file 0600; returns the files."""
    assert _mode(data) == 0o700, data
    files = []
    for path in sorted(data.rglob("*")):
        if path.is_dir():
            assert _mode(path) == 0o700, path
        else:
            assert _mode(path) == 0o600, f"{path.relative_to(data)} is {oct(_mode(path))}"
            files.append(path)
    return files


def _write_something(store: storage.Storage) -> None:
    set_setting(store.db, "region", "UK")
    contacts.save_own_number(store.db, None, name="Sam", number="555 0101")
    journal.save_entry(store.db, JournalEntry(day=TODAY, notes="very private"), TODAY)


def test_open_write_backup_close_leaves_only_private_files(tmp_path, loose_umask):
    data = tmp_path / "data"
    clock = FakeClock()
    store = storage.open(data, clock=clock)
    try:
        _write_something(store)
        # While open: the database and the -wal and -shm files SQLite made next to it.
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
            assert (data / name).exists(), name
        _assert_private(data)
        store.backup_now()
        clock.advance(60)
        store.backup_now("before-delete")
        _assert_private(data)
    finally:
        store.close()
    files = _assert_private(data)
    names = {p.relative_to(data).as_posix() for p in files}
    assert DB_NAME in names
    assert len([n for n in names if n.startswith("backups/")]) >= 2


def test_backup_existing_and_recovery_copies_are_private(tmp_path, loose_umask):
    data = tmp_path / "data"
    clock = FakeClock()
    store = storage.open(data, clock=clock)
    _write_something(store)
    store.close()
    clock.advance(60)
    storage.backup_existing(data, clock=clock)
    (data / DB_NAME).write_bytes(b"damaged " * 500)
    clock.advance(60)
    store = storage.open(data, clock=clock)
    try:
        assert store.recovery is not None and store.recovery.restored_from is not None
        files = _assert_private(data)
    finally:
        store.close()
    assert any(p.parent.name == "damaged" for p in files)
    _assert_private(data)


def test_files_that_started_open_to_others_are_tightened(tmp_path):
    """A folder, database and damaged file made 0777/0666 by someone else's copy tool."""
    data = tmp_path / "data"
    clock = FakeClock()
    store = storage.open(data, clock=clock)
    _write_something(store)
    store.close()
    data.chmod(0o777)
    (data / DB_NAME).chmod(0o666)
    (data / "backups").chmod(0o777)
    store = storage.open(data, clock=clock)
    try:
        assert _mode(data) == 0o700
        assert _mode(data / DB_NAME) == 0o600
        clock.advance(60)
        store.backup_now()  # backing up tightens the backups folder again
    finally:
        store.close()
    _assert_private(data)

    # A damaged database that arrived world-readable is kept owner-only in damaged/.
    bad = data / DB_NAME
    bad.write_bytes(b"garbage " * 500)
    bad.chmod(0o666)
    clock.advance(60)
    store = storage.open(data, clock=clock)
    try:
        assert store.recovery is not None
        assert _mode(store.recovery.damaged_path) == 0o600
    finally:
        store.close()
    _assert_private(data)


def test_a_restored_database_is_private_even_from_an_open_backup(tmp_path):
    """Restoring copies the backup's bytes, not its mode."""
    data = tmp_path / "data"
    clock = FakeClock()
    store = storage.open(data, clock=clock)
    _write_something(store)
    store.close()
    backup = storage.list_backups(data / "backups")[0].path
    backup.chmod(0o644)
    (data / DB_NAME).write_bytes(b"garbage " * 500)
    clock.advance(60)
    with _umask(0):
        store = storage.open(data, clock=clock)
    try:
        assert store.recovery is not None and store.recovery.restored_from is not None
        assert _mode(data / DB_NAME) == 0o600
        for side in ("-wal", "-shm"):
            side_file = data / f"{DB_NAME}{side}"
            if side_file.exists():
                assert _mode(side_file) == 0o600
    finally:
        store.close()


def test_a_world_readable_wal_of_a_damaged_database_is_kept_owner_only(tmp_path):
    """The -wal moved aside with a damaged file is made 0600 too, in its 0700 folder."""
    data = tmp_path / "data"
    clock = FakeClock()
    store = storage.open(data, clock=clock)
    _write_something(store)
    store.close()
    (data / DB_NAME).write_bytes(b"garbage " * 500)
    wal = data / f"{DB_NAME}-wal"
    wal.write_bytes(b"left by another tool")
    wal.chmod(0o644)
    clock.advance(60)
    store = storage.open(data, clock=clock)
    try:
        assert store.recovery is not None
        kept = store.recovery.damaged_path.with_name(store.recovery.damaged_path.name + "-wal")
        assert kept.read_bytes() == b"left by another tool"
        assert _mode(kept) == 0o600
        assert _mode(kept.parent) == 0o700
        assert _mode(data) == 0o700
    finally:
        store.close()


def test_erase_everything_leaves_no_data_file_behind(tmp_path):
    data = tmp_path / "data"
    clock = FakeClock()
    store = storage.open(data, clock=clock)
    _write_something(store)
    store.backup_now()
    store.close()
    (data / DB_NAME).write_bytes(b"garbage " * 500)
    store = storage.open(data, clock=clock)  # makes damaged/ too
    store.erase_everything()
    left = sorted(p.relative_to(data).as_posix() for p in data.rglob("*"))
    assert left == []


def test_half_written_copies_left_by_a_kill_are_cleared_on_the_next_start(tmp_path):
    import os
    import time

    from companion.core import storage as storage_module

    store = storage_module.open(tmp_path)
    store.backup_now()
    store.close()
    old = time.time() - 3600
    partial = tmp_path / "backups" / ".companion-20260101-000000.sqlite3.partial"
    partial.write_bytes(b"half a copy")
    restoring = tmp_path / ".companion.sqlite3.restoring"
    restoring.write_bytes(b"half a restore")
    young = tmp_path / "backups" / ".companion-20260101-000002.sqlite3.partial-journal"
    young.write_bytes(b"a killed backup's journal, seconds old")
    from companion.core import files

    fresh, writing = files.create_partial(
        tmp_path / "backups" / "companion-20260101-000001.sqlite3"
    )
    for path in (partial, restoring):
        os.utime(path, (old, old))
    try:
        storage_module.open(tmp_path).close()
        assert not partial.exists() and not restoring.exists() and not young.exists()
        assert fresh.exists()  # a copy still being written (its writer holds it) is left alone
    finally:
        os.close(writing)


# --- files written where the person chooses: exports ------------------------------------------

KILL_WHILE_WRITING = Path(__file__).with_name("kill_while_writing.py")


class Interrupted(BaseException):
    """Stands for anything that stops a program half way (as KeyboardInterrupt does)."""


def test_the_json_export_is_owner_only_from_its_first_byte(tmp_path, loose_umask, monkeypatch):
    from companion.core import operations

    store = storage.open(tmp_path / "data", clock=FakeClock())
    _write_something(store)
    out = tmp_path / "out"
    out.mkdir()
    with at_the_flush(monkeypatch, out) as seen:
        operations.export_everything(store.db, out / "export.json", datetime(2026, 1, 1))
    store.close()
    assert len(seen) == 1 and len(seen[0]) == 1, seen  # the partial copy, and nothing else
    assert set(seen[0].values()) == {0o600}, seen
    assert modes(out) == {"export.json": 0o600}


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), Interrupted()])
def test_a_json_export_failing_half_way_leaves_nothing_behind(
    tmp_path, loose_umask, monkeypatch, failure
):
    from companion.core import operations

    store = storage.open(tmp_path / "data", clock=FakeClock())
    _write_something(store)
    out = tmp_path / "out"
    out.mkdir()
    (out / "export.json").write_text("the export before")

    def fail() -> None:
        raise failure

    with (
        at_the_flush(monkeypatch, out, fail) as seen,
        pytest.raises((storage.StorageError, Interrupted)),
    ):
        operations.export_everything(store.db, out / "export.json", datetime(2026, 1, 1))
    store.close()
    assert seen and all(mode == 0o600 for name, mode in seen[0].items() if name != "export.json")
    assert sorted(p.name for p in out.iterdir()) == ["export.json"]
    assert (out / "export.json").read_text() == "the export before"


@pytest.mark.parametrize("umask", ["022", "000"])
def test_a_killed_json_export_leaves_only_an_owner_only_partial(tmp_path, umask):
    data = tmp_path / "data"
    store = storage.open(data, clock=FakeClock())
    _write_something(store)
    store.close()
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.run(
        [sys.executable, str(KILL_WHILE_WRITING), umask, "--data-dir", str(data), "export",
         "--output", str(out / "export.json")],
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert run.returncode == -signal.SIGKILL, run.stderr
    left = modes(out)
    assert len(left) == 1 and next(iter(left)).endswith(".partial"), left
    assert set(left.values()) == {0o600}
