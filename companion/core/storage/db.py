"""The one place that opens SQLite connections and sets their pragmas.

Every connection the app makes, read-write or read-only, for the live database
or for a backup copy, is made here. A read-write connection to the live database
remembers which file it opened and refuses to write once that file has been
replaced or removed under it (DataReplacedError), so no change goes into a file
that is no longer the person's data.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from companion.core.paths import ensure_private_file, file_kind
from companion.core.storage.errors import DataReplacedError

if TYPE_CHECKING:  # sqlite-utils is loaded when a database is opened, not before
    from sqlite_utils import Database

BUSY_TIMEOUT_SECONDS = 5.0
EMPTY_FILE = "the file is empty"


class Connection(sqlite3.Connection):
    """An SQLite connection that runs its `on_close` callbacks once, when it is closed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_close: list[Callable[[], None]] = []

    def close(self) -> None:
        try:
            super().close()
        finally:
            callbacks, self.on_close = self.on_close, []
            for callback in callbacks:
                callback()


class LiveConnection(Connection):
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

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        if _may_write(sql):
            self.check_same_file()
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        self.check_same_file()
        return super().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        self.check_same_file()
        return super().executescript(script)

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or _LiveCursor)


class _LiveCursor(sqlite3.Cursor):
    def execute(self, sql: str, parameters: Any = (), /) -> Self:
        if _may_write(sql):
            _check(self.connection)
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Self:
        _check(self.connection)
        return super().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        _check(self.connection)
        return super().executescript(script)


def _check(connection: sqlite3.Connection) -> None:
    if isinstance(connection, LiveConnection):
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


def connect(path: Path) -> Database:
    """Open the live database read-write with WAL, synchronous=FULL and foreign keys on.

    The file is created 0600 before SQLite opens it, so the -wal and -shm files
    SQLite makes next to it inherit the same owner-only permissions.
    """
    ensure_private_file(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, factory=LiveConnection)
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


def connect_readonly(path: Path) -> Connection:
    """Open a database file for reading only; it is never created or changed."""
    uri = path.absolute().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, factory=Connection)
    assert isinstance(conn, Connection)
    return conn


def connect_immutable(path: Path) -> Connection:
    """Open a database file for reading only, the file alone: no -wal or -shm file is made
    and no free space is needed. Only for a file nothing else may change meanwhile (the
    caller holds the data folder's lock) and whose -wal file holds no changes.
    """
    uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, factory=Connection)
    assert isinstance(conn, Connection)
    return conn


def wal_has_changes(path: Path) -> bool:
    """Whether the database's -wal file holds changes (exists and is not empty)."""
    try:
        return os.lstat(f"{path}-wal").st_size > 0
    except OSError:
        return False


def connect_copy(path: Path) -> sqlite3.Connection:
    """Open a new, owner-only file that a backup is about to be written into."""
    ensure_private_file(path)
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)


def quick_check(path: Path, immutable: bool = False) -> list[str]:
    """Run `PRAGMA quick_check` on a file; an empty list means it is sound.

    A file that is not a database, or cannot be read at all, gives a one-line problem.
    So does an empty (zero-byte) file: SQLite would take it for a new, empty database,
    but the app's database always holds its tables, so an empty one has lost its data
    (and a backup should be restored rather than silently starting afresh).
    A file that is merely busy, or that this process may not open (permissions, a
    read-only folder), raises sqlite3.OperationalError, because it is not damaged; and
    so does an input/output error (a full disk, for one), which says nothing of the file.
    Anything but a plain file (a link, a folder, a named pipe, a device) is a problem
    found without opening it, so a pipe never makes the check wait for ever.
    """
    kind = file_kind(path)
    if kind is not None:
        return [f"{path.name} is {kind}, not a plain file"]
    try:
        conn = connect_immutable(path) if immutable else connect_readonly(path)
    except sqlite3.OperationalError as error:
        if _cannot_look(error):
            raise
        return [str(error)]
    try:
        if _is_empty(path):
            return [EMPTY_FILE]
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and _cannot_look(error):
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


def _cannot_look(error: sqlite3.OperationalError) -> bool:
    """Busy, locked, not allowed to open, no room or an input/output error: the file could
    not be checked, not found damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _CANNOT_LOOK:  # extended -> primary code
        return True
    text = str(error).lower()
    return "locked" in text or "disk i/o error" in text or "disk is full" in text
