"""The pocket card: steps 4, 5 and 6 of the safety plan and the emergency number, on one
page that is cut out and folded to wallet size (four panels of 85 x 55 mm).

The words (titles, headings, the folding line) come from the interface, already in the
person's language; this module gathers what goes on the card and keeps it short enough
for a panel. In discreet mode the card says nothing a passer-by would read as about a
safety plan, suicide, overdose, naloxone or detox: the title is neutral, a helpline whose
name holds such a word is shown by its number under a plain word, and the person's own
words say "treatment" for "detox", as every document in that mode does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from companion.core import content, overdose_plan, people, safety_plan
from companion.core.discreet import neutral_data
from companion.core.validate import fit_text

TEMPLATE = "pocket-card"
MAX_PEOPLE = 4  # on one panel, with their numbers
MAX_HELPLINES = 3
PANEL_TEXT = 260  # characters of the person's own words on a panel
PANEL_LINES = 6
NAME_LENGTH = 34

# Words a passer-by should not read on a card printed in discreet mode (English, Spanish).
SENSITIVE = re.compile(
    r"safety plan|suicid|overdos|naloxon|detox|opioid|craving|"
    r"plan de seguridad|sobredosis|desintoxica|opioide|ansia",
    re.IGNORECASE,
)

LABELS = (
    "title",
    "fold",
    "emergency",
    "helpers",
    "professionals",
    "helplines",
    "surroundings",
    "naloxone",
    "nobody",
    "not_written",
    "helpline",
)
"""The words the interface gives: the card's title (neutral already in discreet mode), the
folding line, the panel headings, the line naming where naloxone is kept (`%1` for the
place; neutral in discreet mode), what an empty panel says, and the plain word that stands
for a helpline's name in discreet mode."""


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _people(db: Database, ids: tuple[int, ...]) -> list[dict[str, str]]:
    found = []
    for person_id in ids[:MAX_PEOPLE]:
        person = people.get_person(db, person_id)
        if person is not None:
            found.append({"name": _short(person.name, NAME_LENGTH), "phone": person.phone})
    return found


def naloxone_place(db: Database) -> str:
    """Where the naloxone is kept, from the overdose plan; "" when not written."""
    return overdose_plan.get_overdose_plan(db).naloxone_place


def _words(text: str) -> str:
    cut = fit_text(text.strip(), PANEL_TEXT, max_lines=PANEL_LINES)
    return cut + ("\u2026" if cut != text.strip() else "")


def card_data(
    db: Database, labels: Mapping[str, str], *, region: str, discreet: bool
) -> dict[str, Any]:
    """What the card prints: the labels, the emergency number, the people of steps 4 and 5
    with their numbers, the region's helplines and the safer-surroundings step."""
    plan = safety_plan.get_safety_plan(db)
    help_ = content.region_help(region)
    helplines = []
    for line in help_.helplines[:MAX_HELPLINES]:
        name = line.name
        if discreet and SENSITIVE.search(name):
            name = labels["helpline"]
        helplines.append({"name": _short(name, NAME_LENGTH), "number": line.number})
    place = naloxone_place(db)
    data: dict[str, Any] = {
        "labels": {key: labels[key] for key in LABELS},
        "emergency_number": help_.emergency_number,
        "helpers": _people(db, plan.helpers),
        "professionals": _people(db, plan.professionals),
        "helplines": helplines,
        "surroundings": _words(plan.surroundings),
        "naloxone": labels["naloxone"].replace("%1", _short(place, 80)) if place else "",
    }
    return neutral_data(data) if discreet else data
