"""The pacer's arithmetic: positions from elapsed time, shape size, session length, the clock."""

from __future__ import annotations

import itertools
import math
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.pacing import (
    EXHALE,
    HOLD_IN,
    HOLD_OUT,
    INHALE,
    RELEASE,
    TENSE,
    Segment,
    SessionClock,
    Timeline,
    cycles_for_minutes,
    ease,
    shape_size,
)

KINDS = (INHALE, HOLD_IN, EXHALE, HOLD_OUT)


def _pattern(inhale: float, hold_in: float, exhale: float, hold_out: float) -> list[Segment]:
    return [
        Segment(INHALE, inhale),
        Segment(HOLD_IN, hold_in),
        Segment(EXHALE, exhale),
        Segment(HOLD_OUT, hold_out),
    ]


@pytest.fixture
def box() -> Timeline:
    return Timeline(_pattern(4, 4, 4, 4), cycles=4)


# --- Timeline.position_at ------------------------------------------------------------------


def test_box_starts_with_a_whole_inhale(box):
    p = box.position_at(0)
    assert (p.segment.kind, p.index, p.cycle) == (INHALE, 0, 0)
    assert p.elapsed_in_segment == 0
    assert p.remaining_in_segment == 4
    assert p.session_elapsed == 0
    assert p.session_remaining == 64
    assert not p.finished
    assert box.cycle_seconds == 16
    assert box.total_seconds == 64


def test_a_boundary_belongs_to_the_next_phase(box):
    p = box.position_at(4.0)
    assert (p.segment.kind, p.index, p.cycle) == (HOLD_IN, 1, 0)
    assert p.elapsed_in_segment == 0
    assert p.remaining_in_segment == 4

    p = box.position_at(8.0)
    assert p.segment.kind == EXHALE
    assert p.remaining_in_segment == 4


def test_just_before_a_cycle_ends_is_still_hold_out(box):
    p = box.position_at(15.999)
    assert (p.segment.kind, p.index, p.cycle) == (HOLD_OUT, 3, 0)
    assert p.remaining_in_segment == pytest.approx(0.001)
    assert p.session_remaining == pytest.approx(64 - 15.999)


def test_the_next_cycle_starts_with_an_inhale(box):
    p = box.position_at(16.0)
    assert (p.segment.kind, p.index, p.cycle) == (INHALE, 0, 1)
    assert p.elapsed_in_segment == 0
    assert p.remaining_in_segment == 4
    assert p.session_elapsed == 16
    assert p.session_remaining == 48


def test_session_remaining_mid_session(box):
    p = box.position_at(37.5)  # cycle 2, 5.5 s in: hold-in with 2.5 s left
    assert (p.segment.kind, p.cycle) == (HOLD_IN, 2)
    assert p.elapsed_in_segment == 1.5
    assert p.remaining_in_segment == 2.5
    assert p.session_remaining == 64 - 37.5
    assert not p.finished


def test_at_the_total_the_session_is_finished(box):
    p = box.position_at(64)
    assert p.finished
    assert p.session_remaining == 0
    assert p.session_elapsed == 64
    assert (p.segment.kind, p.index, p.cycle) == (HOLD_OUT, 3, 3)
    assert p.remaining_in_segment == 0


def test_beyond_the_total_clamps_to_the_end(box):
    assert box.position_at(1000) == box.position_at(64)
    assert box.position_at(64.0001).session_elapsed == 64


def test_negative_elapsed_clamps_to_the_start(box):
    assert box.position_at(-5) == box.position_at(0)
    assert box.position_at(-0.001).session_remaining == 64


def test_zero_length_segments_are_skipped():
    timeline = Timeline(_pattern(4, 0, 6, 0), cycles=3)
    assert [s.kind for s in timeline.segments] == [INHALE, EXHALE]
    assert timeline.cycle_seconds == 10
    assert timeline.total_seconds == 30
    p = timeline.position_at(4)
    assert (p.segment.kind, p.index) == (EXHALE, 1)
    assert timeline.position_at(10).segment.kind == INHALE


def test_a_timeline_of_only_zero_segments_is_refused():
    with pytest.raises(ValueError):
        Timeline(_pattern(0, 0, 0, 0))
    with pytest.raises(ValueError):
        Timeline([])


@pytest.mark.parametrize("cycles", [0, -1])
def test_a_timeline_needs_at_least_one_cycle(cycles):
    with pytest.raises(ValueError):
        Timeline(_pattern(4, 0, 6, 0), cycles=cycles)


def test_segment_lengths_that_do_not_add_up_exactly_still_give_a_position():
    # 0.1 + 0.4 + 0.2 added one by one is 0.7, but the exact sum rounds to 0.7000000000000001:
    # the elapsed time 0.7 is inside the first cycle and must land in the last segment.
    timeline = Timeline([Segment(TENSE, 0.1), Segment(RELEASE, 0.4), Segment(TENSE, 0.2)], 2)
    p = timeline.position_at(0.7)
    assert (p.index, p.cycle) == (2, 0)
    assert not p.finished
    assert p.remaining_in_segment == pytest.approx(0.0, abs=1e-9)


