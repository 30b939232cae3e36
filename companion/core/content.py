"""Loads the shipped content in `resources/`: helplines, overdose steps, checklist template.

Code holds no prose: every sentence the app shows about health or safety comes
from these files, which say where each fact comes from.

Content comes in the language chosen with set_language: a translation lives at the same
path under resources/locale/<language>/, and English is used for any file not
translated. Every loader that reads content is wrapped in per_language, so changing
the language forgets what was loaded before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from companion.core.paths import resources_dir


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


@dataclass(frozen=True)
class Helpline:
    """One service a person can call or text."""

    name: str
    number: str
    description: str
    source: str
    last_checked: str
    text: str = ""
    tty: str = ""


@dataclass(frozen=True)
class RegionHelp:
    """Everything the Get help now panel shows for one region."""

    code: str
    name: str
    emergency_number: str
    emergency_note: str
    helplines: tuple[Helpline, ...]


@dataclass(frozen=True)
class TemplateItem:
    """One item of the default readiness checklist."""

    key: str
    title: str
    notes: str = ""
    link: str = ""
    auto: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class TemplateCategory:
    key: str
    title: str
    items: tuple[TemplateItem, ...]


@dataclass(frozen=True)
class ChecklistTemplate:
    """The default checklist, copied into a person's database the first time they use it."""

    version: int
    categories: tuple[TemplateCategory, ...]


@dataclass(frozen=True)
class ResponseSteps:
    """The overdose response steps, with their sources."""

    title: str
    signs_title: str
    signs: tuple[str, ...]
    steps_title: str
    steps: tuple[str, ...]
    note: str
    sources: tuple[str, ...]


def load_toml(relative: str) -> dict[str, Any]:
    """A TOML file under resources/ (in the current language), or ContentError."""
    import tomllib  # here, not at the top: the window paints before any content is read

    path: Path = localized(relative)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"Could not read {relative}: {error}") from error


@per_language
def load_regions() -> dict[str, RegionHelp]:
    """Helplines for every region, keyed by region code (US, UK, IE, CA, AU, NZ, OTHER)."""
    data = load_toml("helplines.toml")
    regions: dict[str, RegionHelp] = {}
    try:
        for code, region in data["regions"].items():
            lines = tuple(
                Helpline(
                    name=line["name"],
                    number=line["number"],
                    description=line.get("description", ""),
                    source=line["source"],
                    last_checked=str(line["last_checked"]),
                    text=line.get("text", ""),
                    tty=line.get("tty", ""),
                )
                for line in region.get("helplines", [])
            )
            regions[code] = RegionHelp(
                code=code,
                name=region["name"],
                emergency_number=region["emergency_number"],
                emergency_note=region.get("emergency_note", ""),
                helplines=lines,
            )
    except (KeyError, TypeError, AttributeError) as error:
        raise ContentError(f"helplines.toml is missing a field: {error}") from error
    return regions


def region_help(code: str) -> RegionHelp:
    """The help for one region; an unknown code falls back to 'OTHER'."""
    regions = load_regions()
    return regions.get(code, regions["OTHER"])


@per_language
def load_response_steps() -> ResponseSteps:
    """What to do if someone may have overdosed, from resources/content/overdose-response.toml."""
    data = load_toml("content/overdose-response.toml")
    try:
        return ResponseSteps(
            title=data["title"],
            signs_title=data["signs_title"],
            signs=tuple(data["signs"]),
            steps_title=data["steps_title"],
            steps=tuple(data["steps"]),
            note=data["note"],
            sources=tuple(data["sources"]),
        )
    except (KeyError, TypeError) as error:
        raise ContentError(f"overdose-response.toml is missing a field: {error}") from error


@per_language
def load_checklist_template() -> ChecklistTemplate:
    """The default readiness checklist from resources/templates/checklist.toml."""
    data = load_toml("templates/checklist.toml")
    try:
        categories = tuple(
            TemplateCategory(
                key=category["key"],
                title=category["title"],
                items=tuple(
                    TemplateItem(
                        key=item["key"],
                        title=item["title"],
                        notes=item.get("notes", ""),
                        link=item.get("link", ""),
                        auto=item.get("auto", ""),
                        sources=tuple(item.get("sources", ())),
                    )
                    for item in category["items"]
                ),
            )
            for category in data["categories"]
        )
        return ChecklistTemplate(version=int(data["version"]), categories=categories)
    except (KeyError, TypeError, ValueError) as error:
        raise ContentError(f"checklist.toml is missing a field: {error}") from error
