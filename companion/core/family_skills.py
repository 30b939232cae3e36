"""The skills a helper can practise, one suggested each week on the helper's Today, from
the family track in Learn (resources/content/family-skills.toml). A helper marks the
week's skill practised; that is kept per helper per week (the Monday it starts).
"""

from __future__ import annotations

MAX_SKILL_KEY = 60
