"""The last family-track sections of Learn (setbacks, staying safe, looking after yourself)
and the weekly skills file: both languages, the family shape (In short, a practice part,
Sources), the facts each section exists to carry, and skills that name real sections and
carry no phone numbers."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from companion.core import content, learn
from companion.core.paths import resources_dir
from tests.core.test_learn_content import DOSE, MAX_AVERAGE_WORDS, prose, sentences, word_count

SECTIONS = {"family-setbacks": 21, "family-safety": 22, "family-self-care": 23}
FAMILY_SECTIONS = (
    "families",
    "family-facing",
    "family-talking",
    "family-rewarding",
    "family-setbacks",
    "family-safety",
    "family-self-care",
)
LANGUAGES = ("en", "es")
CASES = [(key, code) for key in SECTIONS for code in LANGUAGES]
TRY_THIS = {"en": "Try this", "es": "Pruébelo"}
SKILL_KEY = re.compile(r"[a-z]+(-[a-z]+)*")
PHONE = re.compile(r"\d[\d ().-]{2,}\d|\d{3,}|\*\d")
STIGMA = re.compile(r"\b(addicts?|junkies?|clean|dirty|abusers?|drug abuse)\b", re.I)


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def folder(code: str) -> Path:
    base = resources_dir() if code == "en" else resources_dir() / "locale" / code
    return base / "content"


def path_of(key: str, code: str) -> Path:
    return folder(code) / "learn" / f"{SECTIONS[key]:02d}-{key}.md"


def read(key: str, code: str) -> learn.Section:
    text = path_of(key, code).read_text(encoding="utf-8")
    return learn.parse_section(key, SECTIONS[key], text, code)


def body(key: str, code: str) -> str:
    """The readable text of a section without its Sources, on one line, lower case."""
    section = read(key, code)
    sources = learn.HEADINGS[code][2]
    text = re.split(rf"^## {sources}\s*$", section.markdown, flags=re.M)[0]
    return " ".join(learn.plain(text).split()).lower()


def skills(code: str) -> dict[str, Any]:
    with (folder(code) / "family-skills.toml").open("rb") as handle:
        return tomllib.load(handle)


# --- the sections ------------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "code"), CASES)
def test_the_section_has_the_family_shape(key, code):
    assert path_of(key, code).is_file()
    section = read(key, code)
    in_short, questions, sources = learn.HEADINGS[code]
    names = re.findall(r"^## (.+)$", section.markdown, flags=re.M)
    assert names[0] == in_short
    assert names[-1] == sources
    assert TRY_THIS[code] in names and questions in names
    assert names.index(TRY_THIS[code]) < names.index(sources)
    assert len(section.parts) >= 4
    assert 2 <= len(sentences(section.in_short)) <= 5
    assert section.questions and all(q.endswith("?") for q in section.questions)
    assert len(section.sources) >= 3 and all(s.strip() for s in section.sources)
    found = sentences(prose(section.markdown.replace(f"## {sources}", "## Sources")))
    assert len(found) >= 10
    average = sum(word_count(s) for s in found) / len(found)
    assert average < MAX_AVERAGE_WORDS, f"{key} ({code}): {average:.1f} words per sentence"


@pytest.mark.parametrize(("key", "code"), CASES)
def test_the_practice_part_asks_for_something_to_do_this_week(key, code):
    practice = next(p for p in read(key, code).parts if p.heading == TRY_THIS[code])
    words = sentences(learn.plain(practice.markdown))
    assert 1 <= len(words) <= 5
    week = "this week" if code == "en" else "esta semana"
    assert week in practice.markdown.lower()


@pytest.mark.parametrize("key", SECTIONS)
def test_the_spanish_twin_matches_the_english(key):
    english, spanish = read(key, "en"), read(key, "es")
    assert len(spanish.parts) == len(english.parts)
    assert [p.heading for p in spanish.parts] != [p.heading for p in english.parts]
    assert len(spanish.questions) == len(english.questions)
    assert spanish.sources == english.sources  # titles of published documents
    assert sorted(spanish.links()) == sorted(english.links())
    assert spanish.title != english.title


@pytest.mark.parametrize(("key", "code"), CASES)
def test_links_stay_in_the_app(key, code):
    content.set_language(code)
    section = learn.find_section(key)
    assert section is not None, f"{key} is not among the Learn sections"
    assert section.number == SECTIONS[key]
    links = section.links()
    assert "app:help" in links
    for target in links:
        scheme, _, name = target.partition(":")
        assert scheme in ("app", "learn"), target
        if scheme == "learn":
            assert name in FAMILY_SECTIONS or learn.find_section(name) is not None, target
    text = path_of(key, code).read_text(encoding="utf-8")
    assert not re.search(r"https?:|www\.", text, re.I)


@pytest.mark.parametrize(("key", "code"), CASES)
def test_no_amounts_no_phone_numbers_and_no_stigma(key, code):
    text = path_of(key, code).read_text(encoding="utf-8")
    assert DOSE.findall(text) == []
    assert PHONE.findall(body(key, code)) == [], "numbers belong in Get help now"
    if code == "en":
        assert STIGMA.findall(body(key, code)) == []


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("not the end", "stay calm", "i told you so", "keep the door open", "tolerance",
            "naloxone", "step back calmly", "natural consequences")),
    ("es", ("no es el final", "mantenga la calma", "ya te lo dije", "puerta abierta",
            "tolerancia", "naloxona", "apártese con calma", "consecuencias naturales")),
])  # fmt: skip
def test_setbacks_carry_their_facts(code, words):
    text = body("family-setbacks", code)
    for word in words:
        assert word in text, word
    links = set(read("family-setbacks", code).links())
    assert {"learn:overdose-naloxone", "app:plan:overdose", "app:help"} <= links


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("violence", "children", "emergency number", "never your fault", "pinpoints",
            "recovery position", "(cpr)", "second dose", "locked", "pharmac", "label")),
    ("es", ("violencia", "niños", "número de emergencias", "nunca es culpa suya",
            "puntas de alfiler", "posición lateral de seguridad", "(rcp)", "segunda dosis",
            "llave", "farmacia", "etiqueta")),
])  # fmt: skip
def test_staying_safe_carries_its_facts(code, words):
    text = body("family-safety", code)
    for word in words:
        assert word in text, word
    links = set(read("family-safety", code).links())
    assert {"learn:using-naloxone", "learn:overdose-naloxone", "app:plan:overdose"} <= links


def test_staying_safe_keeps_the_apps_overdose_steps():
    """The steps match the ones in "For family and helpers", word for word."""
    for code in LANGUAGES:
        text = (folder(code) / "learn" / "17-families.md").read_text(encoding="utf-8")
        families = learn.parse_section("families", 17, text, code)
        ready = next(
            p for p in families.parts if "sobredosis" in p.heading or "overdose" in p.heading
        )
        steps = [line for line in ready.markdown.splitlines() if line.startswith("- ")]
        safety = path_of("family-safety", code).read_text(encoding="utf-8")
        assert len(steps) >= 10
        for step in steps:
            assert step in safety, f"{code}: {step}"


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("sleep", "food", "break", "nar-anon", "al-anon", "smart recovery family & friends",
            "craft", "not selfish", "helplines are for family members too")),
    ("es", ("dormir", "comer", "descanso", "nar-anon", "al-anon",
            "smart recovery family & friends", "craft", "no es egoísmo",
            "también son para los familiares")),
])  # fmt: skip
def test_self_care_carries_its_facts(code, words):
    text = body("family-self-care", code)
    for word in words:
        assert word in text, word
    assert {"app:helping:check-in", "app:help"} <= set(read("family-self-care", code).links())


@pytest.mark.parametrize(("key", "code"), CASES)
def test_no_medical_advice_on_sedatives_without_the_seizure_warning(key, code):
    text = body(key, code)
    if re.search(r"\balcohol\b|benzodiazepin|sedative|sedante", text):
        assert re.search(r"seizure|convulsi", text), key


# --- the weekly skills -------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_skills_file_parses_and_each_skill_is_whole(code):
    data = skills(code)
    rows = data["skills"]
    assert len(rows) >= 8
    for row in rows:
        assert set(row) == {"key", "title", "practice", "learn"}, row
        assert SKILL_KEY.fullmatch(row["key"]) and len(row["key"]) <= 60, row["key"]
        assert row["title"].strip() and row["practice"].strip(), row["key"]
        assert len(sentences(row["practice"])) <= 2, row["key"]
        assert row["learn"] in FAMILY_SECTIONS, row["learn"]
    keys = [row["key"] for row in rows]
    assert len(set(keys)) == len(keys)
    assert data["sources"] and all(s.strip() for s in data["sources"])


def test_the_sections_named_here_are_learns_family_track():
    assert getattr(learn, "FAMILY_TRACK", FAMILY_SECTIONS) == FAMILY_SECTIONS


def test_the_skills_cover_the_family_track():
    learned = {row["learn"] for row in skills("en")["skills"]}
    assert learned == set(FAMILY_SECTIONS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_skill_names_a_section_file_that_exists(code):
    sections = {path.stem[3:] for path in (folder(code) / "learn").glob("[0-9][0-9]-*.md")}
    assert set(FAMILY_SECTIONS) <= sections
    for row in skills(code)["skills"]:
        assert row["learn"] in sections, row["learn"]


def test_spanish_skills_keep_the_keys_sections_and_sources_in_order():
    english, spanish = skills("en"), skills("es")
    assert [r["key"] for r in spanish["skills"]] == [r["key"] for r in english["skills"]]
    assert [r["learn"] for r in spanish["skills"]] == [r["learn"] for r in english["skills"]]
    assert spanish["sources"] == english["sources"]
    for one, other in zip(english["skills"], spanish["skills"], strict=True):
        assert other["title"] != one["title"], one["key"]
        assert other["practice"] != one["practice"], one["key"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_skills_carry_no_phone_numbers_or_amounts(code):
    for row in skills(code)["skills"]:
        for field in ("title", "practice"):
            assert not PHONE.search(row[field]), (row["key"], row[field])
            assert not DOSE.search(row[field]), (row["key"], row[field])


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_app_loads_the_skills_in_each_language(code):
    from companion.core import family_skills

    content.set_language(code)
    loaded = family_skills.load_skills()
    assert [s.key for s in loaded] == [r["key"] for r in skills(code)["skills"]]
    assert loaded[0].title == skills(code)["skills"][0]["title"].strip()
