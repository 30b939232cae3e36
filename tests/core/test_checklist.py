"""The readiness checklist: template copy, editing, undo, reorder, readiness, auto ticks."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from companion.core import checklist, content, people, sessions
from companion.core.checklist import ChecklistItem
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem
from companion.core.storage import migrations
from companion.core.validate import InvalidInputError

TODAY = date(2026, 3, 10)
RELAX = "relaxation-sessions:3"

TEMPLATE = ChecklistTemplate(
    version=1,
    categories=(
        TemplateCategory(
            "program",
            "Program and medical",
            (
                TemplateItem(
                    "choose", "Choose a program", notes="Ask your doctor.", link="learn:x"
                ),
                TemplateItem("call", "Call programs"),
                TemplateItem("relax", "Practise relaxing", link="breathe", auto=RELAX),
            ),
        ),
        TemplateCategory(
            "home",
            "Home",
            (
                TemplateItem("pets", "Arrange pet care"),
                TemplateItem("bills", "Sort out bills"),
            ),
        ),
        TemplateCategory("packing", "Packing", ()),
    ),
)
KEYS = ("program", "home", "packing")


@pytest.fixture
def seeded(db: Database) -> Database:
    assert checklist.ensure_template(db, TEMPLATE) is True
    return db


def _rows(db: Database) -> list[dict]:
    """Every stored item, every column, in id order: a full picture of the table."""
    return list(db.table("checklist_items").rows_where(order_by="id"))


def _all(db: Database) -> tuple[list[dict], list[dict]]:
    return list(db.table("checklist_categories").rows_where(order_by="key")), _rows(db)


def _in(db: Database, category: str) -> list[ChecklistItem]:
    return [i for i in checklist.list_items(db) if i.category == category]


def _ids(db: Database, category: str) -> list[int]:
    return [i.id for i in _in(db, category)]


def _positions(db: Database, category: str) -> list[int]:
    return [i.position for i in _in(db, category)]


def _contiguous(db: Database) -> None:
    for key in KEYS:
        assert _positions(db, key) == list(range(1, len(_in(db, key)) + 1)), key


def _by_key(db: Database, key: str) -> ChecklistItem:
    (item,) = [i for i in checklist.list_items(db) if i.template_key == key]
    return item


def _relax(db: Database, *, completed: bool, count: int = 1) -> None:
    for n in range(count):
        sessions.log_session(db, "box", datetime(2026, 3, 1, 9, n), 60, completed)


# --- the template copy --------------------------------------------------------------------------


def test_template_is_copied_once_in_order(db):
    assert checklist.is_seeded(db) is False
    assert checklist.ensure_template(db, TEMPLATE) is True
    assert checklist.is_seeded(db) is True

    assert [(c.key, c.title, c.position) for c in checklist.categories(db)] == [
        ("program", "Program and medical", 1),
        ("home", "Home", 2),
        ("packing", "Packing", 3),
    ]
    items = checklist.list_items(db)
    assert [(i.category, i.position, i.template_key, i.title) for i in items] == [
        ("program", 1, "choose", "Choose a program"),
        ("program", 2, "call", "Call programs"),
        ("program", 3, "relax", "Practise relaxing"),
        ("home", 1, "pets", "Arrange pet care"),
        ("home", 2, "bills", "Sort out bills"),
    ]
    choose, _, relax, *_ = items
    assert (choose.notes, choose.link, choose.auto) == ("Ask your doctor.", "learn:x", "")
    assert (relax.link, relax.auto) == ("breathe", RELAX)
    assert all(i.done_on is None and i.due is None and i.assignee_id is None for i in items)

    before = _all(db)
    assert checklist.ensure_template(db, TEMPLATE) is False
    assert _all(db) == before


def test_later_template_changes_never_overwrite_the_users_edits(seeded):
    db = seeded
    call = _by_key(db, "call")
    checklist.save_item(db, call.id, title="Call three programs", category="program")
    checklist.delete_item(db, _by_key(db, "pets").id)
    checklist.save_item(db, None, category="packing", title="My own item")
    checklist.set_done(db, _by_key(db, "bills").id, True, TODAY)
    before = _all(db)

    assert checklist.ensure_template(db, TEMPLATE) is False
    assert _all(db) == before

    newer = ChecklistTemplate(
        version=2,
        categories=(
            TemplateCategory(
                "program",
                "Program (renamed)",
                (
                    TemplateItem("choose", "Choose a program, renamed"),
                    TemplateItem("call", "Call programs"),
                    TemplateItem("brand-new", "A new item in version 2"),
                ),
            ),
            TemplateCategory("home", "Home", (TemplateItem("pets", "Arrange pet care"),)),
            TemplateCategory("extra", "A new category", (TemplateItem("x", "X"),)),
        ),
    )
    assert checklist.ensure_template(db, newer) is False
    assert _all(db) == before
    assert checklist.categories(db)[0].title == "Program and medical"


def test_ensure_template_into_an_empty_template_then_user_items(db):
    empty = ChecklistTemplate(1, (TemplateCategory("program", "Program", ()),))
    assert checklist.ensure_template(db, empty) is True
    assert checklist.list_items(db) == []
    assert checklist.ensure_template(db, TEMPLATE) is False
    assert [c.key for c in checklist.categories(db)] == ["program"]


# --- add, edit, delete, undo --------------------------------------------------------------------


def test_add_appends_at_the_end_of_its_category(seeded):
    db = seeded
    added = checklist.save_item(
        db, None, category="home", title="  Water the plants  ", notes=" weekly ", due="2026-03-20"
    )
    assert added.title == "Water the plants"
    assert added.notes == "weekly"
    assert added.due == date(2026, 3, 20)
    assert added.template_key is None
    assert added.position == 3
    assert _ids(db, "home")[-1] == added.id
    assert checklist.get_item(db, added.id) == added

    first_packing = checklist.save_item(
        db, None, category="packing", title="Pack socks", due=date(2026, 3, 21)
    )
    assert first_packing.position == 1
    assert first_packing.due == date(2026, 3, 21)
    _contiguous(db)


def test_update_changes_fields_and_keeps_the_place(seeded):
    db = seeded
    call = _by_key(db, "call")
    changed = checklist.save_item(
        db, call.id, title="Call 3 programs", category="program", notes="n", due="2026-04-01"
    )
    assert changed == dataclasses.replace(
        call, title="Call 3 programs", notes="n", due=date(2026, 4, 1)
    )
    assert checklist.get_item(db, call.id) == changed

    cleared = checklist.save_item(db, call.id, title="Call 3 programs", category="program")
    assert cleared.due is None and cleared.notes == ""


def test_update_to_another_category_puts_it_at_the_end_there(seeded):
    db = seeded
    call = _by_key(db, "call")
    moved = checklist.save_item(db, call.id, title=call.title, category="home")
    assert moved.category == "home"
    assert _ids(db, "home")[-1] == call.id
    assert [i.template_key for i in _in(db, "home")] == ["pets", "bills", "call"]
    assert [i.template_key for i in _in(db, "program")] == ["choose", "relax"]
    _contiguous(db)


def test_update_of_a_missing_item_is_refused(seeded):
    with pytest.raises(InvalidInputError) as refused:
        checklist.save_item(seeded, 9999, title="Ghost", category="home")
    assert refused.value.reason == "missing"


def test_delete_then_restore_puts_everything_back_exactly(seeded):
    db = seeded
    helper = people.save_person(db, None, name="Sam")
    call = _by_key(db, "call")
    checklist.save_item(
        db, call.id, title=call.title, category="program", due="2026-03-12", assignee_id=helper.id
    )
    checklist.set_done(db, call.id, True, TODAY)
    before = checklist.list_items(db)

    deleted = checklist.delete_item(db, call.id)
    assert deleted is not None and deleted.id == call.id
    assert checklist.get_item(db, call.id) is None
    assert [i.template_key for i in _in(db, "program")] == ["choose", "relax"]
    _contiguous(db)

    restored = checklist.restore_item(db, deleted)
    assert restored == deleted
    assert checklist.list_items(db) == before


def test_delete_of_a_missing_item_returns_none(seeded):
    before = _rows(seeded)
    assert checklist.delete_item(seeded, 9999) is None
    assert _rows(seeded) == before


def test_restore_when_the_id_was_reused_gets_a_new_id_and_overwrites_nothing(seeded):
    db = seeded
    last = checklist.list_items(db)[-1]
    assert last.id == max(i.id for i in checklist.list_items(db))
    deleted = checklist.delete_item(db, last.id)
    assert deleted is not None

    newcomer = checklist.save_item(db, None, category="packing", title="Pack a charger")
    assert newcomer.id == deleted.id  # SQLite hands out max(id) + 1 again

    restored = checklist.restore_item(db, deleted)
    assert restored.id != deleted.id
    assert restored == dataclasses.replace(deleted, id=restored.id)
    assert checklist.get_item(db, newcomer.id) == newcomer
    assert len(checklist.list_items(db)) == 6
    _contiguous(db)


def test_restore_after_other_deletions_keeps_order_and_positions(seeded):
    db = seeded
    choose, call, relax = _in(db, "program")
    gone_relax = checklist.delete_item(db, relax.id)
    gone_choose = checklist.delete_item(db, choose.id)
    assert gone_relax and gone_choose
    checklist.restore_item(db, gone_relax)
    checklist.restore_item(db, gone_choose)
    assert _ids(db, "program") == [choose.id, call.id, relax.id]
    _contiguous(db)


def test_restore_when_the_assignee_was_deleted_meanwhile_gives_it_to_me(seeded):
    db = seeded
    helper = people.save_person(db, None, name="Sam")
    pets = _by_key(db, "pets")
    checklist.save_item(db, pets.id, title=pets.title, category="home", assignee_id=helper.id)
    deleted = checklist.delete_item(db, pets.id)
    assert deleted is not None and deleted.assignee_id == helper.id

    people.delete_person(db, helper.id)
    restored = checklist.restore_item(db, deleted)
    assert restored.assignee_id is None
    assert restored == dataclasses.replace(deleted, assignee_id=None)


# --- reorder ------------------------------------------------------------------------------------


def test_move_before_another_item_in_the_same_category(seeded):
    db = seeded
    choose, call, relax = _ids(db, "program")
    checklist.move_item(db, relax, choose)
    assert _ids(db, "program") == [relax, choose, call]
    checklist.move_item(db, relax, call)
    assert _ids(db, "program") == [choose, relax, call]
    _contiguous(db)


def test_move_to_the_end_of_a_category(seeded):
    db = seeded
    choose, call, relax = _ids(db, "program")
    checklist.move_item(db, choose, None)  # no category: the end of its own
    assert _ids(db, "program") == [call, relax, choose]

    pets, bills = _ids(db, "home")
    checklist.move_item(db, call, None, "home")
    assert _ids(db, "program") == [relax, choose]
    assert _ids(db, "home") == [pets, bills, call]
    assert checklist.get_item(db, call).category == "home"

    checklist.move_item(db, bills, None, "packing")
    assert _ids(db, "packing") == [bills]
    assert _ids(db, "home") == [pets, call]
    _contiguous(db)


def test_move_across_categories_before_an_item_there(seeded):
    db = seeded
    choose, call, relax = _ids(db, "program")
    pets, bills = _ids(db, "home")
    checklist.move_item(db, choose, bills)
    assert _ids(db, "home") == [pets, choose, bills]
    assert _ids(db, "program") == [call, relax]
    # a category given alongside before_id does not win: the item goes where before_id is
    checklist.move_item(db, relax, pets, "packing")
    assert _ids(db, "home") == [relax, pets, choose, bills]
    assert _ids(db, "program") == [call]
    assert _ids(db, "packing") == []
    _contiguous(db)


def test_moving_an_item_before_itself_or_unknown_ids_changes_nothing(seeded):
    db = seeded
    call = _by_key(db, "call").id
    before = _rows(db)
    checklist.move_item(db, call, call)
    checklist.move_item(db, call, call, "home")
    checklist.move_item(db, 9999, call)
    checklist.move_item(db, 9999, None, "home")
    checklist.move_item(db, call, 9999)
    assert _rows(db) == before


def test_move_to_an_unknown_category_is_refused(seeded):
    before = _rows(seeded)
    with pytest.raises(InvalidInputError) as refused:
        checklist.move_item(seeded, _by_key(seeded, "call").id, None, "nowhere")
    assert refused.value.reason == "unknown-choice"
    assert _rows(seeded) == before


def _fresh_seeded() -> Database:
    database = Database(memory=True)
    database.execute("PRAGMA foreign_keys=ON")
    migrations.apply(database)
    checklist.ensure_template(database, TEMPLATE)
    return database


UNKNOWN_IDS = [9998, 9999]
index = st.integers(min_value=0, max_value=6)  # 5 items + 2 unknown ids


@settings(max_examples=60, deadline=None)
@given(
    moves=st.lists(
        st.tuples(index, st.none() | index, st.sampled_from([None, *KEYS])),
        max_size=20,
    )
)
def test_any_sequence_of_moves_keeps_positions_contiguous_and_ids_the_same(moves):
    db = _fresh_seeded()
    ids = [i.id for i in checklist.list_items(db)]
    choices = ids + UNKNOWN_IDS
    for item, before, category in moves:
        checklist.move_item(
            db, choices[item], None if before is None else choices[before], category
        )
        items = checklist.list_items(db)
        assert sorted(i.id for i in items) == sorted(ids)
        for key in KEYS:
            positions = [i.position for i in items if i.category == key]
            assert positions == list(range(1, len(positions) + 1))
    db.close()


# --- done ---------------------------------------------------------------------------------------


def test_tick_untick_and_hiding_done_items(seeded):
    db = seeded
    call = _by_key(db, "call").id
    checklist.set_done(db, call, True, TODAY)
    item = checklist.get_item(db, call)
    assert item.done and item.done_on == TODAY
    assert call not in [i.id for i in checklist.list_items(db, include_done=False)]
    assert call in [i.id for i in checklist.list_items(db)]
    assert len(checklist.list_items(db, include_done=False)) == 4

    checklist.set_done(db, call, False, TODAY + timedelta(days=1))
    item = checklist.get_item(db, call)
    assert not item.done and item.done_on is None
    assert call in [i.id for i in checklist.list_items(db, include_done=False)]


# --- who does what ------------------------------------------------------------------------------


def test_assignment_filter_and_readiness_per_person(seeded):
    db = seeded
    sam = people.save_person(db, None, name="Sam")
    alex = people.save_person(db, None, name="Alex")
    choose, call, relax = _in(db, "program")
    pets, _bills = _in(db, "home")
    for item, who in ((call, sam.id), (pets, sam.id), (relax, alex.id)):
        checklist.save_item(db, item.id, title=item.title, category=item.category, assignee_id=who)
    checklist.set_done(db, pets.id, True, TODAY)
    checklist.set_done(db, choose.id, True, TODAY)

    assert [i.id for i in checklist.list_items(db, assignee=sam.id)] == [call.id, pets.id]
    assert [i.id for i in checklist.list_items(db, assignee=alex.id)] == [relax.id]
    assert [i.template_key for i in checklist.list_items(db, assignee="me")] == ["choose", "bills"]
    assert len(checklist.list_items(db, assignee="everyone")) == 5
    assert [i.id for i in checklist.list_items(db, assignee=sam.id, include_done=False)] == [
        call.id
    ]

    def counts(who):
        r = checklist.readiness(db, assignee=who)
        return (r.overall.done, r.overall.total), [(p.key, p.done, p.total) for p in r.categories]

    assert counts(sam.id) == ((1, 2), [("program", 0, 1), ("home", 1, 1), ("packing", 0, 0)])
    assert counts(alex.id) == ((0, 1), [("program", 0, 1), ("home", 0, 0), ("packing", 0, 0)])
    assert counts("me") == ((1, 2), [("program", 1, 1), ("home", 0, 1), ("packing", 0, 0)])
    assert counts("everyone")[0] == (2, 5)

    assert people.task_count(db, sam.id) == 2
    assert [i.id for i in checklist.next_items(db, TODAY, assignee=sam.id)] == [call.id]


def test_assigning_to_a_missing_helper_is_refused(seeded):
    db = seeded
    before = _rows(db)
    with pytest.raises(InvalidInputError) as refused:
        checklist.save_item(db, None, category="home", title="Feed the cat", assignee_id=4242)
    assert (refused.value.field, refused.value.reason) == ("assignee", "unknown-choice")
    assert _rows(db) == before


# --- readiness ----------------------------------------------------------------------------------


def test_readiness_arithmetic(seeded):
    db = seeded
    choose, call, _relax = _in(db, "program")
    r = checklist.readiness(db)
    assert [(p.key, p.title, p.done, p.total) for p in r.categories] == [
        ("program", "Program and medical", 0, 3),
        ("home", "Home", 0, 2),
        ("packing", "Packing", 0, 0),
    ]
    assert (r.overall.done, r.overall.total, r.overall.percent) == (0, 5, 0)

    checklist.set_done(db, choose.id, True, TODAY)
    r = checklist.readiness(db)
    program, home, packing = r.categories
    assert (program.done, program.total, program.percent) == (1, 3, 33)
    assert program.fraction == pytest.approx(1 / 3)
    assert (packing.done, packing.total, packing.fraction, packing.percent) == (0, 0, 0.0, 0)
    assert (r.overall.done, r.overall.total, r.overall.percent) == (1, 5, 20)

    checklist.set_done(db, call.id, True, TODAY)
    checklist.set_done(db, _in(db, "home")[0].id, True, TODAY)
    r = checklist.readiness(db)
    program, home, packing = r.categories
    assert (program.done, program.percent) == (2, 67)
    assert (home.done, home.total, home.fraction, home.percent) == (1, 2, 0.5, 50)
    assert (r.overall.done, r.overall.total, r.overall.percent) == (3, 5, 60)
    assert r.overall.done == sum(p.done for p in r.categories)
    assert r.overall.total == sum(p.total for p in r.categories)


def test_readiness_of_an_empty_checklist(db):
    r = checklist.readiness(db)
    assert r.categories == ()
    assert (r.overall.done, r.overall.total, r.overall.fraction, r.overall.percent) == (0, 0, 0, 0)


# --- overdue and what to do next ----------------------------------------------------------------


def test_is_overdue_only_before_today_and_not_done():
    item = ChecklistItem(id=1, category="home", title="x", due=TODAY - timedelta(days=1))
    assert item.is_overdue(TODAY)
    assert not item.is_overdue(TODAY - timedelta(days=1))  # due today is not overdue
    assert not item.is_overdue(TODAY - timedelta(days=2))
    assert not dataclasses.replace(item, done_on=TODAY).is_overdue(TODAY)
    assert not dataclasses.replace(item, due=None).is_overdue(TODAY)


def test_next_items_dated_first_then_checklist_order(seeded):
    db = seeded
    choose, call, relax = _in(db, "program")
    pets, bills = _in(db, "home")
    checklist.save_item(db, bills.id, title=bills.title, category="home", due="2026-03-20")
    checklist.save_item(db, relax.id, title=relax.title, category="program", due="2026-03-01")
    checklist.save_item(db, pets.id, title=pets.title, category="home", due="2026-03-12")
    checklist.save_item(db, call.id, title=call.title, category="program", due="2026-02-01")
    checklist.set_done(db, call.id, True, TODAY)  # done: never listed, however early

    assert checklist.get_item(db, relax.id).is_overdue(TODAY)
    got = checklist.next_items(db, TODAY, limit=10)
    assert [i.id for i in got] == [relax.id, pets.id, bills.id, choose.id]
    assert [i.id for i in checklist.next_items(db, TODAY)] == [relax.id, pets.id, bills.id]
    assert [i.id for i in checklist.next_items(db, TODAY, limit=1)] == [relax.id]

    extra = checklist.save_item(
        db, None, category="program", title="Undated, after choose in order"
    )
    checklist.move_item(db, extra.id, choose.id)
    got = checklist.next_items(db, TODAY, limit=10)
    assert [i.id for i in got] == [relax.id, pets.id, bills.id, extra.id, choose.id]


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "reason"),
    [
        ({"title": ""}, "title", "required"),
        ({"title": "   \t\n "}, "title", "required"),
        ({"title": "x" * 10_000}, "title", "too-long"),
        ({"title": "x" * 201}, "title", "too-long"),
        ({"notes": "n" * 2001}, "notes", "too-long"),
        ({"due": "2026-02-30"}, "due date", "bad-date"),
        ({"due": "next tuesday"}, "due date", "bad-date"),
        ({"category": "nowhere"}, "category", "unknown-choice"),
        ({"assignee_id": "deleted"}, "assignee", "unknown-choice"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(seeded, kwargs, field, reason):
    db = seeded
    if kwargs.get("assignee_id") == "deleted":
        gone = people.save_person(db, None, name="Gone soon")
        people.delete_person(db, gone.id)
        kwargs = {"assignee_id": gone.id}
    args = {"title": "Fine", "category": "home", **kwargs}
    call = _by_key(db, "call")
    before = _all(db)

    with pytest.raises(InvalidInputError) as refused:
        checklist.save_item(
            db, None, category=args.pop("category"), title=args.pop("title"), **args
        )
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert _all(db) == before

    args = {"title": "Fine", "category": "home", **kwargs}
    with pytest.raises(InvalidInputError) as refused:
        checklist.save_item(db, call.id, **args)
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert _all(db) == before


def test_longest_allowed_title_is_kept(seeded):
    item = checklist.save_item(seeded, None, category="home", title="x" * checklist.MAX_TITLE)
    assert len(item.title) == checklist.MAX_TITLE


# --- relaxation practice ticks its item ---------------------------------------------------------


def test_relaxation_item_ticks_itself_after_three_completed_sessions(seeded):
    db = seeded
    relax = _by_key(db, "relax")
    assert checklist.relaxation_progress(db, relax) == (0, 3)
    assert checklist.relaxation_progress(db, _by_key(db, "call")) is None

    _relax(db, completed=False, count=5)
    assert checklist.apply_auto_ticks(db, TODAY) == []
    assert checklist.relaxation_progress(db, relax) == (0, 3)

    _relax(db, completed=True, count=2)
    assert checklist.apply_auto_ticks(db, TODAY) == []
    assert not checklist.get_item(db, relax.id).done
    assert checklist.relaxation_progress(db, relax) == (2, 3)

    _relax(db, completed=True)
    assert checklist.apply_auto_ticks(db, TODAY) == [relax.id]
    ticked = checklist.get_item(db, relax.id)
    assert ticked.done_on == TODAY
    assert checklist.relaxation_progress(db, ticked) == (3, 3)
    assert [i.id for i in checklist.list_items(db) if i.done] == [relax.id]

    assert checklist.apply_auto_ticks(db, TODAY + timedelta(days=1)) == []
    _relax(db, completed=True)
    assert checklist.relaxation_progress(db, ticked) == (3, 3)  # capped at the goal
    assert checklist.get_item(db, relax.id).done_on == TODAY


def test_unticked_relaxation_item_is_ticked_again_only_by_apply(seeded):
    db = seeded
    relax = _by_key(db, "relax")
    _relax(db, completed=True, count=3)
    assert checklist.apply_auto_ticks(db, TODAY) == [relax.id]
    checklist.set_done(db, relax.id, False, TODAY)
    assert not checklist.get_item(db, relax.id).done
    assert checklist.apply_auto_ticks(db, TODAY) == [relax.id]


def test_items_with_other_or_malformed_auto_are_never_ticked(db):
    template = ChecklistTemplate(
        1,
        (
            TemplateCategory(
                "mind-body",
                "Mind and body",
                (
                    TemplateItem("a", "A", auto="relaxation-sessions:x"),
                    TemplateItem("b", "B", auto="something-else:1"),
                    TemplateItem("c", "C", auto="relaxation-sessions"),
                ),
            ),
        ),
    )
    checklist.ensure_template(db, template)
    _relax(db, completed=True, count=5)
    assert checklist.apply_auto_ticks(db, TODAY) == []
    assert all(checklist.relaxation_progress(db, i) is None for i in checklist.list_items(db))


# --- the shipped template -----------------------------------------------------------------------


@pytest.fixture
def shipped() -> ChecklistTemplate:
    content.load_checklist_template.cache_clear()
    path = content.resources_dir() / "templates" / "checklist.toml"
    if not path.exists():
        pytest.skip(f"the shipped checklist template is not written yet ({path})")
    yield content.load_checklist_template()
    content.load_checklist_template.cache_clear()


def test_shipped_template_is_well_formed(shipped):
    assert [c.key for c in shipped.categories] == [
        "program",
        "home",
        "packing",
        "mind-body",
        "safety",
        "aftercare",
    ]
    items = [item for category in shipped.categories for item in category.items]
    keys = [item.key for item in items]
    assert len(keys) == len(set(keys)), "item keys must be unique"
    assert all(key.strip() for key in keys)
    # only the tasks the app can complete with certainty tick themselves
    assert {item.key: item.auto for item in items if item.auto} == {
        "set-intake-date": checklist.AUTO_INTAKE,
        "learn-what-to-expect": "learn-read:withdrawal",
        "practise-relaxation": RELAX,
        "make-safety-plan": checklist.AUTO_SAFETY_PLAN,
    }
    for item in items:
        assert item.link == "" or item.link == "breathe" or item.link.startswith("learn:"), item
        assert item.title.strip(), item
        assert len(item.title) <= checklist.MAX_TITLE, item
        assert len(item.notes) <= checklist.MAX_NOTES, item
    for category in shipped.categories:
        assert category.title.strip() and category.items, category.key


def test_shipped_template_copies_into_a_database(db, shipped):
    assert checklist.ensure_template(db, shipped) is True
    items = checklist.list_items(db)
    assert len(items) == sum(len(c.items) for c in shipped.categories)
    assert [c.key for c in checklist.categories(db)] == [c.key for c in shipped.categories]
    r = checklist.readiness(db)
    assert (r.overall.done, r.overall.total) == (0, len(items))
    (relax,) = [i for i in items if i.auto == RELAX]
    assert checklist.relaxation_progress(db, relax) == (0, 3)
    assert checklist.ensure_template(db, shipped) is False


def test_save_item_adds_with_no_id_changes_with_one_and_refuses_a_missing_one(seeded):
    added = checklist.save_item(seeded, None, category="packing", title="Pack a torch")
    assert checklist.get_item(seeded, added.id) == added
    packing = [i for i in checklist.list_items(seeded) if i.category == "packing"]
    assert packing[-1] == added  # a new item goes at the end of its category
    changed = checklist.save_item(seeded, added.id, category="packing", title="Pack two torches")
    assert (changed.id, changed.title, changed.position) == (
        added.id,
        "Pack two torches",
        added.position,
    )
    checklist.delete_item(seeded, added.id)
    before = checklist.list_items(seeded)
    with pytest.raises(InvalidInputError) as caught:
        checklist.save_item(seeded, added.id, category="packing", title="Ghost")
    assert (caught.value.field, caught.value.reason) == ("item", "missing")
    assert checklist.list_items(seeded) == before
