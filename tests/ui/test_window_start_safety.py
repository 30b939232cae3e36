"""Starting the window safely: the data folder's lock before the database, a command at work
waited for, a full disk said as such (never "already open"), a file replaced under the
window refused and said, and no traces outside the data folder: no stale sockets in the
temporary folder, no QtProject.conf in ~/.config, window.ini only through the private
writer."""

from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QMessageBox

from companion.core import files, storage
from companion.core.settings import set_setting
from companion.core.storage import lock
from companion.ui import app as app_module
from companion.ui.widgets import dialogs
from companion.ui.writes import attempt
from tests.small_disk import LEVELS, free_up, leave_free, small_disk
from tests.ui.dialog_answers import told_into

HOLD = (
    "import sys, time; from pathlib import Path; from companion.core.storage import lock; "
    "held = lock.hold(Path(sys.argv[1]), sys.argv[2]); print('ready', flush=True); "
    "time.sleep(float(sys.argv[3]))"
)
TRY_LOCK = (
    "import sys; from pathlib import Path; from companion.core.storage import lock\n"
    "try:\n    lock.hold(Path(sys.argv[1]), 'restore'); print('free')\n"
    "except lock.DataInUseError as e:\n    print('held by', e.holder)"
)


def _told(monkeypatch) -> list[str]:
    said: list[str] = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(dialogs, "run", told_into(said))
    return said


def _holder(data: Path, kind: str, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data), kind, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


# --- the lock before the database ------------------------------------------------------------


