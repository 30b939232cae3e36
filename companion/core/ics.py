"""Appointments as an iCalendar file (RFC 5545), for the person's own calendar app.

Start and end are written in the computer's time zone (DTSTART;TZID=Europe/Madrid with
the zone's VTIMEZONE, rules for clock changes included), so every calendar shows them at
the wall-clock time the person entered, and a weekly repeat stays at that time across a
clock change. Where the system names no zone, times are written in UTC instead, which
is never ambiguous. SEQUENCE counts the edits of an appointment and LAST-MODIFIED says
when it last changed, so a calendar that imports the file again updates the event
rather than keeping the old one. The place is LOCATION only, not repeated in the text.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from companion.core.appointments import Appointment

PRODID = "-//Prep Companion//EN"


def _in_zone(wall: datetime, zone: tzinfo) -> datetime:
    """A wall-clock time of the person's as written to the file: in their named zone,
    or as the same moment in UTC when the zone has no name a calendar would know."""
    moment = wall.replace(tzinfo=zone)
    return moment if isinstance(zone, ZoneInfo) else moment.astimezone(UTC)


def _event(
    appointment: Appointment,
    contact_names: dict[int, str],
    stamp: datetime,
    zone: tzinfo,
    with_words: str,
) -> Event:
    event = Event()
    event.add("uid", f"appointment-{appointment.id}@prep-companion")
    event.add("dtstamp", stamp)
    start = appointment.starts_at.replace(tzinfo=None)
    event.add("dtstart", _in_zone(start, zone))
    event.add("dtend", _in_zone(start + timedelta(minutes=appointment.minutes), zone))
    event.add("sequence", appointment.revision)
    changed = appointment.changed_at or stamp
    event.add("last-modified", changed.astimezone(UTC).replace(second=0, microsecond=0))
    event.add("summary", appointment.title)
    if appointment.place:
        event.add("location", appointment.place)
    lines = [appointment.notes] if appointment.notes else []
    if appointment.contact_id is not None and appointment.contact_id in contact_names:
        lines.append(with_words.replace("%1", contact_names[appointment.contact_id]))
    if lines:
        event.add("description", "\n\n".join(lines))
    if appointment.weekly:
        rule: dict[str, object] = {"freq": "weekly"}
        if appointment.until is not None:
            # With a zoned start, RFC 5545 wants UNTIL in UTC: the end of that last day.
            last = datetime.combine(appointment.until, time(23, 59, 59)).replace(tzinfo=zone)
            rule["until"] = last.astimezone(UTC)
        event.add("rrule", rule)
    return event


def appointments_ics(
    appointments: list[Appointment],
    contact_names: dict[int, str],
    stamp: datetime,
    zone: tzinfo = UTC,
    with_words: str = "With: %1",
) -> bytes:
    """One VCALENDAR with a VEVENT per appointment, its times in `zone` (the computer's,
    from `clock.local_zone()`), with that zone's VTIMEZONE; `stamp` (naive means local)
    is DTSTAMP. `with_words` says who an appointment is with, in the person's language,
    %1 standing for the name."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    utc_stamp = stamp.astimezone(UTC).replace(microsecond=0)
    for appointment in appointments:
        calendar.add_component(_event(appointment, contact_names, utc_stamp, zone, with_words))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
