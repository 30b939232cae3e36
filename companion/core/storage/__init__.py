"""Safe local storage: `open()` gives a ready, checked, migrated database in the data folder.

On every start: the folder is made private (0700) and the file owner-only (0600);
the file is integrity-checked, and a damaged one is moved aside and the newest good
backup restored; a database from a newer version is refused untouched; pending
migrations run only after a backup. While running, `Storage` takes a backup when
data has changed, at most every 15 minutes, and once more on close. `restore_backup`
puts a backup in place of the data, after backing up the data as it is.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from companion.core import paths
from companion.core.clock import Clock, SystemClock
from companion.core.storage import migrations
from companion.core.storage.backup import (
    AUTO_BACKUP_INTERVAL,
    Backup,
    Recovery,
    backup_size,
    list_backups,
    make_backup,
    recover,
    restore_file,
    thin_backups,
)
from companion.core.storage.db import connect, connect_readonly, quick_check
from companion.core.storage.errors import (
    DatabaseLockedError,
    DiskFullError,
    NewerDatabaseError,
    StorageError,
    explain,
)

__all__ = [
    "Backup",
    "DatabaseLockedError",
    "DiskFullError",
    "NewerDatabaseError",
    "Recovery",
    "Storage",
    "StorageError",
    "backup_existing",
    "backup_size",
    "check",
    "list_backups",
    "open",
    "open_readonly",
    "restore_backup",
]


@dataclass
class Storage:
    """An open database in its data folder, with its backup schedule."""

    db: Database
    data_dir: Path
    clock: Clock
    recovery: Recovery | None = None
    before_restore: Path | None = None
    """After `restore_backup`: the backup of the data as it was just before the restore."""
    _last_backup_at: datetime | None = field(default=None, repr=False)
    _changes_at_last_backup: int = field(default=0, repr=False)

    @property
    def path(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def backups_dir(self) -> Path:
        return paths.backups_dir(self.data_dir)

    @property
    def changed_since_backup(self) -> bool:
        return self.db.conn.total_changes != self._changes_at_last_backup

    def backups(self) -> list[Backup]:
        return list_backups(self.backups_dir)

    def backup_now(self, reason: str = "") -> Path:
        """Make a backup now, then thin the old ones."""
        now = self.clock.now()
        try:
            made = make_backup(self.db.conn, self.backups_dir, now, reason)
            thin_backups(self.backups_dir, now.date())
        except (sqlite3.Error, OSError) as error:
            raise explain(error, "backup") from error
        self._last_backup_at = now
        self._changes_at_last_backup = self.db.conn.total_changes
        return made

    def backup_due(self) -> bool:
        if not self.changed_since_backup:
            return False
        if self._last_backup_at is None:
            return True
        return self.clock.now() - self._last_backup_at >= AUTO_BACKUP_INTERVAL

    def backup_if_due(self) -> Path | None:
        """Back up if data changed and the last backup is at least 15 minutes old."""
        return self.backup_now() if self.backup_due() else None

    def close(self) -> None:
        """Back up if anything changed since the last backup, then close the database."""
        try:
            if self.changed_since_backup:
                self.backup_now()
        finally:
            self.db.close()

    def erase_everything(self) -> None:
        """Delete the database, its backups and any damaged copies. Closes the database."""
        self.db.close()
        for name in (paths.DATABASE_NAME + suffix for suffix in ("", "-wal", "-shm")):
            (self.data_dir / name).unlink(missing_ok=True)
        for folder in (paths.backups_dir(self.data_dir), paths.damaged_dir(self.data_dir)):
            shutil.rmtree(folder, ignore_errors=True)


def open(data_dir: str | Path | None = None, *, clock: Clock | None = None) -> Storage:
    """Open (creating if needed) the app's database in the data folder, checked and migrated.

    Raises a StorageError subclass, with a message fit to show, when the data
    cannot be used; in that case nothing on disk has been changed.
    """
    clock = clock or SystemClock()
    try:
        directory = paths.ensure_private_dir(paths.resolve_data_dir(data_dir))
    except OSError as error:
        raise explain(error, "folder") from error
    path = paths.database_path(directory)
    _clear_leftovers(directory, clock.now())
    recovery = None
    try:
        if path.exists():
            paths.ensure_private_file(path)  # owner-only, and readable again if it was not
        if path.exists() and quick_check(path):
            recovery = recover(
                path, paths.backups_dir(directory), paths.damaged_dir(directory), clock.now()
            )
        if path.exists():
            _refuse_newer(path)
        db = connect(path)
    except (sqlite3.Error, OSError) as error:
        raise explain(error, "open") from error
    storage = Storage(db=db, data_dir=directory, clock=clock, recovery=recovery)
    try:
        pending = migrations.pending_names(db)
        if pending and db.table_names():
            storage.backup_now("before-upgrade")
        migrations.apply(db)
    except BaseException as error:
        db.close()
        if isinstance(error, (sqlite3.Error, OSError)):
            raise explain(error, "upgrade") from error
        raise
    storage._changes_at_last_backup = db.conn.total_changes
    return storage


def _clear_leftovers(directory: Path, now: datetime) -> None:
    """Remove half-written copies an interrupted backup or restore left behind (never data)."""
    stale = now.timestamp() - 60
    candidates = [*paths.backups_dir(directory).glob(".*.partial")]
    candidates.append(directory / f".{paths.DATABASE_NAME}.restoring")
    for leftover in candidates:
        try:
            if leftover.is_file() and leftover.stat().st_mtime < stale:
                leftover.unlink()
        except OSError:
            continue


def check(data_dir: str | Path | None = None) -> list[str]:
    """Integrity-check the database without changing anything; return the problems found."""
    path = paths.database_path(paths.resolve_data_dir(data_dir))
    if not path.exists():
        return []
    try:
        problems = quick_check(path)
        if not problems:
            _refuse_newer(path)
    except sqlite3.Error as error:
        raise explain(error, "check") from error
    return problems


def _refuse_newer(path: Path) -> None:
    if _is_newer(path):
        raise NewerDatabaseError(
            "Your data was saved by a newer version of Prep Companion, so this version "
            "will not open it, to keep it safe. Please install the newer version again. "
            f"Your data has not been changed ({path}).",
            "open",
            str(path),
        )


def _is_newer(path: Path) -> bool:
    conn = connect_readonly(path)
    try:
        return bool(migrations.unknown_names(conn))
    finally:
        conn.close()


def _sound_existing(directory: Path, action: str) -> Path:
    """The database path, after checking it exists, is sound, and is not from a newer version.

    Reads only. Raises StorageError (or sqlite3/OS errors for the caller to explain).
    """
    path = paths.database_path(directory)
    if not path.exists():
        missing = "no data to back up yet" if action == "backup" else "no data yet"
        raise StorageError(f"There is {missing} in {directory}.", action, "no-data")
    problems = quick_check(path)
    if problems:
        raise StorageError(
            f"Your data did not pass its check ({problems[0]}). Start the app to restore it "
            "from the newest good backup. Nothing was changed.",
            action,
            "damaged",
        )
    _refuse_newer(path)
    return path


def backup_existing(data_dir: str | Path | None = None, *, clock: Clock | None = None) -> Path:
    """Back up the database in the data folder without opening it for writing.

    Safe while the app is running. Refuses a missing, damaged or newer database.
    """
    clock = clock or SystemClock()
    directory = paths.resolve_data_dir(data_dir)
    try:
        source = connect_readonly(_sound_existing(directory, "backup"))
        try:
            now = clock.now()
            made = make_backup(source, paths.backups_dir(directory), now)
        finally:
            source.close()
        thin_backups(paths.backups_dir(directory), now.date())
    except (sqlite3.Error, OSError) as error:
        raise explain(error, "backup") from error
    return made


def open_readonly(data_dir: str | Path | None = None) -> Database:
    """The database for reading only (exports from the command line); nothing is changed.

    Refuses a missing, damaged, newer or not-yet-updated database with a StorageError.
    """
    directory = paths.resolve_data_dir(data_dir)
    try:
        db = Database(connect_readonly(_sound_existing(directory, "open")), execute_plugins=False)
    except (sqlite3.Error, OSError) as error:
        raise explain(error, "open") from error
    if migrations.pending_names(db):
        db.close()
        raise StorageError(
            "Your data was saved by an older version. Open the app once to update it, "
            "then try again.",
            "open",
            "older",
        )
    return db


def restore_backup(storage: Storage, backup: Path) -> Storage:
    """Put `backup` in place of the data and return the database opened again.

    The backup is checked first: a damaged one (StorageError) or one from a newer version
    (NewerDatabaseError) is refused and nothing changes. Then the data as it is now is
    backed up ("before-restore"; its path is in the result's `before_restore`), `storage`
    is closed, the file is put in place and opened again, so an older backup is updated.
    Nothing else may have the database open meanwhile.

    If anything fails after `storage` was closed, the data as it was is put back, `storage`
    is connected to it again (and stays usable), and a StorageError says what happened.
    """
    backup = Path(backup)
    _check_backup(backup)
    try:
        # make_backup and not backup_now: thinning now could delete the very backup chosen
        kept = make_backup(
            storage.db.conn, storage.backups_dir, storage.clock.now(), "before-restore"
        )
    except (sqlite3.Error, OSError) as error:
        raise explain(error, "backup") from error
    storage.db.close()
    replaced = False
    try:
        restore_file(backup, storage.path)
        replaced = True
        restored = open(storage.data_dir, clock=storage.clock)
    except Exception as error:
        problem = explain(error, "restore")
        _reconnect(storage, kept if replaced else None, problem)
        raise type(problem)(
            f"{problem} Your data is as it was before the restore.", "restore", problem.detail
        ) from error
    restored.before_restore = kept
    return restored


def _check_backup(backup: Path) -> None:
    """Refuse a missing, damaged or newer backup; reads only."""
    if not backup.is_file():
        raise StorageError(f"There is no backup at {backup}. Nothing was changed.", "restore")
    try:
        problems = quick_check(backup)
        if problems:
            raise StorageError(
                f"That backup is damaged ({problems[0]}), so it cannot be restored. "
                "Please choose another one. Nothing was changed.",
                "restore",
                "damaged",
            )
        if _is_newer(backup):
            raise NewerDatabaseError(
                "That backup was made by a newer version of Prep Companion, so this version "
                "cannot restore it. Please install the newer version. Nothing was changed.",
                "restore",
                str(backup),
            )
    except (sqlite3.Error, OSError) as error:
        raise explain(error, "restore") from error


def _reconnect(storage: Storage, put_back: Path | None, problem: StorageError) -> None:
    """After a failed restore: put the kept copy back if the file was replaced, reopen."""
    try:
        if put_back is not None:
            restore_file(put_back, storage.path)
        again = open(storage.data_dir, clock=storage.clock)
    except Exception as error:
        where = f" A copy of your data is kept in {put_back}." if put_back is not None else ""
        raise StorageError(
            f"{problem} Then your data could not be opened again: {explain(error, 'open')}{where}",
            "restore",
            str(error),
        ) from error
    storage.db = again.db
    storage.recovery = again.recovery
    storage._changes_at_last_backup = again._changes_at_last_backup
