"""Lists of lines and of tags share one limit check; checklist items are cleaned the same
way when added and when changed."""

from __future__ import annotations

import pytest

from companion.core import checklist
from companion.core.content import load_checklist_template
from companion.core.journal_checks import lines, tag_list
from companion.core.validate import InvalidInputError


@pytest.mark.parametrize("read", [lines, tag_list])
def test_lines_and_tags_keep_to_the_same_limits(read):
    assert read(["a", "b"], "wins", 2, 3) == ("a", "b")
    with pytest.raises(InvalidInputError) as too_many:
        read(["a", "b", "c"], "wins", 2, 3)
    with pytest.raises(InvalidInputError) as too_long:
        read(["abcd"], "wins", 2, 3)
    for problem in (too_many.value, too_long.value):
        assert (problem.field, problem.reason) == ("wins", "too-long")
        assert str(problem) == "At most 2 wins, each up to 3 characters, please."


def test_an_item_is_cleaned_alike_when_added_and_when_changed(db):
    checklist.ensure_template(db, load_checklist_template())
    category = "packing"
    item = checklist.save_item(
        db, None, category=category, title="  Pack a bag  ", notes=" socks ", due="2026-03-10"
    )
    assert (item.title, item.notes, str(item.due)) == ("Pack a bag", "socks", "2026-03-10")
    changed = checklist.save_item(
        db, item.id, title=" Pack two bags ", category=category, notes=" ", due=None
    )
    assert (changed.title, changed.notes, changed.due) == ("Pack two bags", "", None)
    for save in (
        lambda: checklist.save_item(db, None, category=category, title="   "),
        lambda: checklist.save_item(db, item.id, title="", category=category),
    ):
        with pytest.raises(InvalidInputError) as refused:
            save()
        assert (refused.value.field, refused.value.reason) == ("title", "required")


def test_guided_exercises_share_what_they_say_of_themselves():
    from companion.core.exercises import Guided, load_catalog

    catalog = load_catalog()
    for exercise in (catalog.muscle, catalog.grounding):
        assert isinstance(exercise, Guided)
        assert exercise.name and exercise.steps
        assert catalog.by_key[exercise.key] is exercise
