"""A helper's own daily check-in: stress (0 to 10), hours of sleep, one thing they did for
themselves, and a note. Stored apart from the person's journal, one per helper per day.
"""

from __future__ import annotations

STRESS = (0, 10)
SLEEP_HOURS = (0.0, 24.0)
MAX_SELF_CARE = 200
MAX_NOTE = 1000
