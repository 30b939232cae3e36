"""What killed writes leave behind is cleared by every command, however young: a backup's
half-written `.partial` copy and SQLite's `.partial-journal` beside it. A copy still
being written is left alone. Read-only commands leave no -wal or -shm file behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from companion import cli
from companion.core import operations, storage
from companion.core.settings import set_setting

KILLED_WRITER = """
import sqlite3, sys, time
from pathlib import Path
from companion.core import files
partial, fd = files.create_partial(Path(sys.argv[1]))
conn = sqlite3.connect(partial)
conn.execute("CREATE TABLE t (x)")
conn.execute("BEGIN")
conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 2000)
print("ready", flush=True)
time.sleep(60)
"""

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _writer(final: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(final)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _killed_backup(data: Path) -> list[Path]:
    """Leftovers of a backup killed while writing: seconds old, not minutes."""
    proc = _writer(data / "backups" / "companion-20260101-120000.sqlite3")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    left = sorted((data / "backups").glob(".*"))
    names = [p.name for p in left]
    assert any(n.endswith(".partial") for n in names), names
    assert any(n.endswith(".partial-journal") for n in names), names
    return left


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    store = storage.open(folder)
    set_setting(store.db, "region", "UK")
    store.backup_now()
    operations.export_everything(store.db, tmp_path / "export.json", datetime(2026, 1, 1, 12, 0))
    store.close()
    return folder


def _argv(command: str, data: Path) -> list[str]:
    extra = {
        "export": ["export", "--output", str(data.parent / "out.json")],
        "import": ["import", "--replace", str(data.parent / "export.json")],
        "restore": ["restore", storage.list_backups(data / "backups")[-1].path.name],
    }
    return ["--data-dir", str(data), *extra.get(command, [command])]


@pytest.mark.parametrize("command", ["backup", "check", "export", "import", "restore"])
def test_every_command_clears_what_a_killed_backup_left(data, command, capsys):
    left = _killed_backup(data)
    assert cli.main(_argv(command, data)) == 0, capsys.readouterr()
    assert not [p for p in left if os.path.lexists(p)]
    assert not [p.name for p in data.rglob(".*")]


def test_a_copy_still_being_written_is_left_alone(data, capsys):
    proc = _writer(data / "backups" / "companion-20260101-120000.sqlite3")
    try:
        writing = sorted((data / "backups").glob(".*"))
        assert cli.main(_argv("backup", data)) == 0, capsys.readouterr()
        assert all(p.exists() for p in writing)
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("command", ["check", "export"])
def test_read_only_commands_leave_no_wal_or_shm(data, command, capsys):
    assert cli.main(_argv(command, data)) == 0, capsys.readouterr()
    assert sorted(p.name for p in data.iterdir()) == ["backups", "companion.sqlite3"]


CRASHING_WINDOW = """
import os, signal, sys
from companion.core import storage
from companion.core.settings import set_setting
store = storage.open(sys.argv[1])
set_setting(store.db, "region", "IE")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_read_only_commands_after_a_crash_read_the_wal_and_keep_it(data, capsys):
    """Changes a crash left in the -wal file are read, and the -wal file is kept."""
    subprocess.run([sys.executable, "-c", CRASHING_WINDOW, str(data)], timeout=60)
    wal = data / "companion.sqlite3-wal"
    assert wal.stat().st_size > 0
    assert cli.main(_argv("export", data)) == 0, capsys.readouterr()
    assert '\\"IE\\"' in (data.parent / "out.json").read_text()
    assert cli.main(_argv("check", data)) == 0, capsys.readouterr()
    assert wal.stat().st_size > 0


def test_deleting_everything_also_forgets_the_folders_exports_went_to(tmp_path):
    data = tmp_path / "data"
    store = storage.open(data)
    (data / "QtProject.conf").write_text("[FileDialog]\nhistory=file:///home/me/private\n")
    store.erase_everything()
    assert not (data / "QtProject.conf").exists()
