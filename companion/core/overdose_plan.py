"""The overdose plan: where the naloxone is kept, how many doses, when it expires, who knows
how to give it (contacts marked `knows_naloxone`), and the person's own commitments for the
time after detox. The region's overdose steps come from the helplines resource.

The app offers wording for the commitments (`suggested_commitments`, from
resources/content/overdose-commitments.toml in the person's language); the person chooses
and writes their own. `expiry_state` says whether the kit is fine, expires soon (within
WARN_DAYS) or has expired, for Today's warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlite_utils import Database

from companion.core import content
from companion.core.people import Person, list_people, require_known
from companion.core.validate import (
    InvalidInputError,
    clean_text,
    iso_date,
    iso_minute,
    parse_date,
    read_date,
)

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


ExpiryKind = Literal["none", "ok", "soon", "expired"]


@dataclass(frozen=True)
class ExpiryState:
    """How the kit's date stands on a day: "none" (no date written), "ok", "soon" (within
    WARN_DAYS) or "expired" (on or after the date); `days_left` is None with no date, and
    0 or less once expired."""

    kind: ExpiryKind
    days_left: int | None = None
    expires: date | None = None

    @property
    def warn(self) -> bool:
        """Whether Today should say something."""
        return self.kind in ("soon", "expired")


def get_overdose_plan(db: Database) -> OverdosePlan:
    """The saved plan, or an empty one when nothing has been written yet. A stored date
    that cannot be read is shown as no date rather than refusing to open the plan."""
    rows = list(db.table("overdose_plan").rows_where("id = 1"))
    if not rows:
        return OverdosePlan()
    row = rows[0]
    try:
        expires = read_date(row["naloxone_expires"], "naloxone expiry date")
    except InvalidInputError:
        expires = None
    doses = row["naloxone_doses"]
    return OverdosePlan(
        naloxone_place=row["naloxone_place"] or "",
        naloxone_doses=int(doses) if doses is not None else None,
        naloxone_expires=expires,
        commitments=row["commitments"] or "",
        changed_at=row["changed_at"],
    )


def _doses(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DOSES:
        raise InvalidInputError(
            "naloxone doses",
            "out-of-range",
            f"The number of doses must be from 0 to {MAX_DOSES}.",
        )
    return value


def save_overdose_plan(db: Database, plan: OverdosePlan, now: datetime) -> OverdosePlan:
    """Store the whole plan and return it as stored (texts trimmed, changed now, to the
    minute); InvalidInputError and nothing stored when a field cannot be kept."""
    place = clean_text(plan.naloxone_place, "naloxone place", MAX_PLACE)
    commitments = clean_text(plan.commitments, "commitments", MAX_COMMITMENTS)
    doses = _doses(plan.naloxone_doses)
    expires = parse_date(plan.naloxone_expires, "naloxone expiry date")
    changed_at = iso_minute(now)
    with db.atomic():
        db.table("overdose_plan").upsert(
            {
                "id": 1,
                "naloxone_place": place,
                "naloxone_doses": doses,
                "naloxone_expires": iso_date(expires),
                "commitments": commitments,
                "changed_at": changed_at,
            },
            pk="id",
        )
    return OverdosePlan(place, doses, expires, commitments, changed_at)


def has_overdose_plan(plan: OverdosePlan) -> bool:
    """Whether the person wrote anything in it."""
    return bool(
        plan.naloxone_place
        or plan.naloxone_doses is not None
        or plan.naloxone_expires is not None
        or plan.commitments
    )


def naloxone_people(db: Database) -> list[Person]:
    """The contacts who know how to give naloxone, sorted by name."""
    marked = {int(row[0]) for row in db.execute("SELECT id FROM helpers WHERE knows_naloxone = 1")}
    return [person for person in list_people(db) if person.id in marked]


def set_naloxone_people(db: Database, contact_ids: Iterable[int]) -> None:
    """Mark exactly these contacts as knowing how to give naloxone (and no one else);
    InvalidInputError and nothing changed when one is not in the Plan."""
    chosen = list(contact_ids)
    with db.atomic():
        require_known(db, chosen)
        db.execute("UPDATE helpers SET knows_naloxone = 0 WHERE knows_naloxone != 0")
        for cid in set(chosen):
            db.execute("UPDATE helpers SET knows_naloxone = 1 WHERE id = ?", [cid])


def expiry_state(plan: OverdosePlan, today: date) -> ExpiryState:
    """Where the kit's expiry date stands on `today`."""
    expires = plan.naloxone_expires
    if expires is None:
        return ExpiryState("none")
    days = (expires - today).days
    if days <= 0:
        return ExpiryState("expired", days, expires)
    if days <= WARN_DAYS:
        return ExpiryState("soon", days, expires)
    return ExpiryState("ok", days, expires)


@content.per_language
def suggested_commitments() -> tuple[str, ...]:
    """Wording the app offers for the commitments, in the current language."""
    data = content.load_toml("content/overdose-commitments.toml")
    try:
        return tuple(str(line) for line in data["commitments"]["suggestions"])
    except (KeyError, TypeError) as error:
        raise content.ContentError(
            f"overdose-commitments.toml is missing a field: {error}"
        ) from error
