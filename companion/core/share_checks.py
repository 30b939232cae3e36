"""Checking a share or progress file whole, before anything is stored: every problem, each
with its place ("tasks[3].due"), in plain English, like the JSON import's checks.

`check_share` and `check_progress` look at whatever they are given (any JSON value, or
anything else), never raise and never change anything. The limits are the core modules'
own, so a file can only bring what the app itself could have saved. The keys and rules
are listed in docs/data-format.md ("Sharing with a helper").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.core import (
    aftercare,
    appointments,
    checklist,
    intake,
    overdose_plan,
    people,
    settings,
    share,
)
from companion.core.export_checks import Problem
from companion.core.export_rules import MAX_ID, a_date, a_minute, a_moment, one_of, show, text

MAX_ROWS = 10_000
"""The most tasks, people, appointments or changes one file may hold."""
_PLAN_ID = re.compile(f"[0-9a-f]{{{share.PLAN_ID_LENGTH}}}")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_-]{1,60}")

Rule = Callable[[Any], str | None]


@dataclass(frozen=True)
class Key:
    """One key of an object in the file: its kind ("int", "text", "bool", "object",
    "list"), whether null is allowed, and a rule on a value of that kind."""

    kind: str
    nullable: bool = False
    rule: Rule | None = None


def _whole(low: int, high: int) -> Rule:
    def check(value: Any) -> str | None:
        if low <= value <= high:
            return None
        return f"must be a whole number from {low} to {high} (it is {show(value)})"

    return check


def a_utc_moment(value: Any) -> str | None:
    """A date and time with its time zone (the files write UTC: 2026-12-01T18:20:31+00:00)."""
    what = a_moment(value)
    if what is not None:
        return what
    if datetime.fromisoformat(value.strip()).tzinfo is None:
        return f"must give its time zone, such as +00:00 (it is {show(value)})"
    return None


def _plan_id(value: Any) -> str | None:
    if _PLAN_ID.fullmatch(value):
        return None
    return f"must be {share.PLAN_ID_LENGTH} characters 0-9 and a-f (it is {show(value)})"


def _required(limit: int) -> Rule:
    return text(limit, blank=False)


ID = Key("int", rule=_whole(1, MAX_ID))
MAYBE_ID = Key("int", nullable=True, rule=_whole(1, MAX_ID))
MAYBE_DATE = Key("text", nullable=True, rule=a_date)

INTAKE = {"date": MAYBE_DATE, "place": Key("text", rule=text(intake.MAX_PLACE))}
TASK = {
    "id": ID,
    "category": Key("text", rule=_required(checklist.MAX_TITLE)),
    "title": Key("text", rule=_required(checklist.MAX_TITLE)),
    "notes": Key("text", rule=text(checklist.MAX_NOTES)),
    "due": MAYBE_DATE,
    "done_on": MAYBE_DATE,
    "assignee": MAYBE_ID,
    "helper_note": Key("text", rule=text(share.MAX_HELPER_NOTE)),
    "changed_at": Key("text", nullable=True, rule=a_utc_moment),
}
PERSON = {
    "id": ID,
    "name": Key("text", rule=_required(people.MAX_NAME)),
    "relationship": Key("text", rule=text(people.MAX_RELATIONSHIP)),
    "phone": Key("text", rule=text(people.MAX_PHONE)),
    "role": Key("text", rule=one_of(people.ROLES)),
    "knows_naloxone": Key("bool"),
}
APPOINTMENT = {
    "title": Key("text", rule=_required(appointments.MAX_TITLE)),
    "kind": Key("text", rule=one_of(appointments.APPOINTMENT_KINDS)),
    "starts_at": Key("text", rule=a_minute),
    "minutes": Key("int", rule=_whole(appointments.MIN_MINUTES, appointments.MAX_MINUTES)),
    "place": Key("text", rule=text(appointments.MAX_PLACE)),
    "contact": MAYBE_ID,
    "weekly": Key("bool"),
    "until": MAYBE_DATE,
}
AFTER_DETOX = {
    "next_step": Key("text", rule=one_of(aftercare.NEXT_STEPS)),
    "first_week": Key("text", rule=text(aftercare.MAX_TEXT)),
    "coping_steps": Key("text", rule=text(aftercare.MAX_TEXT)),
}
OVERDOSE = {
    "naloxone_place": Key("text", rule=text(overdose_plan.MAX_PLACE)),
    "naloxone_doses": Key("int", nullable=True, rule=_whole(0, overdose_plan.MAX_DOSES)),
    "naloxone_expires": MAYBE_DATE,
}
SHARE_TOP = {
    "format": Key("text"),
    "version": Key("int"),
    "plan_id": Key("text", rule=_plan_id),
    "written_at": Key("text", rule=a_utc_moment),
    "person_name": Key("text", rule=text(settings.NAME_LIMIT)),
    "intake": Key("object"),
    "tasks": Key("list"),
    "people": Key("list"),
    "appointments": Key("list"),
    "after_detox": Key("object"),
    "overdose": Key("object"),
}
HELPER = {"id": ID, "name": Key("text", rule=text(people.MAX_NAME))}
CHANGE = {
    "task_id": ID,
    "done_on": MAYBE_DATE,
    "note": Key("text", rule=text(share.MAX_HELPER_NOTE)),
    "changed_at": Key("text", rule=a_utc_moment),
}
PROGRESS_TOP = {
    "format": Key("text"),
    "version": Key("int"),
    "plan_id": Key("text", rule=_plan_id),
    "helper": Key("object"),
    "written_at": Key("text", rule=a_utc_moment),
    "changes": Key("list"),
}
_WHAT = {
    share.SHARE_FORMAT: "a plan shared from Prep Companion",
    share.PROGRESS_FORMAT: "a helper's progress from Prep Companion",
}


def check_share(document: Any) -> list[Problem]:
    """Every problem in a share file's document; an empty list means it can be opened."""
    return _never_raise(lambda: _check_share(document))


