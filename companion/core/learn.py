"""Learn: the educational sections (Markdown in resources/content/learn/), searching them,
what has been read, and the person's questions for their care team."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from companion.core import ordering
from companion.core.content import ContentError, language, localized, per_language
from companion.core.paths import resources_dir
from companion.core.validate import InvalidInputError, check_saveable, clean_text, read_date

IN_SHORT = "In short"
QUESTIONS = "Questions you could ask"
SOURCES = "Sources"
HEADINGS = {
    "en": (IN_SHORT, QUESTIONS, SOURCES),
    "es": ("En resumen", "Preguntas que podría hacer", "Fuentes"),
}
"""The headings that open a section's summary, its questions and its sources, by language."""
PRACTICE = {"en": "Try this", "es": "Pruébelo"}
"""The heading of a family section's practice for the week, by language (a body part)."""
FAMILY_TRACK: tuple[str, ...] = (
    "families",
    "family-facing",
    "family-talking",
    "family-rewarding",
    "family-setbacks",
    "family-safety",
    "family-self-care",
)
"""The sections for family and friends, in reading order ("families" opens the track)."""
ALIASES = {"medications": "supervised-detox"}
"""Older names that still lead to a section (the checklist links to "medications")."""
MAX_QUESTION = 300
START_MARK, END_MARK = "\x02", "\x03"

_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


@dataclass(frozen=True)
class Part:
    """One `##` part of a section: its heading and its Markdown text."""

    heading: str
    markdown: str


@dataclass(frozen=True)
class Section:
    key: str
    number: int
    title: str
    in_short: str
    parts: tuple[Part, ...]  # the parts between "In short" and the questions
    questions: tuple[str, ...]  # suggestions the person can add to their own list
    sources: tuple[str, ...]
    markdown: str  # the whole file

    def links(self) -> list[str]:
        """Every link target in the section, in order (e.g. "app:breathe", "learn:aftercare")."""
        return [target for _text, target in _LINK.findall(self.markdown)]


def plain(markdown: str) -> str:
    """Markdown reduced to readable text: links keep their words, emphasis marks go."""
    text = _LINK.sub(r"\1", markdown)
    text = re.sub(r"^[ \t]*[-*][ \t]+", "", text, flags=re.M)  # not across blank lines
    return text.replace("**", "").replace("__", "")


def _bullets(markdown: str) -> tuple[str, ...]:
    return tuple(
        line.strip()[2:].strip()
        for line in markdown.splitlines()
        if line.strip()[:2] in ("- ", "* ")
    )


def parse_section(key: str, number: int, markdown: str, language: str = "en") -> Section:
    """Read one section file; ContentError when it lacks its title, In short, or Sources
    (under their names in `language`)."""
    in_short, questions, sources = HEADINGS[language]
    title_match = re.search(r"^# (.+)$", markdown, re.M)
    if title_match is None:
        raise ContentError(f"learn/{key}: no title")
    chunks = re.split(r"^## (.+)$", markdown, flags=re.M)
    parts = [Part(chunks[i].strip(), chunks[i + 1].strip()) for i in range(1, len(chunks) - 1, 2)]
    names = [part.heading for part in parts]
    if not names or names[0] != in_short or sources not in names:
        raise ContentError(f"learn/{key}: needs '## {in_short}' first and '## {sources}'")
    by_name = {part.heading: part for part in parts}
    body = tuple(p for p in parts if p.heading not in (in_short, questions, sources))
    return Section(
        key=key,
        number=number,
        title=title_match.group(1).strip(),
        in_short=by_name[in_short].markdown,
        parts=body,
        questions=_bullets(by_name[questions].markdown) if questions in by_name else (),
        sources=_bullets(by_name[sources].markdown),
        markdown=markdown,
    )


@per_language
def load_sections() -> tuple[Section, ...]:
    """Every section, in order, from resources/content/learn/NN-key.md (each in the
    current language where it is translated)."""
    folder = resources_dir() / "content" / "learn"
    found = []
    try:
        files = sorted(folder.glob("[0-9][0-9]-*.md"))
        for english in files:
            number, _, key = english.stem.partition("-")
            path = localized(f"content/learn/{english.name}", resources_dir())
            code = "en" if path == english else language()
            text = path.read_text(encoding="utf-8")
            found.append(parse_section(key, int(number), text, code))
    except OSError as error:
        raise ContentError(f"Could not read the Learn sections: {error}") from error
    if not found:
        raise ContentError("No Learn sections were found.")
    return tuple(found)


def find_section(key: str) -> Section | None:
    key = ALIASES.get(key, key)
    return next((s for s in load_sections() if s.key == key), None)


def is_family(key: str) -> bool:
    """Whether the section (by key or older name) belongs to the family track."""
    return ALIASES.get(key, key) in FAMILY_TRACK


def family_track_sections() -> tuple[Section, ...]:
    """The family track's sections that are present, in reading order."""
    by_key = {section.key: section for section in load_sections()}
    return tuple(by_key[key] for key in FAMILY_TRACK if key in by_key)


def family_progress(db: Database) -> tuple[int, int]:
    """(family sections read, family sections present)."""
    keys = {section.key for section in family_track_sections()}
    return len(read_keys(db) & keys), len(keys)


