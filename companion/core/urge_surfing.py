"""Urge surfing: a 5 to 20 minute session that watches a craving rise, crest and fall.

The session is a timeline of slow waves on the pacer's core (`companion.core.pacing`):
each wave rises, crests, falls and rests, and the height to draw is a pure function of
the elapsed monotonic seconds, like the breathing pacer's, so nothing drifts and a pause
adds no error. Short prompts come at set times: the opening ones, then the middle ones in
turn, then the closing ones, each shown for at least `MIN_PROMPT_SECONDS`. The session
ends exactly at its length.

The words of the session and of the quick check come from resources/cravings.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.content import ContentError, load_toml, per_language
from companion.core.pacing import Position, Segment, Timeline, ease

RISE, CREST, FALL, REST = "rise", "crest", "fall", "rest"
LENGTHS = (5, 10, 15, 20)  # minutes a person can choose
DEFAULT_LENGTH = 10
WAVE_SECONDS = 75  # about how long one wave takes
WAVE_PARTS = ((RISE, 30), (CREST, 10), (FALL, 25), (REST, 10))  # its parts, in seconds
MIN_PROMPT_SECONDS = 40  # the least time a prompt is on screen (sessions of 5 minutes on)
PEAK_AT = 0.3  # the waves are tallest about a third of the way in, then grow smaller


@dataclass(frozen=True)
class UrgeSurfing:
    """What the session says of itself, and its prompts in order of use."""

    key: str
    name: str
    summary: str
    how: str
    caution: str
    sources: tuple[str, ...]
    opening: tuple[str, ...]
    middle: tuple[str, ...]
    closing: tuple[str, ...]


@dataclass(frozen=True)
class NeedAction:
    """One answer of the quick check ("hungry"...) and the small thing to do about it."""

    key: str
    action: str


@dataclass(frozen=True)
class QuickCheck:
    question: str
    needs: tuple[NeedAction, ...]

    def action(self, key: str) -> str:
        return next((need.action for need in self.needs if need.key == key), "")


@dataclass(frozen=True)
class Prompt:
    """One prompt of a session and when it is shown: from `start` until `end` seconds."""

    index: int
    text: str
    start: float
    end: float


@per_language
def load_urge_surfing() -> UrgeSurfing:
    data = load_toml("cravings.toml")
    try:
        entry = data["urge_surfing"]
        return UrgeSurfing(
            key=entry["key"],
            name=entry["name"],
            summary=entry["summary"],
            how=entry["how"],
            caution=entry.get("caution", ""),
            sources=tuple(entry.get("sources", ())),
            opening=tuple(entry["opening"]),
            middle=tuple(entry["middle"]),
            closing=tuple(entry["closing"]),
        )
    except (KeyError, TypeError) as error:
        raise ContentError(f"cravings.toml is missing a field: {error}") from error


@per_language
def load_quick_check() -> QuickCheck:
    data = load_toml("cravings.toml")
    try:
        entry = data["quick_check"]
        needs = tuple(NeedAction(need["key"], need["action"]) for need in entry["needs"])
        return QuickCheck(entry["question"], needs)
    except (KeyError, TypeError) as error:
        raise ContentError(f"cravings.toml is missing a field: {error}") from error


def _split(total: int, parts: int) -> list[int]:
    """`total` whole seconds in `parts` whole pieces as equal as can be (the first longer)."""
    base, extra = divmod(total, parts)
    return [base + (1 if n < extra else 0) for n in range(parts)]


def wave_segments(seconds: int) -> list[Segment]:
    """Whole waves that fill exactly `seconds` (whole seconds, so the sum is exact)."""
    count = max(1, round(seconds / WAVE_SECONDS))
    segments = []
    for length in _split(seconds, count):
        used = 0
        for n, (kind, share) in enumerate(WAVE_PARTS):
            last = n == len(WAVE_PARTS) - 1
            part = length - used if last else round(length * share / WAVE_SECONDS)
            used += part
            segments.append(Segment(kind, float(part)))
    return segments


def envelope(fraction: float) -> float:
    """How tall the waves are at this point of the session (0 to 1 through it): growing
    to the tallest at `PEAK_AT`, then smaller and smaller, as a craving eases."""
    fraction = max(0.0, min(1.0, fraction))
    if fraction <= PEAK_AT:
        return 0.55 + 0.45 * ease(fraction / PEAK_AT)
    return 1.0 - 0.65 * ease((fraction - PEAK_AT) / (1.0 - PEAK_AT))


def wave_shape(kind: str, progress: float) -> float:
    """A wave's height in its part: up on the rise, high at the crest, down on the fall."""
    if kind == RISE:
        return ease(progress)
    if kind == CREST:
        return 1.0
    if kind == FALL:
        return 1.0 - ease(progress)
    return 0.0


class UrgeSession:
    """One session of `minutes` minutes: the waves, the prompts and where it is."""

    def __init__(self, minutes: int, words: UrgeSurfing) -> None:
        if minutes < 1:
            raise ValueError("a session lasts at least a minute")
        self.minutes = minutes
        self.seconds = minutes * 60
        self.timeline = Timeline(wave_segments(self.seconds), 1)
        starts, at, begun = [], 0.0, 0.0
        for segment in self.timeline.segments:
            if segment.kind == RISE:
                begun = at
            starts.append(begun)
            at += segment.seconds
        self._wave_starts = tuple(starts)  # when the wave of each segment began
        self.prompts = _schedule(self.seconds, words)

    def position_at(self, elapsed: float) -> Position:
        return self.timeline.position_at(elapsed)

    def height_at(self, elapsed: float) -> float:
        """How high to draw the water now, 0 (flat) to 1 (the tallest wave)."""
        return self.height(self.position_at(elapsed))

    def height(self, position: Position) -> float:
        """The water's height at `position`: the wave's shape, as tall as the session's
        envelope where this wave began (so a wave keeps one size from rise to rest)."""
        begun = self._wave_starts[position.index]
        size = envelope(begun / self.seconds)
        shape = wave_shape(position.segment.kind, position.progress)
        return max(0.0, min(1.0, size * shape))

    def prompt_at(self, elapsed: float) -> Prompt:
        """The prompt to show `elapsed` seconds in (the last one once it has ended)."""
        elapsed = max(0.0, float(elapsed))
        for prompt in self.prompts:
            if elapsed < prompt.end:
                return prompt
        return self.prompts[-1]


def _schedule(seconds: int, words: UrgeSurfing) -> tuple[Prompt, ...]:
    """The prompts and their times: equal slots of at least `MIN_PROMPT_SECONDS` (when the
    session is long enough for the opening and closing ones), the opening prompts first,
    the closing ones last, the middle ones in turn between them."""
    fixed = len(words.opening) + len(words.closing)
    slots = max(fixed, seconds // MIN_PROMPT_SECONDS, 1)
    middle = slots - fixed
    texts = list(words.opening)
    if words.middle:
        texts += [words.middle[n % len(words.middle)] for n in range(middle)]
    texts += list(words.closing)
    texts = texts[:slots] or [""]
    slots = len(texts)
    return tuple(
        Prompt(
            n, text, seconds * n / slots, seconds * (n + 1) / slots if n + 1 < slots else seconds
        )
        for n, text in enumerate(texts)
    )
