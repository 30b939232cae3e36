"""The Plan's appointments: intake, medication, therapy, support groups; one-off or weekly.

Times are local wall-clock times without a time zone, like everywhere in the app; a
weekly appointment repeats at the same local time every 7 days, up to and including
its `until` day. Import these names from companion.core.plan.

A stored appointment this version cannot work with (a time outside 1900-2199, say, kept
by an older version or a file edited by hand) is left out of every list, never allowed
to stop the app; `unusable_count` says how many there are, so the app can say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from companion.core import people
from companion.core.rows import from_row
from companion.core.validate import (
    InvalidInputError,
    clean_text,
    in_range,
    iso_date,
    iso_minute,
    parse_date,
    parse_datetime,
    read_date,
    read_datetime,
)

APPOINTMENT_KINDS = ("intake", "medication", "therapy", "support-group", "other")
MAX_TITLE = 120
MAX_PLACE = 200
MAX_NOTES = 2000
MIN_MINUTES = 5
MAX_MINUTES = 1440
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Appointment:
    """One appointment. `contact_id` is the contact it is with (None: no one in particular)."""

    id: int
    kind: str
    title: str
    starts_at: datetime
    minutes: int = 60
    place: str = ""
    contact_id: int | None = None
    notes: str = ""
    weekly: bool = False
    until: date | None = None  # the last day a weekly appointment happens; None: no end
    revision: int = 0  # how many times it was edited: the .ics SEQUENCE
    changed_at: datetime | None = None  # when it was last added or edited, in UTC

    @property
    def length(self) -> timedelta:
        return timedelta(minutes=self.minutes)


def _from_row(row: dict[str, Any]) -> Appointment:
    starts = read_datetime(row["starts_at"])
    assert starts is not None
    return from_row(
        Appointment,
        row,
        starts_at=starts,
        weekly=bool(row["weekly"]),
        until=read_date(row["until"]),
        revision=int(row.get("revision") or 0),
        changed_at=_utc(read_datetime(row.get("changed_at"))),
    )


def _utc(moment: datetime | None) -> datetime | None:
    """A stored UTC minute as an aware time (stored without its zone, like every time)."""
    return moment.replace(tzinfo=UTC) if moment is not None else None


def _stored_utc(moment: datetime | None) -> str | None:
    return iso_minute(moment.astimezone(UTC)) if moment is not None else None


def _usable(row: dict[str, Any]) -> Appointment | None:
    """The row as an Appointment, or None when its times or length cannot be worked with
    (so that working out when it happens could never fail)."""
    try:
        appointment = _from_row(row)
    except (InvalidInputError, AssertionError, TypeError, ValueError):
        return None
    minutes = appointment.minutes
    if (
        not in_range(appointment.starts_at)
        or (appointment.until is not None and not in_range(appointment.until))
        or isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not MIN_MINUTES <= minutes <= MAX_MINUTES
    ):
        return None
    return appointment


def _clean(
    kind: str,
    title: str,
    starts_at: datetime | str,
    minutes: int,
    place: str,
    contact_id: int | None,
    notes: str,
    weekly: bool,
    until: date | str | None,
) -> dict[str, Any]:
    if kind not in APPOINTMENT_KINDS:
        raise InvalidInputError("kind", "unknown-choice", f"Unknown kind of appointment {kind!r}.")
    clean_title = clean_text(title, "title", MAX_TITLE, required=True)
    start = parse_datetime(starts_at, "start")
    if start is None:
        raise InvalidInputError("start", "required", "Please say when the appointment starts.")
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InvalidInputError("length", "out-of-range", "The length must be whole minutes.")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInputError(
            "length",
            "out-of-range",
            f"The length must be {MIN_MINUTES} to {MAX_MINUTES} minutes.",
        )
    last_day = parse_date(until, "until") if weekly else None
    if last_day is not None and last_day < start.date():
        raise InvalidInputError(
            "until", "before-start", "A repeat cannot end before the first appointment."
        )
    return {
        "kind": kind,
        "title": clean_title,
        "starts_at": iso_minute(start),
        "minutes": minutes,
        "place": clean_text(place, "place", MAX_PLACE),
        "contact_id": contact_id,
        "notes": clean_text(notes, "notes", MAX_NOTES),
        "weekly": int(bool(weekly)),
        "until": iso_date(last_day),
    }


def list_appointments(db: Database) -> list[Appointment]:
    """Every appointment, by (first) start, then in the order they were added; those that
    cannot be worked with are left out (see `unusable_count`)."""
    rows = db.table("appointments").rows_where(order_by="starts_at, id")
    return [appointment for row in rows if (appointment := _usable(row)) is not None]


def unusable_count(db: Database) -> int:
    """How many stored appointments are left out of every list because their time or
    length cannot be worked with."""
    return sum(_usable(row) is None for row in db.table("appointments").rows)


def get_appointment(db: Database, appointment_id: int) -> Appointment | None:
    """The appointment with this id; None if there is none, or it cannot be worked with."""
    rows = list(db.table("appointments").rows_where("id = ?", [appointment_id]))
    return _usable(rows[0]) if rows else None


def save_appointment(
    db: Database,
    appointment_id: int | None,
    *,
    kind: str,
    title: str,
    starts_at: datetime | str,
    minutes: int = 60,
    place: str = "",
    contact_id: int | None = None,
    notes: str = "",
    weekly: bool = False,
    until: date | str | None = None,
    changed_at: datetime | None = None,
) -> Appointment:
    """Add an appointment (`appointment_id` None) or change one; nothing is stored when refused.

    `until` only counts for a weekly appointment; for a one-off it is dropped. A change
    counts one more revision; `changed_at` (aware, from the caller's clock) is when.
    """
    values = _clean(kind, title, starts_at, minutes, place, contact_id, notes, weekly, until)
    values["changed_at"] = _stored_utc(changed_at)
    with db.atomic():
        if contact_id is not None and not people.exists(db, contact_id):
            raise InvalidInputError("contact", "unknown-choice", "That contact no longer exists.")
        if appointment_id is None:
            values["revision"] = 0
            appointment_id = int(str(db.table("appointments").insert(values).last_pk))
        elif (before := get_appointment(db, appointment_id)) is None:
            raise InvalidInputError("appointment", "missing", "That appointment no longer exists.")
        else:
            values["revision"] = before.revision + 1
            db.table("appointments").update(appointment_id, values)
    return _from_row({"id": appointment_id, **values})


def delete_appointment(db: Database, appointment_id: int) -> Appointment | None:
    """Remove an appointment and return it, so it can be put back (undo); None if not there."""
    with db.atomic():
        gone = get_appointment(db, appointment_id)
        if gone is not None:
            db.execute("DELETE FROM appointments WHERE id = ?", [appointment_id])
    return gone


def restore_appointment(db: Database, appointment: Appointment) -> Appointment:
    """Put back an appointment removed by `delete_appointment` (undo).

    It keeps its id unless that id has since been taken, and loses its contact if the
    contact has since been removed. Returns it as it is now stored.
    """
    with db.atomic():
        row: dict[str, Any] = {
            "kind": appointment.kind,
            "title": appointment.title,
            "starts_at": iso_minute(appointment.starts_at),
            "minutes": appointment.minutes,
            "place": appointment.place,
            "contact_id": appointment.contact_id,
            "notes": appointment.notes,
            "weekly": int(appointment.weekly),
            "until": iso_date(appointment.until if appointment.weekly else None),
            "revision": appointment.revision,
            "changed_at": _stored_utc(appointment.changed_at),
        }
        if appointment.contact_id is not None and not people.exists(db, appointment.contact_id):
            row["contact_id"] = None
        if get_appointment(db, appointment.id) is None:
            row["id"] = appointment.id
        new_id = int(str(db.table("appointments").insert(row).last_pk))
    return _from_row({**row, "id": new_id})


# --- when it happens --------------------------------------------------------------------------


def _local(moment: datetime) -> datetime:
    """A local wall-clock time without a time zone (an aware clock reading keeps its wall time)."""
    return moment.replace(tzinfo=None)


def _weeks_until(start: datetime, moment: datetime) -> int:
    """The fewest whole weeks after `start` to reach or pass `moment` (0 when it is not later)."""
    if moment <= start:
        return 0
    return -(-(moment - start) // WEEK)


def _within_repeat(appointment: Appointment, start: datetime) -> bool:
    return appointment.until is None or start.date() <= appointment.until


def occurrences(appointment: Appointment, first: datetime, last: datetime) -> list[datetime]:
    """The starts of `appointment` from `first` to `last`, both included, in order."""
    first, last = _local(first), _local(last)
    start = appointment.starts_at
    if not appointment.weekly:
        return [start] if first <= start <= last else []
    found = []
    moment = start + _weeks_until(start, first) * WEEK
    while moment <= last and _within_repeat(appointment, moment):
        found.append(moment)
        moment += WEEK
    return found


def next_start(appointment: Appointment, now: datetime) -> datetime | None:
    """The first start that has not yet ended at `now` (one in progress counts); None if over."""
    now = _local(now)
    start = appointment.starts_at
    if start + appointment.length > now:
        return start
    if not appointment.weekly:
        return None
    # the first start later than (now - length): it ends after now
    moment = start + ((now - appointment.length - start) // WEEK + 1) * WEEK
    return moment if _within_repeat(appointment, moment) else None


def upcoming(db: Database, now: datetime, limit: int = 5) -> list[tuple[datetime, Appointment]]:
    """Appointments not yet over, soonest first, each once with its next start."""
    coming = []
    for appointment in list_appointments(db):
        start = next_start(appointment, now)
        if start is not None:
            coming.append((start, appointment))
    coming.sort(key=lambda pair: (pair[0], pair[1].id))
    return coming[: max(limit, 0)]


def next_appointment(db: Database, now: datetime) -> tuple[datetime, Appointment] | None:
    """The appointment that comes (or is going on) next, with its start; None if none."""
    coming = upcoming(db, now, limit=1)
    return coming[0] if coming else None
