"""Every command on a real full disk (a small tmpfs) at 0 bytes, a few KB and a few hundred
KB free: it works, or it says the disk is full, how much space it needs, and that nothing
was changed. A full disk is never reported as damage, as the app being open, or as a
bare "disk I/O error"; and the data is exactly as it was unless the command succeeded.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from companion import cli
from companion.core import operations, storage
from companion.core.clock import FakeClock
from tests.core.conftest import fill_every_table
from tests.small_disk import LEVELS, free_up, leave_free, small_disk

NEVER = (
    "did not pass its check",
    "Problem found",
    "is open with this data",
    "disk I/O error",
    "Traceback",
    "damaged",
)
COMMANDS = ["check", "backup", "export", "import", "restore"]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A data folder with every table filled and one backup, and an export of it."""
    root = tmp_path_factory.mktemp("template")
    data = root / "data"
    store = storage.open(data, clock=FakeClock())
    fill_every_table(store.db)
    store.backup_now()
    operations.export_everything(store.db, root / "export.json", datetime(2026, 3, 10, 12, 0))
    store.close()
    return root


def _rows(data: Path) -> str:
    conn = sqlite3.connect(f"{(data / 'companion.sqlite3').absolute().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
        for side in ("-wal", "-shm"):
            (data / f"companion.sqlite3{side}").unlink(missing_ok=True)


def _argv(command: str, data: Path, template: Path, disk: Path) -> list[str]:
    if command == "export":
        return ["--data-dir", str(data), "export", "--output", str(disk / "out.json")]
    if command == "import":
        return ["--data-dir", str(data), "import", "--replace", str(template / "export.json")]
    if command == "restore":
        backup = storage.list_backups(data / "backups")[-1].path.name
        return ["--data-dir", str(data), "restore", backup]
    return ["--data-dir", str(data), command]


@pytest.mark.parametrize("level", list(LEVELS))
@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_on_a_full_disk(tmp_path, template, capsys, command, level):
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        shutil.copytree(template / "data", data)
        before = _rows(data)
        leave_free(disk, LEVELS[level])
        code = cli.main(_argv(command, data, template, disk))
        out, err = capsys.readouterr()
        free_up(disk)
        for words in NEVER:
            assert words not in out + err, (command, level, out, err)
        if code != 0:
            assert "the disk is full" in err, (command, level, err)
            assert "It needs about" in err, (command, level, err)
            assert "Nothing was changed" in err or "as it was before" in err, err
            assert _rows(data) == before
            assert not (disk / "out.json").exists()
        elif command in ("check", "backup", "export"):
            assert _rows(data) == before
        if command == "export" and code == 0:
            assert json.loads((disk / "out.json").read_text())["tables"]
        leftovers = [p.name for p in data.rglob(".*")]
        assert leftovers == [], leftovers


def test_check_and_export_need_no_space_at_all(tmp_path, template, capsys):
    """Reading a sound database needs no free space: no -shm file is made."""
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        shutil.copytree(template / "data", data)
        leave_free(disk, 0)
        assert cli.main(["--data-dir", str(data), "check"]) == 0
        assert "Your data is sound" in capsys.readouterr().out
        output = tmp_path / "elsewhere.json"
        assert cli.main(["--data-dir", str(data), "export", "--output", str(output)]) == 0
        assert output.exists()
        free_up(disk)
