"""The Learn sections on medication after detox and on using naloxone: both languages, the
house shape, links that lead somewhere, no amounts, and the facts each one exists to carry."""

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

SECTIONS = {"medication-after-detox": 9, "using-naloxone": 11}
LANGUAGES = ("en", "es")
CASES = [(key, code) for key in SECTIONS for code in LANGUAGES]
REQUIRED_LINKS = {"learn:overdose-naloxone", "learn:staying-safer", "app:help"}
STIGMA = re.compile(r"\b(addicts?|junkies?|clean|dirty|abusers?|drug abuse)\b", re.I)


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def path_of(key: str, code: str) -> Path:
    name = f"{SECTIONS[key]:02d}-{key}.md"
    folder = resources_dir() if code == "en" else resources_dir() / "locale" / code
    return folder / "content" / "learn" / name


def read(key: str, code: str) -> learn.Section:
    text = path_of(key, code).read_text(encoding="utf-8")
    return learn.parse_section(key, SECTIONS[key], text, code)


def body(key: str, code: str) -> str:
    """The readable text of a section in one language, without its Sources, lower case."""
    section = read(key, code)
    sources = learn.HEADINGS[code][2]
    text = re.split(rf"^## {sources}\s*$", section.markdown, flags=re.M)[0]
    return " ".join(learn.plain(text).split()).lower()


# --- shape, links, no amounts ------------------------------------------------------------------


@pytest.mark.parametrize(("key", "code"), CASES)
def test_the_section_has_the_house_shape(key, code):
    assert path_of(key, code).is_file()
    section = read(key, code)
    in_short, questions, sources = learn.HEADINGS[code]
    names = headings(section.markdown)
    assert names[0] == in_short
    assert names[-2:] == [questions, sources]
    assert len(section.parts) >= 4
    assert 2 <= len(sentences(section.in_short)) <= 4
    assert section.questions and all(q.endswith("?") for q in section.questions)
    assert len(section.sources) >= 3 and all(s.strip() for s in section.sources)
    found = sentences(prose(section.markdown.replace(f"## {sources}", "## Sources")))
    assert len(found) >= 10
    average = sum(word_count(s) for s in found) / len(found)
    assert average < MAX_AVERAGE_WORDS, f"{key} ({code}): {average:.1f} words per sentence"


@pytest.mark.parametrize("key", SECTIONS)
def test_the_spanish_twin_matches_the_english(key):
    english, spanish = read(key, "en"), read(key, "es")
    assert [p.heading for p in spanish.parts] != [p.heading for p in english.parts]
    assert len(spanish.parts) == len(english.parts)
    assert len(spanish.questions) == len(english.questions)
    assert spanish.sources == english.sources  # titles of published documents
    assert sorted(spanish.links()) == sorted(english.links())
    assert spanish.title != english.title


@pytest.mark.parametrize(("key", "code"), CASES)
def test_links_stay_in_the_app_and_lead_somewhere(key, code):
    content.set_language(code)
    section = learn.find_section(key)
    assert section is not None, f"{key} is not among the Learn sections"
    assert section.number == SECTIONS[key]
    links = section.links()
    assert set(links) >= REQUIRED_LINKS
    assert any(t == "app:plan" or t.startswith("app:plan:") for t in links), "a way to the Plan"
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
    assert not re.search(r"\b(mg|ml|mcg)\b|milligram|microgram|miligramo|microgramo", text, re.I)
    if code == "en":
        assert STIGMA.findall(body(key, code)) == []


@pytest.mark.parametrize(("key", "code"), CASES)
def test_no_schedules(key, code):
    """The medicines come with no timetable: when and how much is the clinician's."""
    text = body(key, code)
    schedule = (
        r"\b(daily|twice|once a (day|week|month)|every (day|week|month)|per day|a day)\b"
        r"|\b(diari|al día|una vez al (día|mes)|cada (día|semana|mes))"
    )
    assert not re.search(schedule, text), re.search(schedule, text)


