"""The sections on choosing and calling a program and on money, insurance and time off work,
and the printable questions for the program: both languages, the house shape, links that
stay inside the app, no dose, and the facts they must carry."""

from __future__ import annotations

import re

import pytest

from companion.core import content, learn
from companion.core.paths import resources_dir
from companion.core.program_questions import load_program_questions
from tests.core.test_learn_content import (
    APP_TARGETS,
    DOSE,
    MAX_AVERAGE_WORDS,
    headings,
    prose,
    sentences,
    word_count,
)

RESOURCES = resources_dir()
FILES = {"choosing-a-program": "04-choosing-a-program.md", "money-and-work": "06-money-and-work.md"}


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def _path(key: str, code: str):
    folder = RESOURCES if code == "en" else RESOURCES / "locale" / code
    return folder / "content" / "learn" / FILES[key]


def _section(key: str, code: str) -> learn.Section:
    return learn.parse_section(key, 1, _path(key, code).read_text(encoding="utf-8"), code)


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("key", FILES)
def test_both_sections_exist_in_the_house_shape(key, code):
    section = _section(key, code)
    in_short, questions, sources = learn.HEADINGS[code]
    names = headings(section.markdown)
    assert names[0] == in_short
    assert names[-2:] == [questions, sources]
    assert section.parts and section.sources
    assert section.questions and all(q.endswith("?") for q in section.questions)
    english = _section(key, "en")
    assert section.sources == english.sources
    assert len(section.parts) == len(english.parts)


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("key", FILES)
def test_sentences_are_short_and_no_dose_is_given(key, code):
    text = _path(key, code).read_text(encoding="utf-8")
    found = sentences(prose(text.replace("## Fuentes", "## Sources")))  # titles are not prose
    assert len(found) >= 10
    assert sum(word_count(s) for s in found) / len(found) < MAX_AVERAGE_WORDS
    assert not DOSE.search(text)
    assert not re.search(r"https?:|www\.", text, re.I)


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("key", FILES)
def test_links_stay_inside_the_app_and_resolve(key, code):
    content.set_language(code)
    links = _section(key, code).links()
    assert "app:prepare" in links and "app:help" in links
    for target in links:
        scheme, _, name = target.partition(":")
        if scheme == "learn":
            assert learn.find_section(name) is not None, target
        else:
            assert scheme == "app" and name in APP_TARGETS, target


@pytest.mark.parametrize("code", content.LANGUAGES)
def test_both_sections_load_with_the_others(code):
    content.set_language(code)
    keys = [s.key for s in learn.load_sections()]
    assert {"choosing-a-program", "money-and-work"} <= set(keys)


def test_choosing_a_program_covers_what_to_ask():
    text = _section("choosing-a-program", "en").markdown.lower()
    for fact in (
        "buprenorphine",
        "methadone",
        "benzodiazepines",
        "seizures",
        "naloxone",
        "insurance",
        "how long",
        "visit",
        "phone",
        "tolerance",
        "do not go through withdrawal alone",
        "questions to ask",
    ):
        assert fact in text, fact
    assert "app:prepare" in _section("choosing-a-program", "en").links()


def test_choosing_a_program_in_spanish_says_the_same_safety_facts():
    text = _section("choosing-a-program", "es").markdown.lower()
    for fact in ("convulsiones", "benzodiazepinas", "naloxona", "tolerancia", "a solas"):
        assert fact in text, fact


def test_money_and_work_carries_its_key_facts():
    text = _section("money-and-work", "en").markdown
    for fact in (
        "FMLA",
        "does not cover time off because of drug use",
        "MHPAEA",
        "does not make a plan cover",
        "Medicaid",
        "self-certify",
        "fit note",
        "pharmacists",
        "Statutory Sick Pay",
        "first day off sick",
        "not legal advice",
        "social worker",
        "HR",
        "Ireland",
        "Canada",
        "Australia",
        "New Zealand",
        "Spain",
        "Mexico",
        "nothing specific",
    ):
        assert fact in text, fact
    uk = text.split("## United Kingdom")[1].split("## ")[0]
    assert not re.search(r"£|\d+(\.\d+)?\s*(a|per) week", uk)  # no amounts of pay


def test_money_and_work_in_spanish_keeps_the_caveats():
    text = _section("money-and-work", "es").markdown
    for fact in ("No es asesoramiento legal", "trabajador social", "recursos humanos", "FMLA"):
        assert fact in text, fact


# --- the printable questions for the program --------------------------------------------------


@pytest.mark.parametrize("code", content.LANGUAGES)
def test_the_program_questions_load_in_each_language(code):
    content.set_language(code)
    sheet = load_program_questions()
    assert sheet.title and sheet.note and sheet.program_label and sheet.date_label
    assert len(sheet.questions) >= 7
    assert all(q.endswith("?") for q in sheet.questions)
    assert sheet.sources
    joined = " ".join(sheet.questions).lower()
    assert "naloxon" in joined and "benzodiazepin" in joined


def test_the_program_questions_differ_by_language_and_match_in_number():
    english = load_program_questions()
    content.set_language("es")
    spanish = load_program_questions()
    assert spanish.title != english.title
    assert len(spanish.questions) == len(english.questions)
    assert spanish.sources == english.sources


def test_a_broken_questions_file_is_a_content_error(tmp_path, monkeypatch):
    monkeypatch.setattr(content, "resources_dir", lambda: tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "program-questions.toml").write_text('title = "Only a title"\n')
    load_program_questions.cache_clear()  # type: ignore[attr-defined]
    try:
        with pytest.raises(content.ContentError):
            load_program_questions()
    finally:
        load_program_questions.cache_clear()  # type: ignore[attr-defined]


SEDATIVES = {
    "en": re.compile(r"\balcohol\b|benzodiazepine|\bbenzos\b|sedative", re.I),
    "es": re.compile(r"\balcohol\b|benzodiazepina|\bbenzos\b|sedante", re.I),
}
SEIZURE = {"en": re.compile(r"seizure", re.I), "es": re.compile(r"convulsi", re.I)}


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("key", FILES)
def test_a_mention_of_sedatives_carries_the_seizure_warning(key, code):
    sources = learn.HEADINGS[code][2]
    whole = _path(key, code).read_text(encoding="utf-8")
    text = re.split(rf"^## {sources}\s*$", whole, flags=re.M)[0]
    if SEDATIVES[code].search(text):
        assert SEIZURE[code].search(text), f"{code}/{key}"


@pytest.mark.parametrize("key", FILES)
def test_spanish_uses_the_chosen_terms(key):
    whole = _path(key, "es").read_text(encoding="utf-8")
    text = re.split(r"^## Fuentes\s*$", whole, flags=re.M)[0]  # titles stay as published
    rejected = r"benzodiacep|aerosol|\bspray\b|posición de recuperación|\b\d{1,3}[.,]\d{3}\b"
    assert not re.search(rejected, text, re.I)
    assert "usted" in text  # formal address
