"""The one place that opens SQLite connections and sets their pragmas.

Every connection the app makes, read-write or read-only, for the live database
or for a backup copy, is made here. A read-write connection to the live database
remembers which file it opened and refuses to write once that file has been
replaced or removed under it (DataReplacedError), so no change goes into a file
that is no longer the person's data.

Data protected with a passphrase is opened with SQLCipher (`sqlcipher3`) and the data
key, given as `key`; data that is not is opened with Python's own sqlite3. The two
libraries raise their own classes of error, so the storage layer catches `Error`,
`DatabaseError` and `OperationalError` from here, each naming both.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import sqlcipher3.dbapi2 as cipher

from companion.core.paths import ensure_private_file, file_kind
from companion.core.storage.errors import DataReplacedError

if TYPE_CHECKING:  # sqlite-utils is loaded when a database is opened, not before
    from sqlite_utils import Database

BUSY_TIMEOUT_SECONDS = 5.0
EMPTY_FILE = "the file is empty"
PLAIN_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every database file that is not encrypted."""

Error: tuple[type[Exception], ...] = (sqlite3.Error, cipher.Error)
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError, cipher.DatabaseError)
OperationalError: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    cipher.OperationalError,
)
ProgrammingError: tuple[type[Exception], ...] = (
    sqlite3.ProgrammingError,
    cipher.ProgrammingError,
)
"""The errors of both libraries, to catch as one."""
FAILURES: tuple[type[Exception], ...] = (*Error, OSError)
"""A database or the disk failed: what the storage layer explains (errors.explain)."""


class _Closing:
    """Runs a connection's `on_close` callbacks once, when it is closed."""

    on_close: list[Callable[[], None]]
    key: bytes | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_close = []

    def close(self) -> None:
        try:
            super().close()  # type: ignore[misc]
        finally:
            callbacks, self.on_close = self.on_close, []
            for callback in callbacks:
                callback()


class Connection(_Closing, sqlite3.Connection):
    """An SQLite connection that runs its `on_close` callbacks once, when it is closed."""


class CipherConnection(_Closing, cipher.Connection):
    """The same, opened with SQLCipher, for protected data."""


class _Live(_Closing):
    """The read-write connection to the live database: before anything that may write,
    it checks that the path still names the file it opened."""

    path: Path
    opened: tuple[int, int] | None = None
    replaced: bool = False

    def watch(self, path: Path) -> None:
        self.path = path
        self.opened = _identity(path)

    def check_same_file(self) -> None:
        """Raise DataReplacedError if the file was replaced or removed since it was opened."""
        if self.opened is None:
            return
        if not self.replaced and _identity(self.path) != self.opened:
            self.replaced = True
        if self.replaced:
            raise DataReplacedError(
                "Your data file was replaced or removed by another program while "
                "Prep Companion had it open, so nothing more is saved here, to keep both "
                "copies safe. Close Prep Companion and open it again. "
                "The last change was not saved.",
                "save",
                str(self.path),
            )

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        if _may_write(sql):
            self.check_same_file()
        return super().execute(sql, parameters)  # type: ignore[misc]

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any:
        self.check_same_file()
        return super().executemany(sql, parameters)  # type: ignore[misc]

    def executescript(self, script: str, /) -> Any:
        self.check_same_file()
        return super().executescript(script)  # type: ignore[misc]

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or self.cursor_class)  # type: ignore[misc]

    cursor_class: Any = None


class _LiveCursorChecks:
    connection: Any

    def execute(self, sql: str, parameters: Any = (), /) -> Self:
        if _may_write(sql):
            _check(self.connection)
        return super().execute(sql, parameters)  # type: ignore[misc, no-any-return]

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Self:
        _check(self.connection)
        return super().executemany(sql, parameters)  # type: ignore[misc, no-any-return]

    def executescript(self, script: str, /) -> Any:
        _check(self.connection)
        return super().executescript(script)  # type: ignore[misc]


class _LiveCursor(_LiveCursorChecks, sqlite3.Cursor):
    pass


class _CipherLiveCursor(_LiveCursorChecks, cipher.Cursor):
    pass


class LiveConnection(_Live, sqlite3.Connection):
    cursor_class = _LiveCursor


class CipherLiveConnection(_Live, cipher.Connection):
    cursor_class = _CipherLiveCursor


def _check(connection: object) -> None:
    if isinstance(connection, _Live):
        connection.check_same_file()


_READS = ("SELECT", "EXPLAIN", "ROLLBACK", "select", "explain", "rollback")


def _may_write(sql: str) -> bool:
    return not sql.lstrip()[:8].startswith(_READS)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.lstat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _open(
    target: str, key: bytes | None, plain: type[Any], protected: type[Any], uri: bool = False
) -> Any:
    """A connection to `target` of the `plain` class, or with SQLCipher (the `protected`
    class) unlocked with `key` when one is given. A wrong key is found on first read."""
    if key is None:
        return sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_SECONDS, factory=plain)
    conn = cipher.connect(target, uri=uri, timeout=BUSY_TIMEOUT_SECONDS, factory=protected)
    try:
        unlock(conn, key)
    except BaseException:
        conn.close()
        raise
    conn.key = key
    return conn


