"""The facts of the care-team summary: what the journal says about a range of days, and
the cravings worked through in Breathe in those days.

Numbers and days only; no words. The window and the command line put these facts into
the person's language (companion/ui/report.py) and hand them to the PDF engine
(companion/core/pdf.py, template resources/pdf/summary.typ).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from sqlite_utils import Database

from companion.core import craving_stats, journal
from companion.core.craving_stats import CravingStats
from companion.core.journal import JournalEntry, Symptom, TrendPoint

MEASURES = ("mood", "craving", "sleep_hours", "sleep_quality", "energy", "symptom_total")
"""What the averages and the daily table show, in this order."""
CHARTED = ("mood", "craving", "sleep_hours", "symptom_total")
"""What has a chart, in this order."""
MOST_POINTS = 92
"""A chart shows at most this many points; over longer spans each point is an average."""


@dataclass(frozen=True)
class Series:
    """One chart: `points` (the day each stands for, and its value) from `first` to `last`,
    each point the average of `days` days."""

    key: str
    first: date
    last: date
    points: tuple[tuple[date, float], ...]
    days: int = 1

    @property
    def values(self) -> list[float]:
        return [value for _day, value in self.points]

    def lowest(self) -> tuple[date, float] | None:
        return min(self.points, key=lambda point: point[1], default=None)

    def highest(self) -> tuple[date, float] | None:
        return max(self.points, key=lambda point: point[1], default=None)

    def place(self, day: date) -> float:
        """Where `day` sits across the chart, 0 (the first day) to 1 (the last)."""
        span = (self.last - self.first).days + 1
        return ((day - self.first).days + self.days / 2) / span


@dataclass(frozen=True)
class Facts:
    """Everything the summary shows about the days from `first` to `last`."""

    first: date
    last: date
    entries: tuple[JournalEntry, ...]
    averages: dict[str, float | None]
    before: dict[str, float | None]  # the same number of days just before `first`
    before_first: date
    symptoms: tuple[Symptom, ...]
    charts: tuple[Series, ...]
    include_notes: bool
    cravings: CravingStats | None = None  # cravings worked through in Breathe

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def rated_days(self) -> list[JournalEntry]:
        """The entries with a symptom check-in, oldest first."""
        return [entry for entry in self.entries if entry.symptoms]

    @property
    def wins(self) -> list[tuple[date, str]]:
        return [(entry.day, win) for entry in self.entries for win in entry.wins]

    @property
    def notes(self) -> list[tuple[date, str]]:
        return [(entry.day, entry.notes.strip()) for entry in self.entries if entry.notes.strip()]


def average(entries: list[JournalEntry] | tuple[JournalEntry, ...], key: str) -> float | None:
    """The mean of `key` over the entries that have it; None when none has."""
    values = [getattr(entry, key) for entry in entries]
    present = [float(value) for value in values if value is not None]
    return fmean(present) if present else None


def facts(db: Database, first: date, last: date, include_notes: bool = True) -> Facts:
    """The summary's facts for the days from `first` to `last` (both included)."""
    entries = tuple(journal.entries_between(db, first, last))
    span = (last - first).days + 1
    before_last = first - timedelta(days=1) if first > date.min else first
    before_first = max(date.min, first - timedelta(days=span)) if first > date.min else first
    earlier = journal.entries_between(db, before_first, before_last) if first > date.min else []
    days = journal.days_per_point(first, last, MOST_POINTS)
    points = journal.trend(db, first, last, days)
    return Facts(
        first=first,
        last=last,
        entries=entries,
        averages={key: average(entries, key) for key in MEASURES},
        before={key: average(earlier, key) for key in MEASURES},
        before_first=before_first,
        symptoms=journal.load_symptoms(),
        charts=tuple(_series(key, points, first, last, days) for key in CHARTED),
        include_notes=include_notes,
        cravings=craving_stats.craving_stats(db, first, last),
    )


def _series(key: str, points: list[TrendPoint], first: date, last: date, days: int) -> Series:
    shown = tuple(
        (point.day, float(value)) for point in points if (value := getattr(point, key)) is not None
    )
    return Series(key, first, last, shown, days)
