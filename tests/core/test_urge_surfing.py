"""Urge surfing's timing: waves, height, prompts and the end, as pure functions of time."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core import content
from companion.core.pacing import SessionClock
from companion.core.urge_surfing import (
    CREST,
    FALL,
    LENGTHS,
    MIN_PROMPT_SECONDS,
    REST,
    RISE,
    UrgeSession,
    load_quick_check,
    load_urge_surfing,
)

WORDS = load_urge_surfing()
MINUTES = st.sampled_from(LENGTHS) | st.integers(min_value=5, max_value=60)


def _session(minutes: int) -> UrgeSession:
    return UrgeSession(minutes, WORDS)


@settings(max_examples=60, deadline=None)
@given(MINUTES, st.lists(st.floats(min_value=0, max_value=4000), min_size=2, max_size=30))
def test_position_never_goes_backwards(minutes: int, times: list[float]) -> None:
    session = _session(minutes)
    before: tuple[int, int, float] | None = None
    remaining = float("inf")
    for elapsed in sorted(times):
        position = session.position_at(elapsed)
        key = (position.cycle, position.index, position.elapsed_in_segment)
        if before is not None:
            assert key >= before
        assert position.session_remaining <= remaining
        before, remaining = key, position.session_remaining


@settings(max_examples=80, deadline=None)
@given(MINUTES, st.floats(min_value=-10, max_value=4000, allow_nan=False))
def test_height_stays_between_zero_and_one(minutes: int, elapsed: float) -> None:
    assert 0.0 <= _session(minutes).height_at(elapsed) <= 1.0


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=60))
def test_a_session_ends_exactly_at_its_length(minutes: int) -> None:
    session = _session(minutes)
    seconds = minutes * 60
    assert session.timeline.total_seconds == seconds
    assert not session.position_at(seconds - 1e-6).finished
    end = session.position_at(seconds)
    assert end.finished and end.session_remaining == 0.0
    assert session.prompts[-1].end == seconds


@settings(max_examples=60, deadline=None)
@given(MINUTES)
def test_prompts_come_in_order_and_stay_long_enough(minutes: int) -> None:
    session = _session(minutes)
    prompts = session.prompts
    assert prompts[0].start == 0.0
    for earlier, later in itertools.pairwise(prompts):
        assert earlier.end == later.start
        assert later.index == earlier.index + 1
    for prompt in prompts:
        assert prompt.end - prompt.start >= MIN_PROMPT_SECONDS - 1e-9
        assert session.prompt_at((prompt.start + prompt.end) / 2) == prompt
    texts = [p.text for p in prompts]
    assert texts[: len(WORDS.opening)] == list(WORDS.opening)
    assert texts[-len(WORDS.closing) :] == list(WORDS.closing)


@settings(max_examples=60, deadline=None)
@given(
    MINUTES,
    st.lists(
        st.tuples(st.floats(min_value=0, max_value=200), st.floats(min_value=0, max_value=500)),
        max_size=8,
    ),
)
def test_pausing_adds_no_drift(minutes: int, stretches: list[tuple[float, float]]) -> None:
    """Run, pause, run...: the session is where the running time alone puts it."""
    session = _session(minutes)
    clock = SessionClock()
    now = 1000.0
    clock.start(now)
    ran = 0.0
    for running, paused in stretches:
        now += running
        ran += running
        clock.pause(now)
        now += paused
        clock.resume(now)
    assert clock.elapsed(now) == pytest.approx(ran, abs=1e-6)
    assert session.height_at(clock.elapsed(now)) == pytest.approx(session.height_at(ran), abs=1e-6)
    assert session.prompt_at(clock.elapsed(now)).index in {
        session.prompt_at(ran - 1e-6).index,
        session.prompt_at(ran).index,
        session.prompt_at(ran + 1e-6).index,
    }


def test_each_wave_rises_crests_falls_and_rests() -> None:
    session = _session(5)
    kinds = [segment.kind for segment in session.timeline.segments]
    assert kinds == [RISE, CREST, FALL, REST] * (len(kinds) // 4)
    assert session.height_at(0) == 0.0
    tallest = max(session.height_at(t) for t in range(300))
    assert 0.9 <= tallest <= 1.0
    # The last wave is smaller than the tallest: a craving eases.
    last_wave = max(session.height_at(t) for t in range(230, 300))
    assert last_wave < tallest


def test_words_in_both_languages() -> None:
    try:
        for language in content.LANGUAGES:
            content.set_language(language)
            words = load_urge_surfing()
            check = load_quick_check()
            assert words.name and words.opening and words.middle and words.closing
            assert words.sources
            assert [need.key for need in check.needs] == ["hungry", "angry", "lonely", "tired"]
            assert all(need.action for need in check.needs)
    finally:
        content.set_language("en")
