"""Reading the data without changing it: `check`, the command line's backup and exports.

A reader takes the data folder's lock when it is free (waiting for a command that holds
it), so nothing replaces the file while it reads, and then clears leftovers of
interrupted writes. Holding it, with no changes waiting in a -wal file, the reader opens
the file alone (SQLite's immutable mode): no -wal or -shm file is made, and no free
space is needed. Any -wal or -shm file a reader had to make is removed again when it is
done. When the window holds the lock, the reader reads alongside it, as SQLite allows.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core import paths
from companion.core.clock import Clock, SystemClock
from companion.core.storage import db as sql
from companion.core.storage.backup import make_backup, thin_backups
from companion.core.storage.db import (
    Connection,
    connect_immutable,
    connect_readonly,
    quick_check,
    wal_has_changes,
)
from companion.core.storage.errors import NewerDatabaseError, StorageError, explain
from companion.core.storage.leftovers import clear_leftovers
from companion.core.storage.lock import COMMAND_WAIT_SECONDS, DataLock, try_hold

if TYPE_CHECKING:  # sqlite-utils is loaded when a database is read, not before
    from sqlite_utils import Database

WORKING_SPACE = 256 * 1024
"""Room SQLite needs beside a database to work with it (its -wal and -shm files)."""


def space_needed(path: Path) -> int:
    """About how many bytes of free space working with the database at `path` needs: room
    for one copy of it (a backup) and SQLite's working files."""
    size = 0
    for name in (path.name, path.name + "-wal"):
        try:
            size += os.lstat(path.with_name(name)).st_size
        except OSError:
            continue
    return size + WORKING_SPACE


class Reading:
    """One read-only use of the data folder: the lock if it could be had, what SQLite's
    side files were before, and how to open the database for reading."""

    def __init__(self, directory: Path, kind: str, key: bytes | None = None) -> None:
        from companion.core.storage import protection

        self.directory = directory
        self.path = paths.database_path(directory)
        self.lock: DataLock | None = try_hold(directory, kind, COMMAND_WAIT_SECONDS)
        self.sides = [self.path.with_name(self.path.name + s) for s in ("-wal", "-shm")]
        self.existed = {side for side in self.sides if os.path.lexists(side)}
        try:
            if self.lock is not None:
                clear_leftovers(directory)
                protection.settle(directory)
            self.key = protection.key_for(directory, key)
        except BaseException:
            self.finish()
            raise

    @property
    def immutable(self) -> bool:
        return self.lock is not None and not wal_has_changes(self.path)

    def connect(self) -> Connection:
        if self.immutable:
            return connect_immutable(self.path, self.key)
        return connect_readonly(self.path, self.key)

    def finish(self) -> None:
        """Remove the side files this reading made (only while holding the lock, when no
        one else can be using them), then give the lock back."""
        if self.lock is None:
            return
        remove_new_sides(self.sides, self.existed)
        self.lock.release()
        self.lock = None


def remove_new_sides(sides: list[Path], existed: set[Path]) -> None:
    """Remove the -wal and -shm files a connection made that were not there before (the
    -shm always, a -wal only when empty: one with changes in it is never thrown away)."""
    for side in sides:
        if side in existed or paths.file_kind(side) is not None:
            continue
        try:
            if side.name.endswith("-shm") or side.stat().st_size == 0:
                side.unlink()
        except OSError:
            continue


def check(data_dir: str | Path | None = None, *, key: bytes | None = None) -> list[str]:
    """Integrity-check the database without changing anything; return the problems found.
    Protected data needs its data key, `key`."""
    directory = paths.resolve_data_dir(data_dir)
    path = paths.database_path(directory)
    if not os.path.lexists(path):
        return []
    reading = Reading(directory, "check", key)
    try:
        problems = quick_check(path, immutable=reading.immutable, key=reading.key)
        if not problems:
            refuse_newer(path, reading.immutable, reading.key)
    except sql.FAILURES as error:
        raise explain(error, "check", directory, WORKING_SPACE) from error
    finally:
        reading.finish()
    return problems


def refuse_newer(path: Path, immutable: bool = False, key: bytes | None = None) -> None:
    if is_newer(path, immutable, key):
        raise NewerDatabaseError(
            "Your data was saved by a newer version of Prep Companion, so this version "
            "will not open it, to keep it safe. Please install the newer version again. "
            f"Your data has not been changed ({path}).",
            "open",
            str(path),
        )


def is_newer(path: Path, immutable: bool = False, key: bytes | None = None) -> bool:
    from companion.core.storage import migrations

    conn = connect_immutable(path, key) if immutable else connect_readonly(path, key)
    try:
        return bool(migrations.unknown_names(conn))
    finally:
        conn.close()


def _sound_existing(reading: Reading, action: str) -> Path:
    """The database path, after checking it exists, is sound, and is not from a newer version.

    Reads only. Raises StorageError (or database/OS errors for the caller to explain).
    """
    path = reading.path
    if not os.path.lexists(path):
        missing = "no data to back up yet" if action == "backup" else "no data yet"
        raise StorageError(f"There is {missing} in {reading.directory}.", action, "no-data")
    problems = quick_check(path, immutable=reading.immutable, key=reading.key)
    if problems:
        raise StorageError(
            f"Your data did not pass its check ({problems[0]}). Start the app to restore it "
            "from the newest good backup. Nothing was changed.",
            action,
            "damaged",
        )
    refuse_newer(path, reading.immutable, reading.key)
    return path


def backup_existing(
    data_dir: str | Path | None = None, *, clock: Clock | None = None, key: bytes | None = None
) -> Path:
    """Back up the database in the data folder without opening it for writing.

    Safe while the app is running. Refuses a missing, damaged or newer database. Old
    backups are thinned, and leftovers cleared, only while holding the data folder's
    lock (when the window holds it, it does that itself).
    """
    clock = clock or SystemClock()
    directory = paths.resolve_data_dir(data_dir)
    reading = Reading(directory, "backup", key)
    try:
        _sound_existing(reading, "backup")
        source = reading.connect()
        try:
            now = clock.now()
            made = make_backup(source, paths.backups_dir(directory), now)
        finally:
            source.close()
        if reading.lock is not None:
            thin_backups(paths.backups_dir(directory), now.date())
    except sql.FAILURES as error:
        raise explain(error, "backup", directory, space_needed(reading.path)) from error
    finally:
        reading.finish()
    return made


def open_readonly(
    data_dir: str | Path | None = None, *, kind: str = "export", key: bytes | None = None
) -> Database:
    """The database for reading only (exports from the command line); nothing is changed.

    Refuses a missing, damaged, newer or not-yet-updated database with a StorageError.
    Closing the database ends the reading (and gives back the lock, if it was taken).
    """
    directory = paths.resolve_data_dir(data_dir)
    reading = Reading(directory, kind, key)
    try:
        _sound_existing(reading, "open")
        conn = reading.connect()
    except sql.FAILURES as error:
        reading.finish()
        raise explain(error, "open", directory, WORKING_SPACE) from error
    except BaseException:
        reading.finish()
        raise
    conn.on_close.append(reading.finish)
    from sqlite_utils import Database

    from companion.core.storage import migrations

    db = Database(conn, execute_plugins=False)
    if migrations.pending_names(db):
        db.close()
        raise StorageError(
            "Your data was saved by an older version. Open the app once to update it, "
            "then try again.",
            "open",
            "older",
        )
    return db
