"""What the window needs before its first paint loads nothing of the database: taking the
data folder's lock, the settings' declarations and the content's language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlite3", "sqlite_utils", "platformdirs", "secrets", "json")

TAKE_THE_LOCK = """
import sys
from companion.core import paths, storage
from companion.core.storage import lock
from companion.core.settings import SETTINGS, TEXT_SCALE
from companion.core import content
directory = paths.ensure_private_dir(paths.resolve_data_dir(sys.argv[1]))
held = lock.hold(directory, storage.WINDOW, 0)
content.set_language("es")
loaded = [name for name in sys.argv[2].split(",") if name in sys.modules]
held.release()
print("loaded", loaded)
"""


def test_taking_the_lock_loads_no_database(tmp_path: Path) -> None:
    names = [
        *HEAVY,
        "companion.core.storage.store",
        "companion.core.storage.backup",
        "companion.core.storage.reading",
        "companion.core.storage.db",
        "companion.core.exercises",
        "companion.core.content_records",
    ]
    done = subprocess.run(
        [sys.executable, "-c", TAKE_THE_LOCK, str(tmp_path / "data"), ",".join(names)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded []" in done.stdout, done.stdout


def test_the_lazy_names_are_there_when_used() -> None:
    from companion.core import content, storage

    for name in storage.__all__:
        assert getattr(storage, name) is not None
    for name in content.__all__:
        assert getattr(content, name) is not None
    assert storage.migrations.__name__ == "companion.core.storage.migrations"
