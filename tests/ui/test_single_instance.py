"""One running copy per data folder: a second copy is refused and wakes the first."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from companion.ui import app as app_module
from companion.ui.single_instance import SingleInstance
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import told_into

HOLDER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from companion.ui.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    assert instance.acquire()
    if sys.argv[2] == "crash":
        print("ready", flush=True)
        os._exit(0)  # leave the lock file behind, as a crash would
    def woken():
        print("woken", flush=True)
        app.quit()
    instance.wakeRequested.connect(woken)
    QTimer.singleShot(20000, app.quit)
    print("ready", flush=True)
    app.exec()
    """
)


def _holder(data_dir, mode):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), mode],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_second_copy_is_refused_and_wakes_the_first(tmp_path, qapp):
    proc = _holder(tmp_path, "wait")
    try:
        assert proc.stdout.readline().strip() == "ready"
        second = SingleInstance(tmp_path)
        assert second.acquire() is False
        out, _ = proc.communicate(timeout=20)
        assert "woken" in out
    finally:
        proc.kill()


def test_lock_left_by_a_crashed_copy_is_taken_over(tmp_path, qapp):
    proc = _holder(tmp_path, "crash")
    assert proc.stdout.readline().strip() == "ready"
    proc.wait(timeout=10)
    assert (tmp_path / "companion.lock").exists()
    instance = SingleInstance(tmp_path)
    assert instance.acquire() is True
    instance.release()


def test_wake_reaches_the_first_copy_in_process(tmp_path, qtbot):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.wakeRequested, timeout=5000):
            assert SingleInstance(tmp_path).acquire() is False
    finally:
        first.release()


def test_run_app_tells_the_user_when_already_open(tmp_path, qapp, monkeypatch):
    holder = SingleInstance(tmp_path)
    assert holder.acquire()
    told = []
    monkeypatch.setattr(dialogs, "run", told_into(told))
    try:
        assert app_module.run_app(data_dir=str(tmp_path), quit_after_ms=0) == 0
    finally:
        holder.release()
    assert told and "already open" in told[0]
    assert not (tmp_path / "companion.sqlite3").exists()
