"""The kill test: a writer is killed with SIGKILL at random moments, over and over, in the
same data folder. After every kill the database must pass SQLite's full integrity check
and hold every write the writer said had returned; the next start must find nothing to
recover. Run with `-s` to see the totals.

The writer (tests/core/kill_writer.py) saves journal entries and adds checklist tasks
through the app's own core functions, and takes a backup now and then, so kills also
land inside backups.

The moments of the kills come from a seeded random generator. The seed is fixed (KILL_SEED,
default below) and printed, and every failure message names it, so a failure can be
replayed: `KILL_SEED=<seed> pytest tests/core/test_kill.py`. Timing still varies from run
to run on a busy machine, so a replay lands close to, not exactly on, the same moments.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from companion.core import storage
from companion.core.clock import FakeClock
from companion.core.storage.db import quick_check

WRITER = Path(__file__).with_name("kill_writer.py")
RUNS = 50
FIRST_START_RUNS = 6
WINDOW = (0.05, 0.4)  # seconds of writing before the kill
BACKUP_EVERY = 150  # rounds (two writes each) between backups
FIRST_DAY = date(2025, 1, 1)
DEFAULT_SEED = 20260301

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@dataclass
class Totals:
    kills: int = 0
    writes_checked: int = 0
    lost: list[str] = field(default_factory=list)
    backups_checked: int = 0
    partial_backups_left: int = 0


class Writer:
    """One writer process, its stdout read line by line on a thread."""

    def __init__(self, data: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(data), str(BACKUP_EVERY)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        self.first_line = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())
            self.first_line.set()
        self.first_line.set()

    def kill(self) -> list[str]:
        """SIGKILL the writer; every line it printed before dying."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.reader.join(timeout=30)
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()
        self.proc.stderr.close()
        return list(self.lines)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def _confirmed(lines: list[str], kind: str) -> set[int]:
    return {int(line.split()[1]) for line in lines if line.startswith(kind + " ")}


def _check_after_kill(
    data: Path,
    journal_done: set[int],
    tasks_done: set[int],
    totals: Totals,
    where: str,
) -> None:
    """Integrity, every confirmed write present, every listed backup sound."""
    db_file = data / "companion.sqlite3"
    conn = _read_only(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        entries = dict(conn.execute("SELECT day, notes FROM journal_entries").fetchall())
        titles: dict[str, int] = {}
        for (title,) in conn.execute("SELECT title FROM checklist_items"):
            titles[title] = titles.get(title, 0) + 1
    finally:
        conn.close()
    for n in sorted(journal_done):
        day = (FIRST_DAY + timedelta(days=n)).isoformat()
        totals.writes_checked += 1
        if entries.get(day) != f"entry {n}":
            totals.lost.append(f"{where}: journal {n} ({day}) is {entries.get(day)!r}")
    for n in sorted(tasks_done):
        totals.writes_checked += 1
        if titles.get(f"task {n}") != 1:
            totals.lost.append(f"{where}: task {n} stored {titles.get(f'task {n}', 0)} times")
    backups_dir = data / "backups"
    for backup in storage.list_backups(backups_dir):
        assert quick_check(backup.path) == [], f"{where}: backup {backup.path.name} is unsound"
        totals.backups_checked += 1
    if backups_dir.is_dir():
        partials = [p for p in backups_dir.iterdir() if p.name.endswith(".partial")]
        totals.partial_backups_left += len(partials)
        for leftover in partials:  # a killed backup's temporary file; never listed as a backup
            leftover.unlink()
        for old in storage.list_backups(backups_dir)[1:]:  # keep the folder small
            old.path.unlink()


def _seed() -> int:
    """KILL_SEED from the environment, or the fixed default; printed so it shows with a
    failure's captured output."""
    seed = int(os.environ.get("KILL_SEED", DEFAULT_SEED))
    print(f"kill test seed {seed} (replay with KILL_SEED={seed})")
    return seed


def test_sigkill_at_random_moments_never_loses_a_returned_write(tmp_path):
    seed = _seed()
    rng = random.Random(seed)
    data = tmp_path / "data"
    totals = Totals()
    journal_done: set[int] = set()
    tasks_done: set[int] = set()
    started = time.monotonic()
    for run in range(1, RUNS + 1):
        where = f"run {run} (seed {seed})"
        writer = Writer(data)
        assert writer.first_line.wait(timeout=30), f"{where}: the writer never started"
        time.sleep(rng.uniform(*WINDOW))
        alive = writer.proc.poll() is None
        lines = writer.kill()
        assert alive, f"{where}: the writer stopped by itself: {writer.stderr}"
        assert lines and lines[0].startswith("ready "), f"{where}: {lines[:1]} {writer.stderr}"
        _ready, first, recovered = lines[0].split()
        # The start after a kill found nothing damaged and carried on after the last write.
        assert recovered == "none", f"{where}: the previous kill left damage"
        assert int(first) > max(journal_done | tasks_done, default=-1), (
            f"{where}: started again at {first}, below a confirmed write; lost: {totals.lost[:5]}"
        )
        totals.kills += 1
        journal_done |= _confirmed(lines, "journal")
        tasks_done |= _confirmed(lines, "task")
        _check_after_kill(data, journal_done, tasks_done, totals, where)
    assert not (data / "damaged").exists(), f"seed {seed}"

    # The app opens what the kills left, as it would after a crash.
    store = storage.open(data, clock=FakeClock())
    try:
        assert store.recovery is None
    finally:
        store.db.close()
    elapsed = time.monotonic() - started
    print(
        f"\nkill test (seed {seed}): {totals.kills} kills survived, "
        f"{len(journal_done) + len(tasks_done)} confirmed writes checked after every later kill "
        f"({len(journal_done)} journal entries, {len(tasks_done)} tasks; "
        f"{totals.writes_checked} checks in all), {len(totals.lost)} writes lost, "
        f"{totals.backups_checked} backups checked, "
        f"{totals.partial_backups_left} half-written backup files left by kills, "
        f"{elapsed:.1f} s"
    )
    assert totals.lost == [], f"seed {seed}: {totals.lost[:10]}"
    # The kills really landed mid-writing.
    assert len(journal_done) + len(tasks_done) > RUNS, f"seed {seed}: too few writes"


def test_sigkill_during_the_first_start_leaves_a_folder_that_opens(tmp_path):
    """Killed while creating the database, running migrations or copying the checklist."""
    seed = _seed()
    rng = random.Random(seed)
    for run in range(1, FIRST_START_RUNS + 1):
        where = f"first start {run} (seed {seed})"
        data = tmp_path / f"data-{run}"
        writer = Writer(data)
        time.sleep(rng.uniform(0.0, 0.15))
        lines = writer.kill()
        store = storage.open(data, clock=FakeClock())
        try:
            if store.recovery is not None:  # only an empty file can have been moved aside
                assert store.recovery.damaged_path.stat().st_size == 0, where
            assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
            stored = {
                row[0] for row in store.db.execute("SELECT notes FROM journal_entries").fetchall()
            }
            for n in _confirmed(lines, "journal"):
                assert f"entry {n}" in stored, where
        finally:
            store.close()
