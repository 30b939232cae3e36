"""The data folder's lock: held for a whole run, owner-only, never through a link, released
by the system when its holder dies, and a full disk never taken for another copy running."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion import cli
from companion.core import storage
from companion.core.storage import lock
from companion.core.storage.errors import DataInUseError, DiskFullError

HOLD = (
    "import sys, time; from pathlib import Path; from companion.core.storage import lock; "
    "held = lock.hold(Path(sys.argv[1]), sys.argv[2]); print('ready', flush=True); "
    "time.sleep(float(sys.argv[3]))"
)


def _holder(data: Path, kind: str, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data), kind, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_the_lock_file_is_owner_only_even_if_it_was_not(tmp_path):
    (tmp_path / "companion.lock").write_text("1\nwindow\n")
    (tmp_path / "companion.lock").chmod(0o644)
    with lock.hold(tmp_path, "backup"):
        assert stat.S_IMODE((tmp_path / "companion.lock").stat().st_mode) == 0o600
        assert (tmp_path / "companion.lock").read_text() == f"{os.getpid()}\nbackup\n"
    assert not (tmp_path / "companion.lock").exists()  # the last holder leaves none behind


def test_a_link_where_the_lock_goes_is_never_followed(tmp_path):
    victim = tmp_path / "elsewhere.txt"
    victim.write_text("someone else's file")
    victim.chmod(0o644)
    data = tmp_path / "data"
    data.mkdir()
    (data / "companion.lock").symlink_to(victim)
    store = storage.open(data)
    store.close()
    assert victim.read_text() == "someone else's file"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644


def test_another_process_holding_the_window_lock_refuses_commands_at_once(tmp_path, capsys):
    store = storage.open(tmp_path)
    backup = store.backup_now()
    store.close()
    window = _holder(tmp_path, lock.WINDOW, 30)
    try:
        started = time.monotonic()
        with pytest.raises(DataInUseError) as refused:
            lock.hold(tmp_path, "import", wait=20)
        assert time.monotonic() - started < 15  # no wait for a window: it stays open
        assert refused.value.holder == lock.WINDOW
        assert lock.holder_of(tmp_path) == lock.WINDOW
        code = cli.main(["--data-dir", str(tmp_path), "restore", backup.name])
        assert code == 1
        assert "is open with this data" in capsys.readouterr().err
    finally:
        window.kill()
        window.wait()
    assert lock.holder_of(tmp_path) is None  # a killed holder leaves no lock


def test_a_command_waits_for_another_command_to_finish(tmp_path):
    storage.open(tmp_path).close()
    other = _holder(tmp_path, "restore", 1.0)
    try:
        assert lock.holder_of(tmp_path) == "restore"
        with lock.hold(tmp_path, "backup", wait=30) as held:
            assert held.held
        assert other.wait(timeout=30) == 0
    finally:
        other.kill()


def test_a_command_that_does_not_finish_in_time_is_named(tmp_path):
    other = _holder(tmp_path, "restore", 30)
    try:
        with pytest.raises(DataInUseError, match=r"command \(restore\)") as refused:
            lock.hold(tmp_path, "import", wait=0.2)
        assert refused.value.holder == "restore"
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait()


def test_in_one_process_holds_are_shared_but_two_windows_are_not(tmp_path):
    window = lock.hold(tmp_path, lock.WINDOW)
    store = storage.open(tmp_path)  # the window's own data: joins its hold
    with pytest.raises(DataInUseError):
        lock.hold(tmp_path, lock.WINDOW)
    store.close()
    assert lock.held_here(tmp_path)  # the window still holds it
    window.release()
    assert not lock.held_here(tmp_path)


def test_a_full_disk_is_not_taken_for_another_copy_running(tmp_path, monkeypatch):
    real_open = os.open

    def full(path, flags, *args):
        if str(path).endswith("companion.lock"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock.os, "open", full)
    with pytest.raises(DiskFullError, match="the disk is full"):
        lock.hold(tmp_path, lock.WINDOW)
    with pytest.raises(DiskFullError):
        storage.open(tmp_path)


def test_every_open_holds_the_lock_until_closed(tmp_path):
    store = storage.open(tmp_path)
    probe = _holder_attempt(tmp_path)
    assert "in use" in probe
    store.close()
    assert "held" in _holder_attempt(tmp_path)


def _holder_attempt(data: Path) -> str:
    code = (
        "import sys; from pathlib import Path; from companion.core.storage import lock; "
        "from companion.core.storage.errors import DataInUseError\n"
        "try:\n    lock.hold(Path(sys.argv[1]), 'restore'); print('held')\n"
        "except DataInUseError as e:\n    print('in use', e.holder)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(data)], capture_output=True, text=True, timeout=60
    )
    return done.stdout
