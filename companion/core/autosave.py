"""When typing is saved: a short pause after the last change. Pure, so any clock can drive it.

The UI's one autosave (companion/ui/autosave.py) asks this policy on a timer; the caller
passes monotonic seconds from the injected clock, never the system time.
"""

from __future__ import annotations

DELAY = 1.5  # seconds without a change before typing is saved


class AutosavePolicy:
    """When to save typing: after `delay` seconds without a change."""

    def __init__(self, delay: float = DELAY) -> None:
        self.delay = delay
        self._dirty = False
        self._last_change = 0.0

    @property
    def dirty(self) -> bool:
        """There are changes that have not been saved yet."""
        return self._dirty

    def changed(self, now: float) -> None:
        """Something changed at `now`; the wait starts again."""
        self._dirty = True
        self._last_change = now

    def due(self, now: float) -> bool:
        """Whether to save at `now`: something is unsaved and the pause was long enough."""
        return self._dirty and now - self._last_change >= self.delay

    def saved(self) -> None:
        """Everything changed so far is saved, or given up on purpose."""
        self._dirty = False
