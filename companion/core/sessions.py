"""Logged relaxation sessions: what was practised, when, and whether it was finished."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from companion.core.validate import InvalidInputError, check_saveable, iso_minute, parse_datetime


def completed_count(db: Database) -> int:
    """How many sessions were practised to the end."""
    row = db.execute("SELECT COUNT(*) FROM exercise_sessions WHERE completed = 1").fetchone()
    return int(row[0])


def _tension(value: int | None, field_name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
        raise InvalidInputError(field_name, "out-of-range", "Tension is rated from 0 to 10.")
    return value


def log_session(
    db: Database,
    exercise: str,
    started_at: datetime,
    seconds: float,
    completed: bool,
    tension_before: int | None = None,
    tension_after: int | None = None,
) -> None:
    """Save a practice session with its optional 0-10 tension ratings."""
    row = {
        "exercise": check_saveable(exercise, "exercise"),
        "started_at": iso_minute(parse_datetime(started_at, "start")),
        "seconds": max(0.0, float(seconds)),
        "completed": int(completed),
        "tension_before": _tension(tension_before, "tension before"),
        "tension_after": _tension(tension_after, "tension after"),
    }
    with db.atomic():
        db.table("exercise_sessions").insert(row)


@dataclass(frozen=True)
class Practice:
    """How much was practised in some span of time: every logged session counts, however
    short, and whether it was finished or stopped early."""

    sessions: int = 0
    seconds: float = 0.0


def practice_per_day(db: Database, today: date, days: int = 14) -> list[tuple[date, Practice]]:
    """The practice on each of the last `days` days, oldest first, today last."""
    first = today - timedelta(days=days - 1)
    rows = db.execute(
        "SELECT substr(started_at, 1, 10) AS day, COUNT(*), SUM(seconds) FROM exercise_sessions "
        "WHERE started_at >= ? AND started_at < ? GROUP BY day",
        [first.isoformat(), (today + timedelta(days=1)).isoformat()],
    ).fetchall()
    found = {str(day): Practice(int(count), float(total)) for day, count, total in rows}
    return [
        (day, found.get(day.isoformat(), Practice()))
        for day in (first + timedelta(days=n) for n in range(days))
    ]


def minutes_per_day(db: Database, today: date, days: int = 14) -> list[tuple[date, float]]:
    """Minutes practised on each of the last `days` days, oldest first, today last."""
    return [(day, done.seconds / 60) for day, done in practice_per_day(db, today, days)]


def practice_this_week(db: Database, today: date) -> Practice:
    """The practice since Monday of this week, up to the end of `today`."""
    monday = today - timedelta(days=today.weekday())
    done = [p for _day, p in practice_per_day(db, today, (today - monday).days + 1)]
    return Practice(sum(p.sessions for p in done), sum(p.seconds for p in done))


def average_tension_change(db: Database) -> float | None:
    """The average of (after - before) over sessions rated both times; negative is calmer."""
    row = db.execute(
        "SELECT AVG(tension_after - tension_before), COUNT(*) FROM exercise_sessions "
        "WHERE tension_before IS NOT NULL AND tension_after IS NOT NULL"
    ).fetchone()
    return float(row[0]) if row[1] else None
