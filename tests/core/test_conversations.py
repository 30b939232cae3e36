"""A helper's conversation plans: saving and changing them, whose they are, the newest
first, removing with undo, refusing what cannot be saved (and then changing nothing),
and the worksheet's steps in both languages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core import content, conversations, people
from companion.core.content import ContentError
from companion.core.conversations import MAX_STEP, MAX_TITLE, STEPS, ConversationPlan
from companion.core.validate import InvalidInputError

NOW = datetime(2026, 12, 1, 18, 20, 31, 999, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def _helper(db, name="Ana"):
    return people.save_person(db, None, name=name).id


def _rows(db):
    return list(db.query("SELECT * FROM conversation_plans ORDER BY id"))


def test_a_new_plan_is_stored_trimmed_with_every_step_in_talk_order(db):
    ana = _helper(db)
    plan = conversations.save_plan(
        db,
        None,
        helper_id=ana,
        title="  Sunday talk ",
        steps={"opening": " I loved dinner.\n", "moment": "Saturday"},
        now=NOW,
    )
    assert plan.title == "Sunday talk"
    assert list(plan.steps) == list(STEPS)
    assert plan.steps["moment"] == "Saturday"
    assert plan.steps["opening"] == "I loved dinner."
    assert plan.steps["fallback"] == ""
    assert plan.helper_id == ana
    assert plan.created_at == plan.changed_at == "2026-12-01T18:20:31+00:00"
    assert conversations.get_plan(db, plan.id) == plan
    assert plan.written() == ["moment", "opening"]


def test_times_are_kept_in_utc_to_the_second(db):
    madrid = timezone(timedelta(hours=1))
    plan = conversations.save_plan(
        db,
        None,
        helper_id=None,
        title="T",
        steps={},
        now=datetime(2026, 12, 1, 10, 0, 5, tzinfo=madrid),
    )
    assert plan.created_at == "2026-12-01T09:00:05+00:00"


def test_changing_a_plan_keeps_when_it_was_made(db):
    plan = conversations.save_plan(db, None, helper_id=None, title="T", steps={}, now=NOW)
    later = NOW + timedelta(hours=2)
    changed = conversations.save_plan(
        db, plan.id, helper_id=None, title="New", steps={"asking": "Come with me"}, now=later
    )
    assert changed.id == plan.id
    assert changed.created_at == plan.created_at
    assert changed.changed_at == "2026-12-01T20:20:31+00:00"
    assert changed.title == "New" and changed.steps["asking"] == "Come with me"
    assert len(_rows(db)) == 1


def test_each_helper_sees_their_own_plans_newest_changed_first(db):
    ana, ben = _helper(db, "Ana"), _helper(db, "Ben")
    first = conversations.save_plan(db, None, helper_id=ana, title="One", steps={}, now=NOW)
    second = conversations.save_plan(
        db, None, helper_id=ana, title="Two", steps={}, now=NOW + timedelta(minutes=1)
    )
    conversations.save_plan(db, None, helper_id=ben, title="Ben's", steps={}, now=NOW)
    assert [p.title for p in conversations.list_plans(db, ana)] == ["Two", "One"]
    conversations.save_plan(
        db, first.id, helper_id=ana, title="One", steps={}, now=NOW + timedelta(minutes=5)
    )
    assert [p.id for p in conversations.list_plans(db, ana)] == [first.id, second.id]
    assert [p.title for p in conversations.list_plans(db, ben)] == ["Ben's"]
    assert conversations.list_plans(db, None) == []


def test_removing_a_plan_can_be_undone_exactly(db):
    ana = _helper(db)
    plan = conversations.save_plan(
        db, None, helper_id=ana, title="T", steps={"avoid": "No blame"}, now=NOW
    )
    removed = conversations.delete_plan(db, plan.id)
    assert removed == plan
    assert conversations.get_plan(db, plan.id) is None
    assert conversations.delete_plan(db, plan.id) is None
    assert conversations.restore_plan(db, removed) == plan
    assert conversations.list_plans(db, ana) == [plan]


def test_a_plan_put_back_after_its_helper_left_belongs_to_no_one(db):
    ana = _helper(db)
    plan = conversations.save_plan(db, None, helper_id=ana, title="T", steps={}, now=NOW)
    removed = conversations.delete_plan(db, plan.id)
    people.delete_person(db, ana)
    assert removed is not None
    assert conversations.restore_plan(db, removed).helper_id is None


def test_removing_the_helper_keeps_their_plans(db):
    ana = _helper(db)
    plan = conversations.save_plan(db, None, helper_id=ana, title="T", steps={}, now=NOW)
    people.delete_person(db, ana)
    kept = conversations.get_plan(db, plan.id)
    assert kept is not None and kept.helper_id is None


@pytest.mark.parametrize(
    ("title", "steps", "helper", "field", "reason"),
    [
        ("", {}, None, "title", "required"),
        ("   \n", {}, None, "title", "required"),
        ("x" * (MAX_TITLE + 1), {}, None, "title", "too-long"),
        ("T", {"noticed": "x" * (MAX_STEP + 1)}, None, "what I noticed", "too-long"),
        ("T", {"feeling": "bad \ud800"}, None, "how I feel", "bad-text"),
        ("T", {"weather": "sunny"}, None, "step", "unknown-choice"),
        ("T", {}, 999, "people", "unknown-choice"),
        ("T", {}, True, "people", "unknown-choice"),
    ],
)
def test_what_cannot_be_saved_is_refused_and_nothing_changes(
    db, title, steps, helper, field, reason
):
    ana = _helper(db)
    plan = conversations.save_plan(db, None, helper_id=ana, title="Kept", steps={}, now=NOW)
    before = _rows(db)
    for plan_id in (None, plan.id):
        with pytest.raises(InvalidInputError) as refused:
            conversations.save_plan(
                db, plan_id, helper_id=helper, title=title, steps=steps, now=NOW
            )
        assert (refused.value.field, refused.value.reason) == (field, reason)
        assert _rows(db) == before


def test_a_plan_removed_meanwhile_is_not_brought_back_by_a_save(db):
    plan = conversations.save_plan(db, None, helper_id=None, title="T", steps={}, now=NOW)
    conversations.delete_plan(db, plan.id)
    with pytest.raises(InvalidInputError) as refused:
        conversations.save_plan(db, plan.id, helper_id=None, title="T", steps={}, now=NOW)
    assert refused.value.reason == "missing"
    assert _rows(db) == []


def test_text_at_the_limits_is_kept_whole(db):
    steps = {key: "é" * MAX_STEP for key in STEPS}
    plan = conversations.save_plan(
        db, None, helper_id=None, title="t" * MAX_TITLE, steps=steps, now=NOW
    )
    assert plan.steps == steps and len(plan.title) == MAX_TITLE


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=st.text(max_size=MAX_TITLE + 20),
    step=st.sampled_from(STEPS),
    words=st.text(max_size=MAX_STEP + 20),
)
def test_any_text_is_stored_cleaned_or_refused_with_nothing_changed(db, title, step, words):
    before = _rows(db)
    try:
        plan = conversations.save_plan(
            db, None, helper_id=None, title=title, steps={step: words}, now=NOW
        )
    except InvalidInputError as refused:
        assert refused.field in ("title", conversations.STEP_FIELDS[step])
        assert _rows(db) == before
        return
    assert plan.title == title.strip() and 0 < len(plan.title) <= MAX_TITLE
    assert plan.steps[step] == words.strip() and len(plan.steps[step]) <= MAX_STEP
    assert conversations.get_plan(db, plan.id) == plan
    conversations.delete_plan(db, plan.id)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_worksheet_has_every_step_with_a_question_hint_and_example(language):
    content.set_language(language)
    steps = conversations.load_steps()
    assert tuple(step.key for step in steps) == STEPS
    for step in steps:
        assert step.question and step.hint and step.example
        assert len(step.hint) <= 120, step.hint  # one line
        assert len(step.example) <= MAX_STEP


def test_the_spanish_worksheet_is_spanish():
    english = conversations.load_steps()
    content.set_language("es")
    spanish = conversations.load_steps()
    for one, other in zip(english, spanish, strict=True):
        assert one.question != other.question
        assert one.example != other.example


def test_a_worksheet_file_without_every_step_is_refused(monkeypatch):
    monkeypatch.setattr(
        conversations,
        "load_toml",
        lambda _path: {
            "sources": ["x"],
            "steps": [{"key": "moment", "question": "q", "hint": "h", "example": "e"}],
        },
    )
    conversations.load_steps.cache_clear()
    try:
        with pytest.raises(ContentError):
            conversations.load_steps()
    finally:
        conversations.load_steps.cache_clear()


def test_a_plan_is_a_plain_record():
    plan = ConversationPlan(1, None, "T", {key: "" for key in STEPS})
    assert plan.written() == []
