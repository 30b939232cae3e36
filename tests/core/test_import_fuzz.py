"""Fuzzing the import: whatever a file holds, checking it never raises, a file with problems
imports nothing, and a cut-off or corrupted file is refused with ImportRefused only.

Runs are derandomized (and use no example database), so every run tries the same inputs;
each test prints how many it tried and how many of them were malformed (pytest -s).
"""

import copy
import hashlib
import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from companion import cli
from companion.core import export, operations, storage
from companion.core.clock import FakeClock
from companion.core.export import FORMAT, TABLES, ImportRefused, Problem
from companion.core.export_rules import a_date, a_minute, a_moment
from companion.core.export_schema import SPECS
from companion.core.storage import migrations
from companion.core.validate import FIRST_DAY, LAST_DAY

NOW = datetime(2026, 3, 10, 12, 0)
ARBITRARY = 1000
MUTATED = 600
DAMAGED_FILES = 600
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
JSON = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
COLUMNS = sorted({column for spec in SPECS.values() for column in spec.columns})
ROWS = st.lists(
    st.dictionaries(st.sampled_from(COLUMNS) | st.text(max_size=8), JSON, max_size=6),
    max_size=3,
)
SHAPED = st.fixed_dictionaries(
    {
        "format": st.just(FORMAT) | JSON,
        "schema": st.just(1) | JSON,
        "tables": st.dictionaries(st.sampled_from(TABLES) | st.text(max_size=8), ROWS, max_size=6),
    }
)
CAUGHT_BY_THE_NET = "could not be checked"


def _well_formed(problems) -> bool:
    return isinstance(problems, list) and all(
        isinstance(p, Problem) and isinstance(p.where, str) and p.where and p.what for p in problems
    )


# --- (a) anything at all ---------------------------------------------------------------------


def test_validate_never_raises_on_arbitrary_json():
    tried = []

    @settings(FUZZ, max_examples=ARBITRARY)
    @given(st.one_of(JSON, SHAPED))
    def check(value):
        problems = export.validate_document(value)
        assert _well_formed(problems)
        assert problems, "a random value passed as a valid export"
        assert not any(CAUGHT_BY_THE_NET in p.what for p in problems), problems
        tried.append(value)

    check()
    print(f"\narbitrary JSON values tried: {len(tried)}, all malformed")
    assert len(tried) == ARBITRARY


# --- (b) a valid export, mutated -------------------------------------------------------------


def _mutate(data, document: dict) -> None:
    """Apply 1-4 random mutations somewhere in `document` (in place)."""
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        start_in_tables = data.draw(st.booleans(), label="in tables")
        parent, key, node = None, None, document
        if start_in_tables and isinstance(document.get("tables"), dict | list):
            parent, key, node = document, "tables", document["tables"]
        for _ in range(data.draw(st.integers(0, 4), label="depth")):
            if isinstance(node, dict) and node:
                key = data.draw(st.sampled_from(sorted(node, key=str)))
            elif isinstance(node, list) and node:
                key = data.draw(st.integers(0, len(node) - 1))
            else:
                break
            parent, node = node, node[key]
        action = data.draw(
            st.sampled_from(
                ["delete", "retype", "truncate", "text", "junk", "duplicate", "rename", "add"]
            )
        )
        if parent is None:
            if action in ("delete", "retype", "text", "junk"):
                document.clear()
                document.update(data.draw(st.dictionaries(st.text(max_size=8), JSON, max_size=3)))
            continue
        if action == "delete":
            del parent[key]
        elif action == "retype":
            parent[key] = data.draw(JSON)
        elif action == "text":
            parent[key] = data.draw(st.text(max_size=300))
        elif action == "junk":
            depth = data.draw(st.integers(0, 200))
            junk = data.draw(JSON)
            for _ in range(depth):
                junk = [junk] if depth % 2 else {"x": junk}
            parent[key] = junk
        elif action == "truncate" and isinstance(node, list | str):
            parent[key] = node[: data.draw(st.integers(0, max(len(node) - 1, 0)))]
        elif action == "duplicate" and isinstance(node, list) and node:
            node.append(copy.deepcopy(node[data.draw(st.integers(0, len(node) - 1))]))
        elif action == "rename" and isinstance(parent, dict):
            parent[data.draw(st.text(min_size=1, max_size=8))] = parent.pop(key)
        elif action == "add" and isinstance(node, dict):
            node[data.draw(st.sampled_from(COLUMNS) | st.text(max_size=8))] = data.draw(JSON)
        else:
            parent[key] = data.draw(SCALARS)


