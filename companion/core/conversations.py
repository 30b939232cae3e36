"""A helper's conversation plans: worksheets to prepare a talk with the person they are
helping, in the order the talk goes (a good time and place, a positive opening, what I
have noticed, how I feel, what I am asking for, how I can help, what I will avoid, and
what I will do if it goes badly). A helper may keep several.

The questions, hints and examples for each step are content
(resources/content/conversation-steps.toml, in the app's language, written from the
CRAFT positive-communication sources it lists); `load_steps` reads them. Times are the
injected `now` in UTC to the second.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from companion.core.content import ContentError, load_toml, per_language
from companion.core.people import require_known
from companion.core.validate import InvalidInputError, clean_text

MAX_TITLE = 120
MAX_STEP = 1000
STEPS = ("moment", "opening", "noticed", "feeling", "asking", "offer", "avoid", "fallback")
"""The worksheet's steps, in the order of the talk (the columns of conversation_plans)."""

STEP_FIELDS = {
    "moment": "time and place",
    "opening": "opening",
    "noticed": "what I noticed",
    "feeling": "how I feel",
    "asking": "what I am asking",
    "offer": "how I can help",
    "avoid": "what I will avoid",
    "fallback": "if it goes badly",
}
"""The name each step has in a refusal (the UI says it in the person's language)."""

_COLUMNS = ("id", "helper_id", "title", *STEPS, "created_at", "changed_at")


@dataclass(frozen=True)
class ConversationPlan:
    """One worksheet: its title, whose it is (a contact, or None), the words written for
    each step (every key of STEPS, in that order; "" when not written), and when it was
    made and last changed (UTC ISO 8601 to the second)."""

    id: int
    helper_id: int | None
    title: str
    steps: dict[str, str] = field(default_factory=dict)
    created_at: str = ""
    changed_at: str = ""

    def written(self) -> list[str]:
        """The keys of the steps with words in them, in talk order."""
        return [key for key in STEPS if self.steps.get(key, "").strip()]


@dataclass(frozen=True)
class Step:
    """What the worksheet asks at one step: the question, a one-line hint and an example."""

    key: str
    question: str
    hint: str
    example: str


def _stamp(now: datetime) -> str:
    """`now` in UTC, to the second (a naive time is taken as the computer's local time)."""
    return now.astimezone(UTC).isoformat(timespec="seconds")


def _plan(row: Mapping[str, Any]) -> ConversationPlan:
    helper = row["helper_id"]
    return ConversationPlan(
        id=int(row["id"]),
        helper_id=int(helper) if helper is not None else None,
        title=str(row["title"] or ""),
        steps={key: str(row[key] or "") for key in STEPS},
        created_at=str(row["created_at"] or ""),
        changed_at=str(row["changed_at"] or ""),
    )


def _clean(
    db: Database, helper_id: int | None, title: str, steps: Mapping[str, str]
) -> dict[str, Any]:
    """The row to store, or InvalidInputError (nothing checked is stored)."""
    unknown = [key for key in steps if key not in STEPS]
    if unknown:
        raise InvalidInputError("step", "unknown-choice", f"There is no step {unknown[0]!r}.")
    values: dict[str, Any] = {"title": clean_text(title, "title", MAX_TITLE, required=True)}
    for key in STEPS:
        values[key] = clean_text(steps.get(key, ""), STEP_FIELDS[key], MAX_STEP)
    if helper_id is not None:
        require_known(db, [helper_id])
    values["helper_id"] = helper_id
    return values


def save_plan(
    db: Database,
    plan_id: int | None,
    *,
    helper_id: int | None,
    title: str,
    steps: Mapping[str, str],
    now: datetime,
) -> ConversationPlan:
    """Store a new plan (`plan_id` None) or change one, and return it as stored: texts
    trimmed, steps not given left empty. InvalidInputError, and nothing stored, for a
    blank or too long title, a step too long or unknown, a helper who is not a contact,
    or a plan that no longer exists."""
    stamp = _stamp(now)
    with db.atomic():
        values = _clean(db, helper_id, title, steps)
        if plan_id is None:
            values["created_at"] = stamp
            values["changed_at"] = stamp
            cursor = db.execute(
                f"INSERT INTO conversation_plans ({', '.join(values)}) "
                f"VALUES ({', '.join('?' for _ in values)})",
                list(values.values()),
            )
            plan_id = int(cursor.lastrowid or 0)
        else:
            if get_plan(db, plan_id) is None:
                raise InvalidInputError(
                    "conversation plan", "missing", "That conversation plan no longer exists."
                )
            values["changed_at"] = stamp
            db.table("conversation_plans").update(plan_id, values)
    saved = get_plan(db, plan_id)
    assert saved is not None
    return saved


def get_plan(db: Database, plan_id: int) -> ConversationPlan | None:
    rows = list(db.query("SELECT * FROM conversation_plans WHERE id = ?", [plan_id]))
    return _plan(rows[0]) if rows else None


def list_plans(db: Database, helper_id: int | None) -> list[ConversationPlan]:
    """The helper's plans (those of no one when `helper_id` is None), the one changed most
    recently first."""
    if helper_id is None:
        where, params = "helper_id IS NULL", []
    else:
        where, params = "helper_id = ?", [helper_id]
    rows = db.query(
        f"SELECT * FROM conversation_plans WHERE {where} ORDER BY changed_at DESC, id DESC",
        params,
    )
    return [_plan(row) for row in rows]


def delete_plan(db: Database, plan_id: int) -> ConversationPlan | None:
    """Remove a plan; what was removed (for `restore_plan`), or None when there was none."""
    with db.atomic():
        plan = get_plan(db, plan_id)
        if plan is not None:
            db.execute("DELETE FROM conversation_plans WHERE id = ?", [plan_id])
    return plan


def restore_plan(db: Database, plan: ConversationPlan) -> ConversationPlan:
    """Put back a removed plan exactly as it was (undo), under its own id. If its helper
    was removed meanwhile, it comes back belonging to no one."""
    with db.atomic():
        values = _clean(db, None, plan.title, plan.steps)
        known = db.execute("SELECT 1 FROM helpers WHERE id = ?", [plan.helper_id]).fetchone()
        values["helper_id"] = plan.helper_id if known else None
        row = {"id": plan.id, **values, "created_at": plan.created_at}
        row["changed_at"] = plan.changed_at
        db.table("conversation_plans").upsert(row, pk="id")
    restored = get_plan(db, plan.id)
    assert restored is not None
    return restored


@per_language
def load_steps() -> tuple[Step, ...]:
    """The worksheet's steps in talk order, in the current language; ContentError when the
    file is missing, malformed or does not hold exactly the steps of STEPS."""
    data = load_toml("content/conversation-steps.toml")
    try:
        found = tuple(
            Step(
                key=str(step["key"]),
                question=str(step["question"]).strip(),
                hint=str(step["hint"]).strip(),
                example=str(step["example"]).strip(),
            )
            for step in data["steps"]
        )
        sources = [str(source) for source in data["sources"]]
    except (KeyError, TypeError) as error:
        raise ContentError(f"conversation-steps.toml is missing a field: {error}") from error
    if tuple(step.key for step in found) != STEPS:
        raise ContentError("conversation-steps.toml must hold the steps in the order of STEPS")
    if not sources or not all(s.question and s.hint and s.example for s in found):
        raise ContentError("conversation-steps.toml has an empty question, hint or example")
    return found
