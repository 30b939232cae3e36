"""The Learn sections on intake day, on what detox is like inside, and on staying safer if
use happens: both languages, the house shape, links that lead somewhere, no amounts, and
the facts each one exists to carry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.core import content, learn
from companion.core.paths import resources_dir
from tests.core.test_learn_content import (
    APP_TARGETS,
    DOSE,
    MAX_AVERAGE_WORDS,
    headings,
    prose,
    sentences,
    word_count,
)

SECTIONS = {"intake-day": 7, "inside-detox": 8, "staying-safer": 12}
LANGUAGES = ("en", "es")
STIGMA = re.compile(r"\b(addicts?|junkies?|clean|dirty|abusers?|drug abuse)\b", re.I)


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def path_of(key: str, code: str) -> Path:
    folder = resources_dir() if code == "en" else resources_dir() / "locale" / code
    (found,) = (folder / "content" / "learn").glob(f"[0-9][0-9]-{key}.md")
    return found


def read(key: str, code: str) -> learn.Section:
    text = path_of(key, code).read_text(encoding="utf-8")
    return learn.parse_section(key, SECTIONS[key], text, code)


def body(key: str, code: str) -> str:
    """The readable text of a section in one language, without its Sources."""
    section = read(key, code)
    sources = learn.HEADINGS[code][2]
    text = re.split(rf"^## {sources}\s*$", section.markdown, flags=re.M)[0]
    return learn.plain(text)


CASES = [(key, code) for key in SECTIONS for code in LANGUAGES]


@pytest.mark.parametrize(("key", "code"), CASES)
def test_the_section_has_the_house_shape(key, code):
    assert path_of(key, code).is_file()
    section = read(key, code)
    in_short, questions, sources = learn.HEADINGS[code]
    names = headings(section.markdown)
    assert names[0] == in_short
    assert names[-1] == sources
    assert questions in names
    assert len(section.parts) >= 3
    assert section.questions and all(q.endswith("?") for q in section.questions)
    assert section.sources and all(s.strip() for s in section.sources)
    found = sentences(prose(section.markdown.replace(f"## {sources}", "## Sources")))
    assert len(found) >= 10
    average = sum(word_count(s) for s in found) / len(found)
    assert average < MAX_AVERAGE_WORDS, f"{key} ({code}): {average:.1f} words per sentence"


@pytest.mark.parametrize("key", SECTIONS)
def test_the_spanish_twin_matches_the_english(key):
    english, spanish = read(key, "en"), read(key, "es")
    assert len(spanish.parts) == len(english.parts)
    assert len(spanish.questions) == len(english.questions)
    assert spanish.sources == english.sources
    assert sorted(spanish.links()) == sorted(english.links())
    assert spanish.title != english.title


@pytest.mark.parametrize(("key", "code"), CASES)
def test_links_stay_in_the_app_and_lead_somewhere(key, code):
    content.set_language(code)
    section = learn.find_section(key)
    assert section is not None, f"{key} is not among the Learn sections"
    links = section.links()
    assert any(t.startswith("learn:") for t in links), "link to related sections"
    assert any(t.startswith("app:") for t in links), "link to the app's pages"
    for target in links:
        scheme, _, name = target.partition(":")
        if scheme == "learn":
            assert learn.find_section(name) is not None, f"{key}: {target} leads nowhere"
        else:
            assert scheme == "app" and name in APP_TARGETS, f"{key}: {target}"
    text = path_of(key, code).read_text(encoding="utf-8")
    assert not re.search(r"https?:|www\.", text, re.I)


@pytest.mark.parametrize(("key", "code"), CASES)
def test_no_amounts_and_no_stigma(key, code):
    text = path_of(key, code).read_text(encoding="utf-8")
    assert DOSE.findall(text) == []
    assert not re.search(r"teaspoon|cucharadita", text, re.I)
    if code == "en":
        assert STIGMA.findall(body(key, code)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_staying_safer_gives_no_number_at_all(code):
    """No phone number, amount or count in the text a person reads (sources may hold years)."""
    assert not re.search(r"\d", body("staying-safer", code))


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("tolerance", "fentanyl", "test strip", "alcohol", "benzodiazepine", "xylazine",
            "naloxone", "never use alone", "good samaritan", "seizure", "much less")),
    ("es", ("tolerancia", "fentanilo", "tiras reactivas", "alcohol", "benzodiazepinas",
            "xilacina", "naloxona", "nunca a solas", "buen samaritano", "convulsiones",
            "mucho menos")),
])  # fmt: skip
def test_staying_safer_carries_its_facts(code, words):
    text = body("staying-safer", code).lower()
    for word in words:
        assert word in text, word
    links = read("staying-safer", code).links()
    assert {"learn:using-naloxone", "learn:overdose-naloxone", "app:help"} <= set(links)


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("vital signs", "blood pressure", "pulse", "breath test", "urine", "belongings",
            "with you in the room", "nurse", "doctor", "first days", "seizure")),
    ("es", ("constantes vitales", "presión arterial", "pulso", "prueba de aliento", "orina",
            "pertenencias", "con usted presente", "enfermer", "médico", "primeros días",
            "convulsiones")),
])  # fmt: skip
def test_intake_day_carries_its_facts(code, words):
    text = body("intake-day", code).lower()
    for word in words:
        assert word in text, word
    assert "app:prepare" in read("intake-day", code).links()


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("shame", "fear", "hopeless", "recover", "peer", "routine", "harming yourself")),
    ("es", ("vergüenza", "miedo", "esperanza", "recupera", "pares", "rutina", "hacerse daño")),
])  # fmt: skip
def test_inside_detox_carries_its_facts(code, words):
    text = body("inside-detox", code).lower()
    for word in words:
        assert word in text, word
    assert {"app:breathe", "app:journal", "app:help"} <= set(read("inside-detox", code).links())


@pytest.mark.parametrize(("key", "code"), CASES)
def test_alcohol_or_sedatives_come_with_the_seizure_warning(key, code):
    text = body(key, code).lower()
    if re.search(r"alcohol|benzodiazepin", text):
        assert re.search(r"seizure|convulsi", text), key


@pytest.mark.parametrize("key", SECTIONS)
def test_spanish_uses_the_agreed_terms(key):
    text = body(key, "es").lower()
    for wrong in ("aerosol", "spray", "posición de recuperación", "benzodiacepina"):
        assert wrong not in text, wrong
