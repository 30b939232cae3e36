"""The database schema, as an append-only list of sqlite-utils migrations.

A migration that has shipped is never edited or removed: change the schema by
adding a new function at the bottom. Each one runs in its own transaction.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "companion"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_settings(db: Database) -> None:
    """Settings that are the user's own data (region, text size, discreet mode...)."""
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})


@migrations()
def m002_own_numbers(db: Database) -> None:
    """Phone numbers the person adds to the Get help now panel themselves."""
    db.table("own_numbers").create(
        {"id": int, "name": str, "number": str, "note": str, "position": int},
        pk="id",
        not_null={"name", "number", "note", "position"},
        defaults={"note": "", "position": 0},
    )


@migrations()
def m003_prepare(db: Database) -> None:
    """Prepare: helpers, the readiness checklist, the intake plan, calls to programs,
    and logged relaxation sessions (which tick the practice item on the checklist)."""
    db.execute(
        """
        CREATE TABLE helpers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            relationship TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE checklist_categories (
            key TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            position INTEGER NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY,
            category TEXT NOT NULL REFERENCES checklist_categories(key),
            template_key TEXT UNIQUE,
            title TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            due TEXT,
            assignee_id INTEGER REFERENCES helpers(id) ON DELETE SET NULL,
            done_on TEXT,
            position INTEGER NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            auto TEXT NOT NULL DEFAULT '',
            sources TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX checklist_items_order ON checklist_items(category, position)")
    db.execute(
        """
        CREATE TABLE intake_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            date TEXT,
            place TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE facility_calls (
            id INTEGER PRIMARY KEY,
            facility TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            called_at TEXT NOT NULL,
            caller_id INTEGER REFERENCES helpers(id) ON DELETE SET NULL,
            outcome TEXT NOT NULL,
            callback_at TEXT,
            notes TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE exercise_sessions (
            id INTEGER PRIMARY KEY,
            exercise TEXT NOT NULL,
            started_at TEXT NOT NULL,
            seconds REAL NOT NULL,
            completed INTEGER NOT NULL DEFAULT 0
        )
        """
    )


@migrations()
def m004_breathe(db: Database) -> None:
    """Breathe: the person's own breathing patterns, and tension ratings on sessions."""
    db.execute(
        """
        CREATE TABLE custom_patterns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            inhale REAL NOT NULL,
            hold_in REAL NOT NULL DEFAULT 0,
            exhale REAL NOT NULL,
            hold_out REAL NOT NULL DEFAULT 0
        )
        """
    )
    sessions = db.table("exercise_sessions")
    sessions.add_column("tension_before", int)
    sessions.add_column("tension_after", int)


@migrations()
def m005_journal(db: Database) -> None:
    """Journal: one daily check-in per day, with full-text search over notes, wins and tags.

    `symptoms` is a JSON object (symptom key -> 0..4), NULL when the check-in was skipped;
    `wins` holds one win per line and `tags` is comma+space separated. The FTS5 index is an
    external-content table over the implicit rowid, kept up to date by triggers.
    """
    db.execute(
        """
        CREATE TABLE journal_entries (
            day TEXT PRIMARY KEY,
            mood INTEGER,
            craving INTEGER,
            sleep_hours REAL,
            sleep_quality INTEGER,
            energy INTEGER,
            symptoms TEXT,
            wins TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            updated_at TEXT
        )
        """
    )
    db.table("journal_entries").enable_fts(
        ["notes", "wins", "tags"], create_triggers=True, tokenize="porter"
    )


@migrations()
def m006_learn(db: Database) -> None:
    """Learn: sections marked as read, questions for the care team, the timeline inputs."""
    db.execute("CREATE TABLE learn_read (key TEXT PRIMARY KEY, read_on TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE care_questions (
            id INTEGER PRIMARY KEY,
            section TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            done_on TEXT,
            position INTEGER NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE timeline_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            kind TEXT NOT NULL,
            last_use TEXT NOT NULL
        )
        """
    )


@migrations()
def m007_plan(db: Database) -> None:
    """Plan: the helpers become the person's contacts (role, email, address, when to reach
    them, whether they are in the Get help now panel), appointments, the aftercare plan,
    and the medications and allergies to tell the care team about."""
    for column, default in (
        ("role", "'family'"),
        ("email", "''"),
        ("address", "''"),
        ("availability", "''"),
    ):
        db.execute(f"ALTER TABLE helpers ADD COLUMN {column} TEXT NOT NULL DEFAULT {default}")
    db.execute("ALTER TABLE helpers ADD COLUMN in_help INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            minutes INTEGER NOT NULL DEFAULT 60,
            place TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES helpers(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            weekly INTEGER NOT NULL DEFAULT 0,
            until TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE aftercare_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            next_step TEXT NOT NULL DEFAULT 'not-decided',
            first_week TEXT NOT NULL DEFAULT '',
            warning_signs TEXT NOT NULL DEFAULT '',
            coping_steps TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE medications (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE allergies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            reaction TEXT NOT NULL DEFAULT ''
        )
        """
    )


