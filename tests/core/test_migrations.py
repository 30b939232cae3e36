"""Migrations: their order, and upgrading a real database from the first release."""

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from companion.core import people, plan, storage
from companion.core.clock import FakeClock
from companion.core.contacts import list_own_numbers
from companion.core.exercises import exercise_name, list_custom_patterns, save_custom_pattern
from companion.core.journal import JournalEntry, get_entry, save_entry, search
from companion.core.learn import list_questions, mark_read, read_keys, save_question
from companion.core.sessions import average_tension_change, completed_count, log_session
from companion.core.settings import get_setting
from companion.core.storage import migrations
from companion.core.timeline import TimelinePlan, get_plan, set_plan

M001_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m001.sqlite3"


def _open_before_upgrade_backup(data_dir: Path) -> sqlite3.Connection:
    """The one backup taken before migrating, opened read-only."""
    before = [
        b for b in storage.list_backups(data_dir / "backups") if "before-upgrade" in b.path.name
    ]
    assert len(before) == 1
    return sqlite3.connect(f"{before[0].path.as_uri()}?mode=ro", uri=True)


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def test_known_names_are_in_order():
    assert migrations.known_names() == [
        "m001_settings",
        "m002_own_numbers",
        "m003_prepare",
        "m004_breathe",
        "m005_journal",
        "m006_learn",
        "m007_plan",
        "m008_appointment_changes",
        "m009_staying_safe",
        "m010_family",
    ]


def test_pending_and_recorded_names_on_a_new_database():
    db = Database(memory=True)
    assert migrations.pending_names(db) == migrations.known_names()
    assert migrations.recorded_names(db.conn) == []
    migrations.apply(db)
    assert migrations.pending_names(db) == []
    assert migrations.recorded_names(db.conn) == migrations.known_names()
    assert migrations.unknown_names(db.conn) == []


