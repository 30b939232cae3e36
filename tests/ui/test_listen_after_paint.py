"""The window takes its data folder's lock before its first paint and listens for later
copies after it: the lock alone needs no network module, and refuses a second copy all
the same."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from companion.ui.single_instance import SingleInstance

LOCK_ONLY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from companion.ui.single_instance import SingleInstance

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    assert instance.acquire(listen=False)
    heavy = ("PySide6.QtNetwork", "hashlib", "sqlite3", "sqlite_utils")
    print("loaded", [name for name in heavy if name in sys.modules])
    instance.release()
    """
)


def test_taking_the_lock_loads_no_network_module_nor_database(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", LOCK_ONLY, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded []" in done.stdout, done.stdout


def test_a_second_copy_is_refused_before_the_first_listens_and_wakes_it_after(tmp_path, qtbot):
    first = SingleInstance(tmp_path)
    assert first.acquire(listen=False)
    try:
        early = SingleInstance(tmp_path)
        assert early.acquire(wait=0) is False
        assert early.busy_with == "window"
        first.listen()
        with qtbot.waitSignal(first.wakeRequested, timeout=5000):
            assert SingleInstance(tmp_path).acquire(wait=0) is False
    finally:
        first.release()
