"""The one PDF engine: a Typst template under resources/pdf/ plus data, made in memory.

Every PDF the app makes (the care-team summary, the plan packet, the question sheets) is
a Typst template in `resources/pdf/<template>.typ` that imports the shared look
(`style.typ`) and reads what to print from `sys.inputs`: `data` (the JSON of a plain
dict, every word already in the person's language), `language` and `title`. The result
is a tagged PDF (PDF/UA-1: a structure tree, the document's language and title, text
for every figure), with the fonts shipped in `resources/fonts/` only, so the same data
makes the same file on every computer. Nothing here needs Qt or a display. A character
in none of those fonts (an emoji, Chinese) in the person's own words still makes the
document, tagged but without the PDF/UA-1 claim, the character shown as a box.

Hand the bytes to `companion.core.files.write_private` (or `save`) to put them on disk.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Final, Literal

import typst

from companion.core import files
from companion.core.paths import resources_dir
from companion.core.validate import InvalidInputError

STANDARD: Final = "ua-1"
MISSING_GLYPH = "could not be displayed with font"
"""Typst's words when a character is in none of the fonts (PDF/UA-1 refuses that)."""
"""PDF/UA-1: tags, language, title and alternative text are required, and checked by
Typst itself while it writes (a figure without alternative text is an error)."""

_lock = threading.Lock()


def _failed(template: str, message: str) -> InvalidInputError:
    """A document could not be made (its template or data is wrong); nothing was written.

    The reason "document-failed" is put into words by companion.ui.errors; `str()` is
    Typst's own message, for the log and the command line.
    """
    return InvalidInputError("document", "document-failed", f"Could not make {template}: {message}")


def templates_dir() -> Path:
    return resources_dir() / "pdf"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def render(template: str, data: Mapping[str, object], *, language: str, title: str) -> bytes:
    """The PDF that `resources/pdf/<template>.typ` makes from `data`, as bytes.

    `language` is the document's language ("en", "es"; a region after "_" or "-" is
    dropped), `title` its title (shown by PDF readers and read out by screen readers).
    Raises InvalidInputError (reason "document-failed") when Typst cannot make it.
    """
    source = templates_dir() / f"{template}.typ"
    if not source.is_file():
        raise _failed(template, f"there is no template {source.name}")
    inputs = {
        "data": json.dumps(data, ensure_ascii=False, default=str),
        "language": _code(language),
        "title": title,
    }
    try:
        made = _compile(source, inputs, STANDARD)
    except typst.TypstError as error:
        if MISSING_GLYPH not in _words(error):
            raise _failed(template, _words(error)) from None
        # A character none of the shipped fonts has (an emoji, Chinese) in the person's
        # own words: PDF/UA-1 forbids it, but their document matters more than the
        # claim. Still tagged, with its language and title; that character shows as a box.
        try:
            made = _compile(source, inputs, None)
        except typst.TypstError as again:
            raise _failed(template, _words(again)) from None
    except RuntimeError as error:  # older bindings raise a plain RuntimeError
        raise _failed(template, str(error)) from None
    if not isinstance(made, bytes):
        raise _failed(template, "Typst gave no PDF")
    return made


def _compile(source: Path, inputs: dict[str, str], standard: Literal["ua-1"] | None) -> bytes:
    with _lock:  # one compile at a time: Typst uses every core already
        return typst.compile(
            str(source),
            root=str(templates_dir()),
            font_paths=[str(fonts_dir())],
            ignore_system_fonts=True,
            format="pdf",
            sys_inputs=inputs,
            pdf_standards=standard,
            pdf_tags=True,
        )


def save(path: Path, pdf: bytes) -> None:
    """Put a finished PDF at `path`: owner-only from the first byte, whole or not at all."""
    files.write_private(Path(path), pdf, action="export")


def _code(language: str) -> str:
    """The ISO 639 code of a language or locale name ("es_MX" -> "es"); "en" for one that
    has none (Qt's "C" locale, an empty name)."""
    code = language.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else "en"


def _words(error: typst.TypstError) -> str:
    message = getattr(error, "message", "") or str(error)
    hints = list(getattr(error, "hints", []) or [])
    return "; ".join([message, *hints])
