"""Cravings the person worked through in Breathe: a quick check of what they need, or an
urge-surfing session, with how strong the craving was before and after (0-10), what
may have set it off, and a note. Each use is one row of `cravings`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from companion.core.validate import InvalidInputError, clean_text, iso_minute, parse_datetime

URGE_SURFING = "urge-surfing"
QUICK_CHECK = "quick-check"
KINDS = (URGE_SURFING, QUICK_CHECK)
TRIGGERS = ("place", "person", "feeling", "time", "other")
NEEDS = ("hungry", "angry", "lonely", "tired")  # "angry" stands for angry or anxious
STRENGTH = (0, 10)
MAX_NOTE = 1000
MAX_SECONDS = 3600


@dataclass(frozen=True)
class CravingUse:
    """One craving worked through: when it began (local), which tool, how long a session ran
    and whether to its end, how strong before and after, what may have set it off, what the
    quick check found, and a note."""

    id: int
    started_at: datetime
    kind: str
    seconds: float = 0.0
    completed: bool = False
    strength_before: int | None = None
    strength_after: int | None = None
    trigger: str | None = None
    needs: tuple[str, ...] = ()
    note: str = ""

    @property
    def fall(self) -> int | None:
        """How much the craving fell (before minus after), when both were rated."""
        if self.strength_before is None or self.strength_after is None:
            return None
        return self.strength_before - self.strength_after


def _strength(value: int | None, field: str) -> int | None:
    low, high = STRENGTH
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidInputError(field, "out-of-range", "A craving is rated from 0 to 10.")
    return value


def _row(
    *,
    started_at: datetime,
    kind: str,
    seconds: float,
    completed: bool,
    strength_before: int | None,
    strength_after: int | None,
    trigger: str | None,
    needs: tuple[str, ...] | list[str],
    note: str,
) -> dict[str, Any]:
    if kind not in KINDS:
        raise InvalidInputError("kind", "unknown-choice", f"Unknown kind {kind!r}.")
    if trigger is not None and trigger not in TRIGGERS:
        raise InvalidInputError("trigger", "unknown-choice", f"Unknown trigger {trigger!r}.")
    found = [need for need in NEEDS if need in set(needs)]
    if len(found) != len(set(needs)):
        raise InvalidInputError("needs", "unknown-choice", "Unknown need in the quick check.")
    return {
        "started_at": iso_minute(parse_datetime(started_at, "start")),
        "kind": kind,
        "seconds": min(float(MAX_SECONDS), max(0.0, float(seconds))),
        "completed": int(bool(completed)),
        "strength_before": _strength(strength_before, "strength before"),
        "strength_after": _strength(strength_after, "strength after"),
        "trigger": trigger,
        "needs": json.dumps(found),
        "note": clean_text(note, "note", MAX_NOTE),
    }


def _from_row(row: dict[str, Any]) -> CravingUse:
    try:
        needs = json.loads(row["needs"] or "[]")
    except ValueError:
        needs = []
    return CravingUse(
        id=int(row["id"]),
        started_at=datetime.fromisoformat(row["started_at"]),
        kind=row["kind"],
        seconds=float(row["seconds"]),
        completed=bool(row["completed"]),
        strength_before=row["strength_before"],
        strength_after=row["strength_after"],
        trigger=row["trigger"] if row["trigger"] in TRIGGERS else None,
        needs=tuple(need for need in NEEDS if need in needs),
        note=row["note"],
    )


def record_craving(
    db: Database,
    *,
    started_at: datetime,
    kind: str,
    seconds: float = 0.0,
    completed: bool = False,
    strength_before: int | None = None,
    strength_after: int | None = None,
    trigger: str | None = None,
    needs: tuple[str, ...] | list[str] = (),
    note: str = "",
) -> CravingUse:
    """Save one use and return it as stored; nothing is stored when a value is refused."""
    row = _row(
        started_at=started_at,
        kind=kind,
        seconds=seconds,
        completed=completed,
        strength_before=strength_before,
        strength_after=strength_after,
        trigger=trigger,
        needs=needs,
        note=note,
    )
    with db.atomic():
        row_id = int(str(db.table("cravings").insert(row).last_pk))
    return get_craving(db, row_id)


def update_craving(db: Database, craving: CravingUse) -> CravingUse:
    """Store every field of `craving` over the saved row of the same id (the after
    screen adds ratings, a trigger and a note to a use saved when it began)."""
    row = _row(
        started_at=craving.started_at,
        kind=craving.kind,
        seconds=craving.seconds,
        completed=craving.completed,
        strength_before=craving.strength_before,
        strength_after=craving.strength_after,
        trigger=craving.trigger,
        needs=craving.needs,
        note=craving.note,
    )
    with db.atomic():
        if db.execute("SELECT 1 FROM cravings WHERE id = ?", [craving.id]).fetchone() is None:
            raise InvalidInputError("craving", "missing", "That craving is no longer saved.")
        db.table("cravings").update(craving.id, row)
    return get_craving(db, craving.id)


def get_craving(db: Database, craving_id: int) -> CravingUse:
    rows = list(db.table("cravings").rows_where("id = ?", [craving_id]))
    if not rows:
        raise InvalidInputError("craving", "missing", "That craving is no longer saved.")
    return _from_row(rows[0])


def delete_craving(db: Database, craving_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM cravings WHERE id = ?", [craving_id])


def list_cravings(db: Database, first: date, last: date) -> list[CravingUse]:
    """Every use that began on a day from `first` to `last` (local days), oldest first."""
    rows = db.table("cravings").rows_where(
        "started_at >= ? AND started_at < ?",
        [first.isoformat(), (last + timedelta(days=1)).isoformat()],
        order_by="started_at, id",
    )
    return [_from_row(row) for row in rows]
