"""The relaxation exercises: the shipped catalog and the person's own breathing patterns."""

from __future__ import annotations

import pytest

from companion.core import exercises
from companion.core.content import ContentError
from companion.core.exercises import (
    BOUNDS,
    STEP,
    BreathingPattern,
    Grounding,
    MuscleRelaxation,
    all_breathing,
    delete_custom_pattern,
    exercise_name,
    find_exercise,
    list_custom_patterns,
    load_catalog,
    save_custom_pattern,
)
from companion.core.pacing import EXHALE, HOLD_IN, HOLD_OUT, INHALE, RELEASE, TENSE
from companion.core.validate import InvalidInputError

TIMINGS = ("inhale", "hold_in", "exhale", "hold_out")
SHIPPED_KEYS = ["paced", "calm", "box", "four-seven-eight", "extended-exhale"]


@pytest.fixture(autouse=True)
def fresh_catalog():
    load_catalog.cache_clear()
    yield
    load_catalog.cache_clear()


def _rows(db) -> list[dict]:
    return list(db.table("custom_patterns").rows_where(order_by="id"))


# --- the shipped catalog -------------------------------------------------------------------


def test_catalog_has_the_five_breathing_patterns_in_order():
    catalog = load_catalog()
    assert [p.key for p in catalog.breathing] == SHIPPED_KEYS
    assert all(isinstance(p, BreathingPattern) for p in catalog.breathing)
    assert all(p.custom_id is None for p in catalog.breathing)


@pytest.mark.parametrize(
    ("key", "timings", "cycle_seconds"),
    [
        ("paced", (4, 0, 6, 0), 10),
        ("calm", (5, 0, 5, 0), 10),
        ("box", (4, 4, 4, 4), 16),
        ("four-seven-eight", (4, 7, 8, 0), 19),
        ("extended-exhale", (4, 0, 8, 0), 12),
    ],
)
def test_breathing_timings_come_from_the_toml(key, timings, cycle_seconds):
    pattern = load_catalog().by_key[key]
    assert (pattern.inhale, pattern.hold_in, pattern.exhale, pattern.hold_out) == timings
    assert pattern.cycle_seconds == cycle_seconds


def test_four_seven_eight_is_limited_to_four_rounds():
    pattern = load_catalog().by_key["four-seven-eight"]
    assert pattern.max_cycles == 4
    assert pattern.default_cycles == 4
    assert pattern.default_minutes is None


def test_session_sizes():
    by_key = load_catalog().by_key
    assert by_key["paced"].default_minutes == 5
    assert by_key["calm"].default_minutes == 4
    assert by_key["box"].default_cycles == 4
    assert by_key["extended-exhale"].default_minutes == 5
    for pattern in load_catalog().breathing:
        assert (pattern.default_minutes is None) != (pattern.default_cycles is None), pattern.key


def test_every_exercise_has_a_name_summary_how_and_caution():
    catalog = load_catalog()
    assert catalog.caution.strip()
    assert "dizzy" in catalog.caution
    for exercise in (*catalog.breathing, catalog.muscle, catalog.grounding):
        assert exercise.name.strip(), exercise.key
        assert exercise.summary.strip(), exercise.key
        assert exercise.how.strip(), exercise.key
        assert exercise.caution.strip(), exercise.key
        assert isinstance(exercise.sources, tuple)


def test_muscle_relaxation_steps():
    muscle = load_catalog().muscle
    assert isinstance(muscle, MuscleRelaxation)
    assert muscle.key == "muscle-relaxation"
    assert len(muscle.steps) >= 8
    assert muscle.steps[0].group == "Hands and forearms"
    assert muscle.steps[-1].group == "Feet"
    for step in muscle.steps:
        assert 5 <= step.tense <= 10, step.group
        assert 10 <= step.release <= 30, step.group
        assert step.tense_cue.strip() and step.release_cue.strip()
    assert "doctor" in muscle.caution
    assert muscle.sources == (
        "What is “progressive muscle relaxation”? (Human Performance Resources by CHAMP, "
        "Uniformed Services University)",
    )


def test_grounding_counts_down_from_five():
    grounding = load_catalog().grounding
    assert isinstance(grounding, Grounding)
    assert grounding.key == "grounding"
    assert [s.count for s in grounding.steps] == [5, 4, 3, 2, 1]
    assert [s.sense for s in grounding.steps] == ["see", "feel", "hear", "smell", "taste"]
    assert all(s.prompt.strip() for s in grounding.steps)


def test_catalog_by_key_holds_every_exercise():
    catalog = load_catalog()
    assert set(catalog.by_key) == {*SHIPPED_KEYS, "muscle-relaxation", "grounding"}
    assert catalog.by_key["muscle-relaxation"] is catalog.muscle
    assert catalog.by_key["grounding"] is catalog.grounding


