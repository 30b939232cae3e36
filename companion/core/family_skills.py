"""The skills a helper can practise, one suggested each week on the helper's Today, from
the family track in Learn (resources/content/family-skills.toml). A helper marks the
week's skill practised; that is kept per helper per week (the Monday it starts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from companion.core import content
from companion.core.content import ContentError, per_language
from companion.core.validate import InvalidInputError, iso_date

MAX_SKILL_KEY = 60
SKILLS_FILE = "content/family-skills.toml"
KEY = re.compile(r"[a-z]+(-[a-z]+)*")
FIRST_MONDAY = date(1900, 1, 1)
"""A Monday: weeks are counted from it, so the skill of a week never depends on today."""


@dataclass(frozen=True)
class Skill:
    """One skill: its key, a short imperative title, what to do this week, and the Learn
    section (on the family track) it comes from."""

    key: str
    title: str
    practice: str
    learn: str


def load_skills(root: Path | None = None) -> tuple[Skill, ...]:
    """The skills in the current language, in order; ContentError when the file is missing
    or malformed. `root` reads another resources folder (for tests)."""
    if root is None:
        return _load_shipped()
    return parse_skills(_read(root))


@per_language
def _load_shipped() -> tuple[Skill, ...]:
    return parse_skills(content.load_toml(SKILLS_FILE))


def _read(root: Path) -> dict[str, Any]:
    import tomllib

    path = content.localized(SKILLS_FILE, root)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"Could not read {SKILLS_FILE}: {error}") from error


def parse_skills(data: dict[str, Any]) -> tuple[Skill, ...]:
    """The skills in a file's data, or ContentError naming what is wrong."""
    rows = data.get("skills")
    if not isinstance(rows, list) or not rows:
        raise ContentError("family-skills.toml has no [[skills]]")
    skills: list[Skill] = []
    for row in rows:
        if not isinstance(row, dict):
            raise ContentError("family-skills.toml: a skill is not a table")
        values = {}
        for field in ("key", "title", "practice", "learn"):
            value = row.get(field)
            if not isinstance(value, str) or not value.strip():
                raise ContentError(f"family-skills.toml: a skill has no {field}")
            values[field] = value.strip()
        if len(values["key"]) > MAX_SKILL_KEY or not KEY.fullmatch(values["key"]):
            raise ContentError(f"family-skills.toml: bad key {values['key']!r}")
        skills.append(Skill(**values))
    keys = [skill.key for skill in skills]
    if len(set(keys)) != len(keys):
        raise ContentError("family-skills.toml: two skills have the same key")
    return tuple(skills)


def week_of(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def skill_for_week(skills: tuple[Skill, ...] | list[Skill], monday: date) -> Skill:
    """The skill for the week starting `monday` (any day of it will do): one after another,
    a new one each week, starting again after the last. ValueError with no skills."""
    if not skills:
        raise ValueError("no skills to suggest")
    weeks = (week_of(monday) - FIRST_MONDAY).days // 7
    return skills[weeks % len(skills)]


def _check(db: Database, helper_id: int, monday: date) -> None:
    from companion.core.helper_mode import require_helper

    require_helper(db, helper_id)
    if not isinstance(monday, date) or week_of(monday) != monday:
        raise InvalidInputError("week", "bad-date", "A week is given by its Monday.")


def practised(db: Database, helper_id: int, monday: date) -> bool:
    """Whether the helper marked the week's skill practised."""
    row = db.execute(
        "SELECT practised_on FROM helper_skills WHERE helper_id = ? AND week = ?",
        [helper_id, iso_date(week_of(monday))],
    ).fetchone()
    return row is not None and row[0] is not None


def mark_practised(
    db: Database, helper_id: int, monday: date, skill_key: str, today: date, done: bool = True
) -> None:
    """Mark the week's skill practised on `today` (or, with done=False, not practised).
    InvalidInputError, and nothing stored, for a helper who is not a contact, a day that is
    not a Monday, or a key that cannot be a skill's."""
    _check(db, helper_id, monday)
    if (
        not isinstance(skill_key, str)
        or len(skill_key) > MAX_SKILL_KEY
        or not KEY.fullmatch(skill_key)
    ):
        raise InvalidInputError("skill", "unknown-choice", "That is not a skill's key.")
    with db.atomic():
        db.table("helper_skills").upsert(
            {
                "helper_id": helper_id,
                "week": iso_date(monday),
                "skill": skill_key,
                "practised_on": iso_date(today) if done else None,
            },
            pk=("helper_id", "week"),
        )