# --- shape size ----------------------------------------------------------------------------


def test_shape_size_follows_the_breath(box):
    assert box.position_at(0).size == 0.0
    assert box.position_at(2).size == pytest.approx(0.5)
    assert box.position_at(3.999999).size == pytest.approx(1.0)
    assert shape_size(INHALE, 1.0) == 1.0
    for t in (4.0, 5.0, 6.5, 7.999):
        assert box.position_at(t).size == 1.0  # hold-in
    exhale = [box.position_at(8 + n * 0.25).size for n in range(16)]
    assert exhale[0] == 1.0
    assert all(a > b for a, b in itertools.pairwise(exhale))
    assert exhale[-1] == pytest.approx(0.0, abs=0.01)
    for t in (12.0, 13.0, 15.999):
        assert box.position_at(t).size == 0.0  # hold-out
    assert box.position_at(16).size == 0.0  # the next inhale starts empty


def test_tense_grows_like_an_inhale_and_release_shrinks_like_an_exhale():
    for progress in (0.0, 0.3, 0.5, 1.0):
        assert shape_size(TENSE, progress) == shape_size(INHALE, progress)
        assert shape_size(RELEASE, progress) == shape_size(EXHALE, progress)
        assert shape_size(HOLD_OUT, progress) == 0.0
        assert shape_size(HOLD_IN, progress) == 1.0


def test_ease_ends_and_middle():
    assert ease(0.0) == 0.0
    assert ease(1.0) == 1.0
    assert ease(0.5) == pytest.approx(0.5)
    assert ease(-3) == 0.0
    assert ease(7) == 1.0


@settings(max_examples=200, deadline=None)
@given(
    st.floats(min_value=-1, max_value=2, allow_nan=False),
    st.floats(min_value=-1, max_value=2, allow_nan=False),
)
def test_ease_is_monotonic(a, b):
    low, high = sorted((a, b))
    assert 0.0 <= ease(low) <= ease(high) <= 1.0


# --- cycles_for_minutes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cycle_seconds", "minutes", "cycles"),
    [
        (10, 1, 6),
        (13, 1, 5),  # 4.6 cycles: rounded up so the last breath is finished
        (12, 2, 10),  # an exact multiple is not rounded up
        (16, 1, 4),
        (19, 5, 16),
        (0.3 * 3, 3, 200),  # 0.8999999999999999 s: 180 / it is 200.00000000000003
        (60 / 13, 1, 13),  # 13.000000000000002 cycles in floating point
        (100, 1, 1),
        (10, 0, 1),  # at least one
    ],
)
def test_cycles_for_minutes(cycle_seconds, minutes, cycles):
    assert cycles_for_minutes(cycle_seconds, minutes) == cycles


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=80), st.integers(min_value=1, max_value=30))
def test_cycles_for_minutes_never_ends_mid_breath(half_seconds, minutes):
    cycle_seconds = half_seconds * 0.5
    cycles = cycles_for_minutes(cycle_seconds, minutes)
    assert cycles * cycle_seconds >= minutes * 60
    assert (cycles - 1) * cycle_seconds < minutes * 60


# --- properties of any half-second pattern -------------------------------------------------

_half_seconds = st.integers(min_value=0, max_value=40).map(lambda n: n * 0.5)
_patterns = st.tuples(_half_seconds, _half_seconds, _half_seconds, _half_seconds).filter(
    lambda values: any(v > 0 for v in values)
)
_cycles = st.integers(min_value=1, max_value=50)


@settings(max_examples=300, deadline=None)
@given(_patterns, _cycles, st.data())
def test_any_position_is_consistent(values, cycles, data):
    timeline = Timeline(_pattern(*values), cycles)
    elapsed = data.draw(
        st.floats(min_value=0, max_value=timeline.total_seconds, exclude_max=True), "elapsed"
    )
    p = timeline.position_at(elapsed)

    assert not p.finished
    assert 0 <= p.cycle < cycles
    assert p.segment is timeline.segments[p.index]
    assert p.segment.seconds > 0
    before = math.fsum(s.seconds for s in timeline.segments[: p.index])
    start = p.cycle * timeline.cycle_seconds + before
    assert start <= elapsed < start + p.segment.seconds
    assert p.elapsed_in_segment >= 0
    assert p.remaining_in_segment > 0
    assert p.elapsed_in_segment + p.remaining_in_segment == pytest.approx(
        p.segment.seconds, abs=1e-9
    )
    assert p.session_elapsed == elapsed
    assert p.session_elapsed + p.session_remaining == pytest.approx(
        timeline.total_seconds, abs=1e-9
    )
    assert start + p.elapsed_in_segment == pytest.approx(elapsed, abs=1e-9)
    assert 0.0 <= p.size <= 1.0


