"""`restore` racing a starting window, in real processes, at 50 start offsets from 0 to 1 s.

The window (tests/core/race_runner.py) starts as the app's window does: the data folder's
lock, then the database, then saves one journal entry after another, reporting each save
that returned. `prep-companion restore` starts OFFSET seconds after the window was
launched. Whoever takes the lock first goes first: a restore that wins is waited for and
the window opens the restored data; a restore that loses is refused. Either way no
reported save may be lost: each is in the final data, or in the copy restore keeps of
the data from before the restore. Run with `-s` to see the totals.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from companion.core import journal, storage
from companion.core.journal import JournalEntry

RUNNER = Path(__file__).with_name("race_runner.py")
OFFSETS = [round(i / 49, 3) for i in range(50)]  # 0 to 1 s
OLD_ENTRIES = 1500  # a few MB of data, so a restore takes as long as a real one

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL")


def test_restore_racing_a_starting_window_loses_nothing(tmp_path):
    store = storage.open(tmp_path / "template")
    for n in range(OLD_ENTRIES):
        journal.save_entry(
            store.db,
            JournalEntry(day=date(1995, 1, 1) + timedelta(days=n), notes="old " + "x" * 1500),
            today=date(2100, 1, 1),
        )
    store.backup_now()
    store.close()
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(tmp_path), *map(str, OFFSETS)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    runs = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert sorted(run["offset"] for run in runs) == OFFSETS
    restored = [run for run in runs if run["restore_rc"] == 0]
    refused = [run for run in runs if run["restore_rc"] != 0]
    acked = sum(run["acked"] for run in runs)
    lost = sum(run["lost"] for run in runs)
    print(
        f"\n{len(runs)} offsets: restore went first {len(restored)} times, was refused "
        f"{len(refused)} times; {acked} saves reported, {lost} lost"
    )
    for run in refused:
        assert run["restore_out"], run
        assert "is open with this data" in run["restore_out"][0], run
    for run in runs:
        assert run["acked"] > 0, run  # the window saved, after the restore had ended
        assert run["lost"] == 0, run
        assert not run["refused"], run  # the window never found its file replaced
