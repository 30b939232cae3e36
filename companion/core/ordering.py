"""Places in an ordered list (checklist items, own numbers, care questions): the place at
the end for a new row, kept small.

Positions are whole numbers from 0 to MAX_POSITION (an imported file is held to that
too). Adding a row at the end takes the largest position plus one; when that would pass
MAX_POSITION, the list is first renumbered 1..n in its current order, so a position can
never grow past what SQLite stores as a whole number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

MAX_POSITION = 1_000_000_000


def renumber(db: Database, table: str, where: str = "", params: Sequence[Any] = ()) -> int:
    """Positions of the rows in `table` (those matching `where`) become 1..n again, in
    their current order (position, then id); returns n. Call inside a transaction."""
    clause = f" WHERE {where}" if where else ""
    ids = [
        row[0]
        for row in db.execute(
            f"SELECT id FROM [{table}]{clause} ORDER BY position, id", list(params)
        ).fetchall()
    ]
    db.conn.executemany(
        f"UPDATE [{table}] SET position = ? WHERE id = ?",
        [(position, row_id) for position, row_id in enumerate(ids, start=1)],
    )
    return len(ids)


def end_position(db: Database, table: str, where: str = "", params: Sequence[Any] = ()) -> int:
    """The position for a new row at the end of the list; renumbers it first when the end
    has grown to MAX_POSITION. Call inside a transaction."""
    clause = f" WHERE {where}" if where else ""
    row = db.execute(f"SELECT MAX(position) FROM [{table}]{clause}", list(params)).fetchone()
    largest = row[0] if row is not None and row[0] is not None else 0
    if not isinstance(largest, int) or not 0 <= largest < MAX_POSITION:
        largest = renumber(db, table, where, params)
    return largest + 1
