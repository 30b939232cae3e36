"""The PDF commands on a real full disk (a small tmpfs) at 0 bytes, a few KB and a few
hundred KB free: the PDF is written whole, or the disk is said to be full, with the
space needed, and nothing is left behind (no half-written PDF, nothing in the data)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from companion.core import storage
from companion.core.clock import FakeClock
from tests.core.conftest import fill_every_table
from tests.small_disk import LEVELS, free_up, leave_free, small_disk

PDFS = {
    "journal-pdf": ["journal-pdf", "--from", "2026-03-01", "--to", "2026-03-31"],
    "plan-pdf": ["plan-pdf"],
}


@pytest.mark.parametrize("level", list(LEVELS))
@pytest.mark.parametrize("command", list(PDFS))
def test_pdf_commands_on_a_full_disk(tmp_path, command, level):
    template = tmp_path / "template"
    store = storage.open(template, clock=FakeClock())
    fill_every_table(store.db)
    store.close()
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        shutil.copytree(template, data)
        output = disk / "out.pdf"
        leave_free(disk, LEVELS[level])
        done = subprocess.run(  # its own process: no Qt state of it stays in the tests'
            [
                sys.executable,
                "-m",
                "companion",
                "--data-dir",
                str(data),
                *PDFS[command],
                "--output",
                str(output),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        code, err = done.returncode, done.stderr
        free_up(disk)
        assert "Traceback" not in err and "disk I/O error" not in err
        if code == 0:
            assert output.read_bytes().startswith(b"%PDF")
        else:
            assert "the disk is full" in err and "It needs about" in err, err
            assert "Nothing was changed" in err
            assert not output.exists()
        assert sorted(p.name for p in disk.iterdir()) == sorted(
            ["data", *(["out.pdf"] if code == 0 else [])]
        )
        assert sorted(p.name for p in data.iterdir()) == ["backups", "companion.sqlite3"]
