"""Reminders: which are due, with an injected clock; each comes once, and all are off
until turned on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from companion.core import appointments, journal, reminders, settings
from companion.core.clock import FakeClock
from companion.core.export_rules import setting_value


def _clock(hour: int, minute: int = 0, day: int = 10) -> FakeClock:
    return FakeClock(datetime(2026, 3, day, hour, minute, tzinfo=UTC))


def _shown(db, clock) -> list[reminders.Reminder]:
    """What a check at this moment shows (and so remembers)."""
    due = reminders.due_now(db, clock)
    reminders.mark_shown(db, due, clock)
    return due


def test_nothing_is_due_by_default(db):
    appointments.save_appointment(
        db, None, kind="other", title="Intake", starts_at="2026-03-10T15:00"
    )
    assert reminders.due_now(db, _clock(14, 30)) == []
    for key in ("reminder_check_in", "reminder_appointments", "start_with_computer"):
        assert settings.get_setting(db, key) is False


def test_the_check_in_reminder_comes_once_at_its_time(db):
    settings.set_setting(db, "reminder_check_in", True)
    settings.set_setting(db, "reminder_check_in_time", "19:30")
    clock = _clock(19, 29)
    assert _shown(db, clock) == []
    clock.advance(60)
    assert [r.kind for r in _shown(db, clock)] == [reminders.CHECK_IN]
    clock.advance(timedelta(hours=2))
    assert _shown(db, clock) == []  # once a day at most
    clock.advance(timedelta(days=1))
    assert [r.kind for r in _shown(db, clock)] == [reminders.CHECK_IN]  # and again tomorrow


def test_not_when_the_check_in_is_done(db):
    settings.set_setting(db, "reminder_check_in", True)
    clock = _clock(21)
    journal.save_entry(db, journal.JournalEntry(day=date(2026, 3, 10), mood=3), date(2026, 3, 10))
    assert reminders.due_now(db, clock) == []


def test_not_twice_after_a_restart(db):
    """What was shown is stored: a new check (a restarted app) reads it back."""
    settings.set_setting(db, "reminder_check_in", True)
    clock = _clock(20, 5)
    assert len(_shown(db, clock)) == 1
    assert settings.get_setting(db, "reminder_check_in_shown_on") == "2026-03-10"
    assert reminders.due_now(db, _clock(22)) == []


def test_an_appointment_is_reminded_of_once_within_its_lead_time(db):
    settings.set_setting(db, "reminder_appointments", True)
    settings.set_setting(db, "reminder_appointment_lead", 180)
    kept = appointments.save_appointment(
        db, None, kind="other", title="Intake", starts_at="2026-03-10T15:00"
    )
    assert _shown(db, _clock(11, 59)) == []  # more than 3 hours before
    due = _shown(db, _clock(12, 0))
    assert [(r.kind, r.at, [a.id for a in r.appointments]) for r in due] == [
        (reminders.APPOINTMENT, datetime(2026, 3, 10, 15, 0), [kept.id])
    ]
    assert _shown(db, _clock(14, 0)) == []  # not again
    assert _shown(db, _clock(15, 30)) == []  # nor once it has started


def test_an_appointment_added_later_but_sooner_is_reminded_of_too(db):
    settings.set_setting(db, "reminder_appointments", True)  # 1 day before
    appointments.save_appointment(
        db, None, kind="other", title="Later", starts_at="2026-03-11T09:00"
    )
    assert len(_shown(db, _clock(10))) == 1
    appointments.save_appointment(
        db, None, kind="other", title="Sooner", starts_at="2026-03-10T18:00"
    )
    due = _shown(db, _clock(11))
    assert [a.title for r in due for a in r.appointments] == ["Sooner"]


def test_a_weekly_meeting_is_reminded_of_each_week(db):
    settings.set_setting(db, "reminder_appointments", True)
    settings.set_setting(db, "reminder_appointment_lead", 60)
    appointments.save_appointment(
        db, None, kind="other", title="Group", starts_at="2026-03-10T18:00", weekly=True
    )
    assert len(_shown(db, _clock(17, 30))) == 1
    assert _shown(db, _clock(17, 45)) == []
    assert len(_shown(db, _clock(17, 30, day=17))) == 1


def test_bad_stored_values_fall_back_and_are_refused_on_import(db):
    db.table("settings").upsert({"key": "reminder_check_in_time", "value": '"25:00"'}, pk="key")
    assert settings.get_setting(db, "reminder_check_in_time") == "20:00"
    problems = setting_value({"key": "reminder_check_in_time", "value": '"9:5"'})
    assert problems and "HH:MM" in problems[0][1]
    assert setting_value({"key": "reminder_appointments_shown", "value": '""'}) == []
    assert setting_value({"key": "reminder_appointments_shown", "value": '"x#1"'})
