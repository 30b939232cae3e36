"""Safety checks on the shipped Learn content: required by the product, not just style.

The sections are read by people who may be anxious, unwell or in withdrawal. They must be
complete, short-sentenced, cite their sources, link only inside the app, and never give a
dose. See /work/shared/FACTS.md for the facts the sections are written from.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.core.content import load_checklist_template
from companion.core.learn import IN_SHORT, QUESTIONS, SOURCES, find_section, load_sections
from companion.core.paths import resources_dir

KEYS = (
    "why-detox",
    "withdrawal",
    "supervised-detox",
    "choosing-a-program",
    "preparing",
    "money-and-work",
    "intake-day",
    "inside-detox",
    "medication-after-detox",
    "overdose-naloxone",
    "using-naloxone",
    "staying-safer",
    "emotional-support",
    "aftercare",
    "co-occurring",
    "hard-days",
    "families",
    "family-facing",
    "family-talking",
    "family-rewarding",
    "family-setbacks",
    "family-safety",
    "family-self-care",
)
APP_TARGETS = {
    "breathe",
    "prepare",
    "journal",
    "plan",
    "help",
    "timeline",
    "plan:safety",
    "plan:overdose",
    "breathe:cravings",
    "helping:check-in",
    "helping:conversations",
}
MAX_AVERAGE_WORDS = 20

DOSE = re.compile(r"\d+(\.\d+)?\s?(mg|ml|mcg|µg|micrograms?|milligrams?|millilit(re|er)s?)\b", re.I)
LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


def learn_dir() -> Path:
    return resources_dir() / "content" / "learn"


def learn_files() -> list[Path]:
    return sorted(learn_dir().glob("*.md"))


def content_files() -> list[Path]:
    """Every shipped text file a person can read: the sections and all the TOML content."""
    root = resources_dir()
    files = [
        *learn_files(),
        *sorted((root / "content").glob("*.toml")),
        *sorted((root / "templates").glob("*.toml")),
        root / "exercises.toml",
        root / "journal.toml",
        root / "helplines.toml",
    ]
    return files


def headings(markdown: str) -> list[str]:
    return [h.strip() for h in re.findall(r"^## (.+)$", markdown, flags=re.M)]


def prose(markdown: str) -> str:
    """The readable text: headings and the Sources list gone, links reduced to their words."""
    text = re.split(rf"^## {SOURCES}\s*$", markdown, flags=re.M)[0]
    text = LINK.sub(r"\1", text)
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def sentences(text: str) -> list[str]:
    """Split on . ! ? ; a paragraph or list item that ends without one ends a sentence too."""
    items: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[:2] in ("- ", "* "):
            if current:
                items.append(" ".join(current))
            current = [stripped[2:]] if stripped else []
        else:
            current.append(stripped)
    if current:
        items.append(" ".join(current))
    return [
        piece.strip()
        for item in items
        for piece in re.split(r"[.!?]+(?=\s|$)", item)
        if re.search(r"\w", piece)
    ]


def word_count(sentence: str) -> int:
    return len(sentence.split())


# --- the set of sections -----------------------------------------------------------------------


def test_every_section_exists_numbered_in_order():
    names = [path.name for path in learn_files()]
    assert names == [f"{n:02d}-{key}.md" for n, key in enumerate(KEYS, start=1)]
    sections = load_sections()
    assert [s.key for s in sections] == list(KEYS)
    assert [s.number for s in sections] == list(range(1, len(KEYS) + 1))
    for section in sections:
        assert section.title.strip(), section.key
        assert section.in_short.strip(), section.key
        assert section.parts, section.key


@pytest.mark.parametrize("key", KEYS)
def test_in_short_comes_first_and_sources_are_listed(key):
    section = find_section(key)
    assert section is not None
    names = headings(section.markdown)
    assert names[0] == IN_SHORT
    assert SOURCES in names
    assert names[-1] == SOURCES, "Sources should close the section"
    assert len(section.sources) >= 1
    assert all(source.strip() for source in section.sources)


@pytest.mark.parametrize("key", KEYS)
def test_suggested_questions_are_questions(key):
    section = find_section(key)
    assert section is not None
    assert QUESTIONS in headings(section.markdown)
    assert section.questions
    for question in section.questions:
        assert question.endswith("?"), question
        assert len(question) <= 300, question


def test_the_sentence_splitter_counts_as_intended():
    text = prose(
        "# Title\n\n## In short\n\nOne two three. Four five!\n\n"
        "- a list item without a stop\n- [linked words](learn:x) here?\n\n"
        "Version 3.5 stays whole.\n\n## Sources\n\n- A very long source title that is not prose\n"
    )
    assert sentences(text) == [
        "One two three",
        "Four five",
        "a list item without a stop",
        "linked words here",
        "Version 3.5 stays whole",
    ]


@pytest.mark.parametrize("path", learn_files(), ids=lambda p: p.name)
def test_sentences_are_short_on_average(path):
    found = sentences(prose(path.read_text(encoding="utf-8")))
    assert len(found) >= 10
    average = sum(word_count(s) for s in found) / len(found)
    assert average < MAX_AVERAGE_WORDS, f"{path.name}: {average:.1f} words per sentence"


# --- no doses, anywhere ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["4 mg", "0.4mg", "2 ml", "10 MG", "5 micrograms", "1.5 millilitres", "20 mcg"]
)
def test_the_dose_pattern_catches_amounts(text):
    assert DOSE.search(f"Take {text} now")


@pytest.mark.parametrize("text", ["75 miles", "12 months", "4 seconds", "116 123", "30 days"])
def test_the_dose_pattern_leaves_other_numbers_alone(text):
    assert not DOSE.search(text)


def test_content_file_list_is_complete():
    files = content_files()
    assert all(path.is_file() for path in files), [p for p in files if not p.is_file()]
    names = {path.name for path in files}
    assert {"timeline.toml", "overdose-response.toml", "checklist.toml"} <= names
    assert len(learn_files()) == len(KEYS)


@pytest.mark.parametrize("path", content_files(), ids=lambda p: p.name)
def test_no_content_file_gives_a_dose(path):
    text = path.read_text(encoding="utf-8")
    found = [match.group(0) for match in DOSE.finditer(text)]
    assert found == [], f"{path.name} mentions an amount: {found}"


# --- links stay inside the app -----------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_every_link_in_a_section_resolves(key):
    section = find_section(key)
    assert section is not None
    links = section.links()
    for target in links:
        scheme, _, name = target.partition(":")
        if scheme == "learn":
            assert find_section(name) is not None, f"{key}: {target} leads nowhere"
        else:
            assert scheme == "app", f"{key}: {target} is not an in-app link"
            assert name in APP_TARGETS, f"{key}: {target} is not a known place"


def test_sections_link_to_each_other_and_to_the_app():
    targets = {target for section in load_sections() for target in section.links()}
    assert any(t.startswith("learn:") for t in targets)
    assert any(t.startswith("app:") for t in targets)
    assert "app:help" in targets


@pytest.mark.parametrize("path", learn_files(), ids=lambda p: p.name)
def test_no_web_links_in_sections(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"https?:|www\.", text, re.I)
    assert not re.search(r"<[a-z][a-z0-9+.-]*:[^>]*>", text, re.I)  # autolinks


def test_checklist_links_into_learn_resolve():
    links = [
        item.link
        for category in load_checklist_template().categories
        for item in category.items
        if item.link.startswith("learn:")
    ]
    assert links, "the checklist should point people to Learn"
    for link in links:
        assert find_section(link.removeprefix("learn:")) is not None, link


# --- what the safety sections must say ---------------------------------------------------------


def test_overdose_section_covers_naloxone_emergency_and_tolerance():
    section = find_section("overdose-naloxone")
    assert section is not None
    text = section.markdown.lower()
    assert "naloxone" in section.in_short.lower()
    assert "naloxone" in text
    assert "emergency number" in text
    assert "tolerance" in text
    assert "app:help" in section.links()


def test_withdrawal_section_says_fentanyl_differs_and_gives_no_fentanyl_hours():
    section = find_section("withdrawal")
    assert section is not None
    paragraphs = [p for p in re.split(r"\n\s*\n", section.markdown) if "fentanyl" in p.lower()]
    assert paragraphs, "the withdrawal section should mention fentanyl"
    assert any(re.search(r"differ|different", p, re.I) for p in paragraphs)
    for paragraph in paragraphs:
        assert not re.search(r"\d", paragraph), paragraph
        assert not re.search(r"\bhours?\b|\bdays?\b", paragraph, re.I), paragraph
    # and no sentence anywhere pairs fentanyl with a number
    for sentence in sentences(prose(section.markdown)):
        if "fentanyl" in sentence.lower():
            assert not re.search(r"\d", sentence), sentence
