"""The shipped content read into records: helplines by region, the overdose response
steps and the default checklist, each loader remembered until the language changes.

Reached through `content` (`content.load_regions()`), which loads this module when one
of them is first used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.core.content import (
    LANGUAGES,
    ContentError,
    load_toml,
    localized,
    per_language,
    resources_dir,
)


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
    since: int = 1
    """The template version the item came in: a list made from an older one gains it."""
    was_title: tuple[str, ...] = ()
    """Earlier wordings of a corrected title, so a copy nobody changed is recognised."""
    was_notes: tuple[str, ...] = ()
    was_link: tuple[str, ...] = ()


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
    translations: tuple[ChecklistTemplate, ...] = ()
    """The same template in the app's other languages, so that a list kept in any of them
    takes corrected wording in its own language."""


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
    """The default readiness checklist from resources/templates/checklist.toml, in the
    current language, carrying its other languages (`ChecklistTemplate.translations`)."""
    relative = "templates/checklist.toml"
    shown = localized(relative)
    others = tuple(
        _checklist_template(_read_toml(path))
        for path in (
            resources_dir() / relative
            if code == "en"
            else resources_dir() / "locale" / code / relative
            for code in LANGUAGES
        )
        if path != shown and path.exists()
    )
    template = _checklist_template(load_toml(relative))
    return ChecklistTemplate(template.version, template.categories, others)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # here, not at the top: the window paints before any content is read

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"Could not read {path}: {error}") from error


def _checklist_template(data: dict[str, Any]) -> ChecklistTemplate:
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
                        since=int(item.get("since", 1)),
                        was_title=tuple(item.get("was_title", ())),
                        was_notes=tuple(item.get("was_notes", ())),
                        was_link=tuple(item.get("was_link", ())),
                    )
                    for item in category["items"]
                ),
            )
            for category in data["categories"]
        )
        return ChecklistTemplate(version=int(data["version"]), categories=categories)
    except (KeyError, TypeError, ValueError) as error:
        raise ContentError(f"checklist.toml is missing a field: {error}") from error
