"""The overdose plan: where the naloxone is kept, how many doses, when it expires, who knows
how to give it (contacts marked `knows_naloxone`), and the person's own commitments for the
time after detox. The region's overdose steps come from the helplines resource.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MAX_PLACE = 200
MAX_DOSES = 20
MAX_COMMITMENTS = 2000
WARN_DAYS = 30  # Today warns this many days before the naloxone expires


@dataclass(frozen=True)
class OverdosePlan:
    naloxone_place: str = ""
    naloxone_doses: int | None = None
    naloxone_expires: date | None = None
    commitments: str = ""
    changed_at: str | None = None
