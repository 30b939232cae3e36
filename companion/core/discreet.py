"""Discreet wording for what others may see: documents made in discreet mode say
"treatment" where the app or the person wrote "detox", in English and in Spanish.

`neutral_text` changes one string; `neutral_data` every string in a structure of dicts
and lists (the data a PDF template is given), so nothing is missed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_ENGLISH = ((re.compile(r"\bdetox(?:ification)?\b", re.IGNORECASE), "treatment"),)
_SPANISH = (  # "la desintoxicación" is feminine, "el tratamiento" masculine: keep it right
    (re.compile(r"\bde la desintoxicaci[oó]n\b", re.IGNORECASE), "del tratamiento"),
    (re.compile(r"\ba la desintoxicaci[oó]n\b", re.IGNORECASE), "al tratamiento"),
    (re.compile(r"\bla desintoxicaci[oó]n\b", re.IGNORECASE), "el tratamiento"),
    (re.compile(r"\buna desintoxicaci[oó]n\b", re.IGNORECASE), "un tratamiento"),
    (re.compile(r"\bdesintoxicaci[oó]n\b", re.IGNORECASE), "tratamiento"),
    (re.compile(r"\bdesintoxicar(se)?\b", re.IGNORECASE), "tratarse"),
)


def _keep_case(word: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        if found.isupper() and len(found) > 1:
            return word.upper()
        return word[0].upper() + word[1:] if found[0].isupper() else word

    return replace


def neutral_text(text: str) -> str:
    """`text` with "detox" (and Spanish "desintoxicación") said as "treatment"."""
    for pattern, word in (*_SPANISH, *_ENGLISH):
        text = pattern.sub(_keep_case(word), text)
    return text


def neutral_data(value: Any) -> Any:
    """A copy of `value` (dicts, lists, tuples, strings, numbers) with every string neutral."""
    if isinstance(value, str):
        return neutral_text(value)
    if isinstance(value, dict):
        return {key: neutral_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [neutral_data(item) for item in value]
    return value
