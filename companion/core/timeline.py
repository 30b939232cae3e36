"""The withdrawal timeline: typical windows of time after last use, and where "now" falls.

Pure arithmetic on an injected time. Everything here is what is typical, not a
prediction; the words that say so live in resources/content/timeline.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from companion.core.content import ContentError, load_toml, per_language
from companion.core.validate import InvalidInputError, iso_minute, parse_datetime

SHORT, LONG, BUPRENORPHINE, UNSURE = "short", "long", "buprenorphine", "unsure"
KINDS = (SHORT, LONG, BUPRENORPHINE, UNSURE)  # as stored: a saved kind keeps its meaning
DAY = 24.0
PLANNED, BEFORE, AFTER = "planned", "before", "after"


@dataclass(frozen=True)
class Window:
    """A stretch of hours after last use: onset, peak, easing, lingering..."""

    key: str
    start: float  # hours after last use
    end: float


WINDOWS: dict[str, tuple[Window, ...]] = {
    # Heroin and other short-acting opioids: starts 6-12 h (up to 24 h), worst about days 2-3
    # (guidelines: 24-48 h to days 2-4), mostly settles in 5-7 days; low mood, poor sleep
    # and craving can last weeks or months.
    SHORT: (
        Window("onset", 6.0, 24.0),
        Window("peak", 24.0, 4 * DAY),
        Window("easing", 4 * DAY, 7 * DAY),
        Window("lingering", 7 * DAY, 90 * DAY),
    ),
    # Methadone and other long-acting opioids: starts 30-72 h after the last dose and
    # lasts about 10 days or more; many sources give about three weeks for methadone,
    # at its worst about a week after the last dose. The main stage shows the whole range.
    LONG: (
        Window("onset", 30.0, 72.0),
        Window("main", 72.0, 21 * DAY),
        Window("lingering", 21 * DAY, 90 * DAY),
    ),
    # Buprenorphine: no public guideline read gives typical hours (only clinic blogs do,
    # and those are not used). So only one wide stretch is drawn, the whole span the
    # sources give for opioids in general, and the words say to ask the prescriber.
    BUPRENORPHINE: (
        Window("varies", 6.0, 21 * DAY),
        Window("lingering", 21 * DAY, 90 * DAY),
    ),
    # Not sure, or fentanyl: the timing can differ; only the widest typical ranges are shown.
    UNSURE: (
        Window("onset", 6.0, 72.0),
        Window("main", 24.0, 21 * DAY),
        Window("lingering", 21 * DAY, 90 * DAY),
    ),
}


@dataclass(frozen=True)
class Reading:
    """Where `now` falls: hours since last use and which windows it is in."""

    kind: str
    hours: float  # negative while the last use is still planned
    current: tuple[str, ...]  # window keys that contain now, or (PLANNED,), (BEFORE,), (AFTER,)
    windows: tuple[Window, ...]


def day_number(hours: float) -> int:
    """Which day after last use `hours` falls on: the first 24 hours are day 1, so 60 h
    is day 3. Whole days are counted, never rounded up."""
    return int(hours // DAY) + 1


def windows(kind: str) -> tuple[Window, ...]:
    if kind not in WINDOWS:
        raise InvalidInputError("kind", "unknown-choice", f"Unknown kind of opioid {kind!r}.")
    return WINDOWS[kind]


def reading_at(kind: str, last_use: datetime, now: datetime) -> Reading:
    """Where `now` is on the typical timeline for `kind` after `last_use`."""
    spans = windows(kind)
    hours = (now - last_use).total_seconds() / 3600
    if hours < 0:
        current: tuple[str, ...] = (PLANNED,)
    elif hours < spans[0].start:
        current = (BEFORE,)
    elif hours >= spans[-1].end:
        current = (AFTER,)
    else:
        current = tuple(w.key for w in spans if w.start <= hours < w.end)
    return Reading(kind, hours, current, spans)


# --- the person's own inputs -----------------------------------------------------------------


@dataclass(frozen=True)
class TimelinePlan:
    kind: str
    last_use: datetime


def get_plan(db: Database) -> TimelinePlan | None:
    rows = list(db.table("timeline_plan").rows_where("id = 1"))
    if not rows:
        return None
    try:
        moment = parse_datetime(rows[0]["last_use"])
    except InvalidInputError:
        return None  # a damaged value is treated as not set, never a crash
    if moment is None or rows[0]["kind"] not in WINDOWS:
        return None
    return TimelinePlan(rows[0]["kind"], moment)


def set_plan(db: Database, kind: str, last_use: datetime | str) -> TimelinePlan:
    windows(kind)
    moment = parse_datetime(last_use, "last use")
    if moment is None:
        raise InvalidInputError("last use", "required", "Please give the time of last use.")
    with db.atomic():
        db.table("timeline_plan").upsert(
            {"id": 1, "kind": kind, "last_use": iso_minute(moment)}, pk="id"
        )
    return TimelinePlan(kind, moment)


# --- the words --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineText:
    always: str  # "typical, not a prediction..."
    get_help: str  # when to get medical help
    sources: tuple[str, ...]
    kinds: dict[str, str]  # kind -> its name and note
    stages: dict[str, str]  # "short:onset", "planned", ... -> what is typical now


@per_language
def load_text() -> TimelineText:
    data: dict[str, Any] = load_toml("content/timeline.toml")
    try:
        return TimelineText(
            always=data["always"],
            get_help=data["get_help"],
            sources=tuple(data["sources"]),
            kinds=dict(data["kinds"]),
            stages=dict(data["stages"]),
        )
    except (KeyError, TypeError) as error:
        raise ContentError(f"timeline.toml is missing a field: {error}") from error


def describe(reading: Reading) -> list[str]:
    """The typical-now sentences for a reading, from timeline.toml."""
    stages = load_text().stages
    texts = []
    for key in reading.current:
        text = stages.get(f"{reading.kind}:{key}") or stages.get(key)
        if text:
            texts.append(text)
    return texts
