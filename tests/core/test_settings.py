"""Settings: declared once with defaults, validated, stored as JSON."""

import json

import pytest
from sqlite_utils import Database

from companion.core import settings
from companion.core.settings import (
    SETTINGS,
    InvalidSettingError,
    UnknownSettingError,
    all_settings,
    get_setting,
    set_setting,
)


def _stored(db: Database) -> list[tuple[str, str]]:
    return db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()


def test_empty_database_gives_the_declared_defaults(db):
    assert all_settings(db) == {key: s.default for key, s in SETTINGS.items()}
    assert get_setting(db, "region") == "US"
    assert get_setting(db, "discreet_mode") is False


def test_every_default_is_one_of_its_own_choices():
    for setting in SETTINGS.values():
        if setting.check is not None:  # too many values to list: a rule says which
            assert setting.check(setting.default) and not setting.choices and setting.rule
            continue
        assert setting.default in setting.choices
        assert type(setting.default) in {type(choice) for choice in setting.choices}


@pytest.mark.parametrize(
    ("key", "value"),
    [("region", "UK"), ("text_size", "largest"), ("appearance", "dark"), ("discreet_mode", True)],
)
def test_set_then_get_round_trips(db, key, value):
    set_setting(db, key, value)
    assert get_setting(db, key) == value
    assert _stored(db) == [(key, json.dumps(value))]


def test_setting_again_replaces_the_value(db):
    set_setting(db, "region", "UK")
    set_setting(db, "region", "IE")
    assert get_setting(db, "region") == "IE"
    assert len(_stored(db)) == 1


def test_invalid_value_is_refused_and_changes_nothing(db):
    set_setting(db, "region", "UK")
    with pytest.raises(InvalidSettingError, match="region"):
        set_setting(db, "region", "Atlantis")
    assert get_setting(db, "region") == "UK"
    assert _stored(db) == [("region", '"UK"')]


def test_unknown_key_is_refused(db):
    with pytest.raises(UnknownSettingError):
        set_setting(db, "favourite_colour", "blue")
    with pytest.raises(UnknownSettingError):
        get_setting(db, "favourite_colour")
    assert _stored(db) == []


def test_garbage_stored_value_falls_back_to_the_default(db):
    db["settings"].insert({"key": "region", "value": "{not json"})
    assert get_setting(db, "region") == "US"


def test_stored_value_no_longer_allowed_falls_back_to_the_default(db):
    db["settings"].insert({"key": "text_size", "value": json.dumps("enormous")})
    assert get_setting(db, "text_size") == "normal"


def test_true_and_1_are_not_confused(db):
    with pytest.raises(InvalidSettingError):
        set_setting(db, "discreet_mode", 1)
    with pytest.raises(InvalidSettingError):
        set_setting(db, "discreet_mode", 0)
    db["settings"].insert({"key": "discreet_mode", "value": "1"})
    assert get_setting(db, "discreet_mode") is False  # a stored 1 is not True
    set_setting(db, "discreet_mode", True)
    assert get_setting(db, "discreet_mode") is True


def test_text_sizes_all_have_a_scale():
    assert set(settings.TEXT_SCALE) == set(settings.TEXT_SIZES)
    assert settings.TEXT_SCALE["normal"] == 1.0
