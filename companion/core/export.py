"""All the person's data as one JSON document, and its validated import (the export file
itself is written by companion.core.operations).

An export holds every user table (never the full-text index, which is rebuilt) with
every row and column as stored. An import replaces everything in one transaction, after
the whole file has been checked (see export_checks and docs/data-format.md): a file with
any problem changes nothing.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from companion import __version__
from companion.core.export_checks import ImportRefused, Problem, validate_document
from companion.core.export_schema import FORMAT, SCHEMA_VERSION, SPECS, TABLES
from companion.core.storage import migrations

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "SCHEMA_VERSION",
    "TABLES",
    "ImportRefused",
    "Problem",
    "export_document",
    "import_document",
    "is_empty",
    "read_document",
    "row_count",
    "validate_document",
]

MAX_FILE_BYTES = 200 * 1024 * 1024
FTS_TABLE = "journal_entries_fts"


def export_document(db: Database, now: datetime) -> dict[str, Any]:
    """Everything, as a JSON-ready dict: each table's rows in primary-key order."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for name in TABLES:
        cursor = db.execute(f"SELECT * FROM [{name}] ORDER BY [{SPECS[name].key}]")
        columns = [description[0] for description in cursor.description]
        tables[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return {
        "format": FORMAT,
        "schema": SCHEMA_VERSION,
        "app_version": __version__,
        "migrations": migrations.recorded_names(db.conn),
        "exported_at": now.isoformat(timespec="seconds"),
        "tables": tables,
    }


def row_count(document: dict[str, Any]) -> int:
    """How many rows a (valid) document holds across its tables."""
    return sum(len(rows) for rows in document["tables"].values())


def read_document(path: Path) -> dict[str, Any]:
    """The JSON object in `path`; ImportRefused (and nothing else) when it cannot be read.

    Refused: a missing or unreadable file, one over 200 MB, one that is not UTF-8 text,
    not JSON (NaN and Infinity count as not JSON), nested too deeply, or not an object.
    """
    try:
        return _read(path)
    except ImportRefused:
        raise
    except RecursionError:
        raise _refused("is nested too deeply to be a Prep Companion export") from None
    except MemoryError:
        raise _refused("is too big to read") from None
    except Exception as error:  # never another exception type, whatever the file holds
        raise _refused(f"could not be read ({type(error).__name__})") from None


def _refused(what: str) -> ImportRefused:
    return ImportRefused([Problem("file", what)])


def _read(path: Path) -> dict[str, Any]:
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise _refused("is too big: an export is at most 200 MB")
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _refused("does not exist") from None
    except IsADirectoryError:
        raise _refused("is a folder, not a file") from None
    except OSError as error:
        raise _refused(f"could not be read: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise _refused("is too big: an export is at most 200 MB")
    return _parse(data)


def parse_document(data: bytes) -> dict[str, Any]:
    """The JSON object in `data` (an export's bytes, as a protected export holds them);
    ImportRefused (and nothing else) when it is not one, as `read_document`."""
    try:
        return _parse(data)
    except ImportRefused:
        raise
    except RecursionError:
        raise _refused("is nested too deeply to be a Prep Companion export") from None
    except Exception as error:  # never another exception type, whatever the file holds
        raise _refused(f"could not be read ({type(error).__name__})") from None


def _parse(data: bytes) -> dict[str, Any]:
    if not data.strip():
        raise _refused("is empty")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise _refused(f"is not UTF-8 text (byte {error.start} cannot be read)") from None
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise _refused(
            f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except ValueError as error:
        raise _refused(f"is not valid JSON ({error})") from None
    if not isinstance(document, dict):
        raise _refused("does not hold a Prep Companion export (a JSON object)")
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def is_empty(db: Database) -> bool:
    """True when every exported table is empty: an import would replace nothing."""
    return not any(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM [{name}])").fetchone()[0] for name in TABLES
    )


def import_document(db: Database, document: dict[str, Any]) -> int:
    """Replace all the data with the document's rows, keeping their ids; return rows inserted.

    The document is checked again first (ImportRefused if it has any problem). Everything
    happens in one transaction: on any error it is rolled back and nothing has changed.
    """
    problems = validate_document(document)
    if problems:
        raise ImportRefused(problems)
    tables: dict[str, list[dict[str, Any]]] = document["tables"]
    inserted = 0
    with db.atomic():
        for name in reversed(TABLES):  # those that refer to others first
            db.execute(f"DELETE FROM [{name}]")
        for name in TABLES:  # those referred to first
            groups: dict[tuple[str, ...], list[list[Any]]] = {}
            for row in tables.get(name, []):
                columns = tuple(column for column in SPECS[name].columns if column in row)
                groups.setdefault(columns, []).append([row[column] for column in columns])
            for columns, values in groups.items():
                listed = ", ".join(f"[{column}]" for column in columns)
                marks = ", ".join("?" for _ in columns)
                db.conn.executemany(f"INSERT INTO [{name}] ({listed}) VALUES ({marks})", values)
                inserted += len(values)
        db.execute(f"INSERT INTO [{FTS_TABLE}]([{FTS_TABLE}]) VALUES ('rebuild')")
    return inserted
