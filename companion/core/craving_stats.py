"""What the cravings worked through in Breathe add up to over a span of days: how often
they came, how strong they were before, how much they fell during urge-surfing sessions,
what set them off, and what the quick checks found. The journal shows one day's uses, the
trends and the care-team summary the span's numbers; the words are the UI's.

Numbers only; an empty span gives None for every average, never a zero that was not
measured.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from sqlite_utils import Database

from companion.core import cravings
from companion.core.cravings import NEEDS, TRIGGERS, URGE_SURFING, CravingUse

NOT_NOTED = "not-noted"
"""The trigger of a session whose trigger was not chosen, in `CravingStats.triggers`."""


@dataclass(frozen=True)
class CravingPoint:
    """The uses of the `days` days that start on `day`: how many, and the strongest rating
    before any of them (None when none was rated)."""

    day: date
    count: int
    strongest: int | None
    days: int = 1


@dataclass(frozen=True)
class CravingStats:
    """The cravings of the days from `first` to `last`, both included."""

    first: date
    last: date
    points: tuple[CravingPoint, ...]  # every day (or run of days) of the span, empty ones too
    total: int
    sessions: int  # urge-surfing sessions
    quick_checks: int
    rated_before: int  # uses rated before
    average_before: float | None
    rated_both: int  # urge-surfing sessions rated before and after
    average_fall: float | None
    triggers: tuple[tuple[str, int], ...]  # trigger (or NOT_NOTED for a session), count
    needs: tuple[tuple[str, int], ...]  # what the quick checks found; most first

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def cravings_on(db: Database, day: date) -> list[CravingUse]:
    """The uses that began on `day`, oldest first."""
    return cravings.list_cravings(db, day, day)


def first_craving_day(db: Database) -> date | None:
    """The day of the earliest use, or None when there is none."""
    row = db.execute("SELECT MIN(started_at) FROM cravings").fetchone()
    return date.fromisoformat(row[0][:10]) if row and row[0] else None


def days_with_cravings(db: Database, first: date, last: date) -> dict[date, int]:
    """How many uses each day from `first` to `last` holds; days with none are left out."""
    rows = db.execute(
        "SELECT substr(started_at, 1, 10), COUNT(*) FROM cravings "
        "WHERE started_at >= ? AND started_at < ? GROUP BY 1",
        [first.isoformat(), (last + timedelta(days=1)).isoformat()],
    ).fetchall()
    return {date.fromisoformat(day): int(count) for day, count in rows}


def _ranked(counts: Counter[str], order: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Most first; a tie keeps the order the choices are offered in."""
    place = {key: n for n, key in enumerate(order)}
    found = [(key, count) for key, count in counts.items() if count > 0]
    return tuple(sorted(found, key=lambda pair: (-pair[1], place.get(pair[0], len(order)))))


def stats_of(uses: list[CravingUse], first: date, last: date, days: int = 1) -> CravingStats:
    """The statistics of `uses` (those of the days from `first` to `last`); each point
    stands for `days` days counted from `first`."""
    days = max(1, days)
    span = (last - first).days + 1
    counts: Counter[int] = Counter()
    strongest: dict[int, int] = {}
    for use in uses:
        slot = (use.started_at.date() - first).days // days
        counts[slot] += 1
        if use.strength_before is not None:
            strongest[slot] = max(strongest.get(slot, 0), use.strength_before)
    points = tuple(
        CravingPoint(first + timedelta(days=slot * days), counts[slot], strongest.get(slot), days)
        for slot in range(-(-span // days))
    )
    before = [use.strength_before for use in uses if use.strength_before is not None]
    falls = [fall for use in uses if use.kind == URGE_SURFING and (fall := use.fall) is not None]
    sessions = sum(1 for use in uses if use.kind == URGE_SURFING)
    # The trigger is asked after urge surfing: a quick check without one is not counted.
    triggers = Counter(
        use.trigger or NOT_NOTED for use in uses if use.trigger or use.kind == URGE_SURFING
    )
    checks = [use for use in uses if use.kind != URGE_SURFING]
    needs = Counter(need for use in checks for need in use.needs)
    return CravingStats(
        first=first,
        last=last,
        points=points,
        total=len(uses),
        sessions=sessions,
        quick_checks=len(uses) - sessions,
        rated_before=len(before),
        average_before=fmean(before) if before else None,
        rated_both=len(falls),
        average_fall=fmean(falls) if falls else None,
        triggers=_ranked(triggers, (*TRIGGERS, NOT_NOTED)),
        needs=_ranked(needs, NEEDS),
    )


def span_ending(db: Database, today: date, days: int) -> tuple[date, date]:
    """The `days` days ending `today`, as the trends offer them; 0 means all time, from the
    first use (or today when there is none)."""
    if days <= 0:
        return min(first_craving_day(db) or today, today), today
    return today - timedelta(days=days - 1), today


def craving_stats(db: Database, first: date, last: date, days: int = 1) -> CravingStats:
    """The statistics of the uses that began on a day from `first` to `last`."""
    return stats_of(cravings.list_cravings(db, first, last), first, last, days)
