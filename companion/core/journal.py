"""The journal: one daily check-in per day, its trends, full-text search and CSV export.

A check-in holds optional ratings (mood, craving, sleep, energy), the app's own symptom
check-in (each symptom 0-4, from resources/journal.toml; not a clinical scale), wins,
notes and tags. Saving an entry with nothing in it removes that day, so an empty
check-in leaves no trace.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TextIO

from sqlite_utils import Database

from companion.core import journal_checks as checks
from companion.core.clock import SystemClock
from companion.core.content import ContentError, load_toml, per_language
from companion.core.journal_checks import parse_tags as parse_tags
from companion.core.validate import InvalidInputError, clean_text, iso_date, parse_date, read_date

MOOD_RANGE = (1, 5)
CRAVING_RANGE = (0, 10)
SLEEP_RANGE = (0.0, 24.0)  # hours, in half-hour steps
SLEEP_STEP = 0.5
QUALITY_RANGE = (1, 5)
ENERGY_RANGE = (1, 5)
SYMPTOM_RANGE = (0, 4)
MAX_NOTES = 20_000
MAX_WINS = 20
MAX_WIN = 200
MAX_WINS_TEXT = (MAX_WIN + 1) * MAX_WINS * 2  # the wins field as typed, blank lines and all
MAX_TAGS = 20
MAX_TAG = 40
START_MARK = "\x02"  # search snippets wrap each match in START_MARK ... END_MARK
END_MARK = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
MAX_LABEL = 40
MAX_SEARCH_WORDS = 32

CSV_COLUMNS: tuple[str, ...]
"""The export's header; built from the symptom list on first use (see __getattr__)."""

_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WORD = re.compile(r"[^\W_]+")  # runs of letters and digits, in any script


# --- the symptom check-in ----------------------------------------------------------------


@dataclass(frozen=True)
class Symptom:
    """One symptom the person can rate 0-4 in the daily check-in."""

    key: str
    label: str


@per_language
def load_symptoms() -> tuple[Symptom, ...]:
    """The check-in's symptoms, in order, from resources/journal.toml."""
    data = load_toml("journal.toml")
    try:
        symptoms = tuple(Symptom(str(s["key"]), str(s["label"])) for s in data["symptoms"])
    except (KeyError, TypeError) as error:
        raise ContentError(f"journal.toml is missing a field: {error}") from error
    if not symptoms:
        raise ContentError("journal.toml lists no symptoms.")
    keys = [s.key for s in symptoms]
    for symptom in symptoms:
        if not _KEY.fullmatch(symptom.key):
            raise ContentError(f"journal.toml: bad symptom key {symptom.key!r}.")
        if not symptom.label.strip() or len(symptom.label) > MAX_LABEL:
            raise ContentError(f"journal.toml: the label of {symptom.key!r} is empty or too long.")
        if keys.count(symptom.key) > 1:
            raise ContentError(f"journal.toml: symptom key {symptom.key!r} is used twice.")
    return symptoms


def _csv_columns() -> tuple[str, ...]:
    return (
        *("date", "mood", "craving", "sleep_hours", "sleep_quality", "energy", "symptom_total"),
        *(f"symptom_{s.key.replace('-', '_')}" for s in load_symptoms()),
        *("wins", "notes", "tags"),
    )


if not TYPE_CHECKING:  # hidden from mypy, so a misspelt name is still a type error

    def __getattr__(name: str) -> Any:
        """CSV_COLUMNS is made when first asked for, so importing this module reads no file."""
        if name == "CSV_COLUMNS":
            return _csv_columns()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- entries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalEntry:
    """One day's check-in. Every part is optional; `symptoms` None means skipped that day."""

    day: date
    mood: int | None = None
    craving: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    energy: int | None = None
    symptoms: dict[str, int] | None = field(default=None, hash=False)
    wins: tuple[str, ...] = ()
    notes: str = ""
    tags: tuple[str, ...] = ()

    @property
    def symptom_total(self) -> int | None:
        """The sum of the symptom ratings; None when the check-in was skipped."""
        if not self.symptoms:
            return None
        return sum(self.symptoms.values())

    @property
    def is_empty(self) -> bool:
        """Nothing at all filled in (blank text counts as nothing)."""
        ratings = (self.mood, self.craving, self.sleep_hours, self.sleep_quality, self.energy)
        return (
            all(value is None for value in ratings)
            and not self.symptoms
            and not any(str(win).strip() for win in self.wins)
            and not str(self.notes or "").strip()
            and not parse_tags(",".join(str(tag) for tag in self.tags))
        )


