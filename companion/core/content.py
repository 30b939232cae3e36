"""Loads the shipped content in `resources/`: helplines, overdose steps, checklist template.

Code holds no prose: every sentence the app shows about health or safety comes
from these files, which say where each fact comes from.

Content comes in the language chosen with set_language: a translation lives at the same
path under resources/locale/<language>/, and English is used for any file not
translated. Every loader that reads content is wrapped in per_language, so changing
the language forgets what was loaded before.

The records read from the files and their loaders live in `content_records.py`; they are
reached here (`content.load_regions()`, `content.ChecklistTemplate`) and load when first
used, so choosing the language before the window's first paint costs none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from companion.core.paths import resources_dir

if TYPE_CHECKING:
    from companion.core.content_records import (
        ChecklistTemplate,
        Helpline,
        RegionHelp,
        ResponseSteps,
        TemplateCategory,
        TemplateItem,
        load_checklist_template,
        load_regions,
        load_response_steps,
        region_help,
    )

__all__ = [
    "LANGUAGES",
    "ChecklistTemplate",
    "ContentError",
    "Helpline",
    "RegionHelp",
    "ResponseSteps",
    "TemplateCategory",
    "TemplateItem",
    "language",
    "load_checklist_template",
    "load_regions",
    "load_response_steps",
    "load_toml",
    "localized",
    "per_language",
    "region_help",
    "resources_dir",
    "set_language",
]

_RECORDS = frozenset(
    {
        "ChecklistTemplate",
        "Helpline",
        "RegionHelp",
        "ResponseSteps",
        "TemplateCategory",
        "TemplateItem",
        "load_checklist_template",
        "load_regions",
        "load_response_steps",
        "region_help",
    }
)
"""What `content_records` holds: loaded when one of them is first used."""


class ContentError(Exception):
    """A shipped content file is missing or malformed."""


LANGUAGES = ("en", "es")
"""The languages the app is written in: English first, then its translations."""

_language = {"current": "en"}
_forget: list[Callable[[], None]] = []

T = TypeVar("T")


def per_language(loader: Callable[[], T]) -> Callable[[], T]:
    """Remember what `loader` returns until the language changes."""
    remembered = cache(loader)
    _forget.append(remembered.cache_clear)
    return remembered


def set_language(code: str) -> None:
    """Load content in `code` from now on; ValueError for a language the app lacks."""
    if code not in LANGUAGES:
        raise ValueError(f"no content in {code!r}")
    if code != _language["current"]:
        _language["current"] = code
        for forget in _forget:
            forget()


def language() -> str:
    return _language["current"]


def localized(relative: str, root: Path | None = None) -> Path:
    """The file at `relative` under resources/ (or `root`), in the current language when
    it is translated there, and in English otherwise."""
    base = root if root is not None else resources_dir()
    code = _language["current"]
    if code != "en":
        translated = base / "locale" / code / relative
        if translated.exists():
            return translated
    return base / relative


def load_toml(relative: str) -> dict[str, Any]:
    """A TOML file under resources/ (in the current language), or ContentError."""
    import tomllib  # here, not at the top: the window paints before any content is read

    path: Path = localized(relative)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"Could not read {relative}: {error}") from error


def __getattr__(name: str) -> object:
    """A record type or loader of `content_records`, which is loaded now."""
    if name in _RECORDS:
        from companion.core import content_records

        value = getattr(content_records, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
