"""Appointments as iCalendar: read back with icalendar, the way a calendar app would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar

from companion.core.ics import appointments_ics
from companion.core.plan import Appointment

SYDNEY = ZoneInfo("Australia/Sydney")
STAMP = datetime(2026, 3, 1, 12, 30, 15, tzinfo=timezone(timedelta(hours=10)))
GROUP = Appointment(
    7,
    "support-group",
    "Tuesday group",
    datetime(2026, 3, 3, 19, 0),
    90,
    "Church hall, 1 Main St",
    3,
    "Bring a friend; coffee after",
    True,
    date(2026, 4, 28),
)
INTAKE = Appointment(2, "intake", "Intake at Riverside", datetime(2026, 3, 9, 9, 0))
PHARMACY = Appointment(
    4, "medication", "Pharmacy", datetime(2026, 3, 4, 8, 0), 15, contact_id=5, weekly=True
)


def _events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_calendar_names_itself():
    calendar = Calendar.from_ical(appointments_ics([INTAKE], {}, STAMP))
    assert calendar.name == "VCALENDAR"
    assert str(calendar["PRODID"]) == "-//Prep Companion//EN"
    assert str(calendar["VERSION"]) == "2.0"


def test_one_event_per_appointment_with_its_words():
    data = appointments_ics([GROUP, INTAKE, PHARMACY], {3: "Maya", 5: "Sam"}, STAMP)
    events = _events(data)
    assert set(events) == {
        "appointment-7@prep-companion",
        "appointment-2@prep-companion",
        "appointment-4@prep-companion",
    }
    group = events["appointment-7@prep-companion"]
    assert str(group["SUMMARY"]) == "Tuesday group"
    assert str(group["LOCATION"]) == "Church hall, 1 Main St"
    description = str(group["DESCRIPTION"])
    assert "Bring a friend; coffee after" in description
    assert description.endswith("With: Maya")

    intake = events["appointment-2@prep-companion"]
    assert str(intake["SUMMARY"]) == "Intake at Riverside"
    assert "LOCATION" not in intake
    assert "DESCRIPTION" not in intake

    pharmacy = events["appointment-4@prep-companion"]
    assert str(pharmacy["DESCRIPTION"]) == "With: Sam"


def test_who_it_is_with_is_said_in_the_persons_language():
    data = appointments_ics([PHARMACY], {5: "Sam"}, STAMP, with_words="Con: %1")
    assert str(_events(data)["appointment-4@prep-companion"]["DESCRIPTION"]) == "Con: Sam"


def test_a_contact_without_a_name_is_left_out():
    events = _events(appointments_ics([PHARMACY], {}, STAMP))
    assert "DESCRIPTION" not in events["appointment-4@prep-companion"]


def test_times_are_in_the_computers_zone_and_the_stamp_is_utc():
    events = _events(appointments_ics([GROUP, INTAKE], {}, STAMP, SYDNEY))
    group = events["appointment-7@prep-companion"]
    assert group.decoded("DTSTART") == datetime(2026, 3, 3, 19, 0, tzinfo=SYDNEY)
    assert group.decoded("DTEND") == datetime(2026, 3, 3, 20, 30, tzinfo=SYDNEY)
    assert group["DTSTART"].params["TZID"] == "Australia/Sydney"
    assert group["DTEND"].params["TZID"] == "Australia/Sydney"
    intake = events["appointment-2@prep-companion"]
    assert intake.decoded("DTEND") - intake.decoded("DTSTART") == timedelta(minutes=60)
    stamp = group.decoded("DTSTAMP")
    assert stamp == datetime(2026, 3, 1, 2, 30, 15, tzinfo=UTC)
    assert stamp.utcoffset() == timedelta(0)
    assert b"DTSTAMP:20260301T023015Z" in appointments_ics([INTAKE], {}, STAMP, SYDNEY)


def test_weekly_ones_repeat_and_one_offs_do_not():
    events = _events(appointments_ics([GROUP, INTAKE, PHARMACY], {}, STAMP, SYDNEY))
    group_rule = events["appointment-7@prep-companion"]["RRULE"]
    assert group_rule["FREQ"] == ["WEEKLY"]
    [until] = group_rule["UNTIL"]
    # the end of the last day where the person is, in UTC as RFC 5545 wants with a TZID
    assert until == datetime(2026, 4, 28, 23, 59, 59, tzinfo=SYDNEY).astimezone(UTC)
    assert until.utcoffset() == timedelta(0)
    pharmacy_rule = events["appointment-4@prep-companion"]["RRULE"]
    assert pharmacy_rule["FREQ"] == ["WEEKLY"]
    assert "UNTIL" not in pharmacy_rule
    assert "RRULE" not in events["appointment-2@prep-companion"]


def test_an_empty_list_is_still_a_calendar():
    data = appointments_ics([], {}, STAMP)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.rstrip().endswith(b"END:VCALENDAR")
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//Prep Companion//EN"
    assert calendar.walk("VEVENT") == []


def test_a_naive_stamp_is_local_time():
    naive = datetime(2026, 3, 1, 12, 30)
    events = _events(appointments_ics([INTAKE], {}, naive))
    assert events["appointment-2@prep-companion"].decoded("DTSTAMP") == naive.astimezone(UTC)