@migrations()
def m008_appointment_changes(db: Database) -> None:
    """Appointments count their changes: `revision` grows by one each time one is edited,
    and `changed_at` (UTC, to the minute) says when, so a calendar that imports the .ics
    again updates the event instead of keeping the old one."""
    db.execute("ALTER TABLE appointments ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE appointments ADD COLUMN changed_at TEXT")


@migrations()
def m009_staying_safe(db: Database) -> None:
    """Staying safe: the person's safety plan (its written steps, and the contacts it names
    as people to ask for help or as professionals), the overdose plan (where the naloxone
    is, how many doses, when it expires, the person's own commitments, and which contacts
    know how to give it), and every craving the person worked through in Breathe."""
    db.execute(
        """
        CREATE TABLE safety_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            warning_signs TEXT NOT NULL DEFAULT '',
            calming TEXT NOT NULL DEFAULT '',
            distractions TEXT NOT NULL DEFAULT '',
            surroundings TEXT NOT NULL DEFAULT '',
            reasons TEXT NOT NULL DEFAULT '',
            changed_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE safety_plan_people (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL UNIQUE REFERENCES helpers(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE overdose_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            naloxone_place TEXT NOT NULL DEFAULT '',
            naloxone_doses INTEGER,
            naloxone_expires TEXT,
            commitments TEXT NOT NULL DEFAULT '',
            changed_at TEXT
        )
        """
    )
    db.execute("ALTER TABLE helpers ADD COLUMN knows_naloxone INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE cravings (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            seconds REAL NOT NULL DEFAULT 0,
            completed INTEGER NOT NULL DEFAULT 0,
            strength_before INTEGER,
            strength_after INTEGER,
            trigger TEXT,
            needs TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX cravings_started_at ON cravings (started_at)")


@migrations()
def m010_family(db: Database) -> None:
    """For the family: contacts the person shares with a helper (`shared`), when each task
    last changed and a helper's note on it (so a helper's progress merges task by task),
    helpers' conversation plans, their own daily check-ins and weekly skills, and, on a
    helper's own computer, the plan a person shared with them and the helper's changes to
    their tasks in it; on the person's computer, each merge of a helper's progress (so it
    can be undone)."""
    db.execute("ALTER TABLE helpers ADD COLUMN shared INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE checklist_items ADD COLUMN changed_at TEXT")
    db.execute("ALTER TABLE checklist_items ADD COLUMN helper_note TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        CREATE TABLE conversation_plans (
            id INTEGER PRIMARY KEY,
            helper_id INTEGER REFERENCES helpers(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            moment TEXT NOT NULL DEFAULT '',
            opening TEXT NOT NULL DEFAULT '',
            noticed TEXT NOT NULL DEFAULT '',
            feeling TEXT NOT NULL DEFAULT '',
            asking TEXT NOT NULL DEFAULT '',
            offer TEXT NOT NULL DEFAULT '',
            avoid TEXT NOT NULL DEFAULT '',
            fallback TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            changed_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE helper_check_ins (
            id INTEGER PRIMARY KEY,
            helper_id INTEGER NOT NULL REFERENCES helpers(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            stress INTEGER,
            sleep_hours REAL,
            self_care TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (helper_id, day)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE helper_skills (
            id INTEGER PRIMARY KEY,
            helper_id INTEGER NOT NULL REFERENCES helpers(id) ON DELETE CASCADE,
            week TEXT NOT NULL,
            skill TEXT NOT NULL,
            practised_on TEXT,
            UNIQUE (helper_id, week)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE shared_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            plan_id TEXT NOT NULL,
            me INTEGER,
            written_at TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            document TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE shared_task_changes (
            task_id INTEGER PRIMARY KEY,
            done_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE progress_merges (
            id INTEGER PRIMARY KEY,
            merged_at TEXT NOT NULL,
            helper_name TEXT NOT NULL,
            changes TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        )
        """
    )


def known_names() -> list[str]:
    """Names of every migration this build knows, in order."""
    empty = Database(memory=True, execute_plugins=False)
    return [migration.name for migration in migrations.pending(empty)]


def recorded_names(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations a database says were applied to it (read-only)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        [Migrations.migrations_table],
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM [{Migrations.migrations_table}] WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [str(row[0]) for row in rows]


def unknown_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations recorded in the database that this build does not know (a newer version)."""
    known = set(known_names())
    return [name for name in recorded_names(conn) if name not in known]


def pending_names(db: Database) -> list[str]:
    return [migration.name for migration in migrations.pending(db)]


def apply(db: Database) -> None:
    migrations.apply(db)
