"""Named storage errors, each carrying a message a person can act on.

Every error knows what was being done (`action`, one of ACTIONS) so the UI can
say it in the person's language; `str(error)` is the English text the command
line prints.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

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
    "protect": "protect your data",
    "unprotect": "turn protection off",
}


class StorageError(Exception):
    """Something stopped the app from reading or saving; `str()` is safe to show to the user."""

    def __init__(self, message: str, action: str = "open", detail: str = "") -> None:
        super().__init__(message)
        self.action = action
        self.detail = detail


class LockedDataError(StorageError):
    """The data is protected and was not unlocked; nothing was opened or changed."""

    def __init__(self) -> None:
        super().__init__(
            "Your data is protected with a passphrase. Unlock it first. Nothing was changed.",
            "open",
            "locked",
        )


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseLockedError(StorageError):
    """Another program holds the database; nothing was changed."""


class DiskFullError(StorageError):
    """The disk is full; nothing was changed. `needed` is about how many more bytes of
    free space the action needs, when that is known."""

    def __init__(
        self, message: str, action: str = "open", detail: str = "", needed: int | None = None
    ) -> None:
        super().__init__(message, action, detail)
        self.needed = needed


class DataInUseError(StorageError):
    """Another copy of the app, or a command, holds the data folder; nothing was changed.

    `holder` says who: "window" for the app's window, else the command's name.
    """

    def __init__(self, message: str, action: str, holder: str) -> None:
        super().__init__(message, action, holder)
        self.holder = holder


class DataReplacedError(StorageError):
    """The database file was replaced or removed while this program had it open.

    Nothing more is written through the old connection, so no change goes into a file
    that is no longer the person's data.
    """


class NotRegularFileError(StorageError):
    """Something other than a plain file (a folder, a link, a pipe, a device) stands
    where a file of the app's should be; it was not opened or followed."""


class NoPermissionError(StorageError):
    """The app may not write to its data folder; nothing was changed."""


def explain(
    error: BaseException, action: str, where: Path | None = None, needed: int | None = None
) -> StorageError:
    """Turn a low-level error into a StorageError with one plain sentence about `action`.

    `where` is a folder on the disk being used, and `needed` about how many bytes the
    action needs there: with them, an SQLite input/output error on a disk that has less
    free space than that is said to be what it is, a full disk.
    """
    import sqlite3  # here, not at the top: taking the lock needs no database

    from companion.core.storage.db import OperationalError

    if isinstance(error, StorageError):
        return error
    doing = ACTIONS.get(action, action)
    if _is_disk_full(error) or (
        where is not None and _is_io_error(error) and free_space(where) < (needed or LOW_SPACE)
    ):
        return disk_full(action, needed)
    if isinstance(error, OperationalError):
        code = getattr(error, "sqlite_errorcode", None)
        text = str(error).lower()
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
            return DatabaseLockedError(
                f"Could not {doing}: another program is using your data right now. "
                "Close it and try again. Nothing was changed.",
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
    if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        place = str(error.filename or "")
        return NoPermissionError(
            f"Could not {doing}: the app is not allowed to write to the data folder"
            f"{f' ({place})' if place else ''}. Nothing was changed.",
            action,
            place,
        )
    return StorageError(f"Could not {doing}: {error}. Nothing was changed.", action, str(error))


LOW_SPACE = 1024 * 1024
"""Below this much free space, an input/output error is taken for a full disk."""


def disk_full(action: str, needed: int | None = None) -> DiskFullError:
    """The one way to say the disk is full: what could not be done, how much space it
    needs (when known), and that nothing was changed."""
    doing = ACTIONS.get(action, action)
    space = f" It needs about {human_size(needed)} of free space." if needed else ""
    return DiskFullError(
        f"Could not {doing}: the disk is full.{space} Free some space and try again. "
        "Nothing was changed.",
        action,
        needed=needed,
    )


def human_size(size: int) -> str:
    """A size in bytes, rounded up, in words a person reads (KB and MB of 1,000)."""
    if size < 1000 * 1000:
        return f"{max(1, -(-size // 1000))} KB"
    return f"{-(-size // (100 * 1000)) / 10:g} MB"


def free_space(folder: Path) -> int:
    """Bytes an ordinary program may still write on the disk holding `folder` (or a large
    number when that cannot be told)."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return 1 << 62
    return info.f_bavail * info.f_frsize


def _is_disk_full(error: BaseException) -> bool:
    import sqlite3

    from companion.core.storage.db import OperationalError

    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(error, OperationalError):
        code = getattr(error, "sqlite_errorcode", None)
        return code == sqlite3.SQLITE_FULL or "disk is full" in str(error).lower()
    return False


def _is_io_error(error: BaseException) -> bool:
    import sqlite3

    from companion.core.storage.db import Error

    if isinstance(error, OSError):
        return error.errno == errno.EIO
    if isinstance(error, Error):
        code = getattr(error, "sqlite_errorcode", None)
        return (isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_IOERR) or (
            "disk i/o error" in str(error).lower()
        )
    return False
