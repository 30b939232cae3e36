"""The weekly skill: reading the skills file (a broken one is refused whole), a new skill
each week in turn, and marking it practised per helper per week."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core import family_skills, helper_mode
from companion.core.content import ContentError
from companion.core.family_skills import Skill
from companion.core.validate import InvalidInputError

MONDAY = date(2026, 3, 9)

SKILLS_TOML = """
# Skills for helpers (a test copy)
sources = ["A test source"]

[[skills]]
key = "positive-words"
title = "Say it positively"
practice = "Once this week, ask for something in positive words."
learn = "family-talking"

[[skills]]
key = "notice-steps"
title = "Notice a step forward"
practice = "Say thank you for one step forward."
learn = "family-rewarding"

[[skills]]
key = "time-for-you"
title = "Take time for yourself"
practice = "Do one thing for yourself."
learn = "family-self-care"
"""


def _root(tmp_path: Path, text: str = SKILLS_TOML) -> Path:
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "content" / "family-skills.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_skills_are_read_in_order(tmp_path):
    skills = family_skills.load_skills(_root(tmp_path))
    assert [s.key for s in skills] == ["positive-words", "notice-steps", "time-for-you"]
    assert skills[0] == Skill(
        "positive-words",
        "Say it positively",
        "Once this week, ask for something in positive words.",
        "family-talking",
    )


def test_spanish_is_read_from_its_own_folder(tmp_path):
    from companion.core import content

    root = _root(tmp_path)
    es = root / "locale" / "es" / "content"
    es.mkdir(parents=True)
    (es / "family-skills.toml").write_text(
        SKILLS_TOML.replace("Say it positively", "Dígalo en positivo"), encoding="utf-8"
    )
    content.set_language("es")
    try:
        assert family_skills.load_skills(root)[0].title == "Dígalo en positivo"
    finally:
        content.set_language("en")


@pytest.mark.parametrize(
    "broken",
    [
        "",
        "skills = 3",
        "[[skills]]\nkey = 'a'\ntitle = 'T'\npractice = 'P'\n",  # no learn
        "[[skills]]\nkey = 'Bad Key'\ntitle = 'T'\npractice = 'P'\nlearn = 'l'\n",
        "[[skills]]\nkey = 'a'\ntitle = ' '\npractice = 'P'\nlearn = 'l'\n",
        "[[skills]]\nkey = 'a'\ntitle = 'T'\npractice = 'P'\nlearn = 'l'\n" * 2,  # same key
        "[[skills]\n",  # not TOML
        f"[[skills]]\nkey = '{'a' * 61}'\ntitle = 'T'\npractice = 'P'\nlearn = 'l'\n",
    ],
)
def test_a_broken_file_is_refused_whole(tmp_path, broken):
    with pytest.raises(ContentError):
        family_skills.load_skills(_root(tmp_path, broken))


def test_a_missing_file_is_a_content_error(tmp_path):
    with pytest.raises(ContentError):
        family_skills.load_skills(tmp_path)


@settings(max_examples=200)
@given(st.dictionaries(st.text(max_size=8), st.recursive(st.none() | st.text(), st.lists)))
def test_any_data_gives_skills_or_a_content_error(data):
    try:
        skills = family_skills.parse_skills(data)
    except ContentError:
        return
    assert skills and all(isinstance(s, Skill) for s in skills)


def test_the_week_starts_on_monday():
    for offset in range(7):
        assert family_skills.week_of(MONDAY + timedelta(days=offset)) == MONDAY
    assert family_skills.week_of(MONDAY - timedelta(days=1)) == MONDAY - timedelta(days=7)


def test_a_new_skill_each_week_in_turn(tmp_path):
    skills = family_skills.load_skills(_root(tmp_path))
    weeks = [family_skills.skill_for_week(skills, MONDAY + timedelta(weeks=n)) for n in range(6)]
    keys = [s.key for s in weeks]
    assert len(set(keys[:3])) == 3  # each once before any comes again
    assert keys[3:] == keys[:3]
    # any day of the week gives the week's skill
    assert family_skills.skill_for_week(skills, MONDAY + timedelta(days=6)) == weeks[0]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_every_week_has_a_skill(day):
    skills = (Skill("a", "A", "a", "x"), Skill("b", "B", "b", "x"))
    assert family_skills.skill_for_week(skills, day) in skills


def test_no_skills_is_an_error():
    with pytest.raises(ValueError):
        family_skills.skill_for_week((), MONDAY)


def test_marking_practised_per_helper_per_week(db):
    ana = helper_mode.add_helper(db, "Ana")
    ben = helper_mode.add_helper(db, "Ben")
    assert not family_skills.practised(db, ana, MONDAY)
    family_skills.mark_practised(db, ana, MONDAY, "positive-words", MONDAY + timedelta(days=2))
    assert family_skills.practised(db, ana, MONDAY)
    assert family_skills.practised(db, ana, MONDAY + timedelta(days=3))  # any day of it
    assert not family_skills.practised(db, ben, MONDAY)
    assert not family_skills.practised(db, ana, MONDAY + timedelta(weeks=1))
    row = next(db.table("helper_skills").rows)
    assert row["week"] == "2026-03-09" and row["practised_on"] == "2026-03-11"
    family_skills.mark_practised(db, ana, MONDAY, "positive-words", MONDAY, done=False)
    assert not family_skills.practised(db, ana, MONDAY)
    assert db.table("helper_skills").count == 1  # one row per helper per week


@pytest.mark.parametrize(
    ("helper", "monday", "key", "field"),
    [
        (999, MONDAY, "positive-words", "helper"),
        ("ana", "2026-03-09", "positive-words", "week"),
        ("ana", MONDAY + timedelta(days=1), "positive-words", "week"),
        ("ana", MONDAY, "", "skill"),
        ("ana", MONDAY, "Not A Key", "skill"),
        ("ana", MONDAY, "a" * 61, "skill"),
    ],
)
def test_bad_marks_are_refused_and_nothing_stored(db, helper, monday, key, field):
    ana = helper_mode.add_helper(db, "Ana")
    helper_id = ana if helper == "ana" else helper
    with pytest.raises(InvalidInputError) as raised:
        family_skills.mark_practised(db, helper_id, monday, key, MONDAY)
    assert raised.value.field == field
    assert db.table("helper_skills").count == 0


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_shipped_skills_come_from_the_family_track(language):
    from companion.core import content, learn

    content.set_language(language)
    try:
        skills = family_skills.load_skills()
    finally:
        content.set_language("en")
    assert len(skills) >= 8
    assert {skill.learn for skill in skills} <= set(learn.FAMILY_TRACK)
    english = family_skills.load_skills()
    assert [s.key for s in skills] == [s.key for s in english]  # the same week, same skill