def test_catalog_is_loaded_once():
    assert load_catalog() is load_catalog()


# --- segments ------------------------------------------------------------------------------


def test_breathing_segments():
    segments = load_catalog().by_key["four-seven-eight"].segments()
    assert [s.kind for s in segments] == [INHALE, HOLD_IN, EXHALE, HOLD_OUT]
    assert [s.seconds for s in segments] == [4, 7, 8, 0]


def test_muscle_segments_are_tense_release_pairs_naming_the_group():
    muscle = load_catalog().muscle
    segments = muscle.segments()
    assert len(segments) == 2 * len(muscle.steps)
    for n, step in enumerate(muscle.steps):
        tense, release = segments[2 * n], segments[2 * n + 1]
        assert (tense.kind, release.kind) == (TENSE, RELEASE)
        assert (tense.seconds, release.seconds) == (step.tense, step.release)
        assert step.group in tense.label
        assert step.tense_cue in tense.label
        assert step.group in release.label
        assert step.release_cue in release.label


# --- custom patterns -----------------------------------------------------------------------


def test_add_and_list_custom_patterns_sorted_by_name(db):
    zen = save_custom_pattern(db, None, name="zen", inhale=4, hold_in=0, exhale=6, hold_out=0)
    alpha = save_custom_pattern(
        db, None, name="  Alpha  ", inhale=5.5, hold_in=1, exhale=7, hold_out=0.5
    )
    beta = save_custom_pattern(
        db, None, name="beta", inhale="3", hold_in="0", exhale="4.5", hold_out="0"
    )

    assert alpha.name == "Alpha"  # trimmed
    assert (alpha.inhale, alpha.hold_in, alpha.exhale, alpha.hold_out) == (5.5, 1, 7, 0.5)
    assert (beta.inhale, beta.exhale) == (3.0, 4.5)
    assert zen.key == f"custom-{zen.custom_id}"
    assert zen.default_minutes == 5
    assert [p.name for p in list_custom_patterns(db)] == ["Alpha", "beta", "zen"]
    assert list_custom_patterns(db) == [alpha, beta, zen]


def test_save_custom_pattern_changes_one(db):
    pattern = save_custom_pattern(
        db, None, name="Morning", inhale=4, hold_in=0, exhale=6, hold_out=0
    )
    updated = save_custom_pattern(
        db, pattern.custom_id, name="Evening", inhale=5, hold_in=2, exhale=8, hold_out=1.5
    )
    assert updated.custom_id == pattern.custom_id
    assert updated.key == pattern.key
    assert list_custom_patterns(db) == [updated]
    row = _rows(db)[0]
    assert (row["name"], row["inhale"], row["hold_in"], row["exhale"], row["hold_out"]) == (
        "Evening",
        5,
        2,
        8,
        1.5,
    )


def test_a_pattern_can_keep_its_own_name_in_another_case(db):
    pattern = save_custom_pattern(
        db, None, name="Morning", inhale=4, hold_in=0, exhale=6, hold_out=0
    )
    renamed = save_custom_pattern(
        db, pattern.custom_id, name="MORNING", inhale=4, hold_in=0, exhale=6, hold_out=0
    )
    assert renamed.name == "MORNING"


def test_delete_custom_pattern(db):
    keep = save_custom_pattern(db, None, name="Keep", inhale=4, hold_in=0, exhale=6, hold_out=0)
    gone = save_custom_pattern(db, None, name="Gone", inhale=4, hold_in=0, exhale=6, hold_out=0)
    delete_custom_pattern(db, gone.custom_id)
    assert list_custom_patterns(db) == [keep]
    delete_custom_pattern(db, gone.custom_id)  # already gone: harmless
    assert list_custom_patterns(db) == [keep]


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        ((4.25, 0, 6, 0), "inhale", "step"),
        ((4, 0.3, 6, 0), "hold_in", "step"),
        ((4, 0, 6.1, 0), "exhale", "step"),
        ((0.5, 0, 6, 0), "inhale", "out-of-range"),
        ((15.5, 0, 6, 0), "inhale", "out-of-range"),
        ((4, 25, 6, 0), "hold_in", "out-of-range"),
        ((4, -0.5, 6, 0), "hold_in", "out-of-range"),
        ((4, 0, 0, 0), "exhale", "out-of-range"),
        ((4, 0, 20.5, 0), "exhale", "out-of-range"),
        ((4, 0, 6, 25), "hold_out", "out-of-range"),
        ((4, 0, 6, float("nan")), "hold_out", "out-of-range"),
        ((float("inf"), 0, 6, 0), "inhale", "out-of-range"),
        (("four", 0, 6, 0), "inhale", "not-a-number"),
        ((4, None, 6, 0), "hold_in", "not-a-number"),
    ],
)
def test_bad_timings_are_refused_and_nothing_is_stored(db, values, field, reason):
    with pytest.raises(InvalidInputError) as caught:
        save_custom_pattern(db, None, name="Mine", **dict(zip(TIMINGS, values, strict=True)))
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert _rows(db) == []


