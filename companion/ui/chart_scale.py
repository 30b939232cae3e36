"""The value scales of the journal's charts, shared by the Trends tab and the care-team PDF.

Each scale has a fixed range (mood 1-5, craving 0-10, sleep 0-12 hours, symptoms 0 to the
check-in's maximum), ticks on whole numbers only, and room beyond each end so a dot on
the highest or lowest value is drawn whole. Sleep is the one range that can grow: the
journal takes up to 24 hours, and a night longer than 12 stretches the axis to the next
whole tick above it, so the dot stays where its value is rather than being pinned.

Pure arithmetic: no Qt here, so the numbers can be tested on their own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from companion.core import journal

KEYS = ("mood", "craving", "sleep_hours", "symptom_total")
SLEEP_TOP = 12  # hours: the usual top of the sleep axis
MOST_GAPS = 7  # never more than this many spaces between ticks, however tall the chart
STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
HOUR_STEPS = (1, 2, 3, 4, 6, 12)
MARKER_MARGIN = 6.0  # pixels kept free beyond each end: a dot's radius and its outline


@dataclass(frozen=True)
class Scale:
    """A value axis: from `low` to `high`, a tick every `step` from `low`."""

    low: int
    high: int
    step: int

    @property
    def ticks(self) -> list[int]:
        return list(range(self.low, self.high + 1, self.step))

    def padded(self, pixels: float, margin: float = MARKER_MARGIN) -> tuple[float, float]:
        """The range to give an axis drawn `pixels` long so that `margin` pixels stay free
        below `low` and above `high`: a dot on either end is then drawn whole."""
        usable = max(pixels - 2 * margin, 1.0)
        pad = (self.high - self.low) * margin / usable
        # Never as far as the next tick beyond an end: an axis of symptoms up to 76 must
        # not show an 80 that no check-in can reach.
        beyond = self.step - (self.high - self.low) % self.step
        pad = min(pad, beyond * 0.95)
        return self.low - pad, self.high + pad


def symptom_maximum() -> int:
    """The highest symptom total a check-in can have: every symptom at its top rating."""
    return len(journal.load_symptoms()) * journal.SYMPTOM_RANGE[1]


def step_for(span: int, most_gaps: int, steps: tuple[int, ...] = STEPS) -> int:
    """The smallest step that needs at most `most_gaps` gaps to cover `span`, preferring
    one that divides the span evenly so the last tick sits on the top of the range; the
    whole span (a tick at each end only) when no step of `steps` is small enough."""
    fitting = [s for s in steps if s <= span and span / s <= max(1, most_gaps)] or [span]
    return next((step for step in fitting if span % step == 0), fitting[0])


def scale_for(key: str, values: Iterable[float | None] = (), most_gaps: int = MOST_GAPS) -> Scale:
    """The scale of the chart of `key` (one of KEYS), with at most `most_gaps` gaps between
    ticks; `values` matter only for sleep, whose axis grows past 12 hours when needed."""
    gaps = max(1, min(most_gaps, MOST_GAPS))
    if key == "mood":
        low, high = journal.MOOD_RANGE
    elif key == "craving":
        low, high = journal.CRAVING_RANGE
    elif key == "symptom_total":
        low, high = 0, symptom_maximum()
    elif key == "sleep_hours":
        longest = max((v for v in values if v is not None), default=0.0)
        low, high = 0, max(SLEEP_TOP, math.ceil(longest))
        step = step_for(high, gaps, HOUR_STEPS)
        return Scale(low, -(-high // step) * step, step)
    else:
        raise KeyError(key)
    return Scale(low, high, step_for(high - low, gaps))


def gaps_that_fit(pixels: float, line_height: float) -> int:
    """How many gaps between ticks an axis `pixels` long has room for, with labels
    `line_height` high and a little space between them."""
    return max(1, min(MOST_GAPS, int(pixels // max(1.0, line_height * 1.1))))
