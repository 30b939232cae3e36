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
