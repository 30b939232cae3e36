"""The areas of the person's data that a write can change, named once.

After a write, the UI tells every page which area changed (`AppContext.dataChanged`);
pages compare against these members, never against words, so a misspelt area is an
error the type checker and the tests catch rather than a page that silently stays stale.
"""

from __future__ import annotations

import enum


class Area(enum.Enum):
    """A part of the stored data that pages show and may need to show again."""

    CALLS = enum.auto()  # calls to detox programs
    CHECKLIST = enum.auto()  # the preparation checklist and its tasks
    HELPERS = enum.auto()  # the people helping, who are also the Plan's contacts
    INTAKE = enum.auto()  # the intake date and place
    JOURNAL = enum.auto()  # daily check-ins
    LEARN = enum.auto()  # sections read in Learn
    OWN_NUMBERS = enum.auto()  # the person's own numbers in Get help now
    PATTERNS = enum.auto()  # the person's own breathing patterns
    PLAN = enum.auto()  # appointments, the plan for after detox, medicines and allergies
    QUESTIONS = enum.auto()  # questions for the care team
    SESSIONS = enum.auto()  # breathing and grounding practice
    CRAVINGS = enum.auto()  # cravings worked through in Breathe (quick checks, urge surfing)