def _clean(entry: JournalEntry, today: date) -> JournalEntry:
    """The entry as it would be stored, or InvalidInputError naming the first bad part."""
    day = parse_date(entry.day, "day")
    if day is None:
        raise InvalidInputError("day", "required", "Please choose a day.")
    if day > today:
        raise InvalidInputError("day", "future", "The journal cannot be filled in ahead.")
    return JournalEntry(
        day=day,
        mood=checks.rating(entry.mood, "mood", MOOD_RANGE, "Mood"),
        craving=checks.rating(entry.craving, "craving", CRAVING_RANGE, "Craving"),
        sleep_hours=checks.hours(entry.sleep_hours, "sleep hours", SLEEP_RANGE, SLEEP_STEP),
        sleep_quality=checks.rating(
            entry.sleep_quality, "sleep quality", QUALITY_RANGE, "Sleep quality"
        ),
        energy=checks.rating(entry.energy, "energy", ENERGY_RANGE, "Energy"),
        symptoms=checks.symptom_ratings(
            entry.symptoms, "symptoms", [s.key for s in load_symptoms()], SYMPTOM_RANGE
        ),
        notes=clean_text(entry.notes, "notes", MAX_NOTES),
        wins=checks.lines(entry.wins, "wins", MAX_WINS, MAX_WIN),
        tags=checks.tag_list(entry.tags, "tags", MAX_TAGS, MAX_TAG),
    )


def _from_row(row: dict[str, Any]) -> JournalEntry:
    symptoms = json.loads(row["symptoms"]) if row["symptoms"] is not None else None
    return JournalEntry(
        day=date.fromisoformat(row["day"]),
        mood=row["mood"],
        craving=row["craving"],
        sleep_hours=float(row["sleep_hours"]) if row["sleep_hours"] is not None else None,
        sleep_quality=row["sleep_quality"],
        energy=row["energy"],
        symptoms=symptoms,
        wins=tuple(line for line in row["wins"].split("\n") if line),
        notes=row["notes"],
        tags=parse_tags(row["tags"]),
    )


def _iso(day: date) -> str:
    """YYYY-MM-DD, also for a datetime (whose time is ignored)."""
    return (day.date() if isinstance(day, datetime) else day).isoformat()


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def get_entry(db: Database, day: date) -> JournalEntry | None:
    rows = _rows(db, "SELECT * FROM journal_entries WHERE day = ?", [_iso(day)])
    return _from_row(rows[0]) if rows else None


def save_entry(
    db: Database, entry: JournalEntry, today: date, saved_at: datetime | None = None
) -> JournalEntry:
    """Check, clean and store the day's entry (one per day); return it as stored.

    Refused input raises InvalidInputError and stores nothing. An entry with nothing
    in it deletes the day instead.
    """
    clean = _clean(entry, today)
    if clean.is_empty:
        delete_entry(db, clean.day)
        return clean
    row = {
        "day": clean.day.isoformat(),
        "mood": clean.mood,
        "craving": clean.craving,
        "sleep_hours": clean.sleep_hours,
        "sleep_quality": clean.sleep_quality,
        "energy": clean.energy,
        "symptoms": json.dumps(clean.symptoms) if clean.symptoms is not None else None,
        "wins": "\n".join(clean.wins),
        "notes": clean.notes,
        "tags": ", ".join(clean.tags),
        "updated_at": (saved_at or SystemClock().now()).astimezone(UTC).isoformat(),
    }
    with db.atomic():
        db.table("journal_entries").upsert(row, pk="day")
    return clean