def check_progress(document: Any) -> list[Problem]:
    """Every problem in a progress file's document; an empty list means it can be merged."""
    return _never_raise(lambda: _check_progress(document))


def _never_raise(check: Callable[[], list[Problem]]) -> list[Problem]:
    try:
        return check()
    except RecursionError:
        return [Problem("document", "is nested too deeply to be a Prep Companion file")]
    except Exception as error:  # never raise, whatever the input; refusing is the safe side
        return [Problem("document", f"could not be checked ({type(error).__name__})")]


def _check_share(document: Any) -> list[Problem]:
    problems, valid = _header(document, share.SHARE_FORMAT, SHARE_TOP)
    if valid is None:
        return problems
    person_ids = _rows(valid, "people", PERSON, "id", problems)
    task_rows = _list(valid, "tasks", TASK, problems)
    _unique(task_rows, "tasks", "id", problems)
    for index, row in task_rows:
        _refers(row, f"tasks[{index}]", "assignee", person_ids, problems)
    for index, row in _list(valid, "appointments", APPOINTMENT, problems):
        _refers(row, f"appointments[{index}]", "contact", person_ids, problems)
    for name, keys in (("intake", INTAKE), ("after_detox", AFTER_DETOX), ("overdose", OVERDOSE)):
        if name in valid:
            _object(valid[name], name, keys, problems)
    return problems


def _check_progress(document: Any) -> list[Problem]:
    problems, valid = _header(document, share.PROGRESS_FORMAT, PROGRESS_TOP)
    if valid is None:
        return problems
    if "helper" in valid:
        _object(valid["helper"], "helper", HELPER, problems)
    _rows(valid, "changes", CHANGE, "task_id", problems)
    return problems


def _header(
    document: Any, expected: str, keys: dict[str, Key]
) -> tuple[list[Problem], dict[str, Any] | None]:
    """The top level's problems, and its valid values (None: look no further)."""
    what = _WHAT[expected]
    if not isinstance(document, dict):
        return [Problem("document", f"must be a JSON object: {what}")], None
    given = document.get("format")
    if "format" not in document:
        return [Problem("format", f"is missing; this is not {what}")], None
    if given != expected:
        other = next((w for f, w in _WHAT.items() if f == given and f != expected), None)
        said = f"it is {other}" if other else f"it is {show(given)}"
        return [Problem("format", f"must be {expected!r}: this is not {what} ({said})")], None
    version = document.get("version")
    if "version" not in document:
        return [Problem("version", "is missing")], None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return [Problem("version", f"must be a whole number, 1 or more ({show(version)})")], None
    if version > share.SHARE_VERSION:
        return [
            Problem(
                "version",
                f"the file was made by a newer version of Prep Companion (version "
                f"{show(version)}; this version reads version {share.SHARE_VERSION}). "
                "Please update the app, then open it again.",
            )
        ], None
    problems: list[Problem] = []
    valid = _values(document, "", keys, problems)
    return problems, valid


