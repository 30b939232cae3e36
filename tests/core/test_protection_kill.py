"""The kill test for passphrase protection: a process that switches protection on and off
for ever (tests/core/kill_protector.py) is killed with SIGKILL at random moments, 50
times, in one data folder. After every kill, the next start must find exactly one
readable database, in the form the key file says (encrypted when there is one, plain
when not), holding every record there was, with no converted copy left beside it.

The moments come from a seeded generator (KILL_SEED, as in test_kill.py), printed with
every failure so it can be replayed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from companion.core import export, journal, paths, storage
from companion.core.clock import FakeClock
from companion.core.journal import JournalEntry
from companion.core.storage import db as sql
from companion.core.storage import keys, protection
from tests.core.conftest import fill_every_table
from tests.core.kill_protector import PASSPHRASE

PROTECTOR = Path(__file__).with_name("kill_protector.py")
RUNS = 50
WINDOW = (0.3, 0.9)  # seconds after start: the switches begin once Python has loaded
DEFAULT_SEED = 20261202
NOW = datetime(2026, 3, 10, 12, 0)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _everything(store: storage.Storage) -> dict:
    document = export.export_document(store.db, NOW)
    del document["exported_at"]
    return document


def test_sigkill_while_switching_protection_never_loses_anything(tmp_path):
    seed = int(os.environ.get("KILL_SEED", DEFAULT_SEED))
    print(f"protection kill test seed {seed} (replay with KILL_SEED={seed})")
    rng = random.Random(seed)
    data = tmp_path / "data"
    store = storage.open(data, clock=FakeClock(NOW))
    fill_every_table(store.db)
    for day in range(1, 10):
        entry = JournalEntry(day=NOW.date().replace(day=day), notes=f"entry {day} " * 40)
        journal.save_entry(store.db, entry, today=NOW.date())
    expected = _everything(store)
    store.close()
    switches = {"on": 0, "off": 0}
    started = time.monotonic()
    for run in range(1, RUNS + 1):
        where = f"run {run} (seed {seed})"
        proc = subprocess.Popen(
            [sys.executable, str(PROTECTOR), str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        time.sleep(rng.uniform(*WINDOW))
        alive = proc.poll() is None
        if alive:
            os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert alive, f"{where}: the switching stopped by itself: {err}"
        for line in out.split():
            switches[line] = switches.get(line, 0) + 1

        document = protection.key_document(data)  # the pending key file too, as the app reads it
        try:
            key = None if document is None else keys.unlock(document, PASSPHRASE)
            store = storage.open(data, clock=FakeClock(NOW), key=key)
        except storage.StorageError as error:  # a pending switch settles at start
            raise AssertionError(f"{where}: the data did not open: {error}") from error
        try:
            assert store.recovery is None, f"{where}: the kill left damage"
            assert _everything(store) == expected, f"{where}: records changed"
            database = paths.database_path(data)
            assert sql.is_plain(database) == (store.key is None), where
            assert protection.is_protected(data) == (store.key is not None), where
        finally:
            store.close()
        leftovers = [p.name for p in data.iterdir() if p.name.startswith(".")]
        assert leftovers == [], f"{where}: left beside the data: {leftovers}"
        assert not (data / protection.PENDING_KEY_FILE).exists(), where
        assert not (data / "damaged").exists(), where
        assert storage.check(data, key=store.key) == [], where
    elapsed = time.monotonic() - started
    print(
        f"\nprotection kill test (seed {seed}): {RUNS} kills survived, "
        f"{switches['on']} switches on and {switches['off']} off completed, {elapsed:.1f} s"
    )
    assert switches["on"] + switches["off"] > RUNS / 2, f"seed {seed}: too few switches"
