"""The overdose plan: storing the naloxone details and commitments, refusing what cannot be
saved, who knows how to give naloxone, the expiry warning's boundaries, and the wording
offered for the commitments in both languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from companion.core import content, overdose_plan, people
from companion.core.overdose_plan import (
    MAX_COMMITMENTS,
    MAX_DOSES,
    MAX_PLACE,
    WARN_DAYS,
    OverdosePlan,
    expiry_state,
)
from companion.core.storage import migrations
from companion.core.storage.db import apply_pragmas
from companion.core.validate import InvalidInputError

NOW = datetime(2026, 3, 9, 20, 15, 42)


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def test_empty_plan_when_none_saved(db):
    plan = overdose_plan.get_overdose_plan(db)
    assert plan == OverdosePlan()
    assert not overdose_plan.has_overdose_plan(plan)


def test_round_trip_trims_and_stamps_the_minute(db):
    saved = overdose_plan.save_overdose_plan(
        db,
        OverdosePlan("  Kitchen drawer ", 2, date(2028, 5, 31), " Never use alone\n"),
        NOW,
    )
    assert saved == OverdosePlan(
        "Kitchen drawer", 2, date(2028, 5, 31), "Never use alone", "2026-03-09T20:15"
    )
    assert overdose_plan.get_overdose_plan(db) == saved
    assert overdose_plan.has_overdose_plan(saved)


def test_saving_again_replaces_the_plan(db):
    overdose_plan.save_overdose_plan(db, OverdosePlan("Drawer", 2, date(2028, 1, 1)), NOW)
    overdose_plan.save_overdose_plan(db, OverdosePlan(commitments="Tell Sam"), NOW)
    assert overdose_plan.get_overdose_plan(db) == OverdosePlan(
        commitments="Tell Sam", changed_at="2026-03-09T20:15"
    )
    assert db.table("overdose_plan").count == 1


@pytest.mark.parametrize(
    "plan",
    [
        OverdosePlan(naloxone_place="x" * (MAX_PLACE + 1)),
        OverdosePlan(commitments="x" * (MAX_COMMITMENTS + 1)),
        OverdosePlan(naloxone_doses=-1),
        OverdosePlan(naloxone_doses=MAX_DOSES + 1),
        OverdosePlan(naloxone_doses=True),
        OverdosePlan(naloxone_expires=date(2200, 1, 1)),
        OverdosePlan(naloxone_expires=date(1899, 12, 31)),
        OverdosePlan(naloxone_place="bad \ud800"),
    ],
)
def test_refused_input_stores_nothing(db, plan):
    before = overdose_plan.save_overdose_plan(db, OverdosePlan("Drawer", 1), NOW)
    with pytest.raises(InvalidInputError):
        overdose_plan.save_overdose_plan(db, plan, NOW + timedelta(days=1))
    assert overdose_plan.get_overdose_plan(db) == before


def test_limits_themselves_are_kept(db):
    plan = OverdosePlan("p" * MAX_PLACE, MAX_DOSES, date(2199, 12, 31), "c" * MAX_COMMITMENTS)
    saved = overdose_plan.save_overdose_plan(db, plan, NOW)
    assert overdose_plan.get_overdose_plan(db) == saved
    assert overdose_plan.save_overdose_plan(db, OverdosePlan(naloxone_doses=0), NOW)


def test_a_stored_date_that_cannot_be_read_shows_as_none(db):
    db.table("overdose_plan").insert({"id": 1, "naloxone_expires": "soon"})
    assert overdose_plan.get_overdose_plan(db).naloxone_expires is None


def test_naloxone_people_are_exactly_those_chosen(db):
    mum = people.save_person(db, None, name="Mum", phone="555 0101")
    sam = people.save_person(db, None, name="Sam")
    zoe = people.save_person(db, None, name="Zoë")
    overdose_plan.set_naloxone_people(db, [zoe.id, mum.id])
    assert [p.name for p in overdose_plan.naloxone_people(db)] == ["Mum", "Zoë"]
    overdose_plan.set_naloxone_people(db, [sam.id])
    assert [p.id for p in overdose_plan.naloxone_people(db)] == [sam.id]
    overdose_plan.set_naloxone_people(db, [])
    assert overdose_plan.naloxone_people(db) == []


@pytest.mark.parametrize("bad", [[999], ["1"], [True]])
def test_unknown_people_are_refused_and_nothing_changes(db, bad):
    mum = people.save_person(db, None, name="Mum")
    overdose_plan.set_naloxone_people(db, [mum.id])
    with pytest.raises(InvalidInputError):
        overdose_plan.set_naloxone_people(db, [*bad])
    assert [p.id for p in overdose_plan.naloxone_people(db)] == [mum.id]


def test_removing_and_restoring_a_person_keeps_their_mark(db):
    mum = people.save_person(db, None, name="Mum")
    overdose_plan.set_naloxone_people(db, [mum.id])
    gone = people.delete_person(db, mum.id)
    assert overdose_plan.naloxone_people(db) == []
    assert gone is not None
    people.restore_person(db, gone)
    assert [p.name for p in overdose_plan.naloxone_people(db)] == ["Mum"]


EXPIRES = date(2026, 3, 3)


@pytest.mark.parametrize(
    ("today", "kind", "days"),
    [
        (EXPIRES - timedelta(days=WARN_DAYS + 1), "ok", WARN_DAYS + 1),
        (EXPIRES - timedelta(days=WARN_DAYS), "soon", WARN_DAYS),
        (EXPIRES - timedelta(days=1), "soon", 1),
        (EXPIRES, "expired", 0),
        (EXPIRES + timedelta(days=1), "expired", -1),
    ],
)
def test_expiry_boundaries(today, kind, days):
    state = expiry_state(OverdosePlan(naloxone_expires=EXPIRES), today)
    assert (state.kind, state.days_left, state.expires) == (kind, days, EXPIRES)
    assert state.warn == (kind != "ok")


def test_no_date_no_warning():
    state = expiry_state(OverdosePlan(naloxone_place="Drawer"), date(2026, 1, 1))
    assert state.kind == "none" and state.days_left is None and not state.warn


@given(
    expires=st.dates(date(1900, 1, 1), date(2199, 12, 31)),
    today=st.dates(date(1900, 1, 1), date(2199, 12, 31)),
)
def test_expiry_state_agrees_with_the_days_left(expires, today):
    state = expiry_state(OverdosePlan(naloxone_expires=expires), today)
    left = (expires - today).days
    assert state.days_left == left
    assert state.kind == ("expired" if left <= 0 else "soon" if left <= WARN_DAYS else "ok")


@given(
    place=st.text(max_size=MAX_PLACE + 20),
    doses=st.one_of(st.none(), st.integers(-5, MAX_DOSES + 5)),
    commitments=st.text(max_size=60),
)
def test_any_input_is_stored_whole_or_refused(place, doses, commitments):
    database = Database(memory=True)
    apply_pragmas(database.conn)
    migrations.apply(database)
    plan = OverdosePlan(place, doses, None, commitments)
    try:
        saved = overdose_plan.save_overdose_plan(database, plan, NOW)
    except InvalidInputError:
        assert overdose_plan.get_overdose_plan(database) == OverdosePlan()
    else:
        assert overdose_plan.get_overdose_plan(database) == saved


@pytest.mark.parametrize("language", content.LANGUAGES)
def test_suggested_commitments_in_each_language(language):
    content.set_language(language)
    offered = overdose_plan.suggested_commitments()
    assert 5 <= len(offered) <= 7
    assert all(line.strip() for line in offered)
    assert all(len(line) < 200 for line in offered)
    words = " ".join(offered).casefold()
    assert "naloxon" in words
    # Wording, never a dose: no numbers at all.
    assert not any(ch.isdigit() for ch in words)


def test_spanish_suggestions_match_the_english_ones():
    content.set_language("en")
    english = overdose_plan.suggested_commitments()
    content.set_language("es")
    spanish = overdose_plan.suggested_commitments()
    assert len(english) == len(spanish) and english != spanish
