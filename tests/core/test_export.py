"""The JSON export and its import: a faithful round trip, every problem found with its place,
and a refused or failed import that changes nothing."""

import copy
import json
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from companion import __version__
from companion.core import checklist, export, files, journal, operations, storage
from companion.core.export import FORMAT, SCHEMA_VERSION, TABLES, ImportRefused, Problem
from companion.core.export_schema import SPECS
from companion.core.storage import migrations

NOW = datetime(2026, 3, 10, 12, 30)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "data-format.md"


def _fresh() -> Database:
    """An empty, migrated database with foreign keys on, as the app opens it."""
    database = Database(memory=True)
    database.execute("PRAGMA foreign_keys=ON")
    migrations.apply(database)
    return database


def _document(db: Database) -> dict:
    """The export as it would be read back from its file."""
    return json.loads(json.dumps(export.export_document(db, NOW)))


def _without_time(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


# --- what is exported -----------------------------------------------------------------------


def test_tables_are_every_user_table_with_every_column(db):
    fts = {name for name in db.table_names() if name.startswith("journal_entries_fts")}
    assert set(TABLES) == set(db.table_names()) - fts - {"_sqlite_migrations"}
    for name in TABLES:
        assert list(SPECS[name].columns) == [column.name for column in db[name].columns], name
        assert db[name].pks == [SPECS[name].key], name


def test_tables_come_parents_first():
    for position, name in enumerate(TABLES):
        for _column, target in SPECS[name].references:
            assert TABLES.index(target) < position, (name, target)


def test_export_document_has_the_documented_shape(full_db):
    document = export.export_document(full_db, NOW)
    assert list(document) == [
        "format",
        "schema",
        "app_version",
        "migrations",
        "exported_at",
        "tables",
    ]
    assert document["format"] == FORMAT == "prep-companion"
    assert document["schema"] == SCHEMA_VERSION == 4
    assert document["app_version"] == __version__
    assert document["migrations"] == migrations.known_names()
    assert document["exported_at"] == "2026-03-10T12:30:00"
    assert list(document["tables"]) == list(TABLES)
    assert not any("fts" in name for name in document["tables"])
    assert all(document["tables"][name] for name in TABLES)  # the fixture fills every table


def test_rows_come_in_primary_key_order(full_db):
    tables = export.export_document(full_db, NOW)["tables"]
    ids = [row["id"] for row in tables["checklist_items"]]
    assert ids == sorted(ids)
    days = [row["day"] for row in tables["journal_entries"]]
    assert days == sorted(days)
    assert [row["key"] for row in tables["settings"]] == [
        "checklist_version",
        "discreet_mode",
        "region",
    ]


# --- the round trip ---------------------------------------------------------------------------


def test_round_trip_through_a_file_reproduces_the_export_exactly(full_db, tmp_path):
    path = tmp_path / "export.json"
    written = operations.export_everything(full_db, path, NOW)
    document = export.read_document(path)
    assert export.validate_document(document) == []

    other = _fresh()
    assert export.is_empty(other)
    assert export.import_document(other, document) == written
    assert written == sum(len(rows) for rows in document["tables"].values())
    again = export.export_document(other, datetime(2027, 1, 1))
    assert _without_time(again) == _without_time(export.export_document(full_db, NOW))
    assert checklist.list_items(other) == checklist.list_items(full_db)
    assert journal.entries_between(other, NOW.date().replace(month=1), NOW.date()) == (
        journal.entries_between(full_db, NOW.date().replace(month=1), NOW.date())
    )


def test_search_finds_journal_words_after_import(full_db):
    other = _fresh()
    export.import_document(other, _document(full_db))
    assert [hit.day.isoformat() for hit in journal.search(other, "restless")] == ["2026-03-08"]
    assert [hit.day.isoformat() for hit in journal.search(other, "Zoë")] == ["2026-03-09"]
    assert [hit.day.isoformat() for hit in journal.search(other, "family")] == ["2026-03-08"]
    integrity = "INSERT INTO journal_entries_fts(journal_entries_fts) VALUES('integrity-check')"
    other.execute(integrity)  # raises if the index does not match the rows


def test_import_replaces_everything_and_keeps_the_index_right(full_db):
    other = _fresh()
    export.import_document(other, _document(full_db))
    smaller = _document(full_db)
    smaller["tables"]["journal_entries"] = smaller["tables"]["journal_entries"][1:]
    smaller["tables"]["medications"] = []
    assert export.import_document(other, smaller) == export.row_count(smaller)
    assert _without_time(_document(other)) == _without_time(smaller)
    assert journal.search(other, "restless") == []
    assert [hit.day.isoformat() for hit in journal.search(other, "calmer")] == ["2026-03-09"]


def test_import_fills_in_defaults_for_columns_left_out(full_db):
    document = _document(full_db)
    row = document["tables"]["helpers"][0]
    for column in ("relationship", "phone", "note", "role", "email", "in_help"):
        del row[column]
    other = _fresh()
    export.import_document(other, document)
    stored = other.execute("SELECT role, in_help, email FROM helpers WHERE id = ?", [row["id"]])
    assert stored.fetchone() == ("family", 0, "")


def test_is_empty(db, full_db):
    assert export.is_empty(_fresh())
    assert not export.is_empty(full_db)


# --- the file ---------------------------------------------------------------------------------


def test_export_file_is_owner_only_utf8_json_even_over_a_public_file(full_db, tmp_path):
    path = tmp_path / "export.json"
    path.write_text("old")
    path.chmod(0o644)
    old_umask = os.umask(0)
    try:
        operations.export_everything(full_db, path, NOW)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes().decode("utf-8")
    assert "Zoë" in raw  # not escaped
    assert raw.startswith('{\n "format": "prep-companion",')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]  # no temporary left


