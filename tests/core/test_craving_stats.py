"""Craving statistics: one day's uses, counts per day, strength, falls, triggers and needs."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core import craving_stats
from companion.core.craving_stats import NOT_NOTED, CravingStats, stats_of
from companion.core.cravings import (
    NEEDS,
    QUICK_CHECK,
    TRIGGERS,
    URGE_SURFING,
    CravingUse,
    record_craving,
)

TODAY = date(2026, 3, 14)


def _at(day: date, hour: int = 20) -> datetime:
    return datetime.combine(day, time(hour, 0))


def test_an_empty_span_gives_none_not_zero(db):
    found = craving_stats.craving_stats(db, TODAY - timedelta(days=6), TODAY)
    assert found.total == 0 and found.sessions == 0 and found.quick_checks == 0
    assert found.average_before is None and found.average_fall is None
    assert found.triggers == () and found.needs == ()
    assert [p.count for p in found.points] == [0] * 7
    assert all(p.strongest is None for p in found.points)


def test_counts_strength_fall_triggers_and_needs(db):
    yesterday = TODAY - timedelta(days=1)
    record_craving(
        db,
        started_at=_at(yesterday, 9),
        kind=URGE_SURFING,
        seconds=600,
        completed=True,
        strength_before=8,
        strength_after=4,
        trigger="place",
    )
    record_craving(
        db, started_at=_at(yesterday), kind=QUICK_CHECK, strength_before=5, needs=("tired",)
    )
    record_craving(
        db,
        started_at=_at(TODAY),
        kind=URGE_SURFING,
        strength_before=6,
        strength_after=4,
        trigger="place",
    )
    record_craving(db, started_at=_at(TODAY, 21), kind=URGE_SURFING, strength_before=9)
    record_craving(db, started_at=_at(TODAY, 22), kind=QUICK_CHECK, needs=("lonely", "tired"))
    found = craving_stats.craving_stats(db, yesterday, TODAY)
    assert found.total == 5 and found.sessions == 3 and found.quick_checks == 2
    assert [(p.day, p.count, p.strongest) for p in found.points] == [
        (yesterday, 2, 8),
        (TODAY, 3, 9),
    ]
    assert found.rated_before == 4 and found.average_before == (8 + 5 + 6 + 9) / 4
    assert found.rated_both == 2 and found.average_fall == 3
    assert found.triggers == (("place", 2), (NOT_NOTED, 1))  # quick checks ask for none
    assert found.needs == (("tired", 2), ("lonely", 1))


def test_cravings_on_one_day_and_the_first_day(db):
    assert craving_stats.first_craving_day(db) is None
    record_craving(db, started_at=_at(TODAY, 23), kind=QUICK_CHECK)
    record_craving(db, started_at=_at(TODAY - timedelta(days=3), 0), kind=URGE_SURFING)
    assert [use.kind for use in craving_stats.cravings_on(db, TODAY)] == [QUICK_CHECK]
    assert craving_stats.cravings_on(db, TODAY - timedelta(days=1)) == []
    assert craving_stats.first_craving_day(db) == TODAY - timedelta(days=3)
    assert craving_stats.days_with_cravings(db, TODAY - timedelta(days=7), TODAY) == {
        TODAY - timedelta(days=3): 1,
        TODAY: 1,
    }


def test_spans_end_today_and_all_time_starts_at_the_first_use(db):
    assert craving_stats.span_ending(db, TODAY, 7) == (TODAY - timedelta(days=6), TODAY)
    assert craving_stats.span_ending(db, TODAY, 0) == (TODAY, TODAY)
    record_craving(db, started_at=_at(TODAY - timedelta(days=40)), kind=QUICK_CHECK)
    assert craving_stats.span_ending(db, TODAY, 0) == (TODAY - timedelta(days=40), TODAY)


def test_points_of_several_days_cover_the_span(db):
    first = TODAY - timedelta(days=9)
    for offset in (0, 1, 4, 9):
        record_craving(
            db,
            started_at=_at(first + timedelta(days=offset)),
            kind=QUICK_CHECK,
            strength_before=offset,
        )
    found = craving_stats.craving_stats(db, first, TODAY, days=4)
    assert [(p.day, p.count, p.strongest, p.days) for p in found.points] == [
        (first, 2, 1, 4),
        (first + timedelta(days=4), 1, 4, 4),
        (first + timedelta(days=8), 1, 9, 4),
    ]


rating = st.one_of(st.none(), st.integers(0, 10))
uses = st.lists(
    st.builds(
        CravingUse,
        id=st.integers(1, 10_000),
        started_at=st.builds(
            lambda offset, minute: (
                _at(TODAY - timedelta(days=offset), 0) + timedelta(minutes=minute)
            ),
            st.integers(0, 29),
            st.integers(0, 24 * 60 - 1),
        ),
        kind=st.sampled_from((URGE_SURFING, QUICK_CHECK)),
        strength_before=rating,
        strength_after=rating,
        trigger=st.one_of(st.none(), st.sampled_from(TRIGGERS)),
        needs=st.lists(st.sampled_from(NEEDS), unique=True).map(tuple),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(uses, st.integers(1, 12))
def test_the_statistics_add_up(found_uses, days):
    first = TODAY - timedelta(days=29)
    found: CravingStats = stats_of(found_uses, first, TODAY, days)
    assert found.total == len(found_uses) == sum(p.count for p in found.points)
    assert found.total == found.sessions + found.quick_checks
    noted = sum(1 for use in found_uses if use.trigger or use.kind == URGE_SURFING)
    assert sum(count for _key, count in found.triggers) == noted
    assert dict(found.triggers).get(NOT_NOTED, 0) == sum(
        1 for use in found_uses if use.kind == URGE_SURFING and not use.trigger
    )
    assert [count for _k, count in found.triggers] == sorted(
        (count for _k, count in found.triggers), reverse=True
    )
    assert sum(p.days for p in found.points) >= found.days > sum(p.days for p in found.points[:-1])
    if found.rated_before:
        assert found.average_before is not None and 0 <= found.average_before <= 10
    else:
        assert found.average_before is None
    if found.rated_both:
        assert found.average_fall is not None and -10 <= found.average_fall <= 10
        assert found.rated_both <= found.sessions
    else:
        assert found.average_fall is None
    for point in found.points:
        assert point.strongest is None or 0 <= point.strongest <= 10
        assert point.count > 0 or point.strongest is None
    checks = [use for use in found_uses if use.kind == QUICK_CHECK]
    assert dict(found.needs) == {
        need: n for need in NEEDS if (n := sum(need in use.needs for use in checks))
    }


@settings(max_examples=60, deadline=None)
@given(uses)
def test_stored_uses_give_the_same_statistics(db_uses):
    from sqlite_utils import Database

    from companion.core.storage import migrations
    from companion.core.storage.db import apply_pragmas

    database = Database(memory=True)
    apply_pragmas(database.conn)
    migrations.apply(database)
    for use in db_uses:
        record_craving(
            database,
            started_at=use.started_at,
            kind=use.kind,
            strength_before=use.strength_before,
            strength_after=use.strength_after,
            trigger=use.trigger,
            needs=use.needs,
        )
    first = TODAY - timedelta(days=29)
    stored = craving_stats.craving_stats(database, first, TODAY)
    direct = stats_of(db_uses, first, TODAY)
    assert (stored.total, stored.average_before, stored.average_fall) == (
        direct.total,
        direct.average_before,
        direct.average_fall,
    )
    assert stored.triggers == direct.triggers and stored.needs == direct.needs
