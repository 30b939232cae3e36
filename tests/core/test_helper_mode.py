"""Who is using the app: the person's view and helper mode, the helper as a contact, and
refusing a helper who is not one (nothing changes then)."""

from __future__ import annotations

import pytest

from companion.core import helper_mode, people, settings
from companion.core.validate import InvalidInputError


def test_the_person_uses_the_app_until_told_otherwise(db):
    user = helper_mode.current_user(db)
    assert not user.helping
    assert user.helper is None and user.helper_id == 0
    assert not helper_mode.is_helping(db)


def test_adding_a_helper_makes_a_family_contact(db):
    ana = helper_mode.add_helper(db, "  Ana ")
    person = people.get_person(db, ana)
    assert person is not None
    assert (person.name, person.role) == ("Ana", "family")


def test_use_helper_then_back_to_the_person_remembers_the_helper(db):
    ana = helper_mode.add_helper(db, "Ana")
    helper = helper_mode.use_helper(db, ana)
    assert helper.name == "Ana"
    user = helper_mode.current_user(db)
    assert user.helping and user.helper_id == ana and user.helper is not None
    assert helper_mode.is_helping(db)
    helper_mode.use_person(db)
    assert not helper_mode.current_user(db).helping
    assert settings.get_setting(db, "helper_id") == ana  # for switching back


@pytest.mark.parametrize("bad", [0, -1, 999, True, "1", None, 1.0])
def test_a_helper_who_is_not_a_contact_is_refused_and_nothing_changes(db, bad):
    ana = helper_mode.add_helper(db, "Ana")
    helper_mode.use_helper(db, ana)
    helper_mode.use_person(db)
    with pytest.raises(InvalidInputError) as raised:
        helper_mode.use_helper(db, bad)
    assert raised.value.field == "helper" and raised.value.reason == "unknown-choice"
    assert settings.get_setting(db, "user") == "person"
    assert settings.get_setting(db, "helper_id") == ana


def test_a_new_helper_needs_a_name(db):
    with pytest.raises(InvalidInputError) as raised:
        helper_mode.add_helper(db, "   ")
    assert raised.value.reason == "required"
    assert people.list_people(db) == []


def test_helper_mode_stays_when_the_helpers_contact_is_removed(db):
    ana = helper_mode.add_helper(db, "Ana")
    helper_mode.use_helper(db, ana)
    people.delete_person(db, ana)
    user = helper_mode.current_user(db)
    assert user.helping and user.helper is None and user.helper_id == 0


def test_family_and_friends_come_first_among_the_helpers_to_choose(db):
    people.save_person(db, None, name="Aaron", role="care-team")
    people.save_person(db, None, name="Zoe", role="family")
    people.save_person(db, None, name="Bea", role="family")
    people.save_person(db, None, name="Carl", role="peer")
    assert [p.name for p in helper_mode.helpers(db)] == ["Bea", "Zoe", "Carl", "Aaron"]
