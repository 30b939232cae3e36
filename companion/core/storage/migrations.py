"""The database schema, as an append-only list of sqlite-utils migrations.

A migration that has shipped is never edited or removed: change the schema by
adding a new function at the bottom. Each one runs in its own transaction.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "companion"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_settings(db: Database) -> None:
    """Settings that are the user's own data (region, text size, discreet mode...)."""
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})


@migrations()
def m002_own_numbers(db: Database) -> None:
    """Phone numbers the person adds to the Get help now panel themselves."""
    db.table("own_numbers").create(
        {"id": int, "name": str, "number": str, "note": str, "position": int},
        pk="id",
        not_null={"name", "number", "note", "position"},
        defaults={"note": "", "position": 0},
    )


def known_names() -> list[str]:
    """Names of every migration this build knows, in order."""
    return [migration.name for migration in migrations.pending(Database(memory=True))]


def recorded_names(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations a database says were applied to it (read-only)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        [Migrations.migrations_table],
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM [{Migrations.migrations_table}] WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [str(row[0]) for row in rows]


def unknown_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations recorded in the database that this build does not know (a newer version)."""
    known = set(known_names())
    return [name for name in recorded_names(conn) if name not in known]


def pending_names(db: Database) -> list[str]:
    return [migration.name for migration in migrations.pending(db)]


def apply(db: Database) -> None:
    migrations.apply(db)