def _fresh() -> Database:
    database = Database(memory=True)
    database.execute("PRAGMA foreign_keys=ON")
    migrations.apply(database)
    return database


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_mutated_exports_are_checked_safely_and_refused_ones_import_nothing(
    tmp_path, fill_everything
):
    data = tmp_path / "data"
    store = storage.open(data, clock=FakeClock())
    fill_everything(store.db)
    store.close()
    reader = storage.open_readonly(data)
    original = export.export_document(reader, NOW)
    reader.close()
    database, backups = data / "companion.sqlite3", data / "backups"
    before_sha, before_backups = _sha(database), sorted(p.name for p in backups.iterdir())
    file = tmp_path / "mutated.json"
    tried, malformed, accepted = [0], [0], [0]

    @settings(FUZZ, max_examples=MUTATED)
    @given(st.data())
    def check(data_):
        document = json.loads(json.dumps(original))
        _mutate(data_, document)
        problems = export.validate_document(document)
        assert _well_formed(problems)
        assert not any(CAUGHT_BY_THE_NET in p.what for p in problems), problems
        tried[0] += 1
        if not problems:
            accepted[0] += 1  # still valid (a row fewer, say): it must import cleanly
            target = _fresh()
            assert export.import_document(target, document) == export.row_count(document)
            return
        malformed[0] += 1
        file.write_text(json.dumps(document), "utf-8")
        code = cli.main(["--data-dir", str(data), "import", str(file), "--replace"])
        assert code == 1
        assert _sha(database) == before_sha
        assert sorted(p.name for p in backups.iterdir()) == before_backups

    check()
    print(f"\nmutated exports tried: {tried[0]}, malformed: {malformed[0]}, valid: {accepted[0]}")
    assert tried[0] == MUTATED
    assert malformed[0] > MUTATED // 2


# --- (c) a file cut off or corrupted ---------------------------------------------------------


def test_cut_off_or_corrupted_files_raise_only_import_refused(tmp_path, full_db):
    path = tmp_path / "export.json"
    operations.export_everything(full_db, path, NOW)
    whole = path.read_bytes()
    assert b"Zo\xc3\xab" in whole  # multi-byte characters to cut through
    damaged = tmp_path / "damaged.json"
    tried, malformed = [0], [0]
    cut = st.builds(lambda n: whole[:n], st.integers(0, len(whole) - 1))
    flipped = st.builds(
        lambda n, byte: whole[:n] + bytes([byte]) + whole[n + 1 :],
        st.integers(0, len(whole) - 1),
        st.integers(0, 255),
    )

    @settings(FUZZ, max_examples=DAMAGED_FILES)
    @given(cut | flipped)
    def check(content):
        damaged.write_bytes(content)
        tried[0] += 1
        try:
            document = export.read_document(damaged)
        except ImportRefused as refused:
            assert [p.where for p in refused.problems] == ["file"]
            malformed[0] += 1
            return
        problems = export.validate_document(document)
        if problems:
            malformed[0] += 1
        else:  # only the final newline was cut, or a byte changed to itself or harmlessly
            assert export.import_document(_fresh(), document) == export.row_count(document)

    check()
    print(f"\ndamaged files tried: {tried[0]}, malformed: {malformed[0]}")
    assert tried[0] == DAMAGED_FILES
    assert malformed[0] > DAMAGED_FILES * 0.9


# --- (d) dates and whole numbers at their edges ----------------------------------------------

