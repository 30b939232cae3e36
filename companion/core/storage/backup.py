"""Backups: online copies of the live database, their thinning, and restoring from them.

Copies are made with SQLite's online backup API, checked, then moved into place,
so a half-written copy never looks like a backup. Old copies are thinned to: all
of today, then one a day for 7 days, one a week for 4 weeks, one a month for 6 months.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from companion.core.files import create_partial, sync_to_disk
from companion.core.paths import (
    PRIVATE_FILE_MODE,
    ensure_private_file,
    ensure_private_subdir,
    file_kind,
)
from companion.core.storage import db
from companion.core.storage.db import connect_copy, quick_check

DAILY_KEPT = 7
WEEKLY_KEPT = 4
MONTHLY_KEPT = 6
AUTO_BACKUP_INTERVAL = timedelta(minutes=15)

_NAME = re.compile(r"^companion-(\d{8})-(\d{6})(?:-[a-z]+(?:-[a-z]+)*)?(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    """One backup file and the local time it was taken."""

    path: Path
    taken_at: datetime

    @property
    def size(self) -> int:
        """The file's size in bytes; 0 if it has gone since it was listed."""
        return backup_size(self)


@dataclass(frozen=True)
class Recovery:
    """What happened when a damaged database was found at start."""

    damaged_path: Path
    restored_from: Backup | None


def make_backup(source: Any, directory: Path, now: datetime, reason: str = "") -> Path:
    """Copy the database behind `source` into `directory` and return the new file.

    The copy is written to a temporary name, checked, and only then renamed, so
    an interrupted backup (a full disk, a crash) never replaces a good one. The copy of
    protected data is encrypted with the same data key as the data.
    """
    key: bytes | None = getattr(source, "key", None)
    ensure_private_subdir(directory)
    stem = f"companion-{now:%Y%m%d-%H%M%S}" + (f"-{reason}" if reason else "")
    final = directory / f"{stem}.sqlite3"
    counter = 2
    while final.exists():
        final = directory / f"{stem}-{counter}.sqlite3"
        counter += 1
    partial, held = create_partial(final)  # flock()ed until done: never taken for a leftover
    try:
        dest = connect_copy(partial, key)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        problems = quick_check(partial, key=key)
        if problems:
            raise sqlite3.DatabaseError("the backup copy failed its check: " + problems[0])
        sync_to_disk(partial)
        os.replace(partial, final)
        sync_to_disk(directory)
    except BaseException:
        for name in (partial.name, *(partial.name + side for side in SIDE_SUFFIXES)):
            (directory / name).unlink(missing_ok=True)
        raise
    finally:
        os.close(held)
    return final


SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
"""The files SQLite may keep beside a database while it writes it."""


def list_backups(directory: Path) -> list[Backup]:
    """Every backup in `directory`, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            taken = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        except ValueError:
            continue
        found.append(Backup(path, taken))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def backup_size(backup: Backup) -> int:
    """The size of a backup file in bytes; 0 if it has gone since it was listed."""
    try:
        return backup.path.stat().st_size
    except OSError:
        return 0


def backups_to_keep(backups: list[Backup], today: date) -> list[Backup]:
    """Which backups the thinning rule keeps; `backups` may be in any order.

    All of today's are kept. Older ones are walked newest first: the newest of each
    day for 7 days, then the newest of each earlier week for 4 weeks, then the newest
    of each earlier month for 6 months.
    """
    kept: list[Backup] = []
    daily = weekly = monthly = 0
    seen_days: set[date] = set()
    seen_weeks: set[tuple[int, int]] = set()
    seen_months: set[tuple[int, int]] = set()
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        day = backup.taken_at.date()
        if day >= today:
            kept.append(backup)
            continue
        if day in seen_days:
            continue
        year, week_number, _ = day.isocalendar()
        week, month = (year, week_number), (day.year, day.month)
        if daily < DAILY_KEPT:
            daily += 1
        elif week not in seen_weeks and weekly < WEEKLY_KEPT:
            weekly += 1
        elif week not in seen_weeks and month not in seen_months and monthly < MONTHLY_KEPT:
            monthly += 1
        else:
            continue
        kept.append(backup)
        seen_days.add(day)
        seen_weeks.add(week)
        seen_months.add(month)
    return kept


def thin_backups(directory: Path, today: date) -> list[Path]:
    """Delete the backups the thinning rule does not keep; return what was removed."""
    backups = list_backups(directory)
    keep = {backup.path for backup in backups_to_keep(backups, today)}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def newest_good_backup(directory: Path, key: bytes | None = None) -> Backup | None:
    """The newest backup that passes an integrity check, if any (opened with `key` when
    the data is protected: a backup that does not open with it is passed over)."""
    for backup in list_backups(directory):
        try:
            if not quick_check(backup.path, key=key):
                return backup
        except db.Error:
            continue
    return None


def move_aside(db_path: Path, damaged_directory: Path, now: datetime) -> Path:
    """Move a damaged database (with its -wal and -shm files) out of the way; never delete it.

    Whatever stands at the path moves as itself: a link is moved as the link (what it
    points to is never touched), and a folder, pipe or device as what it is.
    """
    ensure_private_subdir(damaged_directory)
    target = damaged_directory / f"companion-damaged-{now:%Y%m%d-%H%M%S}.sqlite3"
    counter = 2
    while os.path.lexists(target):
        target = damaged_directory / f"companion-damaged-{now:%Y%m%d-%H%M%S}-{counter}.sqlite3"
        counter += 1
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if os.path.lexists(side):
            os.replace(side, target.with_name(target.name + suffix))
            _owner_only(target.with_name(target.name + suffix))
    os.replace(db_path, target)
    _owner_only(target)
    return target


def _owner_only(path: Path) -> None:
    """Make a kept copy 0600 (it may have arrived open to others); best effort, and only
    for a plain file (never through a link)."""
    if file_kind(path) is None:
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FILE_MODE)


def restore_file(backup_path: Path, db_path: Path) -> None:
    """Put a copy of a backup in place of the live database (which must be closed)."""
    staging = _fresh_staging(db_path)
    try:
        shutil.copyfile(backup_path, staging)
        sync_to_disk(staging)
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
        sync_to_disk(db_path.parent)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def recover(
    db_path: Path, backups: Path, damaged: Path, now: datetime, key: bytes | None = None
) -> Recovery:
    """Move a damaged database aside and restore the newest good backup, if there is one.

    The backup is copied next to the database before the damaged file is moved, so if the
    copy fails (a full disk) the damaged file is still in place and the next start tries
    again; moving it first would leave no database, and the next start would begin afresh
    without a word, the backup unused.
    """
    good = newest_good_backup(backups, key)
    staging = db_path.with_name(f".{db_path.name}.restoring")
    try:
        if good is not None:
            staging = _fresh_staging(db_path)
            shutil.copyfile(good.path, staging)
            sync_to_disk(staging)
        damaged_path = move_aside(db_path, damaged, now)
        if good is not None:
            os.replace(staging, db_path)
            sync_to_disk(db_path.parent)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return Recovery(damaged_path=damaged_path, restored_from=good)


def _fresh_staging(db_path: Path) -> Path:
    """The empty, owner-only file a backup is copied into before it takes the database's
    place; whatever an interrupted restore left there (even a link) is removed first, so
    the copy never goes through a link. Only the data folder's lock holder restores."""
    staging = db_path.with_name(f".{db_path.name}.restoring")
    if file_kind(staging) != "a folder" and os.path.lexists(staging):
        staging.unlink()
    return ensure_private_file(staging)
