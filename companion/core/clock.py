"""Clocks: the one way core code learns the time, so tests can drive it."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    """Anything that can tell the wall time and a monotonic time."""

    def now(self) -> datetime:
        """The current local wall-clock time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes backwards."""
        ...


class SystemClock:
    """The real clock of the computer."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass
class FakeClock:
    """A clock that only moves when told to; for tests and scripted checks."""

    current: datetime = field(default_factory=lambda: datetime(2026, 1, 1, 9, 0, tzinfo=UTC))
    elapsed: float = 0.0

    def now(self) -> datetime:
        return self.current

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, delta: timedelta | float) -> None:
        seconds = delta.total_seconds() if isinstance(delta, timedelta) else float(delta)
        self.current += timedelta(seconds=seconds)
        self.elapsed += seconds


def local_zone() -> tzinfo:
    """The computer's time zone: the named zone (with its rules for clock changes) where
    the system says which (TZ, /etc/localtime, /etc/timezone), else today's fixed offset
    from UTC. The one place that reads it, next to the clock; callers pass it on."""
    name = _zone_name()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return datetime.now(UTC).astimezone().tzinfo or UTC


def _zone_name() -> str:
    named = os.environ.get("TZ", "").lstrip(":")
    if named:
        return named
    try:
        link = os.path.realpath("/etc/localtime")
    except OSError:
        link = ""
    if "zoneinfo/" in link:
        return link.split("zoneinfo/", 1)[1]
    try:
        return Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        return ""
