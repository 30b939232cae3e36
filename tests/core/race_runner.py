"""Runs `restore` against a starting window, in real processes, for tests/core/test_restore_race.py.

Usage: python race_runner.py ROOT OFFSETS... [--window-lock core|qt] [--parallel N]

ROOT holds a template data folder (ROOT/template: data and one backup). For each offset
(seconds), a fresh copy of the template is made and two processes are forked from this
one (so neither pays Python's start-up, and timing is what the test chooses):

- the window: it waits STARTUP seconds, as the real window does while Qt loads, then
  starts as the window does (the data folder's lock, then `storage.open`), and saves
  journal entries one after the other, reporting each one whose save returned;
- the command: it waits OFFSET seconds after the window was started, then runs
  `prep-companion restore BACKUP` through the real command-line code.

When the command has ended, the window saves a few more entries and is killed. A saved
entry is lost if it is in neither the final data nor the copy `restore` kept of the data
from before the restore. One JSON line per offset is printed:
{"offset", "acked", "lost", "restore_rc", "refused", "restore_out"}.

`--window-lock qt` makes the window take Qt's QLockFile as the app did before the data
folder's lock existed (to measure the race as it was).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from companion import cli
from companion.core import journal, storage
from companion.core.journal import JournalEntry

STARTUP = 0.3  # seconds from launch to the lock in the real window (Qt imports, styles)
TAIL = 0.15  # seconds the window keeps saving after the command has ended
FIRST_DAY = date(2025, 1, 1)
TODAY = date(2100, 1, 1)


def window(data: Path, acks: int, lock_kind: str) -> None:
    """The window's start-up order, then saving for ever; each returned save is reported."""
    time.sleep(STARTUP)
    if lock_kind == "qt":
        from PySide6.QtCore import QLockFile

        qt_lock = QLockFile(str(data / "companion.lock"))
        qt_lock.setStaleLockTime(0)
        if not qt_lock.tryLock(200):
            os._exit(3)
    else:
        storage.hold(data, storage.WINDOW, storage.lock.COMMAND_WAIT_SECONDS)
    store = storage.open(data)
    for n in range(100000):
        try:
            journal.save_entry(
                store.db,
                JournalEntry(day=FIRST_DAY + timedelta(days=n), notes=f"entry {n}"),
                today=TODAY,
            )
        except storage.StorageError:
            os.write(acks, b"refused\n")  # the window says it could not save: not an ack
            time.sleep(0.01)
            continue
        os.write(acks, f"{n}\n".encode())
        time.sleep(0.003)


def command(data: Path, backup: str, offset: float, out: int) -> None:
    time.sleep(offset)
    os.dup2(out, 1)
    os.dup2(out, 2)
    code = cli.main(["--data-dir", str(data), "restore", backup])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def entries_in(path: Path) -> set[int]:
    if not path.exists():
        return set()
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT notes FROM journal_entries WHERE notes LIKE 'entry %'")
        return {int(notes.split()[1]) for (notes,) in rows}
    finally:
        conn.close()


def start(root: Path, index: int, offset: float, lock_kind: str) -> dict:
    data = root / f"run{index}"
    shutil.copytree(root / "template", data)
    backup = storage.list_backups(data / "backups")[0].path.name
    acks_r, acks_w = os.pipe()
    out_path = root / f"run{index}.out"
    out_fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    window_pid = os.fork()
    if window_pid == 0:
        os.close(acks_r)
        try:
            window(data, acks_w, lock_kind)
        finally:
            os._exit(0)
    command_pid = os.fork()
    if command_pid == 0:
        os.close(acks_r)
        os.close(acks_w)
        try:
            command(data, backup, offset, out_fd)
        finally:
            os._exit(70)
    os.close(acks_w)
    os.close(out_fd)
    os.set_blocking(acks_r, False)
    return {
        "data": data,
        "offset": offset,
        "window": window_pid,
        "command": command_pid,
        "acks": acks_r,
        "buffer": b"",
        "out": out_path,
        "ended": None,
    }


def drain(run: dict) -> None:
    try:
        while chunk := os.read(run["acks"], 65536):
            run["buffer"] += chunk
    except BlockingIOError:
        pass


def finish(run: dict) -> dict:
    if not run.get("window_exited"):
        os.kill(run["window"], signal.SIGKILL)
        os.waitpid(run["window"], 0)
    drain(run)
    os.close(run["acks"])
    acked = {int(line) for line in run["buffer"].split() if line.isdigit()}
    data: Path = run["data"]
    present = entries_in(data / "companion.sqlite3")
    for kept in storage.list_backups(data / "backups"):
        if "before-restore" in kept.path.name:
            present |= entries_in(kept.path)
    output = run["out"].read_text()
    return {
        "offset": run["offset"],
        "acked": len(acked),
        "lost": len(acked - present),
        "restore_rc": run["rc"],
        "refused": b"refused" in run["buffer"],
        "restore_out": output.strip().splitlines()[-1:] if output.strip() else [],
    }


def main() -> None:
    args = sys.argv[1:]
    lock_kind = "core"
    parallel = 2
    if "--window-lock" in args:
        at = args.index("--window-lock")
        lock_kind = args[at + 1]
        del args[at : at + 2]
    if "--parallel" in args:
        at = args.index("--parallel")
        parallel = int(args[at + 1])
        del args[at : at + 2]
    root = Path(args[0])
    offsets = [float(value) for value in args[1:]]
    if lock_kind == "qt":
        from PySide6.QtCore import QLockFile  # loaded here, so the window's timing is the same

        del QLockFile
    pending = list(enumerate(offsets))
    running: list[dict] = []
    while pending or running:
        while pending and len(running) < parallel:
            index, offset = pending.pop(0)
            running.append(start(root, index, offset, lock_kind))
        time.sleep(0.01)
        for run in list(running):
            drain(run)
            if run["ended"] is None:
                pid, status = os.waitpid(run["command"], os.WNOHANG)
                if pid:
                    run["rc"] = os.waitstatus_to_exitcode(status)
                    run["ended"] = time.monotonic()
                    run["acks_at_end"] = len(run["buffer"])
            elif _saved_after(run) and time.monotonic() - run["since"] >= TAIL:
                running.remove(run)
                print(json.dumps(finish(run)), flush=True)
                shutil.rmtree(run["data"], ignore_errors=True)


def _saved_after(run: dict) -> bool:
    """Whether the window has saved since the command ended (or has ended itself, or never
    will); `since` is then when the saving was first seen, after the command's end."""
    if "since" in run:
        return True
    pid, _ = os.waitpid(run["window"], os.WNOHANG)
    if pid:
        run["window_exited"] = True
    elif len(run["buffer"]) <= run["acks_at_end"] and time.monotonic() - run["ended"] < 20:
        return False
    run["since"] = time.monotonic()
    return True


if __name__ == "__main__":
    main()
