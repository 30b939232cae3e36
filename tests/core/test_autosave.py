"""When typing is saved: the autosave policy, driven by a clock the test moves."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.core.autosave import DELAY, AutosavePolicy


def test_autosave_policy_waits_for_a_pause():
    policy = AutosavePolicy(delay=1.5)
    assert not policy.dirty
    assert not policy.due(100.0)
    policy.changed(100.0)
    assert policy.dirty
    assert not policy.due(101.4)
    assert policy.due(101.5)
    assert policy.due(105.0)
    policy.saved()
    assert not policy.dirty
    assert not policy.due(105.0)


def test_autosave_policy_a_new_change_restarts_the_wait():
    policy = AutosavePolicy()
    policy.changed(10.0)
    policy.changed(11.0)
    assert not policy.due(12.0)
    assert policy.due(12.5)


def test_autosave_policy_default_delay():
    policy = AutosavePolicy()
    assert policy.delay == DELAY == 1.5
    policy.changed(0.0)
    assert not policy.due(1.4)
    assert policy.due(1.5)


@given(
    changes=st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=20),
    wait=st.floats(0, 10, allow_nan=False),
)
def test_autosave_is_due_exactly_when_the_last_change_is_old_enough(changes, wait):
    policy = AutosavePolicy()
    changes = sorted(changes)
    for moment in changes:
        policy.changed(moment)
    now = changes[-1] + wait
    assert policy.due(now) == (now - changes[-1] >= policy.delay)