def test_the_limits_themselves_are_allowed(db):
    low = save_custom_pattern(db, None, name="Low", **{f: BOUNDS[f][0] for f in TIMINGS})
    high = save_custom_pattern(db, None, name="High", **{f: BOUNDS[f][1] for f in TIMINGS})
    assert (low.inhale, low.hold_in, low.exhale, low.hold_out) == (1, 0, 1, 0)
    assert (high.inhale, high.hold_in, high.exhale, high.hold_out) == (15, 20, 20, 20)
    assert STEP == 0.5


@pytest.mark.parametrize(
    ("name", "reason"),
    [("", "required"), ("   ", "required"), (None, "required"), ("x" * 61, "too-long")],
)
def test_bad_names_are_refused(db, name, reason):
    with pytest.raises(InvalidInputError) as caught:
        save_custom_pattern(db, None, name=name, inhale=4, hold_in=0, exhale=6, hold_out=0)
    assert caught.value.reason == reason
    assert _rows(db) == []


def test_a_sixty_character_name_is_allowed(db):
    assert (
        save_custom_pattern(db, None, name="x" * 60, inhale=4, hold_in=0, exhale=6, hold_out=0).name
        == "x" * 60
    )


def test_names_are_unique_ignoring_case(db):
    save_custom_pattern(db, None, name="Morning", inhale=4, hold_in=0, exhale=6, hold_out=0)
    with pytest.raises(InvalidInputError) as caught:
        save_custom_pattern(db, None, name=" morning ", inhale=5, hold_in=0, exhale=5, hold_out=0)
    assert caught.value.reason == "duplicate"
    assert [r["name"] for r in _rows(db)] == ["Morning"]


def test_update_to_another_patterns_name_is_refused(db):
    save_custom_pattern(db, None, name="Morning", inhale=4, hold_in=0, exhale=6, hold_out=0)
    evening = save_custom_pattern(
        db, None, name="Evening", inhale=5, hold_in=0, exhale=5, hold_out=0
    )
    before = _rows(db)
    with pytest.raises(InvalidInputError) as caught:
        save_custom_pattern(
            db, evening.custom_id, name="MORNING", inhale=5, hold_in=0, exhale=5, hold_out=0
        )
    assert caught.value.reason == "duplicate"
    assert _rows(db) == before


