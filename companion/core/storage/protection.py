"""Passphrase protection: turning it on and off, and finishing either after a crash.

Protected data is the database, and every backup, encrypted with SQLCipher under one
random data key; the key file (`keys.json`, see `keys.py`) holds that key wrapped by the
passphrase and by the recovery key. The data is protected exactly when the key file is
in the data folder.

Turning protection on or off writes a converted copy of the database beside it, checks
it (SQLite's own check, and every table holding as many rows as before), and only then
swaps it in. Two files change, the database and the key file, so each switch has one
order that a crash at any point leaves readable, and `settle` (run at every start,
holding the data folder's lock) finishes or undoes what was interrupted:

- on: the encrypted copy is written and checked; the key file is written as
  `keys.pending.json`; the copy replaces the database; the pending key file becomes
  `keys.json`. At start, a pending key file beside a plain database means the switch
  never happened (the pending file goes); beside an encrypted one, that it did (the
  pending file becomes the key file).
- off: the backups are decrypted first (while the key is at hand); the plain copy is
  written, checked, and replaces the database; the key file goes. At start, a key file
  beside a plain database means the switch happened (the key file goes).

Backups left in the other form by a crash are converted at the next start with the key
(plain ones encrypted); an encrypted backup in a folder no longer protected cannot be
read and is left as it is.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as cipher

from companion.core import paths
from companion.core.files import create_partial, sync_to_disk
from companion.core.storage import db, keys
from companion.core.storage.backup import SIDE_SUFFIXES, list_backups
from companion.core.storage.errors import LockedDataError, StorageError, explain
from companion.core.storage.lock import hold

if TYPE_CHECKING:
    from companion.core.storage.store import Storage

PENDING_KEY_FILE = paths.PENDING_KEY_FILE_NAME


def is_protected(directory: Path) -> bool:
    """Whether the data in `directory` is protected (its key file is there)."""
    return os.path.lexists(keys.key_file(directory))


def key_document(directory: Path) -> dict[str, Any] | None:
    """The key file's document when the data in `directory` is protected (including a
    switch on that a crash interrupted after the data was encrypted), else None.
    KeyFileError when the key file cannot be read."""
    document = keys.read_key_file(directory)
    if document is not None:
        return document
    pending = directory / PENDING_KEY_FILE
    database = paths.database_path(directory)
    if os.path.lexists(pending) and os.path.lexists(database) and not db.is_plain(database):
        return keys.read_key_file(directory, PENDING_KEY_FILE)
    return None


def key_for(directory: Path, key: bytes | None) -> bytes | None:
    """The key to open the data in `directory` with: `key` when it is protected (then
    LockedDataError if there is none), None when it is not."""
    if not is_protected(directory):
        return None
    if key is None:
        raise LockedDataError
    return key


def settle(directory: Path) -> str | None:
    """Finish or undo a switch of protection that was interrupted; say which it was
    ("on" finished, "on-undone", "off" finished), or None when there was none.

    Call only while holding the data folder's lock.
    """
    database = paths.database_path(directory)
    pending = directory / PENDING_KEY_FILE
    plain = db.is_plain(database)
    if os.path.lexists(pending):
        if plain or not os.path.lexists(database):
            pending.unlink()
            sync_to_disk(directory)
            return "on-undone"
        os.replace(pending, keys.key_file(directory))
        sync_to_disk(directory)
        return "on"
    if plain and is_protected(directory):
        keys.key_file(directory).unlink()
        sync_to_disk(directory)
        return "off"
    return None


# --- converting one file -------------------------------------------------------------------


def convert(source: Path, target: Path, from_key: bytes | None, to_key: bytes | None) -> None:
    """Write the database `source` (opened with `from_key`, None when plain) into the new,
    empty file `target`, encrypted with `to_key` (plain when None), then check the copy:
    SQLite's own check, and as many rows in every table. A copy that fails raises a
    DatabaseError; `source` is only read."""
    conn = db.connect_converting(source, from_key, readonly=True)
    try:
        counts = _counts(conn)
        versions = [conn.execute(f"PRAGMA {name}").fetchone()[0] for name in _HEADER]
        target_key = db.key_pragma(to_key) if to_key is not None else "''"
        conn.execute("ATTACH DATABASE ? AS converted KEY " + target_key, (str(target),))
        try:
            conn.execute("SELECT sqlcipher_export('converted')")
            for name, value in zip(_HEADER, versions, strict=True):
                conn.execute(f"PRAGMA converted.{name} = {int(value)}")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    check = db.connect_converting(target, to_key, readonly=True)
    try:
        problems = [row[0] for row in check.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise cipher.DatabaseError("the converted copy failed its check: " + str(problems[0]))
        if _counts(check) != counts:
            raise cipher.DatabaseError("the converted copy does not hold every row")
    finally:
        check.close()


_HEADER = ("user_version", "application_id")
"""The numbers in a database's header that copying its tables does not carry over."""


