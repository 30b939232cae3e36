"""The person's safety plan: seven steps written calmly, to use when things get hard.

The steps follow public safety-planning guidance: warning signs, things to do alone to feel
calmer, people and places that take the mind off things, people to ask for help,
professionals and services, making the surroundings safer, and reasons for living. Steps 4
and 5 name contacts from the Plan (`PEOPLE_STEPS`); the region's helplines join step 5 when
the plan is shown or printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from companion.core.people import require_known
from companion.core.validate import InvalidInputError, clean_text, iso_minute

MAX_TEXT = 2000  # each written step
HELP = "help"  # step 4: people I can ask for help
PROFESSIONAL = "professional"  # step 5: professionals and services
PEOPLE_STEPS = (HELP, PROFESSIONAL)
TEXT_STEPS = ("warning_signs", "calming", "distractions", "surroundings", "reasons")


@dataclass(frozen=True)
class SafetyPlan:
    """The written steps (1, 2, 3, 6 and 7), the contacts named in steps 4 and 5 in the
    order the person put them, and when the plan was last changed (local, to the minute)."""

    warning_signs: str = ""
    calming: str = ""
    distractions: str = ""
    surroundings: str = ""
    reasons: str = ""
    helpers: tuple[int, ...] = ()
    professionals: tuple[int, ...] = ()
    changed_at: str | None = None


STEP_COUNT = 7
_TEXT_FIELDS = {
    "warning_signs": "warning signs",
    "calming": "things that calm me",
    "distractions": "people and places",
    "surroundings": "safer surroundings",
    "reasons": "reasons",
}


def get_safety_plan(db: Database) -> SafetyPlan:
    """The saved plan, or an empty one when nothing has been written yet."""
    rows = list(db.table("safety_plan").rows_where("id = 1"))
    people = db.execute(
        "SELECT contact_id, step FROM safety_plan_people ORDER BY position, id"
    ).fetchall()
    helpers = tuple(int(cid) for cid, step in people if step == HELP)
    professionals = tuple(int(cid) for cid, step in people if step == PROFESSIONAL)
    if not rows:
        return SafetyPlan(helpers=helpers, professionals=professionals)
    row = rows[0]
    return SafetyPlan(
        **{name: row[name] or "" for name in TEXT_STEPS},
        helpers=helpers,
        professionals=professionals,
        changed_at=row["changed_at"],
    )


def save_safety_plan(db: Database, plan: SafetyPlan, now: datetime) -> SafetyPlan:
    """Store the whole plan (texts trimmed, people in the order given) and return it as
    stored; InvalidInputError and nothing stored when a text is too long or a contact is
    unknown or named twice."""
    texts = {
        name: clean_text(getattr(plan, name), label, MAX_TEXT)
        for name, label in _TEXT_FIELDS.items()
    }
    chosen = list(plan.helpers) + list(plan.professionals)
    if len(set(chosen)) != len(chosen):
        raise InvalidInputError("people", "duplicate", "A contact can be named only once.")
    changed_at = iso_minute(now)
    with db.atomic():
        require_known(db, chosen)
        db.table("safety_plan").upsert({"id": 1, **texts, "changed_at": changed_at}, pk="id")
        db.execute("DELETE FROM safety_plan_people")
        for step, ids in ((HELP, plan.helpers), (PROFESSIONAL, plan.professionals)):
            for position, cid in enumerate(ids):
                db.execute(
                    "INSERT INTO safety_plan_people (contact_id, step, position) VALUES (?, ?, ?)",
                    [cid, step, position],
                )
    return SafetyPlan(
        **texts,
        helpers=tuple(plan.helpers),
        professionals=tuple(plan.professionals),
        changed_at=changed_at,
    )


def steps_done(plan: SafetyPlan) -> int:
    """How many of the seven steps have something the person wrote or picked."""
    written = sum(1 for name in TEXT_STEPS if getattr(plan, name).strip())
    return written + bool(plan.helpers) + bool(plan.professionals)


def has_safety_plan(plan: SafetyPlan) -> bool:
    """Whether the person wrote or picked anything at all."""
    return steps_done(plan) > 0


def is_complete(plan: SafetyPlan) -> bool:
    """Whether every one of the seven steps has something in it."""
    return steps_done(plan) == STEP_COUNT


def counts_as_made(plan: SafetyPlan) -> bool:
    """Enough to tick "Make a safety plan": people to ask for help and one written step."""
    return bool(plan.helpers) and any(getattr(plan, name).strip() for name in TEXT_STEPS)
