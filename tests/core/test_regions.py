"""Regions: every one has numbers in both languages, and the first region follows the
system's locale until the person chooses one."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from companion.core import settings
from companion.core.paths import resources_dir
from companion.core.settings import REGIONS, get_setting, region_for_locale, set_setting

FILES = {
    "en": resources_dir() / "helplines.toml",
    "es": resources_dir() / "locale" / "es" / "helplines.toml",
}
TS_FILE = Path(__file__).parents[2] / "resources" / "i18n" / "companion_es.ts"


def _regions(language: str) -> dict[str, Any]:
    with FILES[language].open("rb") as handle:
        return tomllib.load(handle)["regions"]


@pytest.fixture(autouse=True)
def _no_system_locale():
    settings.use_system_locale("")
    yield
    settings.use_system_locale("")


@pytest.mark.parametrize("language", FILES)
def test_both_files_list_exactly_the_regions_of_the_setting(language):
    assert list(_regions(language)) == list(REGIONS)


@pytest.mark.parametrize("language", FILES)
@pytest.mark.parametrize("code", [code for code in REGIONS if code != "OTHER"])
def test_every_region_has_an_emergency_number_and_a_free_line_with_its_source(language, code):
    region = _regions(language)[code]
    assert region["name"].strip()
    assert any(ch.isdigit() for ch in region["emergency_number"]), code
    assert region["emergency_note"].strip()
    free = [line for line in region.get("helplines", []) if line.get("free") is True]
    assert free, f"{code} ({language}) has no free line"
    for line in region["helplines"]:
        assert any(ch.isdigit() for ch in line["number"]), line["name"]
        assert line["source"].strip(), line["name"]
        date.fromisoformat(str(line["last_checked"]))  # a real date


def test_other_asks_for_the_local_number_in_both_languages():
    for language in FILES:
        other = _regions(language)["OTHER"]
        assert other["emergency_note"].strip()
        assert not other.get("helplines")


@pytest.mark.parametrize("code", REGIONS)
def test_the_spanish_file_has_the_same_lines_with_the_same_sources_and_dates(code):
    english, spanish = _regions("en")[code], _regions("es")[code]
    if code != "OTHER":  # OTHER's "number" is words asking for the local one
        assert english["emergency_number"].split()[0] == spanish["emergency_number"].split()[0]
    pairs = list(zip(english.get("helplines", []), spanish.get("helplines", []), strict=True))
    for en_line, es_line in pairs:
        for key in ("number", "text", "tty", "source", "last_checked", "free"):
            assert en_line.get(key) == es_line.get(key), (code, en_line["name"], key)


def test_spanish_speaking_regions_are_written_in_spanish_in_the_spanish_file():
    spanish = _regions("es")
    assert spanish["ES"]["name"] == "España"
    assert spanish["MX"]["helplines"][0]["name"] == "Línea de la Vida"
    lifeline = spanish["US"]["helplines"][1]
    assert lifeline["name"] == "Línea 988 de Prevención del Suicidio y Crisis"
    assert "AYUDA" in lifeline["description"]
    assert "AYUDA" in _regions("en")["US"]["helplines"][1]["description"]


def test_numbers_that_public_pages_do_not_confirm_are_not_listed():
    text = FILES["en"].read_text("utf-8") + FILES["es"].read_text("utf-8")
    for unconfirmed in ("900 16 15 15", "484-3731", "Never Use Alone"):
        assert unconfirmed not in text, unconfirmed


def test_lines_that_work_only_in_one_place_say_so():
    english = _regions("en")
    assert "Bogotá only" in english["CO"]["helplines"][0]["description"]
    line_135 = next(line for line in english["AR"]["helplines"] if line["number"] == "135")
    assert "only in Buenos Aires" in line_135["description"]
    assert "province" in english["AR"]["emergency_note"]


LOCALES = {
    "en_US": "US",
    "es_US": "US",
    "en_GB": "UK",
    "cy_GB": "UK",
    "en_IE": "IE",
    "ga_IE": "IE",
    "en_CA": "CA",
    "fr_CA": "CA",
    "en_AU": "AU",
    "en_NZ": "NZ",
    "mi_NZ": "NZ",
    "es_ES": "ES",
    "ca_ES": "ES",
    "es_MX": "MX",
    "es_AR": "AR",
    "es_CO": "CO",
    "es_CL": "CL",
    "es_PE": "PE",
    "C": "OTHER",
    "": "OTHER",
    "es": "OTHER",
    "en": "OTHER",
    "de_DE": "OTHER",
    "es_419": "OTHER",
    "en-GB": "UK",
    "en_GB.UTF-8": "UK",
    "sr_RS@latin": "OTHER",
    "zh_Hant_TW": "OTHER",
    "es_Latn_MX": "MX",
}


@pytest.mark.parametrize(("name", "region"), LOCALES.items())
def test_region_for_locale(name, region):
    assert region_for_locale(name) == region


def test_every_region_is_reached_from_some_locale():
    assert set(LOCALES.values()) == set(REGIONS)


@pytest.mark.parametrize(("name", "region"), [("en_GB", "UK"), ("es_MX", "MX"), ("C", "OTHER")])
def test_a_region_never_chosen_follows_the_system_locale(db: Database, name, region):
    settings.use_system_locale(name)
    assert get_setting(db, "region") == region


def test_without_a_known_locale_the_region_is_the_declared_default(db: Database):
    assert get_setting(db, "region") == settings.SETTINGS["region"].default


def test_a_chosen_region_is_never_changed_by_the_locale(db: Database):
    set_setting(db, "region", "US")
    settings.use_system_locale("en_GB")
    assert get_setting(db, "region") == "US"
    settings.use_system_locale("es_MX")
    assert get_setting(db, "region") == "US"


def test_the_locale_changes_no_other_setting(db: Database):
    settings.use_system_locale("es_MX")
    for key, setting in settings.SETTINGS.items():
        if key != "region":
            assert get_setting(db, key) == setting.default, key


def test_every_region_has_a_name_with_a_spanish_translation():
    from companion.ui.names import region_name

    root = ET.parse(TS_FILE).getroot()
    translated = {
        message.findtext("source"): message.find("translation")
        for context in root.iter("context")
        if context.findtext("name") == "Regions"
        for message in context.iter("message")
    }
    for code in REGIONS:
        name = region_name(code)
        assert name != code, f"{code} has no name"
        translation = translated.get(name)
        assert translation is not None, f"{name} is not in the Spanish translation"
        assert (translation.text or "").strip(), f"{name} has no Spanish translation"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), name