def test_a_failed_export_leaves_the_old_file_and_no_temporary(full_db, tmp_path, monkeypatch):
    path = tmp_path / "export.json"
    path.write_text("the old export")

    def no_space(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(storage.DiskFullError) as full:
        operations.export_everything(full_db, path, NOW)
    assert full.value.action == "export"
    assert "Nothing was changed" in str(full.value)
    assert path.read_text() == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"", "is empty"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": ', "not valid JSON"),
        (b'{"schema": NaN}', "not valid JSON"),
        (b'{"x": Infinity}', "not valid JSON"),
        (b"[1, 2]", "does not hold"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"n": 1' + b"0" * 5000 + b"}", "not valid JSON"),
    ],
)
def test_read_document_refuses_what_is_not_an_export(tmp_path, content, what):
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        export.read_document(path)
    assert [problem.where for problem in refused.value.problems] == ["file"]
    assert what in refused.value.problems[0].what


def test_read_document_refuses_missing_folders_and_too_big_files(tmp_path, monkeypatch):
    with pytest.raises(ImportRefused, match="does not exist"):
        export.read_document(tmp_path / "missing.json")
    with pytest.raises(ImportRefused, match="folder"):
        export.read_document(tmp_path)
    big = tmp_path / "big.json"
    big.write_text('{"format": "prep-companion"}')
    monkeypatch.setattr(export, "MAX_FILE_BYTES", 10)
    with pytest.raises(ImportRefused, match="too big"):
        export.read_document(big)


def test_read_document_accepts_a_byte_order_mark(full_db, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_document(full_db)).encode())
    assert export.validate_document(export.read_document(path)) == []


# --- validation: each kind of problem, with its place ----------------------------------------


def _set(table: str, index: int, column: str, value):
    def change(document):
        document["tables"][table][index][column] = value

    return change


def _drop(table: str, index: int, column: str):
    def change(document):
        del document["tables"][table][index][column]

    return change


def _same_as_first(table: str, column: str):
    def change(document):
        rows = document["tables"][table]
        rows[1][column] = rows[0][column]

    return change


