"""Bringing a person's checklist up to a newer template: new items, corrected words, and
never anything the person deleted or changed."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlite_utils import Database

from companion.core import checklist, content, settings
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem


@pytest.fixture
def shipped():
    """The shipped template in English and in Spanish; English is left selected."""
    content.set_language("es")
    spanish = content.load_checklist_template()
    content.set_language("en")
    yield content.load_checklist_template(), spanish
    content.set_language("en")


def as_of(template: ChecklistTemplate, version: int) -> ChecklistTemplate:
    """`template` as it was shipped at `version`: only the items it had then, each in the
    wording it had then (the oldest earlier wording for a text corrected since)."""

    def then(item: TemplateItem) -> TemplateItem:
        return dataclasses.replace(
            item,
            title=item.was_title[0] if item.was_title else item.title,
            notes=item.was_notes[0] if item.was_notes else item.notes,
            link=item.was_link[0] if item.was_link else item.link,
            was_title=(),
            was_notes=(),
            was_link=(),
        )

    return ChecklistTemplate(
        version,
        tuple(
            TemplateCategory(c.key, c.title, tuple(then(i) for i in c.items if i.since <= version))
            for c in template.categories
        ),
    )


def by_key(db: Database, key: str) -> checklist.ChecklistItem | None:
    found = [i for i in checklist.list_items(db) if i.template_key == key]
    return found[0] if found else None


def template_items(template: ChecklistTemplate) -> dict[str, TemplateItem]:
    return {i.key: i for c in template.categories for i in c.items}


def rows(db: Database) -> list[dict]:
    return list(db.table("checklist_items").rows_where(order_by="id"))


def test_the_shipped_template_is_at_version_2_with_new_and_corrected_items(shipped):
    for template in shipped:
        assert template.version >= 2
        items = template_items(template).values()
        assert any(i.since == 2 for i in items)
        assert any(i.was_notes for i in items)
        assert all(1 <= i.since <= template.version for i in items)


def test_a_fresh_list_gets_every_item_in_its_newest_wording(db, shipped):
    english, _ = shipped
    assert checklist.ensure_template(db, english) is True
    assert settings.get_setting(db, checklist.LIST_VERSION) == english.version
    stored = {i.template_key: i for i in checklist.list_items(db)}
    assert set(stored) == set(template_items(english))
    for key, item in template_items(english).items():
        assert (stored[key].title, stored[key].notes, stored[key].link) == (
            item.title,
            item.notes,
            item.link,
        )
    before = rows(db)
    assert checklist.ensure_template(db, english) is False
    assert rows(db) == before


def test_a_version_1_list_gains_the_new_items_once_at_the_end_of_their_category(db, shipped):
    english, _ = shipped
    checklist.ensure_template(db, as_of(english, 1))
    assert settings.get_setting(db, checklist.LIST_VERSION) == 1
    mine = checklist.save_item(db, None, category="program", title="Ring the GP")
    old_ids = {i.id for i in checklist.list_items(db)}

    assert checklist.ensure_template(db, english) is False
    assert settings.get_setting(db, checklist.LIST_VERSION) == english.version
    new_keys = {i.key for i in template_items(english).values() if i.since > 1}
    assert new_keys >= {"ask-program-questions", "ask-medication-after", "stay-safer"}
    items = checklist.list_items(db)
    assert {i.template_key for i in items if i.id not in old_ids} == new_keys
    for category in checklist.categories(db):
        in_category = [i for i in items if i.category == category.key]
        added = [i for i in in_category if i.id not in old_ids]
        assert in_category[len(in_category) - len(added) :] == added  # all at the end
        assert [i.position for i in in_category] == sorted({i.position for i in in_category})
    assert checklist.get_item(db, mine.id) == mine
    new = by_key(db, "ask-program-questions")
    assert new.link == "learn:choosing-a-program" and not new.done

    before = rows(db)
    checklist.ensure_template(db, english)  # a second start adds nothing
    assert rows(db) == before


def test_an_item_the_person_deleted_stays_deleted(db, shipped):
    english, _ = shipped
    checklist.ensure_template(db, as_of(english, 1))
    gone = by_key(db, "tell-pregnancy-alcohol-benzos")  # an item whose text is corrected
    checklist.delete_item(db, gone.id)
    checklist.delete_item(db, by_key(db, "arrange-pet-care").id)

    checklist.ensure_template(db, english)
    assert by_key(db, "tell-pregnancy-alcohol-benzos") is None
    assert by_key(db, "arrange-pet-care") is None

    checklist.delete_item(db, by_key(db, "stay-safer").id)  # a new one, deleted later
    checklist.ensure_template(db, english)
    assert by_key(db, "stay-safer") is None


def test_corrected_words_replace_only_what_the_person_left_as_it_was(db, shipped):
    english, _ = shipped
    new = template_items(english)
    checklist.ensure_template(db, as_of(english, 1))
    edited = by_key(db, "clear-home")
    checklist.save_item(db, edited.id, category=edited.category, title=edited.title, notes="Mine")
    retitled = by_key(db, "tell-pregnancy-alcohol-benzos")
    checklist.save_item(
        db, retitled.id, category=retitled.category, title="Tell them", notes=retitled.notes
    )
    ticked = by_key(db, "drink-water")
    checklist.set_done(db, ticked.id, True, date(2026, 3, 1))

    checklist.ensure_template(db, english)

    clear_home = by_key(db, "clear-home")
    assert clear_home.notes == "Mine"  # edited: stays the person's
    assert clear_home.sources == edited.sources  # the sources stay with the person's words
    told = by_key(db, "tell-pregnancy-alcohol-benzos")
    assert told.title == "Tell them"  # edited title stays
    assert told.notes == new["tell-pregnancy-alcohol-benzos"].notes  # unedited note corrected
    assert "seizure" in told.notes
    assert told.sources == "; ".join(new["tell-pregnancy-alcohol-benzos"].sources)
    water = by_key(db, "drink-water")
    assert water.notes == new["drink-water"].notes and water.done  # the tick is kept
    assert water.id == ticked.id
    assert by_key(db, "get-naloxone").link == "learn:using-naloxone"
    assert by_key(db, "continue-medication").link == "learn:medication-after-detox"
    assert by_key(db, "call-programs").link == "learn:choosing-a-program"


def test_a_spanish_list_is_brought_up_to_date_in_spanish(db, shipped):
    english, spanish = shipped
    checklist.ensure_template(db, as_of(spanish, 1))
    edited = by_key(db, "understand-tolerance")
    checklist.save_item(db, edited.id, category=edited.category, title=edited.title, notes="Mía")
    gone = by_key(db, "leave-at-home")
    checklist.delete_item(db, gone.id)

    # started in Spanish: the Spanish template carries the English one as its translation
    checklist.ensure_template(
        db, ChecklistTemplate(spanish.version, spanish.categories, (english,))
    )
    new = template_items(spanish)
    assert by_key(db, "ask-program-questions").title == new["ask-program-questions"].title
    assert by_key(db, "tell-pregnancy-alcohol-benzos").notes == (
        new["tell-pregnancy-alcohol-benzos"].notes
    )
    assert "convulsiones" in by_key(db, "tell-pregnancy-alcohol-benzos").notes
    assert by_key(db, "understand-tolerance").notes == "Mía"
    assert by_key(db, "leave-at-home") is None
    before = rows(db)
    checklist.ensure_template(db, spanish)
    assert rows(db) == before


def test_an_english_list_opened_in_spanish_is_corrected_in_english(db, shipped):
    english, spanish = shipped
    checklist.ensure_template(db, as_of(english, 1))
    checklist.ensure_template(
        db, ChecklistTemplate(spanish.version, spanish.categories, (english,))
    )
    assert by_key(db, "drink-water").notes == template_items(english)["drink-water"].notes
    # the items that are new come in the language the app is in
    assert by_key(db, "stay-safer").title == template_items(spanish)["stay-safer"].title


def test_the_loaded_template_carries_its_other_language(shipped):
    english, spanish = shipped
    assert [t.categories[0].title for t in english.translations] == [spanish.categories[0].title]
    content.set_language("es")
    assert content.load_checklist_template().translations[0].categories == english.categories


def test_a_new_item_in_a_new_category_brings_the_category(db):
    v1 = ChecklistTemplate(1, (TemplateCategory("home", "Home", (TemplateItem("a", "A"),)),))
    v2 = ChecklistTemplate(
        2,
        (
            TemplateCategory("home", "Home", (TemplateItem("a", "A"),)),
            TemplateCategory("later", "Later", (TemplateItem("b", "B", since=2),)),
            TemplateCategory("empty", "Nothing new", (TemplateItem("c", "C"),)),
        ),
    )
    checklist.ensure_template(db, v1)
    checklist.ensure_template(db, v2)
    assert [(c.key, c.position) for c in checklist.categories(db)] == [
        ("home", 1),
        ("later", 2),
    ]
    assert [i.template_key for i in checklist.list_items(db)] == ["a", "b"]


def test_an_upgrade_that_fails_changes_nothing(db, shipped, monkeypatch):
    english, _ = shipped
    checklist.ensure_template(db, as_of(english, 1))
    before = rows(db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(settings, "set_setting", broken)
    with pytest.raises(RuntimeError):
        checklist.ensure_template(db, english)
    assert rows(db) == before
    assert settings.get_setting(db, checklist.LIST_VERSION) == 1


def test_a_corrected_source_title_reaches_a_list_made_before_it(db, shipped):
    english, _spanish = shipped
    checklist.ensure_template(db, english)
    item = next(i for i in template_items(english).values() if i.sources and i.notes)
    edited = next(
        i for i in template_items(english).values() if i.sources and i.notes and i is not item
    )
    db.execute(
        "UPDATE checklist_items SET sources = 'An old vague label' WHERE template_key IN (?, ?)",
        [item.key, edited.key],
    )
    db.execute(
        "UPDATE checklist_items SET notes = 'My own note' WHERE template_key = ?", [edited.key]
    )
    checklist.ensure_template(db, english)  # the next start
    assert by_key(db, item.key).sources == "; ".join(item.sources)
    assert by_key(db, edited.key).sources == "An old vague label"  # their own note: left as it was