def key_pragma(key: bytes) -> str:
    """The SQL that gives SQLCipher the data key itself (a raw key: no derivation)."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def unlock(conn: Any, key: bytes | None) -> None:
    """Give a fresh SQLCipher connection its key (none for a plain file), with SQLCipher's
    own logging off (a wrong key or a damaged page is an error the app explains, not a
    line on the terminal)."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {key_pragma(key)}")


def connect(path: Path, key: bytes | None = None) -> Database:
    """Open the live database read-write with WAL, synchronous=FULL and foreign keys on;
    with SQLCipher and `key` when the data is protected.

    The file is created 0600 before SQLite opens it, so the -wal and -shm files
    SQLite makes next to it inherit the same owner-only permissions.
    """
    ensure_private_file(path)
    conn = _open(str(path), key, LiveConnection, CipherLiveConnection)
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"could not switch to WAL mode (got {mode})")
        apply_pragmas(conn)
        conn.watch(path)
    except BaseException:
        conn.close()
        raise
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def apply_pragmas(conn: sqlite3.Connection) -> None:
    """Set synchronous=FULL and foreign keys on, as on every read-write connection.

    `connect` also switches the file to WAL; an in-memory database (the tests') cannot
    use WAL, so it takes only these.
    """
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


def connect_readonly(path: Path, key: bytes | None = None) -> Connection:
    """Open a database file for reading only; it is never created or changed."""
    uri = path.absolute().as_uri() + "?mode=ro"
    conn: Connection = _open(uri, key, Connection, CipherConnection, uri=True)
    return conn


def connect_immutable(path: Path, key: bytes | None = None) -> Connection:
    """Open a database file for reading only, the file alone: no -wal or -shm file is made
    and no free space is needed. Only for a file nothing else may change meanwhile (the
    caller holds the data folder's lock) and whose -wal file holds no changes.
    """
    uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
    conn: Connection = _open(uri, key, Connection, CipherConnection, uri=True)
    return conn


def wal_has_changes(path: Path) -> bool:
    """Whether the database's -wal file holds changes (exists and is not empty)."""
    try:
        return os.lstat(f"{path}-wal").st_size > 0
    except OSError:
        return False


def connect_copy(path: Path, key: bytes | None = None) -> Connection:
    """Open a new, owner-only file that a backup is about to be written into."""
    ensure_private_file(path)
    conn: Connection = _open(str(path), key, Connection, CipherConnection)
    return conn


def connect_converting(path: Path, key: bytes | None, readonly: bool = False) -> Any:
    """A connection made with SQLCipher to a plain file (`key` None) or an encrypted one:
    the kind that converts one into the other (`sqlcipher_export`, protection.py), which
    only SQLCipher can do and only between two files it opened."""
    target = path.absolute().as_uri() + "?mode=ro" if readonly else str(path)
    conn = cipher.connect(target, uri=readonly, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        unlock(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def is_plain(path: Path) -> bool:
    """Whether the file begins as an SQLite database that is not encrypted (False for an
    encrypted one, an empty one, one that cannot be read, and anything but a plain file,
    which is never opened: a pipe would make the reading wait for ever)."""
    if file_kind(path) is not None:
        return False
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        )
    except OSError:
        return False
    try:
        return os.read(fd, len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False
    finally:
        os.close(fd)


def quick_check(path: Path, immutable: bool = False, key: bytes | None = None) -> list[str]:
    """Run `PRAGMA quick_check` on a file; an empty list means it is sound.

    A file that is not a database, or cannot be read at all, gives a one-line problem.
    So does an empty (zero-byte) file: SQLite would take it for a new, empty database,
    but the app's database always holds its tables, so an empty one has lost its data
    (and a backup should be restored rather than silently starting afresh).
    A file that is merely busy, or that this process may not open (permissions, a
    read-only folder), raises an OperationalError, because it is not damaged; and
    so does an input/output error (a full disk, for one), which says nothing of the file.
    Anything but a plain file (a link, a folder, a named pipe, a device) is a problem
    found without opening it, so a pipe never makes the check wait for ever.
    """
    kind = file_kind(path)
    if kind is not None:
        return [f"{path.name} is {kind}, not a plain file"]
    try:
        conn = connect_immutable(path, key) if immutable else connect_readonly(path, key)
    except OperationalError as error:
        if _cannot_look(error):
            raise
        return [str(error)]
    try:
        if _is_empty(path):
            return [EMPTY_FILE]
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except DatabaseError as error:
        if isinstance(error, OperationalError) and _cannot_look(error):
            raise
        return [str(error)]
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False  # gone or unreadable: SQLite's own check says what it finds


_CANNOT_LOOK = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_AUTH,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_NOMEM,
    }
)


def _cannot_look(error: Exception) -> bool:
    """Busy, locked, not allowed to open, no room or an input/output error: the file could
    not be checked, not found damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _CANNOT_LOOK:  # extended -> primary code
        return True
    text = str(error).lower()
    return "locked" in text or "disk i/o error" in text or "disk is full" in text
