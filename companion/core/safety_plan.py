"""The person's safety plan: seven steps written calmly, to use when things get hard.

The steps follow public safety-planning guidance: warning signs, things to do alone to feel
calmer, people and places that take the mind off things, people to ask for help,
professionals and services, making the surroundings safer, and reasons for living. Steps 4
and 5 name contacts from the Plan (`PEOPLE_STEPS`); the region's helplines join step 5 when
the plan is shown or printed.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_TEXT = 2000  # each written step
HELP = "help"  # step 4: people I can ask for help
PROFESSIONAL = "professional"  # step 5: professionals and services
PEOPLE_STEPS = (HELP, PROFESSIONAL)
TEXT_STEPS = ("warning_signs", "calming", "distractions", "surroundings", "reasons")


@dataclass(frozen=True)
class SafetyPlan:
    """The written steps (1, 2, 3, 6 and 7), the contacts named in steps 4 and 5 in the
    order the person put them, and when the plan was last changed (local, to the minute)."""

    warning_signs: str = ""
    calming: str = ""
    distractions: str = ""
    surroundings: str = ""
    reasons: str = ""
    helpers: tuple[int, ...] = ()
    professionals: tuple[int, ...] = ()
    changed_at: str | None = None
