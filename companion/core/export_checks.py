"""Checking an export file before anything is imported: every problem, each with its place.

`validate_document` looks at whatever it is given (any JSON value, or anything else) and
lists every problem it finds, in plain English, with where it is ("tables.journal_entries[3]
.craving"). It never raises and never changes anything; the rules are in export_schema.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from companion.core.export_rules import a_moment, show
from companion.core.export_schema import FORMAT, SCHEMA_VERSION, SPECS, Column, Table

TOP_LEVEL = ("format", "schema", "app_version", "migrations", "exported_at", "tables")
SHOWN_IN_STR = 3

_PLAIN_NAME = re.compile(r"[A-Za-z0-9_-]{1,60}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where it is, and what is wrong, in plain English."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


class ImportRefused(Exception):
    """A file that cannot be imported; `problems` says every reason, each with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        shown = "; ".join(str(problem) for problem in self.problems[:SHOWN_IN_STR])
        more = len(self.problems) - SHOWN_IN_STR
        super().__init__(shown + (f" (and {more} more)" if more > 0 else ""))


def validate_document(document: Any) -> list[Problem]:
    """Every problem in `document`, in file order; an empty list means it can be imported."""
    try:
        return _check_document(document)
    except RecursionError:
        return [Problem("document", "is nested too deeply to be a Prep Companion export")]
    except Exception as error:  # never raise, whatever the input; refusing is the safe side
        return [Problem("document", f"could not be checked ({type(error).__name__})")]


def is_older_than(schema: Any, version: int) -> bool:
    """Whether a file's `schema` is a version from before `version` (tables and columns
    added since then may be left out of it)."""
    return isinstance(schema, int) and not isinstance(schema, bool) and 1 <= schema < version


def _name(key: Any) -> str:
    """A key as it may appear in `where`: plain names as they are, others quoted and cut."""
    if isinstance(key, str):
        return key if _PLAIN_NAME.fullmatch(key) else show(key)
    return f"<{type(key).__name__}>"


def _check_document(document: Any) -> list[Problem]:
    if not isinstance(document, dict):
        return [Problem("document", "must be a JSON object with format, schema and tables")]
    problems = [
        Problem(_name(key), "is not part of the Prep Companion format")
        for key in document
        if key not in TOP_LEVEL
    ]
    problems += _check_header(document)
    if _is_newer(document.get("schema")):
        return problems  # a newer format's tables cannot be judged by this version
    tables = document.get("tables")
    if "tables" not in document:
        problems.append(Problem("tables", "is missing"))
    elif not isinstance(tables, dict):
        problems.append(Problem("tables", f"must be an object of table: rows, not {show(tables)}"))
    else:
        problems += _check_tables(tables, document.get("schema"))
    return problems


def _is_newer(schema: Any) -> bool:
    return isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION


def _check_header(document: dict[Any, Any]) -> list[Problem]:
    problems = []
    if "format" not in document:
        problems.append(Problem("format", "is missing; this is not a Prep Companion export"))
    elif document["format"] != FORMAT or not isinstance(document["format"], str):
        problems.append(Problem("format", f"must be {FORMAT!r} (it is {show(document['format'])})"))
    schema = document.get("schema")
    if "schema" not in document:
        problems.append(Problem("schema", "is missing"))
    elif not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        problems.append(Problem("schema", f"must be a whole number, 1 or more ({show(schema)})"))
    elif _is_newer(schema):
        problems.append(
            Problem(
                "schema",
                f"the file was made by a newer version of Prep Companion (data format "
                f"{show(schema)}; this version reads format {SCHEMA_VERSION}). "
                "Please update the app, then import it again.",
            )
        )
    if "app_version" in document and not isinstance(document["app_version"], str):
        problems.append(Problem("app_version", "must be text"))
    migrations = document.get("migrations", [])
    if not isinstance(migrations, list) or not all(isinstance(m, str) for m in migrations):
        problems.append(Problem("migrations", "must be a list of names"))
    moment = document.get("exported_at")
    if "exported_at" in document:
        if not isinstance(moment, str):
            problems.append(Problem("exported_at", "must be an ISO date and time"))
        elif (what := a_moment(moment)) is not None:
            problems.append(Problem("exported_at", what))
    return problems


