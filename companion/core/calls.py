"""The call log: calls to detox programs, what they said, and when to call back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from companion.core import people
from companion.core.rows import from_row
from companion.core.validate import (
    InvalidInputError,
    clean_text,
    iso_minute,
    parse_datetime,
    read_datetime,
)

OUTCOMES = ("bed-available", "waitlist", "not-suitable", "call-back")
MAX_FACILITY = 120
MAX_PHONE = 40
MAX_NOTES = 2000


@dataclass(frozen=True)
class FacilityCall:
    """One call to a program. `caller_id` None means the person themself."""

    id: int
    facility: str
    phone: str
    called_at: datetime
    caller_id: int | None
    outcome: str
    callback_at: datetime | None = None
    notes: str = ""


def _from_row(row: dict[str, Any]) -> FacilityCall:
    called = read_datetime(row["called_at"])
    assert called is not None
    return from_row(
        FacilityCall, row, called_at=called, callback_at=read_datetime(row["callback_at"])
    )


def _clean(
    facility: str,
    phone: str,
    called_at: datetime | str,
    caller_id: int | None,
    outcome: str,
    callback_at: datetime | str | None,
    notes: str,
) -> dict[str, Any]:
    if outcome not in OUTCOMES:
        raise InvalidInputError("outcome", "unknown-choice", f"Unknown outcome {outcome!r}.")
    called = parse_datetime(called_at, "time called")
    if called is None:
        raise InvalidInputError("time called", "required", "Please say when you called.")
    callback = parse_datetime(callback_at, "call-back time")
    if outcome == "call-back" and callback is None:
        raise InvalidInputError("call-back time", "required", "Please say when to call back.")
    return {
        "facility": clean_text(facility, "facility", MAX_FACILITY, required=True),
        "phone": clean_text(phone, "phone", MAX_PHONE),
        "called_at": iso_minute(called),
        "caller_id": caller_id,
        "outcome": outcome,
        "callback_at": iso_minute(callback),
        "notes": clean_text(notes, "notes", MAX_NOTES),
    }


def _check_caller(db: Database, caller_id: int | None) -> None:
    if caller_id is not None and not people.exists(db, caller_id):
        raise InvalidInputError("caller", "unknown-choice", "That helper no longer exists.")


def list_calls(db: Database) -> list[FacilityCall]:
    """Every call, newest first."""
    return [
        _from_row(row)
        for row in db.table("facility_calls").rows_where(order_by="called_at DESC, id DESC")
    ]


def save_call(
    db: Database,
    call_id: int | None,
    facility: str,
    called_at: datetime | str,
    outcome: str,
    *,
    phone: str = "",
    caller_id: int | None = None,
    callback_at: datetime | str | None = None,
    notes: str = "",
) -> FacilityCall:
    """Log a call (`call_id` None) or change one; nothing is stored when refused."""
    values = _clean(facility, phone, called_at, caller_id, outcome, callback_at, notes)
    with db.atomic():
        _check_caller(db, caller_id)
        if call_id is None:
            call_id = int(str(db.table("facility_calls").insert(values).last_pk))
        elif db.execute("SELECT 1 FROM facility_calls WHERE id = ?", [call_id]).fetchone() is None:
            raise InvalidInputError("call", "missing", "That call no longer exists.")
        else:
            db.table("facility_calls").update(call_id, values)
    return _from_row({"id": call_id, **values})


def delete_call(db: Database, call_id: int) -> FacilityCall | None:
    """Remove a call and return it, so it can be put back (undo)."""
    rows = list(db.table("facility_calls").rows_where("id = ?", [call_id]))
    if not rows:
        return None
    with db.atomic():
        db.execute("DELETE FROM facility_calls WHERE id = ?", [call_id])
    return _from_row(rows[0])


def restore_call(db: Database, call: FacilityCall) -> None:
    with db.atomic():
        free = db.execute("SELECT 1 FROM facility_calls WHERE id = ?", [call.id]).fetchone() is None
        caller_gone = call.caller_id is not None and not people.exists(db, call.caller_id)
        row = {
            "facility": call.facility,
            "phone": call.phone,
            "called_at": iso_minute(call.called_at),
            "caller_id": None if caller_gone else call.caller_id,
            "outcome": call.outcome,
            "callback_at": iso_minute(call.callback_at),
            "notes": call.notes,
        }
        if free:
            row["id"] = call.id
        db.table("facility_calls").insert(row)


def pending_callbacks(db: Database) -> list[FacilityCall]:
    """For each program, its latest call if that call asks for a call back; soonest first."""
    latest: dict[str, FacilityCall] = {}
    for call in list_calls(db):
        latest.setdefault(call.facility.casefold(), call)
    pending = [call for call in latest.values() if call.callback_at is not None]
    return sorted(pending, key=lambda call: call.callback_at or call.called_at)


def next_callback(db: Database) -> FacilityCall | None:
    pending = pending_callbacks(db)
    return pending[0] if pending else None
