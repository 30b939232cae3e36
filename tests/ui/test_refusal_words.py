"""Each reason core gives for refusing a value has its own sentence, naming the field."""

from __future__ import annotations

import pytest

from companion.core.validate import InvalidInputError
from companion.ui.errors import describe_invalid_input

SENTENCES = [
    ("required", "title", "Please fill in the title."),
    ("too-long", "notes", "Please shorten the notes: it is longer than can be saved."),
    ("bad-date", "due date", "That due date is not a real date."),
    ("date-range", "intake date", "The intake date must be a date from the year 1900 to 2199."),
    ("unknown-choice", "place", "That choice is no longer available; please choose again."),
    ("duplicate", "pattern name", "That pattern name is already used; please choose another."),
    ("step", "inhale", "The in-breath goes in half seconds, like 4 or 4.5."),
    (
        "out-of-range",
        "exhale",
        "The out-breath is outside what can be chosen; please pick another.",
    ),
    (
        "not-a-number",
        "exhale",
        "The out-breath is outside what can be chosen; please pick another.",
    ),
    ("missing", "item", "That entry no longer exists; it may have been removed."),
    ("no-name", "name", "Please give the number a name."),
    ("no-number", "number", "Please enter a phone number."),
    ("no-digit", "number", "A phone number needs at least one digit."),
    (
        "not-a-phone",
        "phone",
        "A phone number has digits, and only spaces and + - ( ) . / between them.",
    ),
    ("not-an-email", "email", "That does not look like an email address (name@example.org)."),
    ("before-start", "until", "A repeat cannot end before the first appointment."),
    ("future", "day", "A check-in can only be for today or a day before."),
    (
        "not-empty",
        "data",
        "The app already holds data, and replacing it was not chosen. Nothing was changed.",
    ),
    ("never-heard-of", "title", "That could not be saved; please check what you typed."),
    ("required", "a field with no name", "Please fill in the a field with no name."),
]


@pytest.mark.parametrize(("reason", "field", "sentence"), SENTENCES)
def test_each_reason_has_its_sentence(qapp, reason, field, sentence):
    assert describe_invalid_input(InvalidInputError(field, reason, "core's words")) == sentence


def test_a_fields_own_words_are_shown_as_they_are(qapp):
    assert describe_invalid_input(InvalidInputError("time", "typed", "Hora no válida")) == (
        "Hora no válida"
    )


# Reasons core/dates.py gives are put into words by the date and time fields themselves
# (they name what was typed); "bad-text" and "typed" have their own branches.
HANDLED_ELSEWHERE = {"unreadable", "unknown-month", "wrong-weekday", "bad-text", "typed"}


def _reasons_core_gives() -> dict[str, str]:
    """Every literal reason passed to InvalidInputError (or dates' _refuse) in core."""
    import ast
    from pathlib import Path

    import companion.core

    found: dict[str, str] = {}
    for path in sorted(Path(companion.core.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            reason = node.args[1]
            if name in {"InvalidInputError", "_refuse"} and isinstance(reason, ast.Constant):
                found.setdefault(str(reason.value), f"{path.name}:{node.lineno}")
    return found


def test_every_reason_core_gives_has_words_of_its_own(qapp):
    given = _reasons_core_gives()
    assert {"required", "not-a-phone", "not-empty"} <= set(given)  # the scan sees them
    generic = describe_invalid_input(InvalidInputError("title", "never-heard-of", ""))
    unworded = {
        reason: where
        for reason, where in given.items()
        if reason not in HANDLED_ELSEWHERE
        and describe_invalid_input(InvalidInputError("title", reason, "")) == generic
    }
    assert unworded == {}
