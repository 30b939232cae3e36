"""The open database and the ways to get one: `open()`, `Storage`, `restore_backup`.

On every start: the data folder's lock is taken (and held until the database is closed,
so nothing else replaces the data meanwhile); the folder is made private (0700) and the
file owner-only (0600); leftovers of interrupted writes are cleared; the file is
integrity-checked, and a damaged one (or anything but a plain file: a link, a folder,
a pipe) is moved aside and the newest good backup restored; a database from a newer
version is refused untouched; pending migrations run only after a backup. While
running, `Storage` takes a backup when data has changed, at most every 15 minutes, and
once more on close. `restore_backup` puts a backup in place of the data, after backing
up the data as it is.

Reached through the package (`storage.open`, `storage.Storage`), which loads this module,
and with it sqlite3 and the backups, only when one of them is first used.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core import paths
from companion.core.clock import Clock, SystemClock
from companion.core.storage import db as sql
from companion.core.storage.backup import (
    AUTO_BACKUP_INTERVAL,
    Backup,
    Recovery,
    list_backups,
    make_backup,
    recover,
    restore_file,
    thin_backups,
)
from companion.core.storage.db import connect, quick_check, wal_has_changes
from companion.core.storage.errors import (
    NewerDatabaseError,
    StorageError,
    explain,
)
from companion.core.storage.leftovers import clear_leftovers
from companion.core.storage.lock import COMMAND_WAIT_SECONDS, hold
from companion.core.storage.reading import (
    is_newer,
    refuse_newer,
    remove_new_sides,
    space_needed,
)

if TYPE_CHECKING:  # sqlite-utils and the migrations load when the database is opened
    from sqlite_utils import Database

DIALOG_HISTORY = "QtProject.conf"
"""Where the window keeps the file dialogs' history of folders, in the data folder."""


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
    def key(self) -> bytes | None:
        """The data key, when the data is protected (its connection holds it); else None."""
        key: bytes | None = getattr(self.db.conn, "key", None)
        return key

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
        except sql.FAILURES as error:
            raise explain(error, "backup", self.data_dir, space_needed(self.path)) from error
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

    @property
    def replaced(self) -> bool:
        """Whether the database file was found replaced under this connection (no more
        is written through it)."""
        return bool(getattr(self.db.conn, "replaced", False))

    def erase_everything(self) -> None:
        """Delete the database, its backups and any damaged copies, its key file (the data
        starts again unprotected), and the history of folders the file dialogs keep
        (QtProject.conf). Closes the database."""
        with hold(self.data_dir, "open"):  # still held while the files go
            self.db.close()
            for name in (paths.DATABASE_NAME + suffix for suffix in ("", "-wal", "-shm")):
                (self.data_dir / name).unlink(missing_ok=True)
            for name in (paths.KEY_FILE_NAME, paths.PENDING_KEY_FILE_NAME):  # protection too
                (self.data_dir / name).unlink(missing_ok=True)
            if paths.file_kind(self.data_dir / DIALOG_HISTORY) != "a folder":
                (self.data_dir / DIALOG_HISTORY).unlink(missing_ok=True)
            for folder in (paths.backups_dir(self.data_dir), paths.damaged_dir(self.data_dir)):
                if paths.file_kind(folder) == "a folder":
                    shutil.rmtree(folder, ignore_errors=True)
                elif os.path.lexists(folder):
                    folder.unlink()  # a link: removed as itself, never followed


def open(
    data_dir: str | Path | None = None,
    *,
    clock: Clock | None = None,
    kind: str = "open",
    wait: float = COMMAND_WAIT_SECONDS,
    key: bytes | None = None,
) -> Storage:
    """Open (creating if needed) the app's database in the data folder, checked and migrated.

    Protected data (see `protection.py`) is opened with its data key, `key`
    (LockedDataError without one); for data that is not protected, `key` is not used.

    The data folder's lock is taken first, for `kind` ("open", or the command's name),
    waiting up to `wait` seconds for a command that holds it, and held until the
    database is closed. Raises a StorageError subclass, with a message fit to show,
    when the data cannot be used (DataInUseError when the window or another command
    holds it); in that case nothing on disk has been changed.
    """
    clock = clock or SystemClock()
    try:
        directory = paths.ensure_private_dir(paths.resolve_data_dir(data_dir))
    except OSError as error:
        raise explain(error, "folder", None) from error
    lock = hold(directory, kind, wait)
    try:
        storage = _open_held(directory, clock, key)
    except BaseException:
        lock.release()
        raise
    storage.db.conn.on_close.append(lock.release)  # type: ignore[attr-defined]
    return storage