def _counts(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _convert_in_place(path: Path, from_key: bytes | None, to_key: bytes | None) -> None:
    """Replace the file at `path` (not the live database) by its converted copy, written
    beside it under a name an interrupted write leaves to be cleared."""
    partial, held = create_partial(path)
    try:
        convert(path, partial, from_key, to_key)
        sync_to_disk(partial)
        os.replace(partial, path)
        sync_to_disk(path.parent)
    except BaseException:
        _remove_with_sides(partial)
        raise
    finally:
        os.close(held)


def _remove_with_sides(path: Path) -> None:
    for name in (path.name, *(path.name + side for side in SIDE_SUFFIXES)):
        with contextlib.suppress(OSError):
            (path.parent / name).unlink()


def convert_backups(directory: Path, from_key: bytes | None, to_key: bytes | None) -> int:
    """Convert every backup still in the form of `from_key` (plain when None) to that of
    `to_key`; return how many. A backup that cannot be read in its form is left alone
    (a damaged one stays as it was; the backup list says which are good)."""
    converted = 0
    for backup in list_backups(paths.backups_dir(directory)):
        plain = db.is_plain(backup.path)
        if plain != (from_key is None):
            continue
        try:
            _convert_in_place(backup.path, from_key, to_key)
        except db.DatabaseError:
            continue
        converted += 1
    return converted


# --- the switches --------------------------------------------------------------------------


def turn_on(
    storage: Storage, passphrase: str, recovery_key: str, cost: keys.Cost = keys.COST
) -> Storage:
    """Protect the data with `passphrase` and `recovery_key` (either unlocks it); return
    the data opened again, encrypted. `storage` is closed.

    If anything fails before the switch, the data is opened again as it was (`storage`
    stays usable) and a StorageError says what happened.
    """
    from companion.core.storage.store import open as open_storage

    directory = storage.data_dir
    if is_protected(directory):
        raise StorageError("Your data is already protected. Nothing was changed.", "protect")
    data_key, document = keys.make_keys(passphrase, recovery_key, cost)
    with hold(directory, "protect"):
        try:
            storage.close()
            _switch_on(directory, data_key, document)
        except Exception as error:
            problem = explain(error, "protect", directory)
            # as it now is: plain, unless the switch itself was made before the failure
            done = not db.is_plain(paths.database_path(directory))
            _reopen(storage, data_key if done else None)
            raise problem from error
        with contextlib.suppress(*db.Error, OSError):
            convert_backups(directory, None, data_key)  # else at the next start
        return open_storage(directory, clock=storage.clock, kind="protect", key=data_key)


def _switch_on(directory: Path, data_key: bytes, document: dict[str, Any]) -> None:
    database = paths.database_path(directory)
    pending = directory / PENDING_KEY_FILE
    if not os.path.lexists(database):
        keys.write_key_file(directory, document)
        return
    _clear_sides(database)
    partial, held = create_partial(database)
    try:
        convert(database, partial, None, data_key)
        sync_to_disk(partial)
        keys.write_key_file(directory, document, pending.name)
        os.replace(partial, database)  # the switch: from here the data is encrypted
        sync_to_disk(directory)
    except BaseException:
        _remove_with_sides(partial)
        if db.is_plain(database):
            pending.unlink(missing_ok=True)
        raise
    finally:
        os.close(held)
    os.replace(pending, keys.key_file(directory))
    sync_to_disk(directory)


def turn_off(storage: Storage, secret: str) -> Storage:
    """Take protection off, after `secret` (the passphrase or the recovery key) unlocked
    the key file; return the data opened again, plain. `storage` is closed.

    keys.WrongSecretError if `secret` does not fit (nothing is changed); if anything else
    fails before the switch, the data is opened again as it was and a StorageError says
    what happened.
    """
    from companion.core.storage.store import open as open_storage

    directory = storage.data_dir
    document = keys.read_key_file(directory)
    if document is None:
        raise StorageError("Your data is not protected. Nothing was changed.", "unprotect")
    data_key = keys.unlock(document, secret)
    with hold(directory, "unprotect"):
        try:
            storage.close()
            convert_backups(directory, data_key, None)
            _switch_off(directory, data_key)
        except Exception as error:
            problem = explain(error, "unprotect", directory)
            done = db.is_plain(paths.database_path(directory))
            _reopen(storage, None if done else data_key)
            raise problem from error
        return open_storage(directory, clock=storage.clock, kind="unprotect")


def _switch_off(directory: Path, data_key: bytes) -> None:
    database = paths.database_path(directory)
    if os.path.lexists(database):
        _clear_sides(database, data_key)
        partial, held = create_partial(database)
        try:
            convert(database, partial, data_key, None)
            sync_to_disk(partial)
            os.replace(partial, database)  # the switch: from here the data is plain
            sync_to_disk(directory)
        except BaseException:
            _remove_with_sides(partial)
            raise
        finally:
            os.close(held)
    keys.key_file(directory).unlink()
    sync_to_disk(directory)


def _clear_sides(database: Path, key: bytes | None = None) -> None:
    """Fold any changes in the database's -wal file into it and remove its -wal and -shm
    files, so none of them is ever read with the converted file that takes its place."""
    conn = db.connect_converting(database, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        conn.close()
    for side in ("-wal", "-shm"):
        database.with_name(database.name + side).unlink(missing_ok=True)


def change_passphrase(
    directory: Path, secret: str, new_passphrase: str, cost: keys.Cost = keys.COST
) -> None:
    """Wrap the data key with `new_passphrase`, after `secret` (the passphrase or the
    recovery key) unlocked it; only the key file changes, the recovery key stays valid.
    keys.WrongSecretError if `secret` does not fit (nothing is changed)."""
    document = keys.read_key_file(directory)
    if document is None:
        raise StorageError("Your data is not protected. Nothing was changed.", "protect")
    data_key = keys.unlock(document, secret)
    keys.write_key_file(directory, keys.change_passphrase(document, data_key, new_passphrase, cost))


def _reopen(storage: Storage, key: bytes | None) -> None:
    """After a failed switch: open the data again as it was, into `storage`."""
    from companion.core.storage.store import open as open_storage

    again = open_storage(storage.data_dir, clock=storage.clock, kind="open", key=key)
    storage.db = again.db
    storage._changes_at_last_backup = again._changes_at_last_backup