def _check_tables(tables: dict[Any, Any], schema: Any) -> list[Problem]:
    problems = [
        Problem(f"tables.{_name(name)}", "is not a table this version knows")
        for name in tables
        if name not in SPECS
    ]
    keys: dict[str, set[Any]] = {}
    good_rows: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for spec in SPECS.values():
        if spec.name not in tables:
            if is_older_than(schema, spec.since):
                keys[spec.name], good_rows[spec.name] = set(), []
                continue  # a file from before the table existed
            problems.append(
                Problem(f"tables.{spec.name}", "is missing (a table with no rows is [])")
            )
            keys[spec.name], good_rows[spec.name] = set(), []
            continue
        keys[spec.name], good_rows[spec.name] = _check_rows(spec, tables[spec.name], problems)
    for spec in SPECS.values():
        for column, target in spec.references:
            for index, row in good_rows[spec.name]:
                value = row.get(column)
                if value is not None and value not in keys[target]:
                    problems.append(
                        Problem(
                            f"tables.{spec.name}[{index}].{column}",
                            f"refers to {show(value)}, which is not in tables.{target}",
                        )
                    )
    return problems


def _check_rows(
    spec: Table, rows: Any, problems: list[Problem]
) -> tuple[set[Any], list[tuple[int, dict[str, Any]]]]:
    """Check one table's rows; return its keys and each row's valid values."""
    where = f"tables.{spec.name}"
    if not isinstance(rows, list):
        problems.append(Problem(where, f"must be a list of rows, not {show(rows)}"))
        return set(), []
    first_at: dict[Hashable, int] = {}
    unique_at: dict[str, dict[Hashable, int]] = {column: {} for column, _ in spec.unique}
    together_at: dict[Hashable, int] = {}
    good_rows = []
    for index, row in enumerate(rows):
        at = f"{where}[{index}]"
        if not isinstance(row, dict):
            problems.append(Problem(at, f"must be an object of column: value, not {show(row)}"))
            continue
        problems += [
            Problem(f"{at}.{_name(key)}", f"is not a column of {spec.name}")
            for key in row
            if key not in spec.columns
        ]
        valid: dict[str, Any] = {}
        for name, column in spec.columns.items():
            if name not in row:
                if not column.missing_ok:
                    problems.append(Problem(f"{at}.{name}", "is missing"))
                continue
            what = _check_value(column, row[name])
            if what:
                problems.append(Problem(f"{at}.{name}", what))
            else:
                valid[name] = row[name]
        if spec.row_check is not None:
            problems += [Problem(f"{at}.{name}", what) for name, what in spec.row_check(valid)]
        if spec.key in valid:
            _once(valid[spec.key], index, first_at, f"{at}.{spec.key}", problems)
        for unique, same in spec.unique:
            if valid.get(unique) is not None:
                _once(same(valid[unique]), index, unique_at[unique], f"{at}.{unique}", problems)
        if spec.together and all(valid.get(column) is not None for column in spec.together):
            values = tuple(valid[column] for column in spec.together)
            _once(values, index, together_at, f"{at}.{spec.together[-1]}", problems)
        good_rows.append((index, valid))
    return set(first_at), good_rows


def _once(
    value: Hashable, index: int, seen: dict[Hashable, int], at: str, problems: list[Problem]
) -> None:
    if value in seen:
        problems.append(
            Problem(at, f"is the same as in row [{seen[value]}]; each must be different")
        )
    else:
        seen[value] = index


def _check_value(column: Column, value: Any) -> str | None:
    """What is wrong with one value for `column`, or None."""
    if value is None:
        return None if column.nullable else "must have a value (null is not allowed here)"
    if column.kind == "int":
        if isinstance(value, bool):
            return "must be a whole number, not true or false"
        if not isinstance(value, int):
            return f"must be a whole number (it is {show(value)})"
    elif column.kind == "real":
        if isinstance(value, bool):
            return "must be a number, not true or false"
        if not isinstance(value, int | float):
            return f"must be a number (it is {show(value)})"
        if isinstance(value, float) and not math.isfinite(value):
            return "must be a finite number"
    else:
        if not isinstance(value, str):
            return f"must be text (it is {show(value)})"
        if not _is_encodable(value):
            return "holds characters that are not valid text (broken Unicode)"
    return column.check(value) if column.check is not None else None


def _is_encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
