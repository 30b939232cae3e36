"""Checking and cleaning the parts of a journal check-in: ratings, hours, symptoms, wins, tags.

Pure functions, given their limits by companion.core.journal. Each refusal is an
InvalidInputError naming the field as the journal's form shows it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from companion.core.validate import InvalidInputError, check_saveable


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags from comma-separated text: trimmed, blanks dropped, repeats (any case) dropped.

    "sleep, Clinic ,sleep" -> ("sleep", "Clinic"); the first spelling of a tag wins.
    Runs of spaces inside a tag become one space.
    """
    tags: list[str] = []
    seen: set[str] = set()
    for part in (text or "").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags)


def rating(value: object, field: str, bounds: tuple[int, int], what: str) -> int | None:
    """A whole number within `bounds` (inclusive), or None; True and False are not numbers."""
    if value is None:
        return None
    low, high = bounds
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidInputError(field, "out-of-range", f"{what} is rated from {low} to {high}.")
    return value


def hours(value: object, field: str, bounds: tuple[float, float], step: float) -> float | None:
    """A number of hours within `bounds`, a multiple of `step`, as a float; or None."""
    if value is None:
        return None
    low, high = bounds
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not low <= value <= high
    ):
        raise InvalidInputError(field, "out-of-range", f"Give {low:g} to {high:g} hours.")
    steps = value / step
    if abs(steps - round(steps)) > 1e-9:
        raise InvalidInputError(field, "step", f"Hours go in steps of {step:g}.")
    return round(steps) * step


def symptom_ratings(
    value: object, field: str, known: Sequence[str], bounds: tuple[int, int]
) -> dict[str, int] | None:
    """Ratings keyed by known symptom, in `known` order; no ratings at all means skipped."""
    if value is None:
        return None
    low, high = bounds
    if not isinstance(value, dict):
        raise InvalidInputError(field, "out-of-range", f"Rate each symptom {low} to {high}.")
    for key, score in value.items():
        if key not in known:
            raise InvalidInputError(field, "unknown-choice", f"Unknown symptom {key!r}.")
        rating(score, field, bounds, "Each symptom")
    return {key: value[key] for key in known if key in value} or None


def _within(items: tuple[str, ...], field: str, max_count: int, max_length: int) -> tuple[str, ...]:
    """`items` when there are at most `max_count`, none longer than `max_length`; else
    InvalidInputError ("too-long") naming the field."""
    if len(items) > max_count or any(len(item) > max_length for item in items):
        raise InvalidInputError(
            field,
            "too-long",
            f"At most {max_count} {field}, each up to {max_length} characters, please.",
        )
    return items


def lines(
    value: Iterable[str] | str, field: str, max_count: int, max_length: int
) -> tuple[str, ...]:
    """One item per line: each trimmed, blank ones dropped; a line break starts a new item."""
    items = [value] if isinstance(value, str) else list(value)
    result = tuple(
        line.strip()
        for item in items
        for line in check_saveable(str(item), field).splitlines()
        if line.strip()
    )
    return _within(result, field, max_count, max_length)


def tag_list(
    value: Iterable[str] | str, field: str, max_count: int, max_length: int
) -> tuple[str, ...]:
    """Tags cleaned as parse_tags does (a comma inside a tag splits it), within the limits."""
    items = [value] if isinstance(value, str) else [str(item) for item in value]
    tags = parse_tags(check_saveable(",".join(items), field))
    return _within(tags, field, max_count, max_length)
