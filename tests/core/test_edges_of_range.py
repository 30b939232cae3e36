"""Dates at the edge of time and whole numbers at the edge of SQLite: every date the app
keeps is from 1900 to 2199 (refused elsewhere by every save and by the import); a value
stored before that rule (written here with raw SQL) is left out where it would break a
calculation, and said, never a crash; list positions never overflow."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlite_utils import Database

from companion import cli
from companion.core import (
    calls,
    checklist,
    contacts,
    export,
    ics,
    intake,
    journal,
    learn,
    ordering,
    plan,
    sessions,
    storage,
    timeline,
)
from companion.core.clock import FakeClock
from companion.core.content import load_checklist_template
from companion.core.validate import InvalidInputError

NOW = datetime(2026, 3, 10, 12, 0)
TODAY = NOW.date()
END_OF_TIME = "9999-12-31T23:30"
FAR = [
    (datetime(9999, 12, 31, 23, 30), date(9999, 12, 31)),
    (datetime(2200, 1, 1, 0, 0), date(2200, 1, 1)),
    (datetime(1899, 12, 31, 23, 59), date(1899, 12, 31)),
    (datetime(1, 1, 1, 0, 0), date(1, 1, 1)),
]


def _seeded(db: Database) -> Database:
    checklist.ensure_template(db, load_checklist_template())
    return db


# --- every save refuses a date outside the range --------------------------------------------


def _saves(db: Database, moment: datetime, day: date) -> dict[str, object]:
    category = checklist.categories(db)[0].key
    item = checklist.list_items(db)[0]
    start = datetime(2026, 4, 1, 9, 0)
    return {
        "appointment start": lambda: plan.save_appointment(
            db, None, kind="other", title="Edge", starts_at=moment
        ),
        "appointment repeat end": lambda: plan.save_appointment(
            db, None, kind="other", title="Edge", starts_at=start, weekly=True, until=day
        ),
        "call time": lambda: calls.save_call(db, None, "Clinic", moment, "waitlist"),
        "call-back time": lambda: calls.save_call(
            db, None, "Clinic", start, "call-back", callback_at=moment
        ),
        "task due date": lambda: checklist.save_item(
            db, None, category=category, title="Edge", due=day
        ),
        "changed due date": lambda: checklist.save_item(
            db, item.id, title=item.title, category=item.category, due=day
        ),
        "intake date": lambda: intake.set_intake(db, day),
        "last use": lambda: timeline.set_plan(db, "short", moment),
        "journal day": lambda: journal.save_entry(db, journal.JournalEntry(day, mood=3), TODAY),
        "practice session": lambda: sessions.log_session(db, "box", moment, 60, True),
    }


SAVES = [
    "appointment start",
    "appointment repeat end",
    "call time",
    "call-back time",
    "task due date",
    "changed due date",
    "intake date",
    "last use",
    "journal day",
    "practice session",
]


@pytest.mark.parametrize("save", SAVES)
@pytest.mark.parametrize(("moment", "day"), FAR, ids=["9999", "2200", "1899", "year-1"])
def test_every_save_refuses_a_date_outside_1900_to_2199(db, save, moment, day):
    _seeded(db)
    before = export.export_document(db, NOW)["tables"]
    with pytest.raises(InvalidInputError) as refused:
        _saves(db, moment, day)[save]()  # type: ignore[operator]
    assert refused.value.reason == "date-range"
    assert "1900-01-01 to 2199-12-31" in str(refused.value)
    assert export.export_document(db, NOW)["tables"] == before


def test_the_first_and_last_minute_of_the_range_are_saved(db):
    first = plan.save_appointment(
        db, None, kind="other", title="First", starts_at="1900-01-01T00:00"
    )
    last = plan.save_appointment(
        db, None, kind="other", title="Last", starts_at="2199-12-31T23:59", minutes=1440
    )
    assert plan.list_appointments(db) == [first, last]
    assert plan.next_appointment(db, NOW) == (last.starts_at, last)
    assert b"DTEND:22000101T235900" in ics.appointments_ics([last], {}, NOW)


# --- a stored value from before the rule is left out, never a crash --------------------------


def _store_far_appointments(db: Database) -> None:
    for weekly, until in ((0, None), (1, None), (1, "9999-12-31")):
        db.execute(
            "INSERT INTO appointments (kind, title, starts_at, minutes, weekly, until) "
            "VALUES ('other', 'At the end of time', ?, 60, ?, ?)",
            [END_OF_TIME if until is None else "2026-04-01T09:00", weekly, until],
        )
    db.execute(
        "INSERT INTO appointments (kind, title, starts_at, minutes) "
        "VALUES ('other', 'Too long', '2026-04-01T09:00', ?)",
        [2**62],
    )
    db.execute(
        "INSERT INTO appointments (kind, title, starts_at) VALUES ('other', 'Garbled', 'soon')"
    )


def test_appointments_that_cannot_be_worked_with_are_left_out_and_counted(db):
    kept = plan.save_appointment(
        db, None, kind="therapy", title="Therapy", starts_at=datetime(2026, 3, 12, 10, 0)
    )
    _store_far_appointments(db)
    assert plan.unusable_count(db) == 5
    assert plan.list_appointments(db) == [kept]
    assert plan.upcoming(db, NOW) == [(kept.starts_at, kept)]
    assert plan.next_appointment(db, NOW) == (kept.starts_at, kept)
    far_id = db.execute("SELECT id FROM appointments WHERE starts_at = ?", [END_OF_TIME])
    assert plan.get_appointment(db, far_id.fetchone()[0]) is None
    calendar = ics.appointments_ics(plan.list_appointments(db), {}, NOW)
    assert calendar.count(b"BEGIN:VEVENT") == 1


def test_other_dates_kept_from_before_the_rule_still_load(db):
    _seeded(db)
    db.execute("UPDATE checklist_items SET due = '9999-12-31'")
    db.execute("UPDATE checklist_items SET done_on = '0001-01-01' WHERE id = 2")
    db.execute("INSERT INTO intake_plan (id, date, place) VALUES (1, '9999-12-31', '')")
    db.execute(
        "INSERT INTO facility_calls (facility, called_at, outcome, callback_at) "
        "VALUES ('Clinic', ?, 'call-back', ?)",
        [END_OF_TIME, END_OF_TIME],
    )
    db.execute(
        "INSERT INTO timeline_plan (id, kind, last_use) VALUES (1, 'short', ?)", [END_OF_TIME]
    )
    db.execute("INSERT INTO journal_entries (day, mood) VALUES ('9999-12-31', 3)")
    db.execute("INSERT INTO care_questions (text, done_on, position) VALUES ('Q', '9999-12-31', 1)")
    assert checklist.list_items(db)[0].due == date(9999, 12, 31)
    assert checklist.get_item(db, 2).done_on == date(1, 1, 1)
    assert checklist.next_items(db, TODAY)[0].due == date(9999, 12, 31)
    checklist.apply_auto_ticks(db, TODAY)
    assert intake.get_intake(db).when == date(9999, 12, 31)
    assert calls.next_callback(db) is not None
    assert timeline.get_plan(db) is None  # a time it cannot work from counts as not set
    assert journal.first_entry_day(db) == date(9999, 12, 31)
    assert journal.get_entry(db, date(9999, 12, 31)) is not None
    assert learn.list_questions(db)[0].done_on == date(9999, 12, 31)


def _data_with_far_values(data) -> None:
    store = storage.open(data, clock=FakeClock())
    _seeded(store.db)
    _store_far_appointments(store.db)
    store.db.execute("UPDATE checklist_items SET due = '9999-12-31'")
    store.db.execute(
        "INSERT INTO timeline_plan (id, kind, last_use) VALUES (1, 'short', ?)", [END_OF_TIME]
    )
    store.db.execute("INSERT INTO journal_entries (day, mood) VALUES ('9999-12-31', 3)")
    store.db.conn.commit()
    store.close()


@pytest.mark.parametrize("command", [["check"], ["backup"], ["export", "--output", "{out}"]])
def test_commands_work_on_data_with_far_dates(tmp_path, capsys, command):
    data = tmp_path / "data"
    _data_with_far_values(data)
    argv = [part.replace("{out}", str(tmp_path / "out.json")) for part in command]
    assert cli.main(["--data-dir", str(data), *argv]) == 0, capsys.readouterr().err


def test_the_import_refuses_a_far_date_with_a_clear_message(tmp_path, capsys, full_db):
    data = tmp_path / "data"
    storage.open(data, clock=FakeClock()).close()
    document = json.loads(json.dumps(export.export_document(full_db, NOW)))
    document["tables"]["appointments"][0]["starts_at"] = END_OF_TIME
    document["tables"]["journal_entries"][0]["day"] = "1899-12-31"
    file = tmp_path / "far.json"
    file.write_text(json.dumps(document), "utf-8")
    before = (data / "companion.sqlite3").read_bytes()
    assert cli.main(["--data-dir", str(data), "import", str(file), "--replace"]) == 1
    err = capsys.readouterr().err
    assert (
        "tables.appointments[0].starts_at: must be from 1900-01-01 to 2199-12-31 "
        "(it is '9999-12-31T23:30')" in err
    )
    assert "tables.journal_entries[0].day: must be from 1900-01-01 to 2199-12-31" in err
    assert "Nothing was imported" in err
    assert (data / "companion.sqlite3").read_bytes() == before


# --- whole numbers: positions never overflow -------------------------------------------------


@pytest.mark.parametrize("largest", [2**63 - 1, ordering.MAX_POSITION, 2**62])
def test_a_task_is_added_after_a_position_at_sqlites_end(db, largest):
    _seeded(db)
    category = checklist.categories(db)[0].key
    first, second = [i for i in checklist.list_items(db) if i.category == category][:2]
    db.execute("UPDATE checklist_items SET position = ? WHERE id = ?", [largest, first.id])
    added = checklist.save_item(db, None, category=category, title="After the last")
    in_category = [i for i in checklist.list_items(db) if i.category == category]
    assert in_category[-2:] == [checklist.get_item(db, first.id), added]
    assert [i.position for i in in_category] == list(range(1, len(in_category) + 1))
    assert in_category[0].id == second.id  # the order itself is kept


def test_a_task_moved_to_a_category_that_ends_at_sqlites_end_goes_last(db):
    _seeded(db)
    one, other = [c.key for c in checklist.categories(db)][:2]
    db.execute("UPDATE checklist_items SET position = ? WHERE category = ?", [2**63 - 1, other])
    item = next(i for i in checklist.list_items(db) if i.category == one)
    moved = checklist.save_item(db, item.id, title=item.title, category=other)
    assert [i for i in checklist.list_items(db) if i.category == other][-1] == moved


def test_own_numbers_and_questions_are_added_after_a_position_at_sqlites_end(db):
    sam = contacts.save_own_number(db, None, name="Sam", number="555 0101")
    db.execute("UPDATE own_numbers SET position = ? WHERE id = ?", [2**63 - 1, sam.id])
    jo = contacts.save_own_number(db, None, name="Jo", number="555 0102")
    assert [n.name for n in contacts.list_own_numbers(db)] == ["Sam", "Jo"]
    assert jo.position == 2
    gone = contacts.delete_own_number(db, sam.id)
    assert gone is not None
    contacts.restore_own_number(db, gone)
    question = learn.save_question(db, None, text="First?")
    db.execute("UPDATE care_questions SET position = ? WHERE id = ?", [2**63 - 1, question.id])
    later = learn.save_question(db, None, text="Second?")
    assert [q.text for q in learn.list_questions(db)] == ["First?", "Second?"]
    assert later.position == 2


def test_positions_are_renumbered_only_when_they_grow_large(db):
    _seeded(db)
    category = checklist.categories(db)[0].key
    db.execute(
        "UPDATE checklist_items SET position = position * 1000 WHERE category = ?", [category]
    )
    before = [i.position for i in checklist.list_items(db) if i.category == category]
    added = checklist.save_item(db, None, category=category, title="One more")
    assert added.position == before[-1] + 1  # small gaps are left alone