def test_failed_update_changes_nothing(db):
    pattern = save_custom_pattern(db, None, name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
    before = _rows(db)
    for bad in [("Mine", 4.25, 0, 6, 0), ("Mine", 4, 25, 6, 0), ("", 4, 0, 6, 0)]:
        with pytest.raises(InvalidInputError):
            save_custom_pattern(
                db, pattern.custom_id, name=bad[0], **dict(zip(TIMINGS, bad[1:], strict=True))
            )
    assert _rows(db) == before


def test_update_of_a_missing_pattern(db):
    pattern = save_custom_pattern(db, None, name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
    delete_custom_pattern(db, pattern.custom_id)
    for missing in (pattern.custom_id, 999):
        with pytest.raises(InvalidInputError) as caught:
            save_custom_pattern(db, missing, name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
        assert caught.value.reason == "missing"
    assert _rows(db) == []


def test_custom_patterns_come_after_the_shipped_ones(db):
    second = save_custom_pattern(db, None, name="Second", inhale=4, hold_in=0, exhale=6, hold_out=0)
    first = save_custom_pattern(db, None, name="First", inhale=5, hold_in=0, exhale=5, hold_out=0)
    patterns = all_breathing(db)
    assert [p.key for p in patterns] == [
        *SHIPPED_KEYS,
        f"custom-{first.custom_id}",
        f"custom-{second.custom_id}",
    ]
    # custom patterns carry the general caution, as they have none of their own
    assert patterns[-1].caution == load_catalog().caution


def test_all_breathing_without_custom_patterns(db):
    assert [p.key for p in all_breathing(db)] == SHIPPED_KEYS


def test_find_exercise(db):
    mine = save_custom_pattern(db, None, name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
    catalog = load_catalog()
    assert find_exercise(db, "box") is catalog.by_key["box"]
    assert find_exercise(db, "muscle-relaxation") is catalog.muscle
    assert find_exercise(db, "grounding") is catalog.grounding
    found = find_exercise(db, mine.key)
    assert found is not None
    assert found.name == "Mine"
    assert found.custom_id == mine.custom_id
    assert find_exercise(db, "custom-999") is None
    assert find_exercise(db, "nothing") is None


def test_exercise_name(db):
    mine = save_custom_pattern(db, None, name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
    assert exercise_name(db, "box") == "Box breathing"
    assert exercise_name(db, "grounding") == "5-4-3-2-1 grounding"
    assert exercise_name(db, mine.key) == "Mine"
    delete_custom_pattern(db, mine.custom_id)
    assert exercise_name(db, mine.key) == mine.key  # a deleted pattern's sessions keep a label
    assert exercise_name(db, "retired-exercise") == "retired-exercise"


# --- a malformed content file --------------------------------------------------------------


def _valid_data() -> dict:
    return {
        "caution": "Careful.",
        "breathing": [{"key": "k", "name": "K", "inhale": 4, "exhale": 6, "default_minutes": 5}],
        "pmr": {
            "key": "muscle-relaxation",
            "name": "M",
            "steps": [
                {"group": "G", "tense_cue": "t", "release_cue": "r", "tense": 5, "release": 10}
            ],
        },
        "grounding": {
            "key": "grounding",
            "name": "G",
            "steps": [{"count": 1, "sense": "see", "prompt": "p"}],
        },
    }


def test_a_minimal_content_file_loads(monkeypatch):
    monkeypatch.setattr(exercises, "load_toml", lambda name: _valid_data())
    catalog = load_catalog()
    assert [p.key for p in catalog.breathing] == ["k"]
    assert catalog.by_key["k"].hold_in == 0.0


def _without_breathing_name(data):
    del data["breathing"][0]["name"]


def _without_pmr(data):
    del data["pmr"]


def _without_step_release(data):
    del data["pmr"]["steps"][0]["release"]


def _with_bad_count(data):
    data["grounding"]["steps"][0]["count"] = "five"


def _with_bad_breathing(data):
    data["breathing"] = [3]


def _without_grounding_steps(data):
    del data["grounding"]["steps"]


@pytest.mark.parametrize(
    "spoil",
    [
        _without_breathing_name,
        _without_pmr,
        _without_step_release,
        _with_bad_count,
        _with_bad_breathing,
        _without_grounding_steps,
    ],
)
def test_a_malformed_content_file_gives_content_error(monkeypatch, spoil):
    data = _valid_data()
    spoil(data)
    monkeypatch.setattr(exercises, "load_toml", lambda name: data)
    with pytest.raises(ContentError):
        load_catalog()


def test_a_failed_load_is_not_cached(monkeypatch):
    monkeypatch.setattr(exercises, "load_toml", lambda name: {"breathing": []})
    with pytest.raises(ContentError):
        load_catalog()
    monkeypatch.undo()
    assert [p.key for p in load_catalog().breathing] == SHIPPED_KEYS


def test_a_removed_pattern_comes_back_with_its_id_and_its_history(db):
    from companion.core.exercises import restore_custom_pattern

    mine = save_custom_pattern(
        db, None, name="Evening", inhale=3.5, hold_in=1, exhale=7, hold_out=0
    )
    gone = delete_custom_pattern(db, mine.custom_id)
    assert gone == mine and list_custom_patterns(db) == []
    assert delete_custom_pattern(db, mine.custom_id) is None
    assert restore_custom_pattern(db, gone) == mine
    assert list_custom_patterns(db) == [mine]


def test_a_removed_pattern_whose_name_was_taken_meanwhile_is_refused(db):
    from companion.core.exercises import restore_custom_pattern

    gone = delete_custom_pattern(
        db,
        save_custom_pattern(
            db, None, name="Evening", inhale=4, hold_in=0, exhale=6, hold_out=0
        ).custom_id,
    )
    newer = save_custom_pattern(db, None, name="evening", inhale=5, hold_in=0, exhale=5, hold_out=0)
    with pytest.raises(InvalidInputError) as refused:
        restore_custom_pattern(db, gone)
    assert refused.value.reason == "duplicate"
    assert list_custom_patterns(db) == [newer]


def test_save_adds_with_no_id_changes_with_one_and_refuses_a_missing_one(db):
    timings = {"inhale": 4, "hold_in": 0, "exhale": 6, "hold_out": 0}
    added = save_custom_pattern(db, None, name="Morning", **timings)
    assert list_custom_patterns(db) == [added]
    changed = save_custom_pattern(db, added.custom_id, name="Evening", **timings)
    assert (changed.custom_id, changed.name) == (added.custom_id, "Evening")
    assert list_custom_patterns(db) == [changed]
    delete_custom_pattern(db, added.custom_id)
    with pytest.raises(InvalidInputError) as caught:
        save_custom_pattern(db, added.custom_id, name="Evening", **timings)
    assert caught.value.reason == "missing"
    assert _rows(db) == []