@settings(max_examples=150, deadline=None)
@given(_patterns, _cycles)
def test_every_boundary_starts_the_following_segment(values, cycles):
    timeline = Timeline(_pattern(*values), cycles)
    segments = timeline.segments
    ends, total = [], 0.0
    for segment in segments:
        total += segment.seconds  # exact: half-second multiples
        ends.append(total)
    for cycle in range(cycles):
        for index, end in enumerate([0.0, *ends[:-1]]):
            moment = cycle * timeline.cycle_seconds + end
            p = timeline.position_at(moment)
            assert (p.cycle, p.index) == (cycle, index)
            assert p.segment is segments[index]
            assert p.elapsed_in_segment == 0
            assert p.remaining_in_segment == segments[index].seconds
            assert p.session_remaining == timeline.total_seconds - moment
            assert not p.finished
    end = timeline.position_at(timeline.total_seconds)
    assert end.finished
    assert end.session_remaining == 0


# --- SessionClock --------------------------------------------------------------------------


def test_clock_counts_from_start():
    clock = SessionClock()
    assert not clock.started
    assert clock.elapsed(50.0) == 0.0
    clock.start(100.0)
    assert clock.started
    assert clock.running
    assert not clock.paused
    assert clock.elapsed(100.0) == 0.0
    assert clock.elapsed(103.5) == 3.5


def test_pause_stops_the_count_and_resume_continues():
    clock = SessionClock()
    clock.start(100.0)
    clock.pause(110.0)
    assert clock.paused
    assert not clock.running
    assert clock.elapsed(110.0) == 10.0
    assert clock.elapsed(500.0) == 10.0  # paused for a long time: no change
    clock.resume(500.0)
    assert clock.running
    assert clock.elapsed(500.0) == 10.0
    assert clock.elapsed(502.5) == 12.5


def test_resume_before_start_does_nothing():
    clock = SessionClock()
    clock.resume(10.0)
    assert not clock.started
    assert not clock.running
    assert not clock.paused
    assert clock.elapsed(20.0) == 0.0
    clock.pause(30.0)
    assert clock.elapsed(40.0) == 0.0


def test_pausing_twice_and_resuming_while_running_are_harmless():
    clock = SessionClock()
    clock.start(0.0)
    clock.resume(2.0)  # already running: the start time stays
    assert clock.elapsed(5.0) == 5.0
    clock.pause(5.0)
    clock.pause(9.0)  # already paused: nothing more is counted
    assert clock.elapsed(20.0) == 5.0
    clock.resume(20.0)
    assert clock.elapsed(21.0) == 6.0


def test_start_again_begins_a_new_count():
    clock = SessionClock()
    clock.start(0.0)
    clock.pause(30.0)
    clock.start(100.0)
    assert clock.running
    assert clock.elapsed(101.0) == 1.0


_actions = st.lists(
    st.tuples(
        st.sampled_from(["pause", "resume"]),
        st.floats(min_value=0, max_value=600, allow_nan=False, allow_infinity=False),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(
    st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False),
    _actions,
    st.floats(min_value=0, max_value=600, allow_nan=False, allow_infinity=False),
)
def test_clock_elapsed_is_the_sum_of_running_intervals(start, actions, tail):
    clock = SessionClock()
    clock.start(start)
    now, since, intervals = start, start, []
    for action, wait in actions:
        now += wait
        if action == "pause":
            if since is not None:
                intervals.append(now - since)
                since = None
            clock.pause(now)
        else:
            if since is None:
                since = now
            clock.resume(now)
        assert clock.paused == (since is None)
    now += tail
    if since is not None:
        intervals.append(now - since)
    assert clock.elapsed(now) == pytest.approx(math.fsum(intervals), rel=0, abs=1e-9)


@pytest.mark.parametrize("base", [0.0, 12_345.678_901, 987_654.321, 3.7e6])
def test_a_thirty_minute_session_after_many_pauses_does_not_drift(base):
    """1,000 pauses; 1.8 s of breathing between each: exactly 30 minutes of practice."""
    clock = SessionClock()
    clock.start(base)
    intervals = []
    for n in range(1000):
        resumed = base + n * 1.8 + n * 0.37
        paused = base + (n + 1) * 1.8 + n * 0.37
        clock.pause(paused)
        intervals.append(paused - resumed)
        clock.resume(base + (n + 1) * 1.8 + (n + 1) * 0.37)
    now = base + 1000 * 1.8 + 1000 * 0.37
    elapsed = clock.elapsed(now)

    assert elapsed == pytest.approx(math.fsum(intervals), rel=4 * sys.float_info.epsilon)
    assert elapsed == pytest.approx(1800, rel=4 * sys.float_info.epsilon)
    timeline = Timeline(_pattern(4, 0, 6, 0), cycles_for_minutes(10, 30))
    assert timeline.total_seconds == 1800
    before_end = timeline.position_at(clock.elapsed(now - 0.01))
    assert not before_end.finished
    assert before_end.session_remaining == pytest.approx(0.01, abs=1e-9)