PARTS = (
    "mood",
    "craving",
    "sleep_hours",
    "sleep_quality",
    "energy",
    "symptoms",
    "wins",
    "notes",
    "tags",
)
"""The parts of a check-in that are checked, and kept or refused, one by one."""


@dataclass(frozen=True)
class PartlySaved:
    """What `save_valid_parts` stored, and the problems of the parts it left as they were."""

    entry: JournalEntry
    problems: tuple[InvalidInputError, ...] = ()


def save_valid_parts(
    db: Database, entry: JournalEntry, today: date, saved_at: datetime | None = None
) -> PartlySaved:
    """Store every part of `entry` that passes its check, even when another part does not.

    A refused part keeps the value stored before (or none), and its problem is returned,
    so one field typed wrong never costs the others. A wrong or future day is refused
    whole, as by `save_entry`.
    """
    day = _clean(JournalEntry(day=entry.day), today).day
    stored = get_entry(db, day) or JournalEntry(day=day)
    blank = JournalEntry(day=day)
    kept = replace(entry, day=day)
    problems: list[InvalidInputError] = []
    for part in PARTS:
        try:
            _clean(replace(blank, **{part: getattr(entry, part)}), today)
        except InvalidInputError as problem:
            problems.append(problem)
            kept = replace(kept, **{part: getattr(stored, part)})
    return PartlySaved(save_entry(db, kept, today, saved_at), tuple(problems))


def delete_entry(db: Database, day: date) -> bool:
    """Remove the day's entry; False if there was none."""
    with db.atomic():
        cursor = db.execute("DELETE FROM journal_entries WHERE day = ?", [_iso(day)])
    return cursor.rowcount > 0


def days_with_entries(db: Database, first: date, last: date) -> set[date]:
    """The days from `first` to `last` (both included) that have an entry."""
    rows = db.execute(
        "SELECT day FROM journal_entries WHERE day BETWEEN ? AND ?",
        [_iso(first), _iso(last)],
    ).fetchall()
    return {date.fromisoformat(row[0]) for row in rows}


def first_entry_day(db: Database) -> date | None:
    row = db.execute("SELECT MIN(day) FROM journal_entries").fetchone()
    return read_date(row[0])


def entry_count(db: Database) -> int:
    row = db.execute("SELECT COUNT(*) FROM journal_entries").fetchone()
    return int(row[0])


def entries_between(db: Database, first: date, last: date) -> list[JournalEntry]:
    """Entries from `first` to `last` (both included), oldest first."""
    rows = _rows(
        db,
        "SELECT * FROM journal_entries WHERE day BETWEEN ? AND ? ORDER BY day",
        [_iso(first), _iso(last)],
    )
    return [_from_row(row) for row in rows]


