"""The pacer's arithmetic: where a session is, as a pure function of elapsed time.

Nothing here counts timer ticks. The phase, the seconds left in it and the
session time left are all computed from elapsed monotonic seconds, so a long
session cannot drift and pausing adds no error.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

INHALE, HOLD_IN, EXHALE, HOLD_OUT = "inhale", "hold-in", "exhale", "hold-out"
TENSE, RELEASE = "tense", "release"


@dataclass(frozen=True)
class Segment:
    """One phase: breathe in, hold, breathe out, tense, release... for `seconds`."""

    kind: str
    seconds: float
    label: str = ""


@dataclass(frozen=True)
class Position:
    """Where a session is at one moment."""

    segment: Segment
    index: int  # which segment of the cycle
    cycle: int  # 0-based
    elapsed_in_segment: float
    remaining_in_segment: float
    session_elapsed: float
    session_remaining: float
    finished: bool

    @property
    def progress(self) -> float:
        """How far through this segment, 0.0 to 1.0."""
        if self.segment.seconds <= 0:
            return 1.0
        return min(1.0, self.elapsed_in_segment / self.segment.seconds)

    @property
    def size(self) -> float:
        """How big the pacer's shape is, 0.0 (empty lungs) to 1.0 (full)."""
        return shape_size(self.segment.kind, self.progress)


def ease(progress: float) -> float:
    """A gentle start and end, like a natural breath."""
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, min(1.0, progress)))


def shape_size(kind: str, progress: float) -> float:
    if kind in (INHALE, TENSE):
        return ease(progress)
    if kind == HOLD_IN:
        return 1.0
    if kind in (EXHALE, RELEASE):
        return 1.0 - ease(progress)
    return 0.0


class Timeline:
    """A cycle of segments repeated `cycles` times. Zero-length segments are skipped."""

    def __init__(self, segments: Sequence[Segment], cycles: int = 1) -> None:
        self.segments = tuple(s for s in segments if s.seconds > 0)
        if not self.segments:
            raise ValueError("a timeline needs at least one segment longer than zero")
        if cycles < 1:
            raise ValueError("a timeline needs at least one cycle")
        self.cycles = cycles
        self.cycle_seconds = math.fsum(s.seconds for s in self.segments)
        self.total_seconds = self.cycle_seconds * cycles
        # Each end is an exact-rounded sum like cycle_seconds, so the last end equals it and
        # every `within` in [0, cycle_seconds) falls inside some segment.
        self._ends = tuple(
            math.fsum(s.seconds for s in self.segments[: i + 1]) for i in range(len(self.segments))
        )

    def position_at(self, elapsed: float) -> Position:
        """The position `elapsed` seconds after the start (clamped to the session)."""
        elapsed = max(0.0, float(elapsed))
        if elapsed >= self.total_seconds:
            last = self.segments[-1]
            return Position(
                segment=last,
                index=len(self.segments) - 1,
                cycle=self.cycles - 1,
                elapsed_in_segment=last.seconds,
                remaining_in_segment=0.0,
                session_elapsed=self.total_seconds,
                session_remaining=0.0,
                finished=True,
            )
        cycle = min(int(elapsed // self.cycle_seconds), self.cycles - 1)
        within = elapsed - cycle * self.cycle_seconds
        if within >= self.cycle_seconds:  # floating-point edge: belongs to the next cycle
            cycle, within = cycle + 1, within - self.cycle_seconds
        index = next(i for i, end in enumerate(self._ends) if within < end)
        start = self._ends[index] - self.segments[index].seconds
        in_segment = within - start
        segment = self.segments[index]
        return Position(
            segment=segment,
            index=index,
            cycle=cycle,
            elapsed_in_segment=in_segment,
            remaining_in_segment=segment.seconds - in_segment,
            session_elapsed=elapsed,
            session_remaining=self.total_seconds - elapsed,
            finished=False,
        )


def cycles_for_minutes(cycle_seconds: float, minutes: float) -> int:
    """Whole cycles that fill `minutes`, rounded up so a session never ends mid-breath."""
    return max(1, math.ceil(minutes * 60 / cycle_seconds - 1e-9))


class SessionClock:
    """Elapsed running time of a session, from monotonic readings passed in.

    Pausing stops the count exactly; resuming continues from where it stopped.
    """

    def __init__(self) -> None:
        self._banked = 0.0
        self._since: float | None = None
        self.started = False

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def paused(self) -> bool:
        return self.started and self._since is None

    def start(self, now: float) -> None:
        self._banked, self._since, self.started = 0.0, now, True

    def pause(self, now: float) -> None:
        if self._since is not None:
            self._banked += now - self._since
            self._since = None

    def resume(self, now: float) -> None:
        if self.started and self._since is None:
            self._since = now

    def elapsed(self, now: float) -> float:
        if self._since is None:
            return self._banked
        return self._banked + (now - self._since)