EDGES = 600
DATE_COLUMNS = [
    (spec.name, name)
    for spec in SPECS.values()
    for name, column in spec.columns.items()
    if column.check in (a_date, a_minute, a_moment)
]
INT_COLUMNS = [
    (spec.name, name)
    for spec in SPECS.values()
    for name, column in spec.columns.items()
    if column.kind == "int"
]
EDGE_DAYS = (
    st.sampled_from(
        [
            date(1, 1, 1),
            date(1899, 12, 31),
            FIRST_DAY,
            LAST_DAY,
            date(2200, 1, 1),
            date(9999, 12, 31),
        ]
    )
    | st.dates()
)
EDGE_TIMES = st.sampled_from([time(0, 0), time(23, 59), time(23, 30)]) | st.times()
EDGE_INTS = (
    st.sampled_from(
        [
            -(2**63),
            -1,
            0,
            1,
            2**31 - 1,
            2**31,
            1_000_000_000,
            1_000_000_001,
            2**53 + 1,
            2**63 - 1,
            2**63,
            2**64,
            10**100,
        ]
    )
    | st.integers()
)


def _edge_value(data, table: str, column: str) -> object:
    if (table, column) in DATE_COLUMNS:
        day = data.draw(EDGE_DAYS, label="day")
        check = SPECS[table].columns[column].check
        if check is a_date:
            return day.isoformat()
        moment = datetime.combine(day, data.draw(EDGE_TIMES, label="time"))
        return moment.isoformat(timespec="minutes" if check is a_minute else "seconds")
    return data.draw(EDGE_INTS, label="whole number")


def _use_everything(db: Database) -> None:
    """What the window and the commands do with the data: none of it may raise."""
    from companion.core import (
        appointments,
        calls,
        checklist,
        contacts,
        ics,
        journal,
        learn,
        timeline,
    )

    for category in checklist.categories(db):
        checklist.save_item(db, None, category=category.key, title="One more task")
    checklist.readiness(db)
    checklist.next_items(db, NOW.date())
    contacts.save_own_number(db, None, name="Sam", number="555 0101")
    learn.save_question(db, None, text="One more question")
    coming = appointments.upcoming(db, NOW, limit=50)
    for start, appointment in coming:
        appointments.occurrences(appointment, start, start + timedelta(days=400))
    ics.appointments_ics(appointments.list_appointments(db), {}, NOW)
    calls.list_calls(db)
    calls.next_callback(db)
    plan = timeline.get_plan(db)
    if plan is not None:
        timeline.reading_at(plan.kind, plan.last_use, NOW)
    journal.entries_between(db, date(2026, 1, 1), date(2026, 12, 31))
    journal.first_entry_day(db)


def test_dates_and_whole_numbers_at_their_edges_are_refused_or_safe_to_use(full_db):
    """A date or whole number anywhere in a file, at or past the edge of its range, is
    either refused at that place or imported into data the app can then use: adding a
    task, a number or a question, and working out appointments, never overflows."""
    original = json.loads(json.dumps(export.export_document(full_db, NOW)))
    places = [
        (table, column, index)
        for table, column in DATE_COLUMNS + INT_COLUMNS
        for index in range(len(original["tables"][table]))
    ]
    tried, refused, accepted = [0], [0], [0]

    @settings(FUZZ, max_examples=EDGES)
    @given(st.data())
    def check(data_):
        document = copy.deepcopy(original)
        changed = []
        for _ in range(data_.draw(st.integers(1, 3), label="changes")):
            table, column, index = data_.draw(st.sampled_from(places), label="place")
            document["tables"][table][index][column] = _edge_value(data_, table, column)
            changed.append(f"tables.{table}[{index}].{column}")
        problems = export.validate_document(document)
        assert _well_formed(problems)
        assert not any(CAUGHT_BY_THE_NET in p.what for p in problems), problems
        tried[0] += 1
        if problems:
            refused[0] += 1
            # each problem is at a changed place, or follows from it: another column of the
            # same row, or a row referring to a changed id
            rows = {place.rpartition(".")[0] for place in changed}
            assert all(
                p.where.rpartition(".")[0] in rows or "refers to" in p.what or "same as" in p.what
                for p in problems
            ), (changed, problems)
            return
        accepted[0] += 1
        target = _fresh()
        export.import_document(target, document)
        _use_everything(target)

    check()
    print(f"\nedge values tried: {tried[0]}, refused: {refused[0]}, imported: {accepted[0]}")
    assert tried[0] == EDGES
    assert refused[0] > EDGES // 4 and accepted[0] > EDGES // 10
