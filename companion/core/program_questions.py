"""The questions to ask a detox program when calling it: one list, in
resources/content/program-questions.toml (and its translations), printed from the call log."""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.content import ContentError, load_toml, per_language


@dataclass(frozen=True)
class ProgramQuestions:
    """The printable sheet of questions for a program, in the current language."""

    title: str
    note: str  # one line printed under the title
    program_label: str
    date_label: str
    questions: tuple[str, ...]
    sources: tuple[str, ...]


@per_language
def load_program_questions() -> ProgramQuestions:
    """The questions for the program, or ContentError when the file is missing or malformed."""
    data = load_toml("content/program-questions.toml")
    try:
        questions = tuple(str(q).strip() for q in data["questions"])
        sheet = ProgramQuestions(
            title=str(data["title"]),
            note=str(data["note"]),
            program_label=str(data["program_label"]),
            date_label=str(data["date_label"]),
            questions=questions,
            sources=tuple(str(s) for s in data["sources"]),
        )
    except (KeyError, TypeError) as error:
        raise ContentError(f"program-questions.toml is missing a field: {error}") from error
    if not questions or not all(questions):
        raise ContentError("program-questions.toml has no questions")
    return sheet
