"""Every content file has a counterpart in each translation (Spanish now) with the same
shape, and it all loads."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from companion.core import content, exercises, journal, learn, timeline
from companion.core.paths import resources_dir

RESOURCES = resources_dir()
TRANSLATED = content.LANGUAGES[1:]  # every language but English
TOML_FILES = (
    "helplines.toml",
    "exercises.toml",
    "journal.toml",
    "content/overdose-response.toml",
    "content/timeline.toml",
    "content/program-questions.toml",
    "templates/checklist.toml",
)
LEARN = sorted((RESOURCES / "content" / "learn").glob("[0-9][0-9]-*.md"))
# Values a translation must leave exactly as they are (keys, links, sources, numbers).
KEEP = {"key", "link", "auto", "source", "sources", "last_checked", "number", "tty", "text"}
_LINK_TARGET = re.compile(r"\]\(([^)]*)\)")


@pytest.fixture(autouse=True)
def _english_again():
    yield
    content.set_language("en")


def _same_shape(english: Any, spanish: Any, where: str) -> list[str]:
    problems: list[str] = []
    if isinstance(english, dict):
        if not isinstance(spanish, dict) or set(english) != set(spanish):
            return [f"{where}: keys differ"]
        for key, value in english.items():
            if key in KEEP or key.endswith("_key"):
                if spanish[key] != value:
                    problems.append(f"{where}.{key}: must stay {value!r}")
            else:
                problems += _same_shape(value, spanish[key], f"{where}.{key}")
    elif isinstance(english, list):
        if not isinstance(spanish, list) or len(english) != len(spanish):
            return [f"{where}: lists differ in length"]
        for n, (one, other) in enumerate(zip(english, spanish, strict=True)):
            problems += _same_shape(one, other, f"{where}[{n}]")
    elif isinstance(english, bool | int | float):
        if spanish != english:
            problems.append(f"{where}: must stay {english!r}")
    elif not isinstance(spanish, str) or (english.strip() and not spanish.strip()):
        problems.append(f"{where}: text missing")
    return problems


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("relative", TOML_FILES)
def test_each_data_file_has_a_twin_of_the_same_shape(code, relative):
    with (RESOURCES / relative).open("rb") as handle:
        english = tomllib.load(handle)
    with (RESOURCES / "locale" / code / relative).open("rb") as handle:
        spanish = tomllib.load(handle)
    assert _same_shape(english, spanish, relative) == []
    assert spanish != english  # it really is translated


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("path", LEARN, ids=lambda path: path.stem)
def test_each_learn_section_has_a_twin_with_the_same_parts(code, path):
    english = learn.parse_section(path.stem[3:], 1, path.read_text(encoding="utf-8"))
    text = (RESOURCES / "locale" / code / "content" / "learn" / path.name).read_text("utf-8")
    spanish = learn.parse_section(path.stem[3:], 1, text, code)
    assert len(spanish.parts) == len(english.parts)
    assert len(spanish.questions) == len(english.questions)
    assert spanish.sources == english.sources  # titles of published documents
    assert sorted(_LINK_TARGET.findall(text)) == sorted(_LINK_TARGET.findall(english.markdown))
    assert spanish.title != english.title


def test_every_content_file_loads_in_spanish():
    content.set_language("es")
    assert content.load_regions()["US"].name == "Estados Unidos"
    assert content.load_response_steps().steps
    template = content.load_checklist_template()
    assert template.categories[0].items[0].title != ""
    assert exercises.load_catalog().breathing
    assert journal.load_symptoms()
    assert timeline.load_text()
    sections = learn.load_sections()
    assert [s.key for s in sections] == [p.stem[3:] for p in LEARN]
    assert sections[0].in_short


def test_changing_the_language_forgets_what_was_loaded():
    english = content.load_checklist_template()
    content.set_language("es")
    spanish = content.load_checklist_template()
    assert [c.key for c in spanish.categories] == [c.key for c in english.categories]
    assert spanish.categories[0].title != english.categories[0].title
    content.set_language("en")
    assert content.load_checklist_template() == english


def test_a_file_without_a_translation_falls_back_to_english(tmp_path, monkeypatch):
    monkeypatch.setattr(content, "resources_dir", lambda: tmp_path)
    (tmp_path / "only-english.toml").write_text('title = "Hello"\n')
    content.set_language("es")
    assert content.localized("only-english.toml") == tmp_path / "only-english.toml"
    (tmp_path / "locale" / "es").mkdir(parents=True)
    (tmp_path / "locale" / "es" / "only-english.toml").write_text('title = "Hola"\n')
    assert content.load_toml("only-english.toml") == {"title": "Hola"}


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        content.set_language("xx")
    assert content.language() == "en"


def test_spanish_section_headings_are_required():
    with pytest.raises(content.ContentError):
        learn.parse_section("x", 1, "# Título\n\n## In short\n\nHola\n\n## Sources\n\n- A\n", "es")
