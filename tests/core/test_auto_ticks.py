"""Tasks that tick themselves, and only when the app knows for certain they are done: the
intake date is set (cleared: unticked), the Learn section on withdrawal is marked read,
three relaxation sessions are finished."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from companion.core import checklist, content, intake, learn
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem

TODAY = date(2026, 3, 10)

TEMPLATE = ChecklistTemplate(
    version=2,
    categories=(
        TemplateCategory(
            "program",
            "Program and medical",
            (
                TemplateItem("set-intake-date", "Set your intake date", auto="intake-date"),
                TemplateItem("call", "Call programs"),
                TemplateItem(
                    "learn-what-to-expect",
                    "Learn what to expect",
                    link="learn:withdrawal",
                    auto="learn-read:withdrawal",
                ),
            ),
        ),
    ),
)


@pytest.fixture
def seeded(db: Database) -> Database:
    checklist.ensure_template(db, TEMPLATE)
    return db


def _item(db: Database, key: str) -> checklist.ChecklistItem:
    return next(i for i in checklist.list_items(db) if i.template_key == key)


def test_setting_the_intake_date_ticks_its_task_and_clearing_unticks_it(seeded):
    db = seeded
    assert not _item(db, "set-intake-date").done
    intake.set_intake(db, date(2026, 4, 1), "Ward 3", today=TODAY)
    assert _item(db, "set-intake-date").done_on == TODAY
    assert not _item(db, "call").done  # nothing else moves

    intake.set_intake(db, date(2026, 4, 2), "Ward 3", today=date(2026, 3, 12))
    assert _item(db, "set-intake-date").done_on == TODAY  # a changed date keeps the first tick

    intake.clear_intake(db)
    assert not _item(db, "set-intake-date").done
    intake.set_intake(db, "2026-04-05", today=TODAY)
    assert _item(db, "set-intake-date").done
    intake.set_intake(db, None, "Somewhere", today=TODAY)  # the date emptied: unticked too
    assert not _item(db, "set-intake-date").done


def test_a_date_set_without_today_is_ticked_by_the_next_apply(seeded):
    db = seeded
    intake.set_intake(db, date(2026, 4, 1))
    assert not _item(db, "set-intake-date").done
    assert checklist.apply_auto_ticks(db, TODAY) == [_item(db, "set-intake-date").id]
    assert _item(db, "set-intake-date").done_on == TODAY
    assert checklist.apply_auto_ticks(db, TODAY) == []


def test_a_task_ticked_by_hand_without_a_date_stays_until_a_date_is_cleared(seeded):
    db = seeded
    task = _item(db, "set-intake-date")
    checklist.set_done(db, task.id, True, TODAY)
    assert checklist.apply_auto_ticks(db, TODAY) == []
    assert _item(db, "set-intake-date").done  # the app does not undo what the person ticked
    intake.clear_intake(db)
    assert not _item(db, "set-intake-date").done


def test_marking_the_withdrawal_section_read_ticks_what_to_expect(seeded):
    db = seeded
    learn.mark_read(db, "why-detox", True, TODAY)
    assert checklist.apply_auto_ticks(db, TODAY) == []  # another section does not count
    learn.mark_read(db, "withdrawal", True, TODAY)
    task = _item(db, "learn-what-to-expect")
    assert checklist.apply_auto_ticks(db, TODAY) == [task.id]
    assert _item(db, "learn-what-to-expect").done_on == TODAY
    learn.mark_read(db, "withdrawal", False, TODAY)
    assert checklist.apply_auto_ticks(db, TODAY) == []
    assert _item(db, "learn-what-to-expect").done  # like practice, a tick is not taken back


def test_a_list_from_an_older_template_takes_the_new_rules(db):
    older = ChecklistTemplate(
        1,
        tuple(
            TemplateCategory(
                c.key,
                c.title,
                tuple(TemplateItem(i.key, i.title, link=i.link) for i in c.items),
            )
            for c in TEMPLATE.categories
        ),
    )
    checklist.ensure_template(db, older)
    edited = _item(db, "set-intake-date")
    checklist.save_item(db, edited.id, title="Agree the date", category=edited.category)
    assert all(not i.auto for i in checklist.list_items(db))

    assert checklist.ensure_template(db, TEMPLATE) is False  # not copied again...
    assert _item(db, "set-intake-date").auto == "intake-date"  # ...but the rules come in
    assert _item(db, "set-intake-date").title == "Agree the date"  # the person's words stay
    assert _item(db, "learn-what-to-expect").auto == "learn-read:withdrawal"
    assert _item(db, "call").auto == ""
    before = list(db.table("checklist_items").rows_where(order_by="id"))
    checklist.ensure_template(db, TEMPLATE)
    assert list(db.table("checklist_items").rows_where(order_by="id")) == before


def test_a_task_the_person_added_never_ticks_itself(seeded):
    db = seeded
    mine = checklist.save_item(db, None, category="program", title="Set your intake date")
    intake.set_intake(db, date(2026, 4, 1), today=TODAY)
    checklist.apply_auto_ticks(db, TODAY)
    assert not checklist.get_item(db, mine.id).done


@pytest.mark.parametrize("rule", ["intake-date:1", "learn-read", "learn-read:", "nothing"])
def test_malformed_rules_never_tick(db, rule):
    template = ChecklistTemplate(
        1, (TemplateCategory("program", "P", (TemplateItem("x", "X", auto=rule),)),)
    )
    checklist.ensure_template(db, template)
    intake.set_intake(db, date(2026, 4, 1))
    learn.mark_read(db, "withdrawal", True, TODAY)
    assert checklist.apply_auto_ticks(db, TODAY) == []


def test_the_shipped_list_ticks_its_intake_task(db):
    content.load_checklist_template.cache_clear()
    checklist.ensure_template(db, content.load_checklist_template())
    intake.set_intake(db, date(2026, 4, 1), today=TODAY)
    assert _item(db, "set-intake-date").done
    intake.clear_intake(db)
    assert not _item(db, "set-intake-date").done
