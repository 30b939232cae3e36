"""The rules an export file's values must follow, each a small function.

A rule is given a value already of its column's kind (whole number, number or text) and
returns what is wrong with it in plain English, or None. The limits are the core modules'
own, so a file can only bring in what the app itself could have saved. Used by
export_schema, which says which rule applies to which column.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from companion.core import checklist, cravings, journal, people, settings
from companion.core.journal_checks import parse_tags
from companion.core.validate import (
    FIRST_DAY,
    LAST_DAY,
    InvalidInputError,
    iso_date,
    iso_minute,
    parse_date,
)
from companion.core.validate import parse_datetime as _parse_datetime

T = TypeVar("T")

MAX_ID = 2**31 - 1
"""The largest row id a file may bring: far more rows than a person ever makes, and far
below SQLite's largest whole number, so the next id (the largest plus one) always fits."""

Check = Callable[[Any], str | None]
"""A rule on a value already of its column's kind: a plain-English problem, or None."""

RowCheck = Callable[[dict[str, Any]], list[tuple[str, str]]]
"""A rule across columns, given the row's valid values: (column, problem) pairs."""


def show(value: Any) -> str:
    """A short, printable picture of a value for a message; never huge, never raises."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else "a very large number"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "a number that is not finite"
    if isinstance(value, str):
        return repr(value[:40] + "…") if len(value) > 40 else repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a " + type(value).__name__


# --- rules ----------------------------------------------------------------------------------


def whole(low: int, high: int) -> Check:
    """A whole number from `low` to `high`: every whole number in the format has a range."""

    def check(value: Any) -> str | None:
        if low <= value <= high:
            return None
        return f"must be a whole number from {low} to {high} (it is {show(value)})"

    return check


def only_one(value: Any) -> str | None:
    return None if value == 1 else f"must be 1: this table holds one row (it is {show(value)})"


def number(low: float, high: float, step: float | None = None) -> Check:
    def check(value: Any) -> str | None:
        if not low <= value <= high:
            return f"must be from {low:g} to {high:g} (it is {show(value)})"
        if step is not None and abs(value / step - round(value / step)) > 1e-9:
            return f"must go in steps of {step:g} (it is {show(value)})"
        return None

    return check


def text(limit: int, *, blank: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if not blank and not value.strip():
            return "must not be blank"
        if len(value) > limit:
            return f"is too long: at most {limit} characters (it has {len(value)})"
        return None

    return check


def one_of(choices: Sequence[Any]) -> Check:
    def check(value: Any) -> str | None:
        if value in choices:
            return None
        return f"must be one of {', '.join(str(c) for c in choices)} (it is {show(value)})"

    return check


def both(first: Check, second: Check) -> Check:
    return lambda value: first(value) or second(value)


def _when(
    value: Any,
    parse: Callable[[Any], T | None],
    written: Callable[[T], str | None] | None,
    shape: str,
) -> str | None:
    """What is wrong with a day or a moment: `parse` must read `value` within FIRST_DAY to
    LAST_DAY and, where `written` is given, write it back as the same text; else `shape`."""
    try:
        read = parse(value)
    except InvalidInputError as error:
        if error.reason == "date-range":
            far = f"must be from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}"
            return f"{far} (it is {show(value)})"
        read = None
    if read is None or (written is not None and written(read) != value):
        return f"{shape} (it is {show(value)})"
    return None


def a_date(value: Any) -> str | None:
    """A real day from FIRST_DAY to LAST_DAY, written YYYY-MM-DD, as the app stores it."""
    return _when(value, parse_date, iso_date, "must be a real date written YYYY-MM-DD")


def a_minute(value: Any) -> str | None:
    """A real local date and time from FIRST_DAY to the last minute of LAST_DAY, written
    YYYY-MM-DDTHH:MM, as the app stores it."""
    shape = "must be a real date and time written YYYY-MM-DDTHH:MM"
    return _when(value, _parse_datetime, iso_minute, shape)


def a_moment(value: Any) -> str | None:
    """Any ISO date and time from FIRST_DAY to LAST_DAY (the journal's informational
    `updated_at`, the file's `exported_at`)."""
    return _when(value, _parse_datetime, None, "must be an ISO date and time")


def symptom_json(value: Any) -> str | None:
    """JSON text of an object: known symptom key -> whole number 0..4."""
    low, high = journal.SYMPTOM_RANGE
    shape = f'must be JSON text like {{"anxiety": 2}} with ratings {low} to {high}, or null'
    if len(value) > 5000:
        return shape
    try:
        ratings = json.loads(value)
    except (ValueError, RecursionError):
        return shape
    if not isinstance(ratings, dict):
        return shape
    known = {symptom.key for symptom in journal.load_symptoms()}
    for key, score in ratings.items():
        if key not in known:
            return f"names a symptom this version does not know: {show(key)}"
        if type(score) is not int or not low <= score <= high:
            return f"rates {key} {show(score)}; ratings go from {low} to {high}"
    return None


def wins(value: Any) -> str | None:
    """One win per line: at most MAX_WINS lines of MAX_WIN characters (as the journal reads)."""
    count, longest = journal.MAX_WINS, journal.MAX_WIN
    many = f"must hold at most {count} wins, one per line, each up to {longest} characters"
    if len(value) > 10 * count * longest:
        return many
    lines = [line for line in value.split("\n") if line]
    if len(lines) > count:
        return many
    if any(len(line) > longest for line in lines):
        return f"has a win longer than {longest} characters"
    return None


def tags(value: Any) -> str | None:
    """Comma-separated tags: at most MAX_TAGS, each up to MAX_TAG characters."""
    found = parse_tags(value) if len(value) <= 10 * journal.MAX_TAGS * journal.MAX_TAG else None
    if found is None or len(found) > journal.MAX_TAGS:
        return f"must hold at most {journal.MAX_TAGS} tags, separated by commas"
    if any(len(tag) > journal.MAX_TAG for tag in found):
        return f"has a tag longer than {journal.MAX_TAG} characters"
    return None


def needs_list(value: Any) -> str | None:
    """JSON text of a list of what a quick check found, each named once (cravings.NEEDS)."""
    shape = 'must be JSON text of a list such as ["tired", "lonely"]'
    if len(value) > 200:
        return shape
    try:
        found = json.loads(value)
    except (ValueError, RecursionError):
        return shape
    if not isinstance(found, list) or len(set(map(str, found))) != len(found):
        return shape
    unknown = [item for item in found if item not in cravings.NEEDS]
    if unknown:
        return f"names something this version does not know: {show(unknown[0])}"
    return None


def auto_rule(value: Any) -> str | None:
    """A task's self-ticking rule: the count in "relaxation-sessions:N" is 1 to 1000."""
    name, _, argument = value.partition(":")
    if name != checklist.AUTO_RELAXATION:
        return None  # other rules hold no number; one this version does not know never ticks
    if not (argument.isascii() and argument.isdigit() and 1 <= int(argument) <= 1000):
        return f"must count 1 to 1000 sessions, like {checklist.AUTO_RELAXATION}:3"
    return None


def email(value: Any) -> str | None:
    if len(value) > people.MAX_EMAIL:
        return f"is too long: at most {people.MAX_EMAIL} characters"
    if value and not people.EMAIL.fullmatch(value):
        return f"does not look like an email address (it is {show(value)})"
    return None


def phone_number(value: Any) -> str | None:
    if not any(ch.isdigit() for ch in value):
        return "must have at least one digit"
    return None


def json_text(value: Any) -> str | None:
    if len(value) > 10_000:
        return "is too long: at most 10000 characters"
    try:
        json.loads(value)
    except (ValueError, RecursionError):
        return 'must be JSON text (a setting\'s value, such as "UK" or true)'
    return None


def json_object(limit: int) -> Check:
    """JSON text of an object (a shared plan as it was opened), at most `limit` characters."""

    def check(value: Any) -> str | None:
        if len(value) > limit:
            return f"is too long: at most {limit} characters"
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            return "must be JSON text of an object"
        return None if isinstance(parsed, dict) else "must be JSON text of an object"

    return check


def json_list(limit: int) -> Check:
    """JSON text of a list (the task changes of one merge), at most `limit` characters."""

    def check(value: Any) -> str | None:
        if len(value) > limit:
            return f"is too long: at most {limit} characters"
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            return "must be JSON text of a list"
        return None if isinstance(parsed, list) else "must be JSON text of a list"

    return check


def nocase(value: Any) -> Any:
    """SQLite's NOCASE: only the ASCII letters A-Z fold."""
    return value.translate(_ASCII_LOWER) if isinstance(value, str) else value


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def setting_value(row: dict[str, Any]) -> list[tuple[str, str]]:
    """A declared setting must hold one of its choices; other keys are kept as they are."""
    key, value = row.get("key"), row.get("value")
    if not isinstance(key, str) or key not in settings.SETTINGS or not isinstance(value, str):
        return []
    declared = settings.SETTINGS[key]
    parsed = json.loads(value)
    if settings.allowed(declared, parsed):
        return []
    if declared.check is not None:
        return [("value", f"must be JSON text of {declared.rule} for {key}")]
    allowed = ", ".join(json.dumps(choice) for choice in declared.choices)
    return [("value", f"must be JSON text of one of {allowed} for {key}")]


def appointment_repeat(row: dict[str, Any]) -> list[tuple[str, str]]:
    until, starts = row.get("until"), row.get("starts_at")
    if until is None:
        return []
    if row.get("weekly", 0) == 0:
        return [("until", "must be null for an appointment that does not repeat weekly")]
    if isinstance(starts, str) and until < starts[:10]:
        return [("until", "is before the first appointment")]
    return []
