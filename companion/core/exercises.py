"""The relaxation exercises: shipped breathing patterns, muscle relaxation, grounding,
and the person's own breathing patterns.

The shipped exercises and their wording come from resources/exercises.toml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from companion.core.content import ContentError, load_toml, per_language
from companion.core.pacing import EXHALE, HOLD_IN, HOLD_OUT, INHALE, RELEASE, TENSE, Segment
from companion.core.settings import BREATHE_MAX_BREATHS, BREATHE_MINUTES
from companion.core.validate import InvalidInputError, clean_text

if TYPE_CHECKING:  # sqlite-utils is loaded when the database is opened
    from sqlite_utils import Database

MAX_PATTERN_NAME = 60
STEP = 0.5
BOUNDS = {
    "inhale": (1.0, 15.0),
    "hold_in": (0.0, 20.0),
    "exhale": (1.0, 20.0),
    "hold_out": (0.0, 20.0),
}
MINUTES = BREATHE_MINUTES
MAX_CYCLES = BREATHE_MAX_BREATHS


@dataclass(frozen=True)
class BreathingPattern:
    """In, hold, out, hold: seconds for each, and how a session of it is usually sized."""

    key: str
    name: str
    inhale: float
    hold_in: float
    exhale: float
    hold_out: float
    summary: str = ""
    how: str = ""
    caution: str = ""
    sources: tuple[str, ...] = ()
    default_minutes: int | None = None
    default_cycles: int | None = None
    max_cycles: int | None = None
    custom_id: int | None = None

    @property
    def cycle_seconds(self) -> float:
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    def segments(self) -> list[Segment]:
        return [
            Segment(INHALE, self.inhale),
            Segment(HOLD_IN, self.hold_in),
            Segment(EXHALE, self.exhale),
            Segment(HOLD_OUT, self.hold_out),
        ]


@dataclass(frozen=True)
class MuscleStep:
    group: str
    tense_cue: str
    release_cue: str
    tense: float
    release: float


@dataclass(frozen=True)
class Guided:
    """What a guided exercise (muscle relaxation, grounding) says of itself: its name and
    words, and where they come from. Its steps are its own kind."""

    key: str
    name: str
    summary: str
    how: str
    caution: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class MuscleRelaxation(Guided):
    steps: tuple[MuscleStep, ...]

    def segments(self) -> list[Segment]:
        result = []
        for step in self.steps:
            result.append(Segment(TENSE, step.tense, f"{step.group}: {step.tense_cue}"))
            result.append(Segment(RELEASE, step.release, f"{step.group}: {step.release_cue}"))
        return result


@dataclass(frozen=True)
class GroundingStep:
    count: int
    sense: str
    prompt: str


@dataclass(frozen=True)
class Grounding(Guided):
    steps: tuple[GroundingStep, ...]


@dataclass(frozen=True)
class Catalog:
    caution: str
    breathing: tuple[BreathingPattern, ...]
    muscle: MuscleRelaxation
    grounding: Grounding
    by_key: dict[str, Any] = field(default_factory=dict, compare=False)


def _common(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": entry["key"],
        "name": entry["name"],
        "summary": entry.get("summary", ""),
        "how": entry.get("how", ""),
        "caution": entry.get("caution", ""),
        "sources": tuple(entry.get("sources", ())),
    }


@per_language
def load_catalog() -> Catalog:
    """The shipped exercises from resources/exercises.toml."""
    data = load_toml("exercises.toml")
    try:
        breathing = tuple(
            BreathingPattern(
                **_common(entry),
                inhale=float(entry["inhale"]),
                hold_in=float(entry.get("hold_in", 0)),
                exhale=float(entry["exhale"]),
                hold_out=float(entry.get("hold_out", 0)),
                default_minutes=entry.get("default_minutes"),
                default_cycles=entry.get("default_cycles"),
                max_cycles=entry.get("max_cycles"),
            )
            for entry in data["breathing"]
        )
        pmr = data["pmr"]
        muscle = MuscleRelaxation(
            **_common(pmr),
            steps=tuple(
                MuscleStep(
                    s["group"],
                    s["tense_cue"],
                    s["release_cue"],
                    float(s["tense"]),
                    float(s["release"]),
                )
                for s in pmr["steps"]
            ),
        )
        ground = data["grounding"]
        grounding = Grounding(
            **_common(ground),
            steps=tuple(
                GroundingStep(int(s["count"]), s["sense"], s["prompt"]) for s in ground["steps"]
            ),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ContentError(f"exercises.toml is missing a field: {error}") from error
    catalog = Catalog(str(data.get("caution", "")), breathing, muscle, grounding)
    catalog.by_key.update({p.key: p for p in breathing})
    catalog.by_key.update({muscle.key: muscle, grounding.key: grounding})
    return catalog


# --- the person's own patterns ------------------------------------------------------------


def _seconds(value: float | str, field_name: str) -> float:
    low, high = BOUNDS[field_name]
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise InvalidInputError(field_name, "not-a-number", f"{value!r} is not a number.") from None
    if not low <= seconds <= high:
        raise InvalidInputError(
            field_name, "out-of-range", f"{field_name} must be {low:g} to {high:g} seconds."
        )
    if abs(seconds / STEP - round(seconds / STEP)) > 1e-9:
        raise InvalidInputError(field_name, "step", f"{field_name} goes in half seconds.")
    return round(seconds / STEP) * STEP


def _pattern_values(
    name: str, inhale: float, hold_in: float, exhale: float, hold_out: float
) -> dict[str, Any]:
    return {
        "name": clean_text(name, "pattern name", MAX_PATTERN_NAME, required=True),
        "inhale": _seconds(inhale, "inhale"),
        "hold_in": _seconds(hold_in, "hold_in"),
        "exhale": _seconds(exhale, "exhale"),
        "hold_out": _seconds(hold_out, "hold_out"),
    }


def _custom(row: dict[str, Any], caution: str = "") -> BreathingPattern:
    return BreathingPattern(
        key=f"custom-{row['id']}",
        name=row["name"],
        inhale=row["inhale"],
        hold_in=row["hold_in"],
        exhale=row["exhale"],
        hold_out=row["hold_out"],
        caution=caution,
        default_minutes=5,
        custom_id=row["id"],
    )


def _name_taken(db: Database, name: str, except_id: int | None = None) -> bool:
    row = db.execute(
        "SELECT id FROM custom_patterns WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
        [name, except_id],
    ).fetchone()
    return row is not None


def list_custom_patterns(db: Database, caution: str = "") -> list[BreathingPattern]:
    rows = db.table("custom_patterns").rows_where(order_by="name COLLATE NOCASE")
    return [_custom(row, caution) for row in rows]


def save_custom_pattern(
    db: Database,
    pattern_id: int | None,
    *,
    name: str,
    inhale: float,
    hold_in: float,
    exhale: float,
    hold_out: float,
) -> BreathingPattern:
    """Add one of the person's patterns (`pattern_id` None) or change one; nothing is
    stored when refused, and a name another pattern already has is refused."""
    values = _pattern_values(name, inhale, hold_in, exhale, hold_out)
    with db.atomic():
        if (
            pattern_id is not None
            and db.execute("SELECT 1 FROM custom_patterns WHERE id = ?", [pattern_id]).fetchone()
            is None
        ):
            raise InvalidInputError("pattern", "missing", "That pattern no longer exists.")
        if _name_taken(db, values["name"], pattern_id):
            raise InvalidInputError("pattern name", "duplicate", "That name is already used.")
        if pattern_id is None:
            pattern_id = int(str(db.table("custom_patterns").insert(values).last_pk))
        else:
            db.table("custom_patterns").update(pattern_id, values)
    return _custom({"id": pattern_id, **values})


def delete_custom_pattern(db: Database, pattern_id: int) -> BreathingPattern | None:
    """Remove one of the person's patterns (their practice history stays) and return it,
    for `restore_custom_pattern` (undo); None when it was not there."""
    with db.atomic():
        rows = list(db.table("custom_patterns").rows_where("id = ?", [pattern_id]))
        db.execute("DELETE FROM custom_patterns WHERE id = ?", [pattern_id])
    return _custom(rows[0]) if rows else None


def restore_custom_pattern(db: Database, pattern: BreathingPattern) -> BreathingPattern:
    """Put back a pattern removed by `delete_custom_pattern`, under its old id (so its
    practice history names it again) unless that id has since been taken. Refused, with
    nothing stored, when its name has since been given to another pattern."""
    values = _pattern_values(
        pattern.name, pattern.inhale, pattern.hold_in, pattern.exhale, pattern.hold_out
    )
    with db.atomic():
        if _name_taken(db, values["name"]):
            raise InvalidInputError("pattern name", "duplicate", "That name is already used.")
        taken = db.execute("SELECT 1 FROM custom_patterns WHERE id = ?", [pattern.custom_id])
        if pattern.custom_id is not None and taken.fetchone() is None:
            values["id"] = pattern.custom_id
        new_id = db.table("custom_patterns").insert(values).last_pk
    return _custom({**values, "id": new_id})


def all_breathing(db: Database) -> list[BreathingPattern]:
    """The shipped patterns, then the person's own."""
    catalog = load_catalog()
    return list(catalog.breathing) + list_custom_patterns(db, catalog.caution)


def find_exercise(db: Database, key: str) -> BreathingPattern | MuscleRelaxation | Grounding | None:
    catalog = load_catalog()
    if key in catalog.by_key:
        found: BreathingPattern | MuscleRelaxation | Grounding = catalog.by_key[key]
        return found
    for pattern in list_custom_patterns(db, catalog.caution):
        if pattern.key == key:
            return pattern
    return None


def exercise_name(db: Database, key: str) -> str:
    found = find_exercise(db, key)
    return found.name if found is not None else key
