"""The person's name: one short line, stored trimmed, carried through export and import."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlite_utils import Database

from companion.core import export, settings
from companion.core.export_rules import setting_value
from companion.core.settings import InvalidSettingError, get_setting, set_setting
from companion.core.storage import migrations


def _fresh() -> Database:
    database = Database(memory=True)
    database.execute("PRAGMA foreign_keys=ON")
    migrations.apply(database)
    return database


def test_no_name_until_one_is_given(db):
    assert get_setting(db, "person_name") == ""
    set_setting(db, "person_name", "José María")
    assert get_setting(db, "person_name") == "José María"
    set_setting(db, "person_name", "")
    assert get_setting(db, "person_name") == ""


@pytest.mark.parametrize(
    "value",
    ["x" * 81, "Ana\nLopez", "Ana\tLopez", " Ana", "Ana ", "\ud800", 42, None, True],
)
def test_a_name_too_long_on_two_lines_or_untrimmed_is_refused(db, value):
    set_setting(db, "person_name", "Alex")
    with pytest.raises(InvalidSettingError):
        set_setting(db, "person_name", value)
    assert get_setting(db, "person_name") == "Alex"


def test_eighty_characters_are_allowed():
    assert settings.is_person_name("x" * settings.NAME_LIMIT)


def test_a_bad_stored_value_reads_as_no_name(db):
    db.table("settings").upsert({"key": "person_name", "value": '"a\\nb"'}, pk="key")
    assert get_setting(db, "person_name") == ""


def test_clean_person_name_makes_any_typing_storable():
    assert settings.clean_person_name("  Ana \n López\t") == "Ana López"
    cut = settings.clean_person_name("y" * 200)
    assert len(cut) == settings.NAME_LIMIT and settings.is_person_name(cut)
    assert settings.clean_person_name("a" * 79 + " b") == "a" * 79


def test_import_checks_the_name_like_any_setting():
    assert setting_value({"key": "person_name", "value": '"Sam"'}) == []
    problems = setting_value({"key": "person_name", "value": json.dumps("Sam\nSmith")})
    assert problems and "80 characters" in problems[0][1]


def test_the_name_goes_out_and_comes_back(db):
    set_setting(db, "person_name", "Alex Moreno")
    document = json.loads(json.dumps(export.export_document(db, datetime(2026, 1, 1))))
    assert export.validate_document(document) == []
    other = _fresh()
    export.import_document(other, document)
    assert get_setting(other, "person_name") == "Alex Moreno"
