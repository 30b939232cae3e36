"""The one place that opens SQLite connections and sets their pragmas.

Every connection the app makes, read-write or read-only, for the live database
or for a backup copy, is made here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.paths import ensure_private_file

BUSY_TIMEOUT_SECONDS = 5.0
EMPTY_FILE = "the file is empty"


def connect(path: Path) -> Database:
    """Open the live database read-write with WAL, synchronous=FULL and foreign keys on.

    The file is created 0600 before SQLite opens it, so the -wal and -shm files
    SQLite makes next to it inherit the same owner-only permissions.
    """
    ensure_private_file(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"could not switch to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return Database(conn, execute_plugins=False)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open a database file for reading only; it is never created or changed."""
    uri = path.absolute().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)


def connect_copy(path: Path) -> sqlite3.Connection:
    """Open a new, owner-only file that a backup is about to be written into."""
    ensure_private_file(path)
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)


def quick_check(path: Path) -> list[str]:
    """Run `PRAGMA quick_check` on a file; an empty list means it is sound.

    A file that is not a database, or cannot be read at all, gives a one-line problem.
    So does an empty (zero-byte) file: SQLite would take it for a new, empty database,
    but the app's database always holds its tables, so an empty one has lost its data
    (and a backup should be restored rather than silently starting afresh).
    A file that is merely busy, or that this process may not open (permissions, a
    read-only folder), raises sqlite3.OperationalError, because it is not damaged.
    """
    try:
        conn = connect_readonly(path)
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
    }
)


def _cannot_look(error: sqlite3.OperationalError) -> bool:
    """Busy, locked, or not allowed to open: the file could not be checked, not found damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _CANNOT_LOOK:  # extended -> primary code
        return True
    return "locked" in str(error).lower()
