"""Named storage errors, each carrying a message a person can act on."""

from __future__ import annotations

import errno
import sqlite3


class StorageError(Exception):
    """Something stopped the app from reading or saving; `str()` is safe to show to the user."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseLockedError(StorageError):
    """Another program holds the database; nothing was changed."""


class DiskFullError(StorageError):
    """The disk is full; nothing was changed."""


def explain(error: BaseException, doing: str) -> StorageError:
    """Turn a low-level error into a StorageError with one plain sentence about `doing`."""
    if isinstance(error, StorageError):
        return error
    if isinstance(error, sqlite3.OperationalError):
        code = getattr(error, "sqlite_errorcode", None)
        text = str(error).lower()
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
            return DatabaseLockedError(
                f"Could not {doing}: another program is using your data right now. "
                "Close it and try again. Nothing was changed."
            )
        if code == sqlite3.SQLITE_FULL or "disk is full" in text:
            return DiskFullError(
                f"Could not {doing}: the disk is full. Free some space and try again. "
                "Nothing was changed."
            )
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFullError(
                f"Could not {doing}: the disk is full. Free some space and try again. "
                "Nothing was changed."
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            where = f" ({error.filename})" if error.filename else ""
            return StorageError(
                f"Could not {doing}: the app is not allowed to write to the data folder"
                f"{where}. Nothing was changed."
            )
    return StorageError(f"Could not {doing}: {error}. Nothing was changed.")
