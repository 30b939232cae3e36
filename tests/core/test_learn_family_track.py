"""Learn's family track: the sections for family and friends in reading order, each with
In short, a practice for the week ("Try this"), questions and Sources in both languages,
links that lead somewhere, plain sentences, no dose and no phone number."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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

RESOURCES = resources_dir()
TRACK = (
    "families",
    "family-facing",
    "family-talking",
    "family-rewarding",
    "family-setbacks",
    "family-safety",
    "family-self-care",
)
MINE = ("family-facing", "family-talking", "family-rewarding")  # the track's first three
PHONE = re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{3,4}\b|\b\d{4} \d{3} \d{3}\b")


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def _path(key: str, code: str):
    folder = RESOURCES if code == "en" else RESOURCES / "locale" / code
    (found,) = (folder / "content" / "learn").glob(f"[0-9][0-9]-{key}.md")
    return found


def _section(key: str, code: str) -> learn.Section:
    return learn.parse_section(key, 1, _path(key, code).read_text(encoding="utf-8"), code)


def test_the_track_lists_its_seven_sections_in_reading_order():
    assert learn.FAMILY_TRACK == TRACK


def test_every_section_of_the_track_is_shipped_in_order():
    """All seven, in the contents' own order, one after another after "families"."""
    sections = learn.family_track_sections()
    assert [s.key for s in sections] == list(TRACK)
    numbers = [s.number for s in sections]
    assert numbers == list(range(numbers[0], numbers[0] + len(TRACK)))


def test_the_track_skips_sections_not_written_yet(monkeypatch):
    every = learn.load_sections()
    without = tuple(s for s in every if s.key != "family-safety")
    monkeypatch.setattr(learn, "load_sections", lambda: without)
    keys = [s.key for s in learn.family_track_sections()]
    assert "family-safety" not in keys
    assert keys == [k for k in TRACK if k != "family-safety"]


def test_is_family_knows_the_track_and_nothing_else():
    assert all(learn.is_family(key) for key in TRACK)
    assert not learn.is_family("withdrawal")
    assert not learn.is_family("medications")  # an older name of another section
    assert not learn.is_family("")


def test_the_track_follows_the_language():
    content.set_language("es")
    spanish = learn.family_track_sections()
    content.set_language("en")
    english = learn.family_track_sections()
    assert [s.key for s in spanish] == [s.key for s in english]
    assert all(es.title != en.title for es, en in zip(spanish, english, strict=True))


def test_family_progress_counts_only_the_track(db):
    assert learn.family_progress(db) == (0, len(TRACK))
    learn.mark_read(db, "family-talking", True, date(2026, 12, 1))
    learn.mark_read(db, "withdrawal", True, date(2026, 12, 1))
    assert learn.family_progress(db) == (1, len(TRACK))


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("key", TRACK)
def test_each_section_has_in_short_a_practice_questions_and_sources(key, code):
    section = _section(key, code)
    in_short, questions, sources = learn.HEADINGS[code]
    names = headings(section.markdown)
    assert names[0] == in_short
    assert names[-3:] == [learn.PRACTICE[code], questions, sources]
    found = learn.practice(section)
    assert found is not None and found.heading == learn.PRACTICE[code]
    assert section.parts[-1] == found  # the practice closes the body
    assert 10 <= len(found.markdown.split()) <= 90, "a practice is short"
    assert section.questions and all(q.endswith("?") for q in section.questions)
    assert section.sources


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("key", TRACK)
def test_links_lead_to_sections_or_places_in_the_app(key, code):
    content.set_language(code)
    for target in _section(key, code).links():
        scheme, _, name = target.partition(":")
        if scheme == "learn":
            assert learn.find_section(name) is not None, target
        else:
            assert scheme == "app" and name in APP_TARGETS, target


@pytest.mark.parametrize("code", content.LANGUAGES)
def test_the_opening_section_leads_through_the_track_and_to_the_helpers_tools(code):
    links = _section("families", code).links()
    for key in TRACK[1:]:
        assert f"learn:{key}" in links
    assert "app:helping:check-in" in links
    assert "app:helping:conversations" in links


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("key", MINE)
def test_sentences_are_short_with_no_dose_no_phone_and_no_web_link(key, code):
    text = _path(key, code).read_text(encoding="utf-8")
    found = sentences(prose(text.replace("## Fuentes", "## Sources")))
    assert len(found) >= 10
    assert sum(word_count(s) for s in found) / len(found) < MAX_AVERAGE_WORDS
    assert not DOSE.search(text)
    assert not PHONE.search(text)
    assert not re.search(r"https?:|www\.", text, re.I)


@pytest.mark.parametrize("code", content.LANGUAGES)
def test_what_they_face_warns_about_fluids_tolerance_and_sends_to_clinicians(code):
    section = _section("family-facing", code)
    text = section.markdown.lower()
    assert "learn:overdose-naloxone" in section.links()
    assert "app:help" in section.links()
    if code == "en":
        assert "rarely life-threatening" in text and "dangerous" in text
        assert "tolerance" in text and "clinician" in text
    else:
        assert "rara vez pone en peligro la vida" in text and "peligroso" in text
        assert "tolerancia" in text and "profesionales de la salud" in text


@pytest.mark.parametrize("code", content.LANGUAGES)
def test_talking_names_the_craft_skills_and_the_planner(code):
    section = _section("family-talking", code)
    assert "app:helping:conversations" in section.links()
    text = section.markdown.lower()
    words = (
        ("positive", "specific", "brief", "i feel", "blame", "labels", "lectures", "threats")
        if code == "en"
        else ("positivo", "concreto", "breve", "me siento", "culpar", "etiquetas", "sermones")
    )
    assert all(word in text for word in words), [w for w in words if w not in text]


@pytest.mark.parametrize("code", content.LANGUAGES)
def test_rewarding_keeps_safety_first_while_stepping_back(code):
    section = _section("family-rewarding", code)
    assert "learn:family-safety" in section.links() and "app:help" in section.links()
    text = section.markdown.lower()
    word = "natural consequences" if code == "en" else "consecuencias naturales"
    assert word in text


# --- the parser takes a practice part as an ordinary part ----------------------------------


def test_a_practice_part_is_an_ordinary_body_part():
    text = (
        "# Title\n\n## In short\n\nShort.\n\n## Body\n\nText.\n\n"
        "## Try this\n\nDo one thing.\n\n## Sources\n\n- A source\n"
    )
    section = learn.parse_section("x", 1, text)
    assert [p.heading for p in section.parts] == ["Body", "Try this"]
    assert learn.practice(section) == section.parts[-1]
    plain = learn.parse_section("y", 1, text.replace("## Try this", "## Other"))
    assert learn.practice(plain) is None


_HEADING = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@settings(max_examples=120, deadline=None)
@given(heading=_HEADING, body=st.text(max_size=200), language=st.sampled_from(["en", "es"]))
def test_any_practice_text_parses_or_is_refused_by_name(heading, body, language):
    in_short, _questions, sources = learn.HEADINGS[language]
    text = (
        f"# T\n\n## {in_short}\n\nA.\n\n## {heading}\n\n{body}\n\n"
        f"## {learn.PRACTICE[language]}\n\n{body}\n\n## {sources}\n\n- S\n"
    )
    try:
        section = learn.parse_section("x", 1, text, language)
    except content.ContentError:
        return
    assert section.title == "T"
    assert all(part.heading not in (in_short, sources) for part in section.parts)
