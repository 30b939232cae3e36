"""Text with a character that cannot be stored (a lone surrogate, as a broken paste or a
file can bring) is refused by every core save with InvalidInputError(field, "bad-text"),
never a UnicodeEncodeError, and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlite_utils import Database

from companion.core import (
    aftercare,
    calls,
    checklist,
    contacts,
    exercises,
    export,
    intake,
    journal,
    learn,
    people,
    plan,
    sessions,
)
from companion.core.content import load_checklist_template
from companion.core.validate import InvalidInputError

BAD = "zqj\ud800x"  # "zqj": a mark no stored text has
NOW = datetime(2026, 3, 10, 12, 0)
TODAY = NOW.date()
WHEN = datetime(2026, 3, 2, 10, 0)

Save = Callable[[Database], object]


def _first_item(db: Database) -> checklist.ChecklistItem:
    return checklist.list_items(db)[0]


def _entry(**parts: object) -> journal.JournalEntry:
    return journal.JournalEntry(date(2026, 3, 9), mood=3, **parts)  # type: ignore[arg-type]


SAVES: dict[str, tuple[str, Save]] = {
    # name: (the field it must name, the save)
    "task title": (
        "title",
        lambda db: checklist.save_item(db, None, category="medical", title=BAD),
    ),
    "task notes": (
        "notes",
        lambda db: checklist.save_item(db, None, category="medical", title="T", notes=BAD),
    ),
    "task category": (
        "category",
        lambda db: checklist.save_item(db, None, category=BAD, title="T"),
    ),
    "changed task title": (
        "title",
        lambda db: checklist.save_item(
            db, _first_item(db).id, title=BAD, category=_first_item(db).category
        ),
    ),
    "changed task category": (
        "category",
        lambda db: checklist.save_item(db, _first_item(db).id, title="T", category=BAD),
    ),
    "helper name": ("name", lambda db: people.save_person(db, None, name=BAD)),
    "helper phone": ("phone", lambda db: people.save_person(db, None, name="Mum", phone=BAD)),
    "changed helper note": (
        "note",
        lambda db: people.save_person(db, people.save_person(db, None, name="Mum").id, note=BAD),
    ),
    "call program": ("facility", lambda db: calls.save_call(db, None, BAD, WHEN, "waitlist")),
    "call notes": ("notes", lambda db: calls.save_call(db, None, "C", WHEN, "waitlist", notes=BAD)),
    "intake place": ("place", lambda db: intake.set_intake(db, date(2026, 4, 1), BAD)),
    "journal notes": ("notes", lambda db: journal.save_entry(db, _entry(notes=BAD), TODAY)),
    "journal win": ("wins", lambda db: journal.save_entry(db, _entry(wins=("ok", BAD)), TODAY)),
    "journal wins as text": (
        "wins",
        lambda db: journal.save_entry(db, _entry(wins=f"ok\n{BAD}"), TODAY),
    ),
    "journal tag": ("tags", lambda db: journal.save_entry(db, _entry(tags=(BAD,)), TODAY)),
    "question": ("question", lambda db: learn.save_question(db, None, text=BAD)),
    "question section": (
        "section",
        lambda db: learn.save_question(db, None, text="Why?", section=BAD),
    ),
    "changed question": (
        "question",
        lambda db: learn.save_question(db, learn.save_question(db, None, text="Why?").id, text=BAD),
    ),
    "pattern name": (
        "pattern name",
        lambda db: exercises.save_custom_pattern(
            db, None, name=BAD, inhale=4, hold_in=0, exhale=4, hold_out=0
        ),
    ),
    "practice session": (
        "exercise",
        lambda db: sessions.log_session(db, BAD, WHEN, 60, True),
    ),
    "own number name": (
        "name",
        lambda db: contacts.save_own_number(db, None, name=BAD, number="555 0101"),
    ),
    "own number": (
        "number",
        lambda db: contacts.save_own_number(db, None, name="Sam", number=f"555 {BAD}"),
    ),
    "own number note": (
        "note",
        lambda db: contacts.save_own_number(db, None, name="Sam", number="5", note=BAD),
    ),
    "changed own number": (
        "name",
        lambda db: contacts.save_own_number(
            db, contacts.save_own_number(db, None, name="Sam", number="5").id, name=BAD, number="5"
        ),
    ),
    **{
        f"contact {field}": (
            field,
            lambda db, field=field: plan.save_person(
                db,
                None,
                **{"name": "Priya", field: BAD},  # type: ignore[arg-type]
            ),
        )
        for field in ("name", "relationship", "phone", "email", "address", "availability", "note")
    },
    **{
        f"appointment {field}": (
            field,
            lambda db, field=field: plan.save_appointment(
                db,
                None,
                **{"kind": "other", "title": "T", "starts_at": WHEN, field: BAD},  # type: ignore[arg-type]
            ),
        )
        for field in ("title", "place", "notes")
    },
    **{
        f"aftercare {field}": (
            field.replace("_", " "),
            lambda db, field=field: plan.save_aftercare(
                db, aftercare.AftercarePlan(**{field: BAD})
            ),
        )
        for field in ("first_week", "warning_signs", "coping_steps")
    },
    "medication name": ("name", lambda db: plan.save_medication(db, None, name=BAD)),
    "medication purpose": (
        "purpose",
        lambda db: plan.save_medication(db, None, name="M", purpose=BAD),
    ),
    "medication notes": ("notes", lambda db: plan.save_medication(db, None, name="M", notes=BAD)),
    "allergy name": ("name", lambda db: plan.save_allergy(db, None, name=BAD)),
    "allergy reaction": (
        "reaction",
        lambda db: plan.save_allergy(db, None, name="A", reaction=BAD),
    ),
}


@pytest.fixture
def seeded(db: Database) -> Database:
    checklist.ensure_template(db, load_checklist_template())
    return db


@pytest.mark.parametrize("save", list(SAVES))
def test_every_save_refuses_a_lone_surrogate_as_bad_text(seeded, save):
    field, action = SAVES[save]
    with pytest.raises(InvalidInputError) as refused:
        action(seeded)
    assert (refused.value.field, refused.value.reason) == (field, "bad-text")
    assert "cannot be saved" in str(refused.value)
    text = repr(export.export_document(seeded, NOW)["tables"])
    assert "zqj" not in text


def test_a_check_in_with_a_lone_surrogate_keeps_its_other_parts(seeded):
    saved = journal.save_valid_parts(seeded, _entry(notes=BAD, wins=("Walked",)), TODAY)
    assert saved.entry.mood == 3 and saved.entry.wins == ("Walked",)
    assert [(p.field, p.reason) for p in saved.problems] == [("notes", "bad-text")]


def test_the_import_refuses_a_lone_surrogate_where_it_is(full_db):
    document = export.export_document(full_db, NOW)
    document["tables"]["medications"][0]["name"] = BAD
    problems = export.validate_document(document)
    assert [p.where for p in problems] == ["tables.medications[0].name"]
    assert "not valid text" in problems[0].what
