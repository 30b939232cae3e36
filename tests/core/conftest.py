"""Fixtures for the core tests."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from companion.core.storage import migrations
from companion.core.storage.db import apply_pragmas


@pytest.fixture
def db() -> Database:
    """An in-memory database with the app's own pragmas (foreign keys on) and every
    migration applied."""
    database = Database(memory=True)
    apply_pragmas(database.conn)
    migrations.apply(database)
    return database


def fill_every_table(db: Database) -> None:
    """Realistic rows in every exported table, written through the core modules."""
    from datetime import date, datetime

    from companion.core import (
        calls,
        checklist,
        contacts,
        exercises,
        intake,
        journal,
        learn,
        overdose_plan,
        people,
        plan,
        safety_plan,
        sessions,
        settings,
        timeline,
    )
    from companion.core.content import load_checklist_template

    today = date(2026, 3, 10)
    settings.set_setting(db, "region", "UK")
    settings.set_setting(db, "discreet_mode", True)
    contacts.save_own_number(
        db, None, name="Sponsor Sam", number="+44 7700 900123", note="any time after 6"
    )
    contacts.save_own_number(db, None, name="Clinic", number="020 7946 0000")
    mum = people.save_person(
        db, None, name="Mum", relationship="mother", phone="07700 900456", note="drives me"
    )
    nurse = plan.save_person(
        db,
        None,
        name="Nurse Priya",
        role="care-team",
        phone="020 7946 0111",
        email="priya@example.org",
        address="Ward 4, St Elsewhere",
        availability="weekdays 9-5",
        in_help=True,
    )
    checklist.ensure_template(db, load_checklist_template())
    first = checklist.list_items(db)[0]
    checklist.save_item(
        db,
        first.id,
        title=first.title + " (edited)",
        category=first.category,
        notes="Ask about the waiting list — ça va?",
        due=date(2026, 3, 20),
        assignee_id=mum.id,
    )
    checklist.set_done(db, checklist.list_items(db)[1].id, True, today)
    category = checklist.categories(db)[-1].key
    checklist.save_item(
        db, None, category=category, title="Feed the cat", notes="Neighbour has a key"
    )
    checklist.delete_item(db, checklist.list_items(db)[2].id)
    calls.save_call(
        db,
        None,
        "Riverside Detox",
        datetime(2026, 3, 2, 10, 15),
        "call-back",
        phone="020 7946 0222",
        caller_id=mum.id,
        callback_at=datetime(2026, 3, 4, 9, 0),
        notes="Ask for Jo",
    )
    calls.save_call(db, None, "Hill House", "2026-03-03T14:00", "waitlist")
    intake.set_intake(db, date(2026, 4, 1), "Riverside Detox")
    sessions.log_session(db, "box", datetime(2026, 3, 5, 21, 0), 300.5, True, 7, 4)
    sessions.log_session(db, "pmr", datetime(2026, 3, 6, 21, 30), 45, False)
    exercises.save_custom_pattern(
        db, None, name="Slow evening", inhale=4, hold_in=1.5, exhale=6, hold_out=0
    )
    journal.save_entry(
        db,
        journal.JournalEntry(
            date(2026, 3, 8),
            mood=2,
            craving=7,
            sleep_hours=5.5,
            sleep_quality=2,
            energy=3,
            symptoms={"anxiety": 3, "sweating": 2, "yawning": 0},
            wins=("Walked to the shop", "Called Mum"),
            notes="Restless night; the breathing helped with the cravings.",
            tags=("sleep", "family"),
        ),
        today,
    )
    journal.save_entry(
        db, journal.JournalEntry(date(2026, 3, 9), mood=4, notes="Calmer. Zoë visited."), today
    )
    learn.mark_read(db, "withdrawal", True, today)
    learn.mark_read(db, "aftercare", True, today)
    question = learn.save_question(
        db, None, text="How long will the shakes last?", section="withdrawal"
    )
    learn.save_question(db, None, text="Can my partner visit?")
    learn.set_question_done(db, question.id, True, today)
    timeline.set_plan(db, "short", datetime(2026, 3, 31, 22, 0))
    plan.save_appointment(
        db,
        None,
        kind="intake",
        title="Intake at Riverside",
        starts_at=datetime(2026, 4, 1, 9, 30),
        minutes=90,
        place="Riverside Detox",
        contact_id=nurse.id,
        notes="Bring the medication list",
    )
    plan.save_appointment(
        db,
        None,
        kind="support-group",
        title="Tuesday group",
        starts_at=datetime(2026, 4, 14, 19, 0),
        weekly=True,
        until=date(2026, 6, 30),
    )
    plan.save_aftercare(
        db,
        plan.AftercarePlan(
            "outpatient", "Stay with Mum", "Skipping meals\nNot answering calls", "Call Sam"
        ),
    )
    plan.save_medication(db, None, name="Sertraline", purpose="mood", notes="morning")
    plan.save_allergy(db, None, name="Penicillin", reaction="rash")
    safety_plan.save_safety_plan(
        db,
        safety_plan.SafetyPlan(
            warning_signs="Not sleeping\nAvoiding Sam",
            calming="Box breathing",
            distractions="The park with Zoë",
            surroundings="Mum keeps my medicines",
            reasons="My daughter",
            professionals=(nurse.id,),
        ),
        datetime(2026, 3, 9, 20, 15),
    )
    overdose_plan.save_overdose_plan(
        db,
        overdose_plan.OverdosePlan("Kitchen drawer", 2, date(2028, 5, 31), "Never use alone"),
        datetime(2026, 3, 9, 20, 20),
    )
    overdose_plan.set_naloxone_people(db, [nurse.id])
    db.table("cravings").insert(
        {
            "started_at": "2026-03-08T21:40",
            "kind": "urge-surfing",
            "seconds": 600.0,
            "completed": 1,
            "strength_before": 8,
            "strength_after": 4,
            "trigger": "feeling",
            "needs": '["tired"]',
            "note": "It passed",
        }
    )
    # For the family (schema 4): a shared contact, a task a helper changed and annotated,
    # Mum's conversation plan, check-in and weekly skill, a plan shared with her, and a
    # merge of her progress.
    db.execute("UPDATE helpers SET shared = 1 WHERE id = ?", [mum.id])
    db.execute(
        "UPDATE checklist_items SET changed_at = ?, helper_note = ? WHERE id = ?",
        ["2026-03-09T18:30:05+00:00", "Booked the sitter", checklist.list_items(db)[0].id],
    )
    db.table("conversation_plans").insert(
        {
            "helper_id": mum.id,
            "title": "Sunday talk",
            "moment": "After lunch, in the garden",
            "opening": "I love you and I'm proud of you",
            "noticed": "You slept more this week",
            "feeling": "I feel hopeful",
            "asking": "Would you call the clinic with me?",
            "offer": "I can drive you",
            "avoid": "Bringing up last year",
            "fallback": "Stop, and try again another day",
            "created_at": "2026-03-07T10:00:00+00:00",
            "changed_at": "2026-03-08T11:00:00+00:00",
        }
    )
    db.table("helper_check_ins").insert(
        {
            "helper_id": mum.id,
            "day": "2026-03-09",
            "stress": 6,
            "sleep_hours": 6.5,
            "self_care": "A walk",
            "note": "Worried, but coping",
        }
    )
    db.table("helper_skills").insert(
        {
            "helper_id": mum.id,
            "week": "2026-03-09",
            "skill": "positive-words",
            "practised_on": "2026-03-09",
        }
    )
    db.table("shared_plan").insert(
        {
            "id": 1,
            "plan_id": "0123456789abcdef0123456789abcdef",
            "me": mum.id,
            "written_at": "2026-03-08T09:00:00+00:00",
            "opened_at": "2026-03-08T10:00:00+00:00",
            "document": '{"format": "prep-companion-share"}',
        }
    )
    db.table("shared_task_changes").insert(
        {
            "task_id": 7,
            "done_on": "2026-03-09",
            "note": "Done",
            "changed_at": "2026-03-09T12:00:00+00:00",
        }
    )
    db.table("progress_merges").insert(
        {
            "merged_at": "2026-03-09T19:00:00+00:00",
            "helper_name": "Mum",
            "changes": "[]",
            "undone": 0,
        }
    )


@pytest.fixture
def fill_everything():
    """`fill_every_table`, for tests that fill a database of their own (a data folder's)."""
    return fill_every_table


@pytest.fixture
def full_db(db: Database) -> Database:
    """The in-memory database with realistic rows in every exported table."""
    fill_every_table(db)
    return db