def _name(key: Any) -> str:
    if isinstance(key, str):
        return key if _PLAIN_NAME.fullmatch(key) else show(key)
    return f"<{type(key).__name__}>"


def _values(
    given: dict[Any, Any], where: str, keys: dict[str, Key], problems: list[Problem]
) -> dict[str, Any]:
    """Check one object's keys; return its valid values."""
    at = f"{where}." if where else ""
    problems += [
        Problem(f"{at}{_name(key)}", "is not part of this file's format")
        for key in given
        if key not in keys
    ]
    valid: dict[str, Any] = {}
    for name, key in keys.items():
        if name not in given:
            problems.append(Problem(f"{at}{name}", "is missing"))
            continue
        what = _check_value(key, given[name])
        if what:
            problems.append(Problem(f"{at}{name}", what))
        else:
            valid[name] = given[name]
    return valid


def _object(given: Any, where: str, keys: dict[str, Key], problems: list[Problem]) -> None:
    _values(given, where, keys, problems)


def _list(
    valid: dict[str, Any], name: str, keys: dict[str, Key], problems: list[Problem]
) -> list[tuple[int, dict[str, Any]]]:
    """Each valid row of the list `name` with its index (rows with a problem left out)."""
    rows = valid.get(name, [])
    if len(rows) > MAX_ROWS:
        problems.append(Problem(name, f"has too many entries: at most {MAX_ROWS}"))
        return []
    good = []
    for index, row in enumerate(rows):
        where = f"{name}[{index}]"
        if not isinstance(row, dict):
            problems.append(Problem(where, f"must be an object, not {show(row)}"))
            continue
        before = len(problems)
        values = _values(row, where, keys, problems)
        if len(problems) == before:
            good.append((index, values))
        else:
            good.append((index, {k: v for k, v in values.items() if k in ("id", "task_id")}))
    return good


def _unique(
    rows: list[tuple[int, dict[str, Any]]], name: str, key: str, problems: list[Problem]
) -> set[Any]:
    seen: dict[Any, int] = {}
    for index, row in rows:
        if key not in row:
            continue
        if row[key] in seen:
            problems.append(
                Problem(
                    f"{name}[{index}].{key}",
                    f"is the same as in [{seen[row[key]]}]; each must be different",
                )
            )
        else:
            seen[row[key]] = index
    return set(seen)


def _rows(
    valid: dict[str, Any], name: str, keys: dict[str, Key], key: str, problems: list[Problem]
) -> set[Any]:
    return _unique(_list(valid, name, keys, problems), name, key, problems)


def _refers(
    row: dict[str, Any], where: str, key: str, ids: set[Any], problems: list[Problem]
) -> None:
    value = row.get(key)
    if value is not None and value not in ids:
        problems.append(Problem(f"{where}.{key}", f"refers to {show(value)}, who is not in people"))


def _check_value(key: Key, value: Any) -> str | None:
    if value is None:
        return None if key.nullable else "must have a value (null is not allowed here)"
    if key.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be a whole number (it is {show(value)})"
    elif key.kind == "bool":
        if not isinstance(value, bool):
            return f"must be true or false (it is {show(value)})"
    elif key.kind == "object":
        if not isinstance(value, dict):
            return f"must be an object (it is {show(value)})"
    elif key.kind == "list":
        if not isinstance(value, list):
            return f"must be a list (it is {show(value)})"
    else:
        if not isinstance(value, str):
            return f"must be text (it is {show(value)})"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "holds characters that are not valid text (broken Unicode)"
    return key.rule(value) if key.rule is not None else None
