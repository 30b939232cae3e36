"""The .ics file in the computer's time zone: TZID with its VTIMEZONE, SEQUENCE that grows
with each edit, LAST-MODIFIED, the place only as LOCATION, and weekly repeats that keep
their wall-clock time across a clock change; read back with icalendar and dateutil."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from companion.core import appointments, clock, operations

MADRID = ZoneInfo("Europe/Madrid")
STAMP = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _event(data: bytes):
    [event] = Calendar.from_ical(data).walk("VEVENT")
    return event


def _export(db, tmp_path, zone=MADRID) -> bytes:
    path = tmp_path / "appointments.ics"
    operations.export_appointments_ics(db, path, STAMP, zone)
    return path.read_bytes()


def _add(db, **changes):
    values = {
        "kind": "therapy",
        "title": "Therapy",
        "starts_at": datetime(2026, 3, 20, 10, 0),
        "place": "Clinic, 2 Calle Mayor",
        "notes": "Bring the list",
        "changed_at": datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    }
    return appointments.save_appointment(db, None, **{**values, **changes})


def test_times_carry_the_zone_and_its_vtimezone(db, tmp_path):
    _add(db)
    data = _export(db, tmp_path)
    calendar = Calendar.from_ical(data)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Madrid"
    assert {c.name for c in zone.subcomponents} >= {"STANDARD", "DAYLIGHT"}
    event = _event(data)
    assert event["DTSTART"].params["TZID"] == "Europe/Madrid"
    assert b"DTSTART;TZID=Europe/Madrid:20260320T100000" in data
    assert event.decoded("DTSTART") == datetime(2026, 3, 20, 10, 0, tzinfo=MADRID)
    assert event.decoded("DTEND") == datetime(2026, 3, 20, 11, 0, tzinfo=MADRID)


def test_a_zone_with_no_name_gives_utc_times_never_floating(db, tmp_path):
    _add(db)
    plus_one = timezone(timedelta(hours=1))
    event = _event(_export(db, tmp_path, plus_one))
    assert event.decoded("DTSTART") == datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)


def test_each_edit_raises_the_sequence_and_dates_the_change(db, tmp_path):
    first = _add(db)
    event = _event(_export(db, tmp_path))
    assert int(event["SEQUENCE"]) == 0
    assert event.decoded("LAST-MODIFIED") == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    sequences = []
    for hour in (11, 12):
        appointments.save_appointment(
            db,
            first.id,
            kind="therapy",
            title="Therapy",
            starts_at=datetime(2026, 3, 20, hour, 0),
            changed_at=datetime(2026, 3, 2, hour, 30, tzinfo=MADRID),
        )
        event = _event(_export(db, tmp_path))
        sequences.append(int(event["SEQUENCE"]))
        assert event.decoded("LAST-MODIFIED") == datetime(2026, 3, 2, hour - 1, 30, tzinfo=UTC)
        assert str(event["UID"]) == f"appointment-{first.id}@prep-companion"  # the same event
    assert sequences == [1, 2]


def test_the_place_is_the_location_and_not_repeated_in_the_description(db, tmp_path):
    _add(db)
    event = _event(_export(db, tmp_path))
    assert str(event["LOCATION"]) == "Clinic, 2 Calle Mayor"
    assert "Clinic" not in str(event["DESCRIPTION"])
    assert str(event["DESCRIPTION"]) == "Bring the list"


def test_weekly_repeats_keep_their_time_across_a_clock_change(db, tmp_path):
    # Spain moves its clocks forward on 29 March 2026 and back on 25 October 2026.
    _add(db, starts_at=datetime(2026, 3, 17, 10, 0), weekly=True, until=date(2026, 4, 7))
    data = _export(db, tmp_path)
    event = _event(data)
    start = event.decoded("DTSTART")
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    dates = list(rule)
    assert [d.date() for d in dates] == [date(2026, 3, 17) + timedelta(weeks=n) for n in range(4)]
    assert {(d.hour, d.minute) for d in dates} == {(10, 0)}, "the same wall-clock time"
    offsets = [d.utcoffset() for d in dates]
    assert offsets[0] == timedelta(hours=1) and offsets[-1] == timedelta(hours=2)
    assert dates[-1].astimezone(UTC).hour == 8  # 10:00 in summer time is 08:00 UTC


def test_the_computers_zone_comes_from_the_system(monkeypatch):
    monkeypatch.setenv("TZ", "America/Mexico_City")
    assert clock.local_zone() == ZoneInfo("America/Mexico_City")
    monkeypatch.setenv("TZ", "Not/A_Zone")
    assert clock.local_zone().utcoffset(datetime(2026, 1, 1)) is not None
