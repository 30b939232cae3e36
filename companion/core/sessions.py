"""Logged relaxation sessions: what was practised, when, and whether it was finished."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from companion.core.validate import iso_minute


def log_session(
    db: Database, exercise: str, started_at: datetime, seconds: float, completed: bool
) -> None:
    with db.atomic():
        db.table("exercise_sessions").insert(
            {
                "exercise": exercise,
                "started_at": iso_minute(started_at),
                "seconds": max(0.0, float(seconds)),
                "completed": int(completed),
            }
        )


def completed_count(db: Database) -> int:
    """How many sessions were practised to the end."""
    row = db.execute("SELECT COUNT(*) FROM exercise_sessions WHERE completed = 1").fetchone()
    return int(row[0])
