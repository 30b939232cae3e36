"""Appointments as an iCalendar file (RFC 5545), for the person's own calendar app.

Times are floating local times (no time zone), as the person entered them: a calendar
shows them at the same wall-clock time wherever it is. Only DTSTAMP is in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from icalendar import Calendar, Event

from companion.core.appointments import Appointment

PRODID = "-//Prep Companion//EN"


def _event(appointment: Appointment, contact_names: dict[int, str], stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"appointment-{appointment.id}@prep-companion")
    event.add("dtstamp", stamp)
    start = appointment.starts_at.replace(tzinfo=None)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=appointment.minutes))
    event.add("summary", appointment.title)
    if appointment.place:
        event.add("location", appointment.place)
    lines = [appointment.notes] if appointment.notes else []
    if appointment.contact_id is not None and appointment.contact_id in contact_names:
        lines.append(f"With: {contact_names[appointment.contact_id]}")
    if lines:
        event.add("description", "\n\n".join(lines))
    if appointment.weekly:
        rule: dict[str, object] = {"freq": "weekly"}
        if appointment.until is not None:
            rule["until"] = datetime.combine(appointment.until, time(23, 59, 59))
        event.add("rrule", rule)
    return event


def appointments_ics(
    appointments: list[Appointment], contact_names: dict[int, str], stamp: datetime
) -> bytes:
    """One VCALENDAR with a VEVENT per appointment; `stamp` (naive means local) is DTSTAMP."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    utc_stamp = stamp.astimezone(UTC).replace(microsecond=0)
    for appointment in appointments:
        calendar.add_component(_event(appointment, contact_names, utc_stamp))
    return bytes(calendar.to_ical())