CASES = [
    ("wrong format", lambda d: d.update(format="other-app"), "format", "must be"),
    ("no format", lambda d: d.pop("format"), "format", "missing"),
    ("schema as text", lambda d: d.update(schema="1"), "schema", "whole number"),
    ("schema as bool", lambda d: d.update(schema=True), "schema", "whole number"),
    ("unknown top key", lambda d: d.update(secret=1), "secret", "not part"),
    ("tables not object", lambda d: d.update(tables=[]), "tables", "must be an object"),
    ("unknown table", lambda d: d["tables"].update(passwords=[]),
     "tables.passwords", "not a table"),
    ("missing table", lambda d: d["tables"].pop("allergies"), "tables.allergies", "missing"),
    ("table not list", lambda d: d["tables"].update(allergies={}), "tables.allergies", "list"),
    ("row not object", lambda d: d["tables"]["allergies"].append(7),
     "tables.allergies[1]", "object"),
    ("unknown column", _set("journal_entries", 0, "colour", "red"),
     "tables.journal_entries[0].colour", "not a column"),
    ("missing column", _drop("medications", 0, "name"), "tables.medications[0].name", "missing"),
    ("null not allowed", _set("helpers", 0, "name", None), "tables.helpers[0].name", "null"),
    ("blank name", _set("allergies", 0, "name", "  "), "tables.allergies[0].name", "blank"),
    ("text for number", _set("journal_entries", 0, "mood", "2"),
     "tables.journal_entries[0].mood", "whole number"),
    ("float for int", _set("journal_entries", 0, "mood", 2.0),
     "tables.journal_entries[0].mood", "whole number"),
    ("number for text", _set("medications", 0, "notes", 5), "tables.medications[0].notes", "text"),
    ("bool as int", _set("helpers", 1, "in_help", True),
     "tables.helpers[1].in_help", "not true or false"),
    ("bool as rating", _set("journal_entries", 0, "craving", False),
     "tables.journal_entries[0].craving", "not true or false"),
    ("bool as real", _set("journal_entries", 0, "sleep_hours", True),
     "tables.journal_entries[0].sleep_hours", "not true or false"),
    ("mood range", _set("journal_entries", 0, "mood", 6),
     "tables.journal_entries[0].mood", "1 to 5"),
    ("craving range", _set("journal_entries", 0, "craving", 11),
     "tables.journal_entries[0].craving", "0 to 10"),
    ("sleep step", _set("journal_entries", 0, "sleep_hours", 5.25),
     "tables.journal_entries[0].sleep_hours", "steps of 0.5"),
    ("sleep range", _set("journal_entries", 0, "sleep_hours", 25),
     "tables.journal_entries[0].sleep_hours", "0 to 24"),
    ("energy range", _set("journal_entries", 0, "energy", 0),
     "tables.journal_entries[0].energy", "1 to 5"),
    ("symptom score", _set("journal_entries", 0, "symptoms", '{"anxiety": 5}'),
     "tables.journal_entries[0].symptoms", "0 to 4"),
    ("symptom unknown", _set("journal_entries", 0, "symptoms", '{"telepathy": 1}'),
     "tables.journal_entries[0].symptoms", "does not know"),
    ("symptoms not json", _set("journal_entries", 0, "symptoms", "{anxiety"),
     "tables.journal_entries[0].symptoms", "JSON"),
    ("too many wins", _set("journal_entries", 0, "wins", "\n".join(["win"] * 21)),
     "tables.journal_entries[0].wins", "at most 20"),
    ("long tag", _set("journal_entries", 0, "tags", "x" * 41),
     "tables.journal_entries[0].tags", "longer than 40"),
    ("notes too long", _set("journal_entries", 0, "notes", "x" * 20_001),
     "tables.journal_entries[0].notes", "too long"),
    ("question too long", _set("care_questions", 0, "text", "?" * 301),
     "tables.care_questions[0].text", "at most 300"),
    ("tension range", _set("exercise_sessions", 0, "tension_after", 11),
     "tables.exercise_sessions[0].tension_after", "0 to 10"),
    ("negative seconds", _set("exercise_sessions", 0, "seconds", -1),
     "tables.exercise_sessions[0].seconds", "from 0"),
    ("infinite seconds", _set("exercise_sessions", 0, "seconds", float("inf")),
     "tables.exercise_sessions[0].seconds", "finite"),
    ("pattern step", _set("custom_patterns", 0, "inhale", 4.2),
     "tables.custom_patterns[0].inhale", "steps of 0.5"),
    ("minutes range", _set("appointments", 0, "minutes", 3),
     "tables.appointments[0].minutes", "5 to 1440"),
    ("huge int", _set("medications", 0, "id", 2**70), "tables.medications[0].id",
     "from 1 to 2147483647 (it is a very large number)"),
    ("id zero", _set("medications", 0, "id", 0), "tables.medications[0].id", "from 1 to"),
    ("second intake row", _set("intake_plan", 0, "id", 2), "tables.intake_plan[0].id", "must be 1"),
    ("bad outcome", _set("facility_calls", 0, "outcome", "maybe"),
     "tables.facility_calls[0].outcome", "bed-available"),
    ("bad role", _set("helpers", 0, "role", "boss"), "tables.helpers[0].role", "care-team"),
    ("bad kind", _set("timeline_plan", 0, "kind", "fast"), "tables.timeline_plan[0].kind", "short"),
    ("bad next step", _set("aftercare_plan", 0, "next_step", "moon"),
     "tables.aftercare_plan[0].next_step", "outpatient"),
    ("bad email", _set("helpers", 1, "email", "priya at example"),
     "tables.helpers[1].email", "email"),
    ("number without digit", _set("own_numbers", 0, "number", "call me"),
     "tables.own_numbers[0].number", "digit"),
    ("bad setting", _set("settings", 2, "value", '"XX"'), "tables.settings[2].value", "region"),
    ("setting not json", _set("settings", 1, "value", "UK"), "tables.settings[1].value", "JSON"),
    ("bad date", _set("journal_entries", 0, "day", "2026-02-30"),
     "tables.journal_entries[0].day", "YYYY-MM-DD"),
    ("date with time", _set("checklist_items", 0, "due", "2026-03-20T10:00"),
     "tables.checklist_items[0].due", "YYYY-MM-DD"),
    ("word for date", _set("learn_read", 0, "read_on", "yesterday"),
     "tables.learn_read[0].read_on", "YYYY-MM-DD"),
    ("bad datetime", _set("facility_calls", 0, "called_at", "2026-03-02 25:00"),
     "tables.facility_calls[0].called_at", "YYYY-MM-DDTHH:MM"),
    ("datetime with seconds", _set("appointments", 0, "starts_at", "2026-04-01T09:30:15"),
     "tables.appointments[0].starts_at", "YYYY-MM-DDTHH:MM"),
    ("until before start", _set("appointments", 1, "until", "2026-01-01"),
     "tables.appointments[1].until", "before the first"),
    ("until without repeat", _set("appointments", 0, "until", "2026-06-01"),
     "tables.appointments[0].until", "weekly"),
    ("broken unicode", _set("allergies", 0, "reaction", "\ud800"),
     "tables.allergies[0].reaction", "not valid text"),
    ("appointment at the end of time", _set("appointments", 0, "starts_at", "9999-12-31T23:30"),
     "tables.appointments[0].starts_at", "must be from 1900-01-01 to 2199-12-31"),
    ("appointment before 1900", _set("appointments", 0, "starts_at", "1899-12-31T23:59"),
     "tables.appointments[0].starts_at", "must be from 1900-01-01 to 2199-12-31"),
    ("repeat until 2200", _set("appointments", 1, "until", "2200-01-01"),
     "tables.appointments[1].until", "must be from 1900-01-01 to 2199-12-31"),
    ("due in year 1", _set("checklist_items", 0, "due", "0001-01-01"),
     "tables.checklist_items[0].due", "must be from 1900-01-01 to 2199-12-31"),
    ("journal day 9999", _set("journal_entries", 0, "day", "9999-12-31"),
     "tables.journal_entries[0].day", "must be from 1900-01-01 to 2199-12-31"),
    ("call back in 9999", _set("facility_calls", 0, "callback_at", "9999-12-31T23:59"),
     "tables.facility_calls[0].callback_at", "must be from 1900-01-01 to 2199-12-31"),
    ("last use in 2200", _set("timeline_plan", 0, "last_use", "2200-01-01T00:00"),
     "tables.timeline_plan[0].last_use", "must be from 1900-01-01 to 2199-12-31"),
    ("updated in 9999", _set("journal_entries", 0, "updated_at", "9999-12-31T23:59:59"),
     "tables.journal_entries[0].updated_at", "must be from 1900-01-01 to 2199-12-31"),
    ("position at SQLite's end", _set("checklist_items", 0, "position", 2**63 - 1),
     "tables.checklist_items[0].position", "from 0 to 1000000000"),
    ("category position too large", _set("checklist_categories", 0, "position", 10**12),
     "tables.checklist_categories[0].position", "from 0 to 1000000000"),
    ("own number position too large", _set("own_numbers", 0, "position", 2**63 - 1),
     "tables.own_numbers[0].position", "from 0 to 1000000000"),
    ("question position negative", _set("care_questions", 0, "position", -1),
     "tables.care_questions[0].position", "from 0 to 1000000000"),
    ("id at SQLite's end", _set("helpers", 0, "id", 2**63 - 1), "tables.helpers[0].id",
     "from 1 to 2147483647"),
    ("assignee too large", _set("checklist_items", 0, "assignee_id", 2**63),
     "tables.checklist_items[0].assignee_id", "from 1 to 2147483647"),
    ("minutes too large", _set("appointments", 0, "minutes", 2**63 - 1),
     "tables.appointments[0].minutes", "5 to 1440"),
    ("flag too large", _set("appointments", 0, "weekly", 2**63 - 1),
     "tables.appointments[0].weekly", "from 0 to 1"),
    ("session count too large",
     _set("checklist_items", 0, "auto", "relaxation-sessions:" + "9" * 80),
     "tables.checklist_items[0].auto", "1 to 1000 sessions"),
    ("session count zero", _set("checklist_items", 0, "auto", "relaxation-sessions:0"),
     "tables.checklist_items[0].auto", "1 to 1000 sessions"),
    ("dangling helper", _set("checklist_items", 0, "assignee_id", 999),
     "tables.checklist_items[0].assignee_id", "not in tables.helpers"),
    ("dangling category", _set("checklist_items", 3, "category", "nope"),
     "tables.checklist_items[3].category", "not in tables.checklist_categories"),
    ("dangling caller", _set("facility_calls", 1, "caller_id", 404),
     "tables.facility_calls[1].caller_id", "not in tables.helpers"),
    ("dangling contact", _set("appointments", 1, "contact_id", 404),
     "tables.appointments[1].contact_id", "not in tables.helpers"),
    ("duplicate id", _same_as_first("helpers", "id"), "tables.helpers[1].id", "same as in row [0]"),
    ("duplicate day", _same_as_first("journal_entries", "day"),
     "tables.journal_entries[1].day", "same as"),
    ("duplicate key", _same_as_first("settings", "key"), "tables.settings[1].key", "same as"),
    ("duplicate template key", _same_as_first("checklist_items", "template_key"),
     "tables.checklist_items[1].template_key", "same as"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "where", "what"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_validate_names_each_problem_and_its_place(full_db, change, where, what):
    document = _document(full_db)
    change(document)
    problems = export.validate_document(document)
    found = [problem for problem in problems if problem.where == where]
    assert found, problems
    assert what in found[0].what, problems
    assert all("\n" not in str(problem) for problem in problems)
    with pytest.raises(ImportRefused):
        export.import_document(_fresh(), document)


def test_pattern_names_are_unique_ignoring_ascii_case(full_db):
    document = _document(full_db)
    pattern = dict(document["tables"]["custom_patterns"][0], id=99)
    pattern["name"] = pattern["name"].upper()
    document["tables"]["custom_patterns"].append(pattern)
    problems = export.validate_document(document)
    assert [p.where for p in problems] == ["tables.custom_patterns[1].name"]


def test_a_newer_schema_is_refused_without_judging_its_tables(full_db):
    document = _document(full_db)
    document["schema"] = SCHEMA_VERSION + 1
    document["tables"]["from_the_future"] = [{"anything": 1}]
    problems = export.validate_document(document)
    assert [p.where for p in problems] == ["schema"]
    assert "made by a newer version" in problems[0].what


def test_every_problem_is_listed_in_file_order(full_db):
    document = _document(full_db)
    document["format"] = "nope"
    _set("journal_entries", 1, "mood", 9)(document)
    _set("journal_entries", 0, "craving", -1)(document)
    _set("allergies", 0, "name", "")(document)
    _set("checklist_items", 5, "assignee_id", 77)(document)
    problems = export.validate_document(document)
    assert [p.where for p in problems] == [
        "format",
        "tables.journal_entries[0].craving",
        "tables.journal_entries[1].mood",
        "tables.allergies[0].name",
        "tables.checklist_items[5].assignee_id",
    ]


@pytest.mark.parametrize(
    "value", [None, 0, 1.5, "text", [], [1, {"a": 2}], True, {"format": FORMAT}, {1: 2}]
)
def test_validate_copes_with_anything_at_the_top(value):
    problems = export.validate_document(value)
    assert problems
    assert all(isinstance(p, Problem) and p.where and p.what for p in problems)


def test_validate_copes_with_deep_nesting_everywhere(full_db):
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    assert export.validate_document(deep)[0].where == "document"
    document = _document(full_db)
    document["tables"]["allergies"][0]["reaction"] = deep
    document["tables"]["medications"] = deep
    document["migrations"] = deep
    problems = export.validate_document(document)
    assert {p.where for p in problems} == {
        "migrations",
        "tables.allergies[0].reaction",
        "tables.medications[0]",
    }


def test_import_refused_str_joins_the_first_problems():
    refused = ImportRefused([Problem(f"w{n}", f"bad {n}") for n in range(5)])
    assert str(refused) == "w0: bad 0; w1: bad 1; w2: bad 2 (and 2 more)"


# --- a refused or failed import changes nothing ----------------------------------------------


def test_a_refused_import_leaves_the_database_unchanged(full_db):
    before = _document(full_db)
    bad = copy.deepcopy(before)
    bad["tables"]["allergies"] = []
    bad["tables"]["journal_entries"][0]["mood"] = 11
    with pytest.raises(ImportRefused) as refused:
        export.import_document(full_db, bad)
    assert refused.value.problems[0].where == "tables.journal_entries[0].mood"
    assert _document(full_db) == before


def test_a_database_error_halfway_rolls_everything_back(full_db):
    before = _document(full_db)
    full_db.execute(
        "CREATE TEMP TRIGGER no_allergies BEFORE INSERT ON allergies "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        export.import_document(full_db, _document(full_db))
    assert _document(full_db) == before
    assert [hit.day.isoformat() for hit in journal.search(full_db, "restless")] == ["2026-03-08"]


# --- the documentation -----------------------------------------------------------------------


def test_the_format_document_describes_every_table_and_column():
    text = DOCS.read_text("utf-8")
    for name in TABLES:
        assert f"### {name}" in text, name
        for column in SPECS[name].columns:
            assert f"`{column}`" in text, f"{name}.{column}"


STAYING_SAFE_TABLES = ("safety_plan", "safety_plan_people", "overdose_plan", "cravings")


def test_a_schema_2_file_without_the_staying_safe_tables_still_imports(full_db):
    older = _document(full_db)
    older["schema"] = 2
    for name in STAYING_SAFE_TABLES:
        del older["tables"][name]
    for row in older["tables"]["helpers"]:
        del row["knows_naloxone"]
    assert export.validate_document(older) == []
    other = _fresh()
    assert export.import_document(other, older) == export.row_count(older)
    for name in STAYING_SAFE_TABLES:
        assert other.table(name).count == 0
    assert other.execute("SELECT SUM(knows_naloxone) FROM helpers").fetchone()[0] == 0


@pytest.mark.parametrize("name", STAYING_SAFE_TABLES)
def test_a_schema_3_file_must_hold_the_staying_safe_tables(full_db, name):
    document = _document(full_db)
    del document["tables"][name]
    assert [(p.where, "missing" in p.what) for p in export.validate_document(document)] == [
        (f"tables.{name}", True)
    ]
