"""Gentle reminders: which are due now, decided from the settings, the clock and the data.

All are off until the person turns them on in Settings. The rules:

- The check-in reminder comes once a day at most, at or after the chosen time, and only
  while today's check-in is not done. The day it was shown is stored, so starting the
  app again the same day does not show it again.
- An appointment's reminder comes once, from the chosen lead time before it starts (1
  hour, 3 hours or 1 day) until it starts; each weekly meeting once. The appointments
  reminded of are stored (each start with its id, until it has started), so a restart
  does not repeat them; appointments that start together come in one reminder. One
  already started is not reminded of; one moved to a new time is reminded of again.
- There is no naloxone expiry reminder: Today shows a card about it instead.

The words are the UI's (ui/tray.py): this module only says what is due.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from companion.core import settings

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.appointments import Appointment
    from companion.core.clock import Clock

CHECK_IN = "check-in"
APPOINTMENT = "appointment"


@dataclass(frozen=True)
class Reminder:
    """One reminder that is due: a check-in, or one or more appointments starting at `at`."""

    kind: str
    at: datetime | None = None
    appointments: tuple[Appointment, ...] = field(default=(), hash=False)


@dataclass(frozen=True)
class ReminderSettings:
    """The reminder settings and what was shown already, as stored."""

    check_in: bool = False
    check_in_time: time = time(20, 0)
    appointments: bool = False
    lead_minutes: int = 1440
    check_in_shown_on: date | None = None
    appointments_shown: frozenset[str] = frozenset()
    """Each appointment reminded of, as `shown_key` gives it."""

    @property
    def any_on(self) -> bool:
        return self.check_in or self.appointments


def read_settings(db: Database) -> ReminderSettings:
    """The stored reminder settings (the declared defaults where none are stored)."""

    def get(key: str) -> Any:
        return settings.get_setting(db, key)

    hours, minutes = str(get("reminder_check_in_time")).split(":")
    shown_on, shown = get("reminder_check_in_shown_on"), get("reminder_appointments_shown")
    return ReminderSettings(
        check_in=bool(get("reminder_check_in")),
        check_in_time=time(int(hours), int(minutes)),
        appointments=bool(get("reminder_appointments")),
        lead_minutes=int(get("reminder_appointment_lead")),
        check_in_shown_on=date.fromisoformat(shown_on) if shown_on else None,
        appointments_shown=frozenset(shown.split(",")) if shown else frozenset(),
    )


def due(
    chosen: ReminderSettings,
    now: datetime,
    checked_in_today: bool,
    coming: list[tuple[datetime, Appointment]],
) -> list[Reminder]:
    """The reminders due at `now` (local time without a zone), by the rules above.
    `coming` is the appointments not yet over, each with its next start."""
    found: list[Reminder] = []
    if (
        chosen.check_in
        and not checked_in_today
        and chosen.check_in_shown_on != now.date()
        and now.time() >= chosen.check_in_time
    ):
        found.append(Reminder(CHECK_IN))
    if chosen.appointments:
        lead = timedelta(minutes=chosen.lead_minutes)
        starts: dict[datetime, list[Appointment]] = {}
        for start, appointment in coming:
            if not now < start <= now + lead:
                continue
            if shown_key(start, appointment) in chosen.appointments_shown:
                continue  # reminded of already
            starts.setdefault(start, []).append(appointment)
        for start in sorted(starts):
            found.append(Reminder(APPOINTMENT, start, tuple(starts[start])))
    return found


def due_now(db: Database, clock: Clock) -> list[Reminder]:
    """The reminders due now, from the stored settings and data."""
    from companion.core import appointments, journal

    chosen = read_settings(db)
    if not chosen.any_on:
        return []
    now = local_now(clock)
    done = chosen.check_in and journal.get_entry(db, now.date()) is not None
    coming = appointments.upcoming(db, now, limit=50) if chosen.appointments else []
    return due(chosen, now, done, coming)


def mark_shown(db: Database, shown: list[Reminder], clock: Clock) -> None:
    """Remember that `shown` were shown, so that none of them comes again. Appointments
    that have started are forgotten: they cannot be due again."""
    now = local_now(clock)
    if any(reminder.kind == CHECK_IN for reminder in shown):
        settings.set_setting(db, "reminder_check_in_shown_on", now.date().isoformat())
    keys = {
        shown_key(reminder.at, appointment)
        for reminder in shown
        if reminder.at is not None
        for appointment in reminder.appointments
    }
    if not keys:
        return
    before = str(settings.get_setting(db, "reminder_appointments_shown"))
    kept = {key for key in before.split(",") if key and key[:16] > now.isoformat()[:16]}
    settings.set_setting(db, "reminder_appointments_shown", ",".join(sorted(kept | keys)[-50:]))


def shown_key(start: datetime, appointment: Appointment) -> str:
    """How an appointment's reminder is remembered: its start and its id."""
    return f"{start.isoformat(timespec='minutes')}#{appointment.id}"


def local_now(clock: Clock) -> datetime:
    """Local wall time to the minute, without a zone, as the appointments are stored."""
    return clock.now().replace(tzinfo=None, second=0, microsecond=0)