def test_the_window_takes_the_lock_before_it_opens_the_database(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    seen: list[str] = []
    real_open = storage.open

    def open_and_look(*args, **kwargs):
        probe = subprocess.run(
            [sys.executable, "-c", TRY_LOCK, str(data)], capture_output=True, text=True
        )
        seen.append(probe.stdout.strip())
        seen.append("database there" if (data / "companion.sqlite3").exists() else "no database")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(app_module.storage, "open", open_and_look)
    assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 0
    assert seen == ["held by window", "no database"]
    assert lock.holder_of(data) is None  # given back when the window closed


def test_the_window_waits_for_a_command_at_work_then_opens(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    storage.open(data).close()
    said = _told(monkeypatch)
    command = _holder(data, "restore", 1.0)
    try:
        assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 0
        assert command.wait(timeout=30) == 0  # it had finished before the window opened
    finally:
        command.kill()
    assert said == []


def test_a_command_that_does_not_finish_is_named_not_taken_for_the_window(
    tmp_path, qapp, monkeypatch
):
    data = tmp_path / "data"
    storage.open(data).close()
    said = _told(monkeypatch)
    monkeypatch.setattr(lock, "COMMAND_WAIT_SECONDS", 0.2)
    command = _holder(data, "import", 60)
    try:
        assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 1
    finally:
        command.send_signal(signal.SIGKILL)
        command.wait()
    assert len(said) == 1 and "a command (import)" in said[0]
    assert "already open" not in said[0]


# --- a full disk -----------------------------------------------------------------------------


def test_a_lock_file_that_cannot_be_made_is_a_full_disk_not_another_copy(
    tmp_path, qapp, monkeypatch
):
    data = tmp_path / "data"
    said = _told(monkeypatch)
    real_open = os.open

    def full(path, flags, *args):
        if str(path).endswith("companion.lock"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock.os, "open", full)
    assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 1
    assert len(said) == 1 and "the disk is full" in said[0]
    assert "already open" not in said[0]


START_AND_SAY = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QMessageBox
    from companion.ui import app as app_module
    from companion.ui.widgets import dialogs
    said = []
    for kind in ("critical", "information", "warning"):
        setattr(QMessageBox, kind, lambda *a, **k: said.append(a[2]))
    dialogs.run = lambda box: said.append(box.text())
    code = app_module.run_app(data_dir=sys.argv[1], quit_after_ms=0)
    print(json.dumps({"code": code, "said": said}))
    """
)


@pytest.mark.parametrize("level", list(LEVELS))
def test_the_window_on_a_full_disk(tmp_path, level):
    """In its own process: nothing of a window run on a small disk stays in the tests'."""
    template = tmp_path / "template"
    store = storage.open(template)
    set_setting(store.db, "region", "UK")
    store.close()
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        shutil.copytree(template, data)
        leave_free(disk, LEVELS[level])
        done = subprocess.run(
            [sys.executable, "-c", START_AND_SAY, str(data)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        free_up(disk)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout.strip().splitlines()[-1])
        code, said = result["code"], result["said"]
        for words in ("already open", "damaged", "restored", "disk I/O error"):
            assert not [line for line in said if words in line], (level, said)
        if code != 0:
            assert code == 1 and len(said) == 1, said
            assert "the disk is full" in said[0] and "It needs about" in said[0], said
            assert "Nothing was changed" in said[0]
        reopened = storage.open(data)
        assert reopened.recovery is None
        reopened.close()
        assert lock.holder_of(data) is None


# --- a file replaced under the window ---------------------------------------------------------


def test_a_file_replaced_under_the_window_is_said_and_not_written(context, tmp_path, monkeypatch):
    said = _told(monkeypatch)
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(context.storage.path, copy)
    os.replace(copy, context.storage.path)
    assert attempt(None, lambda: context.set_setting("region", "IE")) is None
    assert len(said) == 1 and "replaced or removed by another program" in said[0]
    assert context.storage.replaced


# --- no traces outside the data folder --------------------------------------------------------

LISTEN = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalServer
    app = QCoreApplication([])
    server = QLocalServer()
    assert server.listen(sys.argv[1]), server.errorString()
    print("ready", flush=True)
    app.exec()
    """
)


def _listener(name: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", LISTEN, name],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_sockets_left_by_killed_copies_are_cleared_at_start(tmp_path, qapp):
    folder = Path(QDir.tempPath())
    stale_name = f"prep-companion-{secrets.token_hex(8)}"
    live_name = f"prep-companion-{secrets.token_hex(8)}"
    killed = _listener(stale_name)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    live = _listener(live_name)
    try:
        assert stat.S_ISSOCK((folder / stale_name).lstat().st_mode)
        old = time.time() - 3600
        for name in (stale_name, live_name):
            os.utime(folder / name, (old, old))
        assert app_module.run_app(data_dir=str(tmp_path / "data"), quit_after_ms=0) == 0
        assert not (folder / stale_name).exists()
        assert (folder / live_name).exists()  # another copy still listens there
    finally:
        live.kill()
        live.wait()
        (folder / live_name).unlink(missing_ok=True)


SAVE_DIALOG = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    from companion.ui import app as app_module

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_dialog)
            return
        dialog.reject()

    def save_something():
        QTimer.singleShot(20, close_dialog)
        QFileDialog.getSaveFileName(None, "Save", sys.argv[2], "PDF (*.pdf)")
        for widget in QApplication.topLevelWidgets():
            widget.close()

    application = app_module.make_application()
    QTimer.singleShot(100, save_something)
    sys.exit(app_module.run_app(data_dir=sys.argv[1]))
    """
)


def test_the_save_dialog_leaves_no_history_in_the_home_folder(tmp_path):
    home = tmp_path / "home"
    config = home / ".config"
    config.mkdir(parents=True)
    data = tmp_path / "data"
    exports = tmp_path / "my-exports"
    exports.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", SAVE_DIALOG, str(data), str(exports / "plan.pdf")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [p.name for p in home.rglob("*") if p.is_file()] == []
    kept = data / "QtProject.conf"
    assert kept.exists() and "my-exports" in kept.read_text()  # the history is the app's own
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_window_ini_is_written_only_through_the_private_writer(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    written: list[str] = []
    real = files.write_private

    def spy(path, data_bytes, action="save"):
        written.append(Path(path).name)
        return real(path, data_bytes, action)

    monkeypatch.setattr(files, "write_private", spy)
    assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 0
    assert written == ["window.ini"]
    assert stat.S_IMODE((data / "window.ini").stat().st_mode) == 0o600


def test_a_full_disk_never_leaves_an_empty_window_ini(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    storage.open(data).close()

    def full(path, data_bytes, action="save"):
        raise storage.errors.disk_full(action, len(data_bytes))

    monkeypatch.setattr(files, "write_private", full)
    state = app_module.window_state_for(data)
    state.setValue("main/geometry", b"remembered")
    state.sync()
    assert not (data / "window.ini").exists()  # no file, rather than an empty one
    monkeypatch.undo()
    state.sync()
    assert app_module.window_state_for(data).value("main/geometry") == b"remembered"