# --- trends ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    """The numbers of one day's entry, for charts; or, when `days` is more than one, the
    averages over the entries of the `days` days that start on `day`."""

    day: date
    mood: float | None
    craving: float | None
    sleep_hours: float | None
    sleep_quality: float | None
    energy: float | None
    symptom_total: float | None
    days: int = 1


def days_per_point(first: date, last: date, most_points: int) -> int:
    """How many days each point must stand for so that the span needs at most `most_points`."""
    span = (last - first).days + 1
    return max(1, -(-span // max(1, most_points)))


def trend(db: Database, first: date, last: date, days: int = 1) -> list[TrendPoint]:
    """Points for the days from `first` to `last` that have entries, oldest first.

    With `days` 1, one point per day with an entry; days without one are left out. With
    more, one point per run of `days` days (counted from `first`) holding any entry, with
    the averages of its entries: the database does the averaging, so a chart of ten
    years reads a few hundred rows, not thousands.
    """
    symptom_total = "(SELECT SUM(value) FROM json_each(symptoms))"
    if days <= 1:
        rows = db.execute(
            "SELECT day, mood, craving, sleep_hours, sleep_quality, energy, "
            f"{symptom_total} FROM journal_entries WHERE day BETWEEN ? AND ? ORDER BY day",
            [_iso(first), _iso(last)],
        ).fetchall()
        return [
            TrendPoint(
                day=date.fromisoformat(day),
                mood=mood,
                craving=craving,
                sleep_hours=float(sleep) if sleep is not None else None,
                sleep_quality=quality,
                energy=energy,
                symptom_total=int(total) if total is not None else None,
            )
            for day, mood, craving, sleep, quality, energy, total in rows
        ]
    rows = db.execute(
        "SELECT CAST((julianday(day) - julianday(?)) AS INTEGER) / ? AS run, "
        "AVG(mood), AVG(craving), AVG(sleep_hours), AVG(sleep_quality), AVG(energy), "
        f"AVG({symptom_total}) FROM journal_entries WHERE day BETWEEN ? AND ? "
        "GROUP BY run ORDER BY run",
        [_iso(first), days, _iso(first), _iso(last)],
    ).fetchall()
    return [
        TrendPoint(
            day=first + timedelta(days=run * days),
            mood=mood,
            craving=craving,
            sleep_hours=sleep,
            sleep_quality=quality,
            energy=energy,
            symptom_total=total,
            days=days,
        )
        for run, mood, craving, sleep, quality, energy, total in rows
    ]


# --- search ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    """A day whose notes, wins or tags match; the matches are marked in `snippet`."""

    day: date
    snippet: str


def _fts_query(text: str) -> str:
    """A safe FTS5 query: every word (letters and digits) quoted, as a prefix, ANDed.

    Empty when `text` has no words. Nothing the person types can be FTS5 syntax.
    Repeated words count once, and only the first MAX_SEARCH_WORDS are used: FTS5 slows
    down sharply on very long queries (a pasted page of text).
    """
    words: dict[str, str] = {}
    for word in _WORD.findall(text or ""):
        words.setdefault(word.casefold(), word)
        if len(words) == MAX_SEARCH_WORDS:
            break
    return " AND ".join(f'"{word}"*' for word in words.values())


def search(db: Database, text: str, limit: int = 200) -> list[SearchHit]:
    """Days whose notes, wins or tags contain every word of `text` (as a prefix), newest first."""
    query = _fts_query(text)
    if not query or limit <= 0:
        return []
    rows = db.execute(
        "SELECT j.day, snippet(journal_entries_fts, -1, ?, ?, ?, ?) "
        "FROM journal_entries_fts JOIN journal_entries j ON j.rowid = journal_entries_fts.rowid "
        "WHERE journal_entries_fts MATCH ? ORDER BY j.day DESC LIMIT ?",
        [START_MARK, END_MARK, ELLIPSIS, SNIPPET_TOKENS, query, limit],
    ).fetchall()
    return [SearchHit(date.fromisoformat(day), snippet) for day, snippet in rows]


# --- export ----------------------------------------------------------------------------------


def export_csv(db: Database, out: TextIO) -> int:
    """Write every entry as CSV (header CSV_COLUMNS, oldest day first); return the row count.

    Open `out` with newline="" so the csv module controls line endings.
    """
    symptoms = load_symptoms()
    writer = csv.writer(out)
    writer.writerow(_csv_columns())
    count = 0
    for row in _rows(db, "SELECT * FROM journal_entries ORDER BY day", []):
        entry = _from_row(row)
        ratings = entry.symptoms or {}
        writer.writerow(
            [
                iso_date(entry.day),
                *(
                    "" if value is None else value
                    for value in (
                        entry.mood,
                        entry.craving,
                        entry.sleep_hours,
                        entry.sleep_quality,
                        entry.energy,
                        entry.symptom_total,
                    )
                ),
                *(ratings.get(s.key, "") for s in symptoms),
                " | ".join(entry.wins),
                entry.notes,
                ", ".join(entry.tags),
            ]
        )
        count += 1
    return count
