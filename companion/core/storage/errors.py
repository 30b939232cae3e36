"""Named storage errors, each carrying a message a person can act on.

Every error knows what was being done (`action`, one of ACTIONS) so the UI can
say it in the person's language; `str(error)` is the English text the command
line prints.
"""

from __future__ import annotations

import errno
import sqlite3

ACTIONS = {
    "open": "open your data",
    "folder": "open the data folder",
    "upgrade": "update your data to this version",
    "save": "save your changes",
    "backup": "make a backup",
    "check": "check your data",
    "delete": "delete your data",
    "restore": "restore the backup",
    "export": "export your data",
    "import": "import the file",
}


class StorageError(Exception):
    """Something stopped the app from reading or saving; `str()` is safe to show to the user."""

    def __init__(self, message: str, action: str = "open", detail: str = "") -> None:
        super().__init__(message)
        self.action = action
        self.detail = detail


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseLockedError(StorageError):
    """Another program holds the database; nothing was changed."""


class DiskFullError(StorageError):
    """The disk is full; nothing was changed."""


class NoPermissionError(StorageError):
    """The app may not write to its data folder; nothing was changed."""


def explain(error: BaseException, action: str) -> StorageError:
    """Turn a low-level error into a StorageError with one plain sentence about `action`."""
    if isinstance(error, StorageError):
        return error
    doing = ACTIONS.get(action, action)
    if isinstance(error, sqlite3.OperationalError):
        code = getattr(error, "sqlite_errorcode", None)
        text = str(error).lower()
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
            return DatabaseLockedError(
                f"Could not {doing}: another program is using your data right now. "
                "Close it and try again. Nothing was changed.",
                action,
            )
        if code == sqlite3.SQLITE_FULL or "disk is full" in text:
            return DiskFullError(
                f"Could not {doing}: the disk is full. Free some space and try again. "
                "Nothing was changed.",
                action,
            )
        if (isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_READONLY) or (
            "readonly database" in text
        ):
            return NoPermissionError(
                f"Could not {doing}: the app is not allowed to write to the data folder. "
                "Nothing was changed.",
                action,
            )
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFullError(
                f"Could not {doing}: the disk is full. Free some space and try again. "
                "Nothing was changed.",
                action,
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            where = str(error.filename or "")
            return NoPermissionError(
                f"Could not {doing}: the app is not allowed to write to the data folder"
                f"{f' ({where})' if where else ''}. Nothing was changed.",
                action,
                where,
            )
    return StorageError(f"Could not {doing}: {error}. Nothing was changed.", action, str(error))
