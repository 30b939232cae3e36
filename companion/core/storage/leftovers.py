"""Clearing what interrupted writes left behind in the data folder (never data).

A backup, a restore or the private writer that is killed or crashes leaves a
half-written copy: `.NAME.partial` (and SQLite's `-journal`, `-wal` or `-shm` beside
it), or `.companion.sqlite3.restoring`. A copy still being written is flock()ed by
its writer, so it is told apart from a leftover however young it is. Only the holder
of the data folder's lock clears, so no restore is under way meanwhile.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from companion.core import paths
from companion.core.files import PARTIAL_SUFFIX, partial_in_use
from companion.core.storage.backup import SIDE_SUFFIXES

RESTORING_NAME = f".{paths.DATABASE_NAME}.restoring"


def clear_leftovers(data_dir: Path) -> list[Path]:
    """Remove half-written copies from the data folder and its backups; return them.

    Call only while holding the data folder's lock.
    """
    removed: list[Path] = []
    for folder in (data_dir, paths.backups_dir(data_dir)):
        if paths.file_kind(folder) != "a folder":  # a link is never followed
            continue
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if _is_leftover(entry) and paths.file_kind(entry) != "a folder":
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def _is_leftover(entry: Path) -> bool:
    name = entry.name
    if not name.startswith("."):
        return False
    if name == RESTORING_NAME or any(name == RESTORING_NAME + side for side in SIDE_SUFFIXES):
        return True
    owner = name
    for side in SIDE_SUFFIXES:
        if name.endswith(PARTIAL_SUFFIX + side):
            owner = name[: -len(side)]
    if not owner.endswith(PARTIAL_SUFFIX):
        return False
    owner_path = entry.with_name(owner)
    return not (os.path.lexists(owner_path) and partial_in_use(owner_path))