def test_m001_fixture_is_a_real_first_release_database():
    conn = sqlite3.connect(f"{M001_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == ["m001_settings"]
        assert "own_numbers" not in _tables(conn)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


@pytest.fixture
def old_data(tmp_path) -> Path:
    shutil.copyfile(M001_FILE, tmp_path / "companion.sqlite3")
    return tmp_path


def test_upgrade_keeps_data_and_adds_new_tables(old_data):
    store = storage.open(old_data, clock=FakeClock())
    try:
        assert get_setting(store.db, "region") == "UK"
        assert "own_numbers" in store.db.table_names()
        assert migrations.pending_names(store.db) == []
    finally:
        store.close()


def test_upgrade_makes_a_backup_of_the_old_database_first(old_data):
    storage.open(old_data, clock=FakeClock()).close()

    backups = storage.list_backups(old_data / "backups")
    before = [b for b in backups if "before-upgrade" in b.path.name]
    assert len(before) == 1
    conn = sqlite3.connect(f"{before[0].path.as_uri()}?mode=ro", uri=True)
    try:
        assert "own_numbers" not in _tables(conn)
        assert migrations.recorded_names(conn) == ["m001_settings"]
        value = conn.execute("SELECT value FROM settings WHERE key = 'region'").fetchone()
        assert value == ('"UK"',)
    finally:
        conn.close()


def test_upgrade_leaves_the_fixture_file_alone(old_data):
    original = M001_FILE.read_bytes()
    storage.open(old_data, clock=FakeClock()).close()
    assert M001_FILE.read_bytes() == original


def test_brand_new_database_makes_no_before_upgrade_backup(tmp_path):
    storage.open(tmp_path, clock=FakeClock()).close()
    assert storage.list_backups(tmp_path / "backups") == []


M002_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m002.sqlite3"
PREPARE_TABLES = {
    "helpers",
    "checklist_categories",
    "checklist_items",
    "intake_plan",
    "facility_calls",
    "exercise_sessions",
}


def test_upgrade_from_m002_keeps_data_adds_prepare_tables_and_backs_up_first(tmp_path):
    original = M002_FILE.read_bytes()
    conn = sqlite3.connect(f"{M002_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == ["m001_settings", "m002_own_numbers"]
        assert not PREPARE_TABLES & _tables(conn)
    finally:
        conn.close()

    shutil.copyfile(M002_FILE, tmp_path / "companion.sqlite3")
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert get_setting(store.db, "region") == "IE"
        numbers = list_own_numbers(store.db)
        assert [(n.name, n.number) for n in numbers] == [("My brother", "087 123 4567")]
        assert set(store.db.table_names()) >= PREPARE_TABLES
        assert migrations.pending_names(store.db) == []
        assert migrations.recorded_names(store.db.conn) == migrations.known_names()
        # the new tables are usable straight away, foreign keys and all
        sam = people.save_person(store.db, None, name="Sam")
        assert people.list_people(store.db) == [sam]
    finally:
        store.close()

    conn = _open_before_upgrade_backup(tmp_path)
    try:
        assert "helpers" not in _tables(conn)
        assert not PREPARE_TABLES & _tables(conn)
        assert migrations.recorded_names(conn) == ["m001_settings", "m002_own_numbers"]
        assert conn.execute("SELECT name FROM own_numbers").fetchall() == [("My brother",)]
    finally:
        conn.close()
    assert M002_FILE.read_bytes() == original


M003_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m003.sqlite3"


def test_upgrade_from_m003_keeps_sessions_adds_breathe_and_backs_up_first(tmp_path):
    original = M003_FILE.read_bytes()
    conn = sqlite3.connect(f"{M003_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == migrations.known_names()[:3]
        assert "custom_patterns" not in _tables(conn)
    finally:
        conn.close()

    shutil.copyfile(M003_FILE, tmp_path / "companion.sqlite3")
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert migrations.pending_names(store.db) == []
        assert get_setting(store.db, "region") == "IE"
        assert list(store.db.table("exercise_sessions").rows) == [
            {
                "id": 1,
                "exercise": "box",
                "started_at": "2026-11-20T09:00",
                "seconds": 64.0,
                "completed": 1,
                "tension_before": None,
                "tension_after": None,
            }
        ]
        assert "custom_patterns" in store.db.table_names()
        # the new table and columns are usable straight away
        mine = save_custom_pattern(
            store.db, None, name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0
        )
        assert exercise_name(store.db, mine.key) == "Mine"
        log_session(store.db, "box", datetime(2026, 11, 21, 9, 0), 64, True, 6, 2)
        assert completed_count(store.db) == 2
        assert average_tension_change(store.db) == -4.0
    finally:
        store.close()

    conn = _open_before_upgrade_backup(tmp_path)
    try:
        assert "custom_patterns" not in _tables(conn)
        assert migrations.recorded_names(conn) == migrations.known_names()[:3]
        assert conn.execute("SELECT exercise, seconds FROM exercise_sessions").fetchall() == [
            ("box", 64.0)
        ]
    finally:
        conn.close()
    assert M003_FILE.read_bytes() == original


M004_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m004.sqlite3"
JOURNAL_TABLES = {"journal_entries", "journal_entries_fts"}


def test_upgrade_from_m004_keeps_data_adds_the_journal_and_backs_up_first(tmp_path):
    original = M004_FILE.read_bytes()
    conn = sqlite3.connect(f"{M004_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == migrations.known_names()[:4]
        assert not JOURNAL_TABLES & _tables(conn)
    finally:
        conn.close()

    shutil.copyfile(M004_FILE, tmp_path / "companion.sqlite3")
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert migrations.pending_names(store.db) == []
        assert migrations.recorded_names(store.db.conn) == migrations.known_names()
        assert get_setting(store.db, "region") == "NZ"
        [pattern] = list_custom_patterns(store.db)
        assert (pattern.name, pattern.inhale, pattern.exhale) == ("Slow evening", 4.0, 7.5)
        assert completed_count(store.db) == 1
        assert average_tension_change(store.db) == -3.0
        assert set(store.db.table_names()) >= JOURNAL_TABLES
        assert store.db.table("journal_entries").detect_fts() == "journal_entries_fts"
        triggers = {t.name for t in store.db.table("journal_entries").triggers}
        assert triggers == {"journal_entries_ai", "journal_entries_ad", "journal_entries_au"}
        # the journal and its search work straight away
        day = date(2027, 1, 13)
        save_entry(store.db, JournalEntry(day, mood=3, notes="Rang the clinic"), today=day)
        assert get_entry(store.db, day) == JournalEntry(day, mood=3, notes="Rang the clinic")
        assert [hit.day for hit in search(store.db, "clinic")] == [day]
    finally:
        store.close()

    conn = _open_before_upgrade_backup(tmp_path)
    try:
        assert not JOURNAL_TABLES & _tables(conn)
        assert migrations.recorded_names(conn) == migrations.known_names()[:4]
        assert conn.execute("SELECT name FROM custom_patterns").fetchall() == [("Slow evening",)]
    finally:
        conn.close()
    assert M004_FILE.read_bytes() == original


M005_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m005.sqlite3"
LEARN_TABLES = {"learn_read", "care_questions", "timeline_plan"}


def test_upgrade_from_m005_keeps_the_journal_adds_learn_and_backs_up_first(tmp_path):
    original = M005_FILE.read_bytes()
    conn = sqlite3.connect(f"{M005_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == migrations.known_names()[:5]
        assert not LEARN_TABLES & _tables(conn)
        assert _tables(conn) >= JOURNAL_TABLES
    finally:
        conn.close()

    shutil.copyfile(M005_FILE, tmp_path / "companion.sqlite3")
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert migrations.pending_names(store.db) == []
        assert migrations.recorded_names(store.db.conn) == migrations.known_names()
        assert get_setting(store.db, "region") == "AU"
        day = date(2027, 2, 3)
        assert get_entry(store.db, day) == JournalEntry(
            day,
            mood=3,
            craving=6,
            sleep_hours=5.5,
            sleep_quality=2,
            energy=2,
            symptoms={"anxiety": 2, "yawning": 1},
            wins=("Walked to the shop", "Rang my sister"),
            notes="Booked the assessment at the clinic for Friday.",
            tags=("clinic", "family"),
        )
        # the old full-text index still answers
        assert [hit.day for hit in search(store.db, "assessment")] == [day]
        assert [hit.day for hit in search(store.db, "sister")] == [day]
        assert set(store.db.table_names()) >= LEARN_TABLES
        # the new tables are usable straight away
        mark_read(store.db, "withdrawal", True, day)
        assert read_keys(store.db) == {"withdrawal"}
        question = save_question(
            store.db, None, text="Where can I get naloxone?", section="overdose-naloxone"
        )
        assert list_questions(store.db) == [question]
        plan = set_plan(store.db, "short", datetime(2027, 2, 10, 21, 0))
        assert get_plan(store.db) == plan == TimelinePlan("short", datetime(2027, 2, 10, 21, 0))
    finally:
        store.close()

    conn = _open_before_upgrade_backup(tmp_path)
    try:
        assert not LEARN_TABLES & _tables(conn)
        assert migrations.recorded_names(conn) == migrations.known_names()[:5]
        assert conn.execute("SELECT day, notes FROM journal_entries").fetchall() == [
            ("2027-02-03", "Booked the assessment at the clinic for Friday.")
        ]
    finally:
        conn.close()
    assert M005_FILE.read_bytes() == original


M006_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m006.sqlite3"
PLAN_TABLES = {"appointments", "aftercare_plan", "medications", "allergies"}
PLAN_COLUMNS = {"role", "email", "address", "availability", "in_help"}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])").fetchall()}


def test_upgrade_from_m006_makes_helpers_contacts_adds_the_plan_and_backs_up_first(tmp_path):
    original = M006_FILE.read_bytes()
    conn = sqlite3.connect(f"{M006_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == migrations.known_names()[:6]
        assert not PLAN_TABLES & _tables(conn)
        assert not PLAN_COLUMNS & _columns(conn, "helpers")
    finally:
        conn.close()

    shutil.copyfile(M006_FILE, tmp_path / "companion.sqlite3")
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert migrations.pending_names(store.db) == []
        assert migrations.recorded_names(store.db.conn) == migrations.known_names()
        assert get_setting(store.db, "region") == "CA"
        # the helper is now a contact: a family member, not in the Get help now panel
        [maya] = plan.list_people(store.db)
        assert maya == plan.Person(
            maya.id,
            "Maya",
            role="family",
            relationship="sister",
            phone="+1 604 555 0134",
            note="Can drive on weekends",
            in_help=False,
        )
        assert [(h.id, h.name, h.phone) for h in people.list_people(store.db)] == [
            (maya.id, "Maya", "+1 604 555 0134")
        ]
        assert plan.help_people(store.db) == []
        assert [q.text for q in list_questions(store.db)] == [
            "Will I get medication for the withdrawal symptoms?"
        ]
        day = date(2027, 3, 8)
        assert get_entry(store.db, day).notes == (
            "Maya offered to drive me to the intake appointment."
        )
        assert [hit.day for hit in search(store.db, "intake")] == [day]
        assert set(store.db.table_names()) >= PLAN_TABLES
        # the new columns and tables are usable straight away, foreign keys and all
        maya = plan.save_person(
            store.db, maya.id, name="Maya", phone="+1 604 555 0134", in_help=True
        )
        assert plan.help_people(store.db) == [maya]
        intake = plan.save_appointment(
            store.db,
            None,
            kind="intake",
            title="Intake",
            starts_at="2027-03-15T09:00",
            contact_id=maya.id,
        )
        assert plan.list_appointments(store.db) == [intake]
        plan.delete_person(store.db, maya.id)
        assert plan.list_appointments(store.db)[0].contact_id is None
        assert plan.get_aftercare(store.db) == plan.AftercarePlan()
        assert plan.save_medication(store.db, None, name="Clonidine").name == "Clonidine"
        assert plan.save_allergy(store.db, None, name="Penicillin").name == "Penicillin"
    finally:
        store.close()

    conn = _open_before_upgrade_backup(tmp_path)
    try:
        assert not PLAN_TABLES & _tables(conn)
        assert not PLAN_COLUMNS & _columns(conn, "helpers")
        assert migrations.recorded_names(conn) == migrations.known_names()[:6]
        assert conn.execute("SELECT name, phone FROM helpers").fetchall() == [
            ("Maya", "+1 604 555 0134")
        ]
    finally:
        conn.close()
    assert M006_FILE.read_bytes() == original


def test_new_helper_columns_have_their_defaults(db):
    db.execute("INSERT INTO helpers (name) VALUES ('Sam')")
    row = db.execute(
        "SELECT role, email, address, availability, in_help FROM helpers WHERE name = 'Sam'"
    ).fetchone()
    assert row == ("family", "", "", "", 0)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO aftercare_plan (id) VALUES (2)")


M007_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m007.sqlite3"


def test_upgrade_from_m007_counts_appointment_changes_from_zero_and_backs_up_first(tmp_path):
    original = M007_FILE.read_bytes()
    conn = sqlite3.connect(f"{M007_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == migrations.known_names()[:7]
        assert not {"revision", "changed_at"} & _columns(conn, "appointments")
    finally:
        conn.close()

    shutil.copyfile(M007_FILE, tmp_path / "companion.sqlite3")
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        assert migrations.recorded_names(store.db.conn) == migrations.known_names()
        [group] = plan.list_appointments(store.db)
        assert group.title == "Tuesday group" and group.weekly and group.until is not None
        assert group.revision == 0 and group.changed_at is None
        edited = plan.save_appointment(
            store.db, group.id, kind=group.kind, title="Tuesday group", starts_at=group.starts_at
        )
        assert edited.revision == 1
    finally:
        store.close()
    backups = list((tmp_path / "backups").glob("*before-upgrade*"))
    assert backups, "a backup of the m007 database is made before upgrading"
    assert M007_FILE.read_bytes() == original


M008_FILE = Path(__file__).resolve().parent.parent / "data" / "companion-m008.sqlite3"


def test_upgrade_from_m008_adds_the_staying_safe_tables_keeps_data_and_backs_up_first(tmp_path):
    original = M008_FILE.read_bytes()
    conn = sqlite3.connect(f"{M008_FILE.as_uri()}?mode=ro", uri=True)
    try:
        assert migrations.recorded_names(conn) == migrations.known_names()[:8]
        assert "knows_naloxone" not in _columns(conn, "helpers")
    finally:
        conn.close()

    shutil.copyfile(M008_FILE, tmp_path / "companion.sqlite3")
    store = storage.open(tmp_path, clock=FakeClock())
    try:
        db = store.db
        assert migrations.recorded_names(db.conn) == migrations.known_names()
        for table in ("safety_plan", "safety_plan_people", "overdose_plan", "cravings"):
            assert db.table(table).exists() and db.table(table).count == 0
        [maya] = plan.list_people(db)
        assert maya.name == "Maya"
        assert db.execute("SELECT knows_naloxone FROM helpers").fetchone()[0] == 0
        [group] = plan.list_appointments(db)
        assert group.revision == 2
        assert plan.get_aftercare(db).first_week == "Stay with Maya"
        assert db.execute("SELECT COUNT(*) FROM exercise_sessions").fetchone()[0] == 1
        db.execute(
            "INSERT INTO safety_plan_people (contact_id, step) VALUES (?, 'help')", [maya.id]
        )
        db.execute("DELETE FROM helpers WHERE id = ?", [maya.id])
        assert db.table("safety_plan_people").count == 0, "a removed contact leaves the plan"
    finally:
        store.close()
    backups = list((tmp_path / "backups").glob("*before-upgrade*"))
    assert backups, "a backup of the m008 database is made before upgrading"
    assert M008_FILE.read_bytes() == original
