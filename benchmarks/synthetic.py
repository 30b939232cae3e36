"""A ten-year data folder for the benchmarks, written through the app's own core functions.

3,650 journal days with notes, 5,000 breathing sessions, 300 checklist items,
100 contacts and 200 appointments: far more than anyone will gather, so that the
figures show how the app behaves at the far end. One word, SEARCH_WORD, is in the
notes of exactly 1% of the days. The same seed always gives the same folder.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlite_utils import Database

from companion.core import (
    appointments,
    checklist,
    content,
    journal,
    people,
    sessions,
    storage,
)
from companion.core.journal import JournalEntry

JOURNAL_DAYS = 3_650
SESSIONS = 5_000
CHECKLIST_ITEMS = 300
CONTACTS = 100
APPOINTMENTS = 200
SEARCH_WORD = "lighthouse"
SEARCH_EVERY = 100  # the word is in one day's notes in every hundred: 1%

WORDS = (
    "slept",
    "badly",
    "woke",
    "early",
    "felt",
    "shaky",
    "walked",
    "outside",
    "called",
    "my",
    "sister",
    "made",
    "soup",
    "watched",
    "a",
    "film",
    "cravings",
    "came",
    "and",
    "went",
    "breathing",
    "helped",
    "tired",
    "but",
    "steady",
    "talked",
    "with",
    "the",
    "nurse",
    "packed",
    "a",
    "bag",
    "paid",
    "the",
    "phone",
    "bill",
    "rain",
    "all",
    "day",
    "read",
    "for",
    "an",
    "hour",
    "drank",
    "water",
    "ate",
    "toast",
    "sat",
    "in",
    "the",
    "garden",
    "felt",
    "hopeful",
)
EXERCISES = ("paced", "calm", "box", "four-seven-eight", "extended-exhale", "muscle-relaxation")


def _notes(rng: random.Random, index: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(25, 60))
    if index % SEARCH_EVERY == 0:
        words.insert(rng.randrange(len(words)), SEARCH_WORD)
    return " ".join(words).capitalize() + "."


def _journal(db: Database, rng: random.Random, today: date) -> None:
    symptom_keys = [symptom.key for symptom in journal.load_symptoms()]
    for index in range(JOURNAL_DAYS):
        day = today - timedelta(days=JOURNAL_DAYS - 1 - index)
        entry = JournalEntry(
            day=day,
            mood=rng.randint(1, 5),
            craving=rng.randint(0, 10),
            sleep_hours=rng.choice((4.5, 5.0, 6.0, 6.5, 7.0, 7.5, 8.0, 9.0)),
            sleep_quality=rng.randint(1, 5),
            energy=rng.randint(1, 5),
            symptoms={key: rng.randint(0, 4) for key in symptom_keys},
            wins=("Went for a walk",) if index % 3 == 0 else (),
            notes=_notes(rng, index),
            tags=("family",) if index % 7 == 0 else (),
        )
        journal.save_entry(db, entry, today)


def _sessions(db: Database, rng: random.Random, today: date) -> None:
    first = datetime.combine(today - timedelta(days=JOURNAL_DAYS), time(8))
    step = timedelta(days=JOURNAL_DAYS) / SESSIONS
    for index in range(SESSIONS):
        started = first + step * index
        tension = rng.randint(3, 9)
        sessions.log_session(
            db,
            rng.choice(EXERCISES),
            started,
            rng.choice((60.0, 180.0, 300.0, 600.0)),
            completed=index % 5 != 0,
            tension_before=tension,
            tension_after=max(0, tension - rng.randint(0, 3)),
        )


def _plan(db: Database, rng: random.Random, today: date) -> None:
    checklist.ensure_template(db, content.load_checklist_template())
    categories = [category.key for category in checklist.categories(db)]
    contacts = []
    for index in range(CONTACTS):
        contacts.append(
            people.save_person(
                db,
                None,
                name=f"Contact {index + 1}",
                role=people.ROLES[index % len(people.ROLES)],
                phone=f"555 01{index:02d}",
                note="Best reached in the evening." if index % 4 == 0 else "",
                in_help=index < 5,
            )
        )
    extra = CHECKLIST_ITEMS - len(checklist.list_items(db))
    for index in range(extra):
        item = checklist.save_item(
            db,
            None,
            category=categories[index % len(categories)],
            title=f"Extra task {index + 1}",
            notes="Ask about this at the next call." if index % 5 == 0 else "",
            due=today + timedelta(days=rng.randint(-20, 40)),
            assignee_id=contacts[index % 10].id if index % 3 == 0 else None,
        )
        if index % 4 == 0:
            checklist.set_done(db, item.id, True, today)
    start = datetime.combine(today, time(10))
    for index in range(APPOINTMENTS):
        appointments.save_appointment(
            db,
            None,
            kind=appointments.APPOINTMENT_KINDS[index % len(appointments.APPOINTMENT_KINDS)],
            title=f"Appointment {index + 1}",
            starts_at=start + timedelta(days=index - 100, hours=index % 6),
            minutes=rng.choice((30, 45, 60, 90)),
            place="Riverside clinic" if index % 2 else "",
            contact_id=contacts[index % CONTACTS].id,
            weekly=index % 10 == 0,
        )


def build(data_dir: Path, today: date, seed: int = 2026) -> dict[str, int]:
    """Fill an empty data folder; return how many rows of each kind it holds."""
    store = storage.open(data_dir)
    rng = random.Random(seed)
    try:
        db = store.db
        with db.atomic():  # one transaction: minutes of single commits become seconds
            _journal(db, rng, today)
            _sessions(db, rng, today)
            _plan(db, rng, today)
        counts = {
            "journal_entries": journal.entry_count(db),
            "exercise_sessions": db.table("exercise_sessions").count,
            "checklist_items": db.table("checklist_items").count,
            "contacts": db.table("helpers").count,
            "appointments": db.table("appointments").count,
        }
    finally:
        store.close()
    return counts
