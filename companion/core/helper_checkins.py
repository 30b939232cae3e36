"""A helper's own daily check-in: stress (0 to 10), hours of sleep, one thing they did for
themselves, and a note. Stored apart from the person's journal, one per helper per day.

Everything here reads and writes the table helper_check_ins alone: the journal's tables
and functions never see a helper's check-ins. The day is checked against the injected
`today` (no check-in ahead of time). The trends are plain lists of (day, value) and two
weekly averages, so the page can draw and word them without asking for SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlite_utils import Database

from companion.core import journal_checks as checks
from companion.core.validate import InvalidInputError, check_saveable, clean_text, parse_date

STRESS = (0, 10)
SLEEP_HOURS = (0.0, 24.0)
MAX_SELF_CARE = 200
MAX_NOTE = 1000

SLEEP_STEP = 0.5  # hours go in half hours, as in the journal
WEEK = 7
Measure = Literal["stress", "sleep_hours"]
MEASURES: tuple[Measure, ...] = ("stress", "sleep_hours")


@dataclass(frozen=True)
class HelperCheckIn:
    """One helper's check-in for one day; None or "" for a part not answered."""

    helper_id: int
    day: date
    stress: int | None = None
    sleep_hours: float | None = None
    self_care: str = ""
    note: str = ""

    @property
    def is_empty(self) -> bool:
        """Nothing answered: such a check-in is not kept."""
        return (
            self.stress is None
            and self.sleep_hours is None
            and not self.self_care
            and not self.note
        )


def _one_line(value: str, field: str, limit: int) -> str:
    """`value` trimmed, its line breaks and runs of spaces made single spaces."""
    text = " ".join(check_saveable(value or "", field).split())
    return clean_text(text, field, limit)


def _helper(db: Database, helper_id: object) -> int:
    """`helper_id` itself when it names a contact; else InvalidInputError."""
    if not isinstance(helper_id, int) or isinstance(helper_id, bool):
        raise InvalidInputError("helper", "unknown-choice", "A helper is named by its number.")
    found = db.execute("SELECT 1 FROM helpers WHERE id = ?", [helper_id]).fetchone()
    if found is None:
        raise InvalidInputError("helper", "unknown-choice", "That helper is not in the Plan.")
    return helper_id


def _day(value: object, today: date) -> date:
    day = parse_date(value, "day")  # type: ignore[arg-type]
    if day is None:
        raise InvalidInputError("day", "required", "Please choose a day.")
    if day > today:
        raise InvalidInputError("day", "future", "A check-in cannot be filled in ahead.")
    return day


def clean_check_in(db: Database, check_in: HelperCheckIn, today: date) -> HelperCheckIn:
    """The check-in as it would be stored, or InvalidInputError naming the first bad part
    (nothing is stored here)."""
    return HelperCheckIn(
        helper_id=_helper(db, check_in.helper_id),
        day=_day(check_in.day, today),
        stress=checks.rating(check_in.stress, "stress", STRESS, "Stress"),
        sleep_hours=checks.hours(check_in.sleep_hours, "sleep hours", SLEEP_HOURS, SLEEP_STEP),
        self_care=_one_line(check_in.self_care, "self care", MAX_SELF_CARE),
        note=clean_text(check_in.note, "note", MAX_NOTE),
    )


def save_check_in(
    db: Database,
    helper_id: int,
    day: date,
    *,
    stress: int | None,
    sleep_hours: float | None,
    self_care: str,
    note: str,
    today: date,
) -> HelperCheckIn:
    """Store the helper's check-in for `day` (one per helper per day: a second save
    replaces the first) and return it as stored: texts trimmed, "one thing I did for
    myself" on one line. A check-in with nothing in it removes the day's check-in.

    InvalidInputError, and nothing stored, for a helper who is not a contact, a day in
    the future or not a real date, stress outside 0 to 10 or not a whole number, sleep
    outside 0 to 24 hours or not in half hours, or a text too long or unsaveable."""
    clean = clean_check_in(
        db,
        HelperCheckIn(helper_id, day, stress, sleep_hours, self_care, note),
        today,
    )
    with db.atomic():
        if clean.is_empty:
            delete_check_in(db, clean.helper_id, clean.day)
        else:
            db.table("helper_check_ins").upsert(
                {
                    "helper_id": clean.helper_id,
                    "day": clean.day.isoformat(),
                    "stress": clean.stress,
                    "sleep_hours": clean.sleep_hours,
                    "self_care": clean.self_care,
                    "note": clean.note,
                },
                pk=("helper_id", "day"),
            )
    return clean


