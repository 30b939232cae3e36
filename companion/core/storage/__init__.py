"""Safe local storage: `open()` gives a ready, checked, migrated database in the data folder.

What happens on every start (the lock, private permissions, the integrity check, moving a
damaged file aside, refusing a newer database, migrating after a backup) and while the
app runs (backups) is told in `store.py`, where `open()`, `Storage` and `restore_backup`
live. Reading without changing anything lives in `reading.py`.

Taking the lock loads only what the lock needs (`lock.py`, `errors.py`); the rest —
sqlite3, the backups, `open()` and `Storage` in `store.py` — loads when first used, so the
window can take the lock and paint before any of it is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from companion.core.storage.errors import (
    DatabaseLockedError,
    DataInUseError,
    DataReplacedError,
    DiskFullError,
    NewerDatabaseError,
    StorageError,
)
from companion.core.storage.lock import COMMAND_WAIT_SECONDS, WINDOW, DataLock, hold

if TYPE_CHECKING:
    from companion.core.storage.backup import Backup, Recovery, backup_size, list_backups
    from companion.core.storage.reading import (
        backup_existing,
        check,
        open_readonly,
        space_needed,
    )
    from companion.core.storage.store import DIALOG_HISTORY, Storage, open, restore_backup

__all__ = [
    "COMMAND_WAIT_SECONDS",
    "DIALOG_HISTORY",
    "WINDOW",
    "Backup",
    "DataInUseError",
    "DataLock",
    "DataReplacedError",
    "DatabaseLockedError",
    "DiskFullError",
    "NewerDatabaseError",
    "Recovery",
    "Storage",
    "StorageError",
    "backup_existing",
    "backup_size",
    "check",
    "hold",
    "list_backups",
    "open",
    "open_readonly",
    "restore_backup",
    "space_needed",
]

_LATER = {
    "Backup": "backup",
    "Recovery": "backup",
    "backup_size": "backup",
    "list_backups": "backup",
    "backup_existing": "reading",
    "check": "reading",
    "open_readonly": "reading",
    "space_needed": "reading",
    "DIALOG_HISTORY": "store",
    "Storage": "store",
    "open": "store",
    "restore_backup": "store",
}
"""The names that load their module (and sqlite3) when first used, and where they live."""


def __getattr__(name: str) -> object:
    """A name of `_LATER` from its module, or a submodule (`storage.migrations`), loaded now."""
    if name in _LATER:
        value = getattr(importlib.import_module(f"{__name__}.{_LATER[name]}"), name)
        globals()[name] = value
        return value
    if not name.startswith("__"):
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