def practice(section: Section) -> Part | None:
    """A section's practice for the week ("Try this"), if it has one."""
    names = set(PRACTICE.values())
    return next((part for part in section.parts if part.heading in names), None)


@dataclass(frozen=True)
class SearchResult:
    key: str
    title: str
    heading: str
    snippet: str  # the matching paragraph, matches wrapped in START_MARK ... END_MARK
    phrase: str  # the first matched word as written, to find it on the page


def search_sections(text: str, limit: int = 50) -> list[SearchResult]:
    """Paragraphs that contain every word typed (word beginnings count), section by section."""
    words = [w.casefold() for w in re.findall(r"\w+", text)][:12]
    if not words:
        return []
    patterns = [re.compile(r"\b" + re.escape(w), re.I) for w in words]
    results: list[SearchResult] = []
    for section in load_sections():
        pieces = [(IN_SHORT, section.in_short)] + [(p.heading, p.markdown) for p in section.parts]
        for heading, markdown in pieces:
            for paragraph in re.split(r"\n\s*\n", plain(markdown)):
                if all(p.search(paragraph) for p in patterns):
                    first = patterns[0].search(paragraph)
                    assert first is not None
                    snippet = " ".join(paragraph.split())
                    for pattern in patterns:
                        snippet = pattern.sub(lambda m: START_MARK + m.group(0) + END_MARK, snippet)
                    results.append(
                        SearchResult(section.key, section.title, heading, snippet, first.group(0))
                    )
                    if len(results) >= limit:
                        return results
    return results


# --- what has been read -----------------------------------------------------------------------


def read_keys(db: Database) -> set[str]:
    return {str(row["key"]) for row in db.table("learn_read").rows}


def mark_read(db: Database, key: str, read: bool, today: date) -> None:
    if find_section(key) is None:
        raise InvalidInputError("section", "unknown-choice", f"No section {key!r}.")
    key = ALIASES.get(key, key)
    with db.atomic():
        if read:
            db.table("learn_read").upsert({"key": key, "read_on": today.isoformat()}, pk="key")
        else:
            db.execute("DELETE FROM learn_read WHERE key = ?", [key])


def reading_progress(db: Database) -> tuple[int, int]:
    """(sections read, sections in all), counting only sections that still exist."""
    keys = {s.key for s in load_sections()}
    return len(read_keys(db) & keys), len(keys)


# --- questions for the care team --------------------------------------------------------------


@dataclass(frozen=True)
class CareQuestion:
    id: int
    text: str
    section: str = ""
    done_on: date | None = None
    position: int = 0

    @property
    def done(self) -> bool:
        return self.done_on is not None


def _question(row: dict[str, Any]) -> CareQuestion:
    return CareQuestion(
        row["id"], row["text"], row["section"], read_date(row["done_on"]), row["position"]
    )


def list_questions(db: Database) -> list[CareQuestion]:
    return [
        _question(row) for row in db.table("care_questions").rows_where(order_by="position, id")
    ]


def save_question(
    db: Database, question_id: int | None, *, text: str, section: str | None = None
) -> CareQuestion:
    """Add a question (`question_id` None) at the end of the list, or change its words;
    nothing is stored when refused. `section` (the Learn section it came from) is set
    when adding; when changing, None keeps the stored one."""
    cleaned = clean_text(text, "question", MAX_QUESTION, required=True)
    if section is not None:
        check_saveable(section, "section")
    with db.atomic():
        if question_id is None:
            position = ordering.end_position(db, "care_questions")
            row = {"text": cleaned, "section": section or "", "position": position}
            question_id = int(str(db.table("care_questions").insert(row).last_pk))
        else:
            found = list(db.table("care_questions").rows_where("id = ?", [question_id]))
            if not found:
                raise InvalidInputError("question", "missing", "That question no longer exists.")
            changes = (
                {"text": cleaned} if section is None else {"text": cleaned, "section": section}
            )
            db.table("care_questions").update(question_id, changes)
    stored = list(db.table("care_questions").rows_where("id = ?", [question_id]))
    return _question(stored[0])


def set_question_done(db: Database, question_id: int, done: bool, today: date) -> None:
    with db.atomic():
        db.execute(
            "UPDATE care_questions SET done_on = ? WHERE id = ?",
            [today.isoformat() if done else None, question_id],
        )


def delete_question(db: Database, question_id: int) -> CareQuestion | None:
    rows = list(db.table("care_questions").rows_where("id = ?", [question_id]))
    if not rows:
        return None
    with db.atomic():
        db.execute("DELETE FROM care_questions WHERE id = ?", [question_id])
    return _question(rows[0])


def restore_question(db: Database, question: CareQuestion) -> None:
    """Put a deleted question back in its place (undo)."""
    with db.atomic():
        free = db.execute("SELECT 1 FROM care_questions WHERE id = ?", [question.id]).fetchone()
        row: dict[str, Any] = {
            "text": question.text,
            "section": question.section,
            "done_on": question.done_on.isoformat() if question.done_on else None,
            "position": question.position,
        }
        if free is None:
            row["id"] = question.id
        db.table("care_questions").insert(row)