def _open_held(directory: Path, clock: Clock, key: bytes | None) -> Storage:
    """`open()` once the lock is held."""
    from companion.core.storage import protection

    path = paths.database_path(directory)
    clear_leftovers(directory)
    try:
        protection.settle(directory)
    except OSError as error:
        raise explain(error, "open", directory) from error
    key = protection.key_for(directory, key)
    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {side for side in sides if os.path.lexists(side)}
    needed = space_needed(path)
    recovery = None
    try:
        if not os.path.lexists(path):
            _clear_odd(sides)
        elif paths.file_kind(path) is not None or any(paths.file_kind(s) for s in sides):
            recovery = _recover(path, directory, clock, key)  # a link, folder, pipe, device...
        else:
            paths.ensure_private_file(path)  # owner-only, and readable again if it was not
            if quick_check(path, immutable=not wal_has_changes(path), key=key):
                recovery = _recover(path, directory, clock, key)
        if path.exists():
            refuse_newer(path, immutable=not wal_has_changes(path), key=key)
        db = connect(path, key)
        if key is not None:  # plain backups a crash left while protection was turned on
            protection.convert_backups(directory, None, key)
    except sql.FAILURES as error:
        remove_new_sides(sides, existed)
        raise explain(error, "open", directory, needed) from error
    except BaseException:
        remove_new_sides(sides, existed)
        raise
    storage = Storage(db=db, data_dir=directory, clock=clock, recovery=recovery)
    from companion.core.storage import migrations

    try:
        pending = migrations.pending_names(db)
        if pending and db.table_names():
            storage.backup_now("before-upgrade")
        migrations.apply(db)
    except BaseException as error:
        db.close()
        if isinstance(error, sql.FAILURES):
            raise explain(error, "upgrade", directory, needed) from error
        raise
    storage._changes_at_last_backup = db.conn.total_changes
    return storage


def _recover(path: Path, directory: Path, clock: Clock, key: bytes | None) -> Recovery:
    backups, damaged = paths.backups_dir(directory), paths.damaged_dir(directory)
    return recover(path, backups, damaged, clock.now(), key)


def _clear_odd(sides: list[Path]) -> None:
    """With no database, a link, pipe or device named like its -wal or -shm file is taken
    away as itself (a folder is moved aside): SQLite would otherwise open it."""
    for side in sides:
        kind = paths.file_kind(side)
        if kind == "a folder":
            os.replace(side, side.with_name(f"{side.name}.moved-{os.getpid()}"))
        elif kind is not None:
            side.unlink()


def restore_backup(storage: Storage, backup: Path) -> Storage:
    """Put `backup` in place of the data and return the database opened again.

    The backup is checked first: a damaged one (StorageError) or one from a newer version
    (NewerDatabaseError) is refused and nothing changes. Then the data as it is now is
    backed up ("before-restore"; its path is in the result's `before_restore`), `storage`
    is closed, the file is put in place and opened again, so an older backup is updated.
    The data folder's lock is held all through, so nothing else opens the data meanwhile.

    If anything fails after `storage` was closed, the data as it was is put back, `storage`
    is connected to it again (and stays usable), and a StorageError says what happened.
    """
    backup = Path(backup)
    _check_backup(backup, storage.key)
    with hold(storage.data_dir, "restore"):
        needed = space_needed(storage.path) + space_needed(backup)
        try:
            # make_backup and not backup_now: thinning now could delete the very backup chosen
            kept = make_backup(
                storage.db.conn, storage.backups_dir, storage.clock.now(), "before-restore"
            )
        except sql.FAILURES as error:
            raise explain(error, "backup", storage.data_dir, needed) from error
        storage.db.close()
        replaced = False
        try:
            restore_file(backup, storage.path)
            replaced = True
            restored = open(storage.data_dir, clock=storage.clock, kind="restore", key=storage.key)
        except Exception as error:  # whatever went wrong, the data from before is put back
            problem = explain(error, "restore", storage.data_dir, needed)
            _reconnect(storage, kept if replaced else None, problem)
            raise type(problem)(
                f"{problem} Your data is as it was before the restore.", "restore", problem.detail
            ) from error
    restored.before_restore = kept
    return restored


def _check_backup(backup: Path, key: bytes | None) -> None:
    """Refuse a missing, damaged or newer backup, or a plain one for protected data (an
    encrypted one for data that is not cannot be read: it is refused as damaged); reads
    only."""
    if paths.file_kind(backup) is not None or not backup.is_file():
        raise StorageError(f"There is no backup at {backup}. Nothing was changed.", "restore")
    if key is not None and sql.is_plain(backup):
        raise StorageError(
            "That backup is not protected with a passphrase, unlike your data now, so it "
            "cannot be restored here. Please choose another one. Nothing was changed.",
            "restore",
            "not-protected",
        )
    try:
        problems = quick_check(backup, key=key)
        if problems:
            raise StorageError(
                f"That backup is damaged ({problems[0]}), so it cannot be restored. "
                "Please choose another one. Nothing was changed.",
                "restore",
                "damaged",
            )
        if is_newer(backup, key=key):
            raise NewerDatabaseError(
                "That backup was made by a newer version of Prep Companion, so this version "
                "cannot restore it. Please install the newer version. Nothing was changed.",
                "restore",
                str(backup),
            )
    except sql.FAILURES as error:
        raise explain(error, "restore", backup.parent, space_needed(backup)) from error


def _reconnect(storage: Storage, put_back: Path | None, problem: StorageError) -> None:
    """After a failed restore: put the kept copy back if the file was replaced, reopen."""
    try:
        if put_back is not None:
            restore_file(put_back, storage.path)
        again = open(storage.data_dir, clock=storage.clock, kind="restore", key=storage.key)
    except Exception as error:  # the caller must hear where the kept copy is, whatever failed
        where = f" A copy of your data is kept in {put_back}." if put_back is not None else ""
        raise StorageError(
            f"{problem} Then your data could not be opened again: {explain(error, 'open')}{where}",
            "restore",
            str(error),
        ) from error
    storage.db = again.db
    storage.recovery = again.recovery
    storage._changes_at_last_backup = again._changes_at_last_backup