@pytest.mark.parametrize("key", SECTIONS)
def test_spanish_uses_the_agreed_terms(key):
    text = body(key, "es")
    for wrong in (r"aerosol", r"\bspray", r"posición de recuperación", r"benzodiacepina"):
        assert not re.search(wrong, text), wrong


@pytest.mark.parametrize(("key", "code"), CASES)
def test_alcohol_or_sedatives_come_with_the_seizure_warning(key, code):
    text = body(key, code)
    if re.search(r"alcohol|benzodiazepin", text):
        assert re.search(r"seizure|convulsi", text), key


# --- what each section exists to say -------------------------------------------------------------


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("buprenorphine", "methadone", "naltrexone", "opioid use disorder (oud)",
            "health condition", "lower the risk of dying", "not a swap of one drug for another",
            "7 to 10 days", "your clinician will tell you", "tolerance is still low",
            "pregnant", "prenatal care team", "do not start, stop or change")),
    ("es", ("buprenorfina", "metadona", "naltrexona", "trastorno por consumo de opioides (tco)",
            "problema de salud", "reducen el riesgo de morir",
            "no son un cambio de una droga por otra", "de 7 a 10 días", "su médico le dirá",
            "tolerancia sigue siendo baja", "embarazada", "equipo de atención prenatal",
            "no empiece, deje ni cambie")),
])  # fmt: skip
def test_medication_after_detox_carries_its_facts(code, words):
    text = body("medication-after-detox", code)
    for word in words:
        assert word in text, word
    assert "learn:using-naloxone" in read("medication-after-detox", code).links()


@pytest.mark.parametrize("code", LANGUAGES)
def test_medication_after_detox_does_not_call_it_swapping(code):
    """The old myth may be named only to say no to it."""
    text = body("medication-after-detox", code)
    for sentence in re.split(r"(?<=[.?!])\s+", text):
        if re.search(r"swap|cambio de una droga|cambiar una droga", sentence):
            assert re.search(r"\bnot\b|\bno\b|\?", sentence), sentence


@pytest.mark.parametrize(("code", "words"), [
    ("en", ("nasal spray", "injection", "one device", "do not test it", "recovery position",
            "2 to 3 minutes", "new device in the other nostril", "second dose",
            "stay with them", "30 to 90 minutes", "expiry date", "printed",
            "tell people where it is kept", "over the counter", "without a prescription",
            "good samaritan", "does not reverse alcohol or benzodiazepines", "seizures",
            "ontario", "quebec", "british columbia", "australia", "united kingdom")),
    ("es", ("espray nasal", "inyección", "un dispositivo", "no lo pruebe",
            "posición lateral de seguridad", "2 a 3 minutos",
            "dispositivo nuevo en la otra fosa nasal", "segunda dosis", "quédese con",
            "30 a 90 minutos", "fecha de caducidad", "impresa", "dónde la guarda",
            "sin receta", "buen samaritano", "no revierte el alcohol ni las benzodiazepinas",
            "convulsiones", "ontario", "quebec", "columbia británica", "australia",
            "reino unido")),
])  # fmt: skip
def test_using_naloxone_carries_its_facts(code, words):
    text = body("using-naloxone", code)
    for word in words:
        assert word in text, word


@pytest.mark.parametrize("code", LANGUAGES)
def test_using_naloxone_calls_for_help_before_giving_it(code):
    """A bystander reads the steps in order: the emergency call comes before the device."""
    section = read("using-naloxone", code)
    nasal = section.parts[1].markdown.lower()
    call = nasal.index("app:help")
    assert call < nasal.index("nostril" if code == "en" else "fosa nasal")
    steps = re.findall(r"^\d+\. ", section.parts[1].markdown, flags=re.M)
    assert len(steps) >= 5


@pytest.mark.parametrize("code", LANGUAGES)
def test_using_naloxone_gives_no_count_of_us_states(code):
    """How many US states have Good Samaritan laws was not confirmed: no number is given."""
    text = body("using-naloxone", code)
    for sentence in re.split(r"(?<=[.?!])\s+", text):
        if re.search(r"\bstates\b|\bestados\b(?! unidos)", sentence):
            assert not re.search(r"\d", sentence), sentence