def _from_row(row: tuple[Any, ...]) -> HelperCheckIn:
    helper_id, day, stress, sleep, self_care, note = row
    return HelperCheckIn(
        helper_id=int(helper_id),
        day=date.fromisoformat(str(day)),
        stress=int(stress) if stress is not None else None,
        sleep_hours=float(sleep) if sleep is not None else None,
        self_care=str(self_care or ""),
        note=str(note or ""),
    )


_SELECT = "SELECT helper_id, day, stress, sleep_hours, self_care, note FROM helper_check_ins"


def get_check_in(db: Database, helper_id: int, day: date) -> HelperCheckIn | None:
    row = db.execute(
        _SELECT + " WHERE helper_id = ? AND day = ?", [helper_id, day.isoformat()]
    ).fetchone()
    return _from_row(row) if row is not None else None


def list_check_ins(db: Database, helper_id: int, first: date, last: date) -> list[HelperCheckIn]:
    """The helper's check-ins from `first` to `last` (both included), oldest first."""
    rows = db.execute(
        _SELECT + " WHERE helper_id = ? AND day BETWEEN ? AND ? ORDER BY day",
        [helper_id, first.isoformat(), last.isoformat()],
    ).fetchall()
    return [_from_row(row) for row in rows]


def delete_check_in(db: Database, helper_id: int, day: date) -> bool:
    """Remove the helper's check-in for `day`; True when there was one."""
    with db.atomic():
        cursor = db.execute(
            "DELETE FROM helper_check_ins WHERE helper_id = ? AND day = ?",
            [helper_id, day.isoformat()],
        )
    return cursor.rowcount > 0


def series(
    db: Database, helper_id: int, measure: Measure, last_day: date, days: int
) -> list[tuple[date, float | None]]:
    """Each of the `days` days up to `last_day`, oldest first, with the helper's value of
    `measure` ("stress" or "sleep_hours") that day, or None for a day without one."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    first = last_day - timedelta(days=max(days, 1) - 1)
    found = {c.day: getattr(c, measure) for c in list_check_ins(db, helper_id, first, last_day)}
    return [
        (day, None if found.get(day) is None else float(found[day]))
        for day in (first + timedelta(days=n) for n in range(max(days, 1)))
    ]


def stress_series(
    db: Database, helper_id: int, last_day: date, days: int
) -> list[tuple[date, float | None]]:
    """Stress on each of the `days` days up to `last_day` (None: not answered)."""
    return series(db, helper_id, "stress", last_day, days)


def sleep_series(
    db: Database, helper_id: int, last_day: date, days: int
) -> list[tuple[date, float | None]]:
    """Hours of sleep on each of the `days` days up to `last_day` (None: not answered)."""
    return series(db, helper_id, "sleep_hours", last_day, days)


def average(values: list[tuple[date, float | None]]) -> float | None:
    """The average of the values given, or None when there are none."""
    given = [value for _day, value in values if value is not None]
    return sum(given) / len(given) if given else None


def week_averages(
    db: Database, helper_id: int, measure: Measure, last_day: date
) -> tuple[float | None, float | None]:
    """The average of `measure` over the 7 days up to `last_day`, and over the 7 before
    them; None for a week with no value."""
    both = series(db, helper_id, measure, last_day, 2 * WEEK)
    return average(both[WEEK:]), average(both[:WEEK])


def has_check_ins(db: Database, helper_id: int) -> bool:
    """Whether the helper has any check-in at all."""
    row = db.execute("SELECT 1 FROM helper_check_ins WHERE helper_id = ? LIMIT 1", [helper_id])
    return row.fetchone() is not None
