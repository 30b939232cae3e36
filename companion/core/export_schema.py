"""What an export file may hold: every table, its columns, and the rule for each value.

This is the one description of the export format; validation (export_checks) and import
(export) both read it, and docs/data-format.md says the same in words. The rules
themselves are in export_rules. A migration that adds a table or a column must add it
here too (tests/core/test_export.py checks that this matches the database).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from companion.core import (
    aftercare,
    appointments,
    calls,
    checklist,
    contacts,
    conversations,
    cravings,
    exercises,
    family_skills,
    helper_checkins,
    intake,
    journal,
    learn,
    ordering,
    overdose_plan,
    people,
    safety_plan,
    share,
    timeline,
)
from companion.core.export_rules import (
    MAX_ID,
    Check,
    RowCheck,
    a_date,
    a_minute,
    a_moment,
    appointment_repeat,
    auto_rule,
    both,
    email,
    json_list,
    json_object,
    json_text,
    needs_list,
    nocase,
    number,
    one_of,
    only_one,
    phone_number,
    setting_value,
    symptom_json,
    tags,
    text,
    whole,
    wins,
)

FORMAT = "prep-companion"
SCHEMA_VERSION = 4
# 2: appointments count their changes (revision, changed_at)
# 3: the safety plan, the overdose plan (and contacts' knows_naloxone), the craving log
# 4: for the family: contacts' `shared`, tasks' `changed_at` and `helper_note`,
#    conversation plans, helpers' check-ins and weekly skills, a shared plan opened on a
#    helper's computer and their changes to it, merges of a helper's progress


@dataclass(frozen=True)
class Column:
    """One column: its kind ("int", "real" or "text"), whether null is allowed, whether a
    row may leave it out (the database then fills in its default), and its rule."""

    kind: str
    nullable: bool = False
    missing_ok: bool = True
    check: Check | None = None


@dataclass(frozen=True)
class Table:
    """One table: its primary key, columns (in the database's order), the other columns
    that must be unique (with how values are compared), and the columns naming a row of
    another table by that table's key."""

    name: str
    key: str
    columns: dict[str, Column]
    unique: tuple[tuple[str, Callable[[Any], Any]], ...] = ()
    references: tuple[tuple[str, str], ...] = ()
    row_check: RowCheck | None = None
    since: int = 1  # the schema that added the table; older files may leave it out
    together: tuple[str, ...] = ()
    """Columns that are unique taken together (one check-in per helper per day)."""


# --- the tables -------------------------------------------------------------------------------

ID = Column("int", missing_ok=False, check=whole(1, MAX_ID))
ONLY_ROW = Column("int", missing_ok=False, check=only_one)
POSITION = Column("int", missing_ok=False, check=whole(0, ordering.MAX_POSITION))
FLAG = Column("int", check=whole(0, 1))


def _text(limit: int, *, required: bool = False) -> Column:
    """Text up to `limit`; a required one must be present and not blank."""
    return Column("text", missing_ok=not required, check=text(limit, blank=not required))


def _maybe(kind: str, check: Check) -> Column:
    return Column(kind, nullable=True, check=check)


def _helper() -> Column:
    return _maybe("int", whole(1, MAX_ID))


def _rating(bounds: tuple[int, int]) -> Column:
    return _maybe("int", whole(*bounds))


_SPECS = (
    Table(
        "settings",
        "key",
        {
            "key": _text(100, required=True),
            "value": Column("text", missing_ok=False, check=json_text),
        },
        row_check=setting_value,
    ),
    Table(
        "own_numbers",
        "id",
        {
            "id": ID,
            "name": _text(contacts.MAX_NAME, required=True),
            "number": Column(
                "text",
                missing_ok=False,
                check=both(text(contacts.MAX_NUMBER, blank=False), phone_number),
            ),
            "note": _text(contacts.MAX_NOTE),
            "position": Column("int", check=whole(0, ordering.MAX_POSITION)),
        },
    ),
    Table(
        "helpers",
        "id",
        {
            "id": ID,
            "name": _text(people.MAX_NAME, required=True),
            "relationship": _text(people.MAX_RELATIONSHIP),
            "phone": _text(people.MAX_PHONE),
            "note": _text(people.MAX_NOTE),
            "role": Column("text", check=one_of(people.ROLES)),
            "email": Column("text", check=email),
            "address": _text(people.MAX_ADDRESS),
            "availability": _text(people.MAX_AVAILABILITY),
            "in_help": FLAG,
            "knows_naloxone": FLAG,
            "shared": FLAG,
        },
    ),
    Table(
        "checklist_categories",
        "key",
        {
            "key": _text(100, required=True),
            "title": _text(checklist.MAX_TITLE, required=True),
            "position": POSITION,
        },
    ),
    Table(
        "checklist_items",
        "id",
        {
            "id": ID,
            "category": _text(100, required=True),
            "template_key": _maybe("text", text(100, blank=False)),
            "title": _text(checklist.MAX_TITLE, required=True),
            "notes": _text(checklist.MAX_NOTES),
            "due": _maybe("text", a_date),
            "assignee_id": _helper(),
            "done_on": _maybe("text", a_date),
            "position": POSITION,
            "link": _text(500),
            "auto": Column("text", check=both(text(100), auto_rule)),
            "sources": _text(5000),
            "changed_at": _maybe("text", a_moment),
            "helper_note": _text(share.MAX_HELPER_NOTE),
        },
        unique=(("template_key", lambda value: value),),
        references=(("category", "checklist_categories"), ("assignee_id", "helpers")),
    ),
    Table(
        "intake_plan",
        "id",
        {"id": ONLY_ROW, "date": _maybe("text", a_date), "place": _text(intake.MAX_PLACE)},
    ),
    Table(
        "facility_calls",
        "id",
        {
            "id": ID,
            "facility": _text(calls.MAX_FACILITY, required=True),
            "phone": _text(calls.MAX_PHONE),
            "called_at": Column("text", missing_ok=False, check=a_minute),
            "caller_id": _helper(),
            "outcome": Column("text", missing_ok=False, check=one_of(calls.OUTCOMES)),
            "callback_at": _maybe("text", a_minute),
            "notes": _text(calls.MAX_NOTES),
        },
        references=(("caller_id", "helpers"),),
    ),
    Table(
        "exercise_sessions",
        "id",
        {
            "id": ID,
            "exercise": _text(100, required=True),
            "started_at": Column("text", missing_ok=False, check=a_minute),
            "seconds": Column("real", missing_ok=False, check=number(0, 86_400)),
            "completed": FLAG,
            "tension_before": _rating((0, 10)),
            "tension_after": _rating((0, 10)),
        },
    ),
    Table(
        "custom_patterns",
        "id",
        {
            "id": ID,
            "name": _text(exercises.MAX_PATTERN_NAME, required=True),
            **{
                part: Column(
                    "real",
                    missing_ok=part.startswith("hold"),
                    check=number(*exercises.BOUNDS[part], exercises.STEP),
                )
                for part in ("inhale", "hold_in", "exhale", "hold_out")
            },
        },
        unique=(("name", nocase),),
    ),
    Table(
        "journal_entries",
        "day",
        {
            "day": Column("text", missing_ok=False, check=a_date),
            "mood": _rating(journal.MOOD_RANGE),
            "craving": _rating(journal.CRAVING_RANGE),
            "sleep_hours": _maybe("real", number(*journal.SLEEP_RANGE, journal.SLEEP_STEP)),
            "sleep_quality": _rating(journal.QUALITY_RANGE),
            "energy": _rating(journal.ENERGY_RANGE),
            "symptoms": _maybe("text", symptom_json),
            "wins": Column("text", check=wins),
            "notes": _text(journal.MAX_NOTES),
            "tags": Column("text", check=tags),
            "updated_at": _maybe("text", a_moment),
        },
    ),
    Table(
        "learn_read",
        "key",
        {
            "key": _text(100, required=True),
            "read_on": Column("text", missing_ok=False, check=a_date),
        },
    ),
    Table(
        "care_questions",
        "id",
        {
            "id": ID,
            "section": _text(100),
            "text": _text(learn.MAX_QUESTION, required=True),
            "done_on": _maybe("text", a_date),
            "position": POSITION,
        },
    ),
    Table(
        "timeline_plan",
        "id",
        {
            "id": ONLY_ROW,
            "kind": Column("text", missing_ok=False, check=one_of(timeline.KINDS)),
            "last_use": Column("text", missing_ok=False, check=a_minute),
        },
    ),
    Table(
        "appointments",
        "id",
        {
            "id": ID,
            "kind": Column("text", missing_ok=False, check=one_of(appointments.APPOINTMENT_KINDS)),
            "title": _text(appointments.MAX_TITLE, required=True),
            "starts_at": Column("text", missing_ok=False, check=a_minute),
            "minutes": Column(
                "int", check=whole(appointments.MIN_MINUTES, appointments.MAX_MINUTES)
            ),
            "place": _text(appointments.MAX_PLACE),
            "contact_id": _helper(),
            "notes": _text(appointments.MAX_NOTES),
            "weekly": FLAG,
            "until": _maybe("text", a_date),
            "revision": Column("int", check=whole(0, MAX_ID)),
            "changed_at": _maybe("text", a_minute),
        },
        references=(("contact_id", "helpers"),),
        row_check=appointment_repeat,
    ),
    Table(
        "aftercare_plan",
        "id",
        {
            "id": ONLY_ROW,
            "next_step": Column("text", check=one_of(aftercare.NEXT_STEPS)),
            "first_week": _text(aftercare.MAX_TEXT),
            "warning_signs": _text(aftercare.MAX_TEXT),
            "coping_steps": _text(aftercare.MAX_TEXT),
        },
    ),
    Table(
        "medications",
        "id",
        {
            "id": ID,
            "name": _text(aftercare.MAX_NAME, required=True),
            "purpose": _text(aftercare.MAX_DETAIL),
            "notes": _text(aftercare.MAX_DETAIL),
        },
    ),
    Table(
        "allergies",
        "id",
        {
            "id": ID,
            "name": _text(aftercare.MAX_NAME, required=True),
            "reaction": _text(aftercare.MAX_DETAIL),
        },
    ),
    Table(
        "safety_plan",
        "id",
        {
            "id": ONLY_ROW,
            **{step: _text(safety_plan.MAX_TEXT) for step in safety_plan.TEXT_STEPS},
            "changed_at": _maybe("text", a_minute),
        },
        since=3,
    ),
    Table(
        "safety_plan_people",
        "id",
        {
            "id": ID,
            "contact_id": Column("int", missing_ok=False, check=whole(1, MAX_ID)),
            "step": Column("text", missing_ok=False, check=one_of(safety_plan.PEOPLE_STEPS)),
            "position": POSITION,
        },
        unique=(("contact_id", lambda value: value),),
        references=(("contact_id", "helpers"),),
        since=3,
    ),
    Table(
        "overdose_plan",
        "id",
        {
            "id": ONLY_ROW,
            "naloxone_place": _text(overdose_plan.MAX_PLACE),
            "naloxone_doses": _rating((0, overdose_plan.MAX_DOSES)),
            "naloxone_expires": _maybe("text", a_date),
            "commitments": _text(overdose_plan.MAX_COMMITMENTS),
            "changed_at": _maybe("text", a_minute),
        },
        since=3,
    ),
    Table(
        "cravings",
        "id",
        {
            "id": ID,
            "started_at": Column("text", missing_ok=False, check=a_minute),
            "kind": Column("text", missing_ok=False, check=one_of(cravings.KINDS)),
            "seconds": Column("real", check=number(0, cravings.MAX_SECONDS)),
            "completed": FLAG,
            "strength_before": _rating(cravings.STRENGTH),
            "strength_after": _rating(cravings.STRENGTH),
            "trigger": _maybe("text", one_of(cravings.TRIGGERS)),
            "needs": Column("text", check=needs_list),
            "note": _text(cravings.MAX_NOTE),
        },
        since=3,
    ),
    Table(
        "conversation_plans",
        "id",
        {
            "id": ID,
            "helper_id": _helper(),
            "title": _text(conversations.MAX_TITLE, required=True),
            **{step: _text(conversations.MAX_STEP) for step in conversations.STEPS},
            "created_at": Column("text", missing_ok=False, check=a_moment),
            "changed_at": Column("text", missing_ok=False, check=a_moment),
        },
        references=(("helper_id", "helpers"),),
        since=4,
    ),
    Table(
        "helper_check_ins",
        "id",
        {
            "id": ID,
            "helper_id": Column("int", missing_ok=False, check=whole(1, MAX_ID)),
            "day": Column("text", missing_ok=False, check=a_date),
            "stress": _rating(helper_checkins.STRESS),
            "sleep_hours": _maybe("real", number(*helper_checkins.SLEEP_HOURS, 0.5)),
            "self_care": _text(helper_checkins.MAX_SELF_CARE),
            "note": _text(helper_checkins.MAX_NOTE),
        },
        references=(("helper_id", "helpers"),),
        together=("helper_id", "day"),
        since=4,
    ),
    Table(
        "helper_skills",
        "id",
        {
            "id": ID,
            "helper_id": Column("int", missing_ok=False, check=whole(1, MAX_ID)),
            "week": Column("text", missing_ok=False, check=a_date),
            "skill": Column(
                "text", missing_ok=False, check=text(family_skills.MAX_SKILL_KEY, blank=False)
            ),
            "practised_on": _maybe("text", a_date),
        },
        references=(("helper_id", "helpers"),),
        together=("helper_id", "week"),
        since=4,
    ),
    Table(
        "shared_plan",
        "id",
        {
            "id": ONLY_ROW,
            "plan_id": Column(
                "text", missing_ok=False, check=text(share.PLAN_ID_LENGTH, blank=False)
            ),
            "me": _helper(),
            "written_at": Column("text", missing_ok=False, check=a_moment),
            "opened_at": Column("text", missing_ok=False, check=a_moment),
            "document": Column("text", missing_ok=False, check=json_object(share.MAX_SHARE_BYTES)),
        },
        since=4,
    ),
    Table(
        "shared_task_changes",
        "task_id",
        {
            "task_id": ID,
            "done_on": _maybe("text", a_date),
            "note": _text(share.MAX_HELPER_NOTE),
            "changed_at": Column("text", missing_ok=False, check=a_moment),
        },
        since=4,
    ),
    Table(
        "progress_merges",
        "id",
        {
            "id": ID,
            "merged_at": Column("text", missing_ok=False, check=a_moment),
            "helper_name": _text(people.MAX_NAME),
            "changes": Column("text", missing_ok=False, check=json_list(share.MAX_SHARE_BYTES)),
            "undone": FLAG,
        },
        since=4,
    ),
)

SPECS: dict[str, Table] = {table.name: table for table in _SPECS}
"""Every exported table, parents before the tables that refer to them."""

TABLES: tuple[str, ...] = tuple(SPECS)
