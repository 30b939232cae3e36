"""The share and progress files themselves: building the share from the person's data,
writing either as bytes, reading either back from a path (size-limited, UTF-8 JSON,
checked whole), and turning a checked share document into a SharedPlan.

What a share holds, and what it leaves out, is listed key by key in docs/data-format.md
("Sharing with a helper"): never the journal, cravings, the safety plan, care questions,
medications, contacts' emails, addresses or notes, or the person's own commitments.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from companion.core import (
    aftercare,
    appointments,
    checklist,
    intake,
    overdose_plan,
    people,
    settings,
    share,
)
from companion.core.validate import iso_date, iso_minute


def utc_text(moment: datetime) -> str:
    """A moment as the files write it: UTC, ISO 8601 to the second (a time without a zone
    is the computer's local time)."""
    return checklist.stamp(moment)


def read_moment(text: str) -> datetime:
    """A moment from a checked file (a time without a zone is taken as UTC)."""
    moment = datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _stored_moment(text: str | None) -> str | None:
    """A task's stored `changed_at` as a share writes it (UTC), or None if unreadable."""
    if not text:
        return None
    try:
        return read_moment(text).astimezone(UTC).replace(microsecond=0).isoformat()
    except ValueError:
        return None


def plan_id(db: Database) -> str:
    """This plan's identity, made (secrets.token_hex(16)) and kept the first time."""
    known = str(settings.get_setting(db, "plan_id") or "")
    if not known:
        known = secrets.token_hex(share.PLAN_ID_LENGTH // 2)
        settings.set_setting(db, "plan_id", known)
    return known


def share_document(db: Database, now: datetime) -> dict[str, Any]:
    """The share file's document for the plan as it is now; gives the plan its identity
    (the `plan_id` setting, secrets.token_hex(16)) the first time."""
    titles = {category.key: category.title for category in checklist.categories(db)}
    items = checklist.list_items(db)
    plan = intake.get_intake(db)
    after = aftercare.get_aftercare(db)
    overdose = overdose_plan.get_overdose_plan(db)
    knows = {person.id for person in overdose_plan.naloxone_people(db)}
    with_tasks = {item.assignee_id for item in items if item.assignee_id is not None}
    shared = [p for p in people.list_people(db) if p.shared or p.id in with_tasks]
    shared_ids = {person.id for person in shared}
    return {
        "format": share.SHARE_FORMAT,
        "version": share.SHARE_VERSION,
        "plan_id": plan_id(db),
        "written_at": utc_text(now),
        "person_name": str(settings.get_setting(db, "person_name") or ""),
        "intake": {"date": iso_date(plan.when), "place": plan.place},
        "tasks": [
            {
                "id": item.id,
                "category": titles.get(item.category, item.category),
                "title": item.title,
                "notes": item.notes,
                "due": iso_date(item.due),
                "done_on": iso_date(item.done_on),
                "assignee": item.assignee_id,
                "helper_note": item.helper_note,
                "changed_at": _stored_moment(item.changed_at),
            }
            for item in items
        ],
        "people": [
            {
                "id": person.id,
                "name": person.name,
                "relationship": person.relationship,
                "phone": person.phone,
                "role": person.role,
                "knows_naloxone": person.id in knows,
            }
            for person in shared
        ],
        "appointments": [
            {
                "title": appointment.title,
                "kind": appointment.kind,
                "starts_at": iso_minute(appointment.starts_at),
                "minutes": appointment.minutes,
                "place": appointment.place,
                "contact": appointment.contact_id if appointment.contact_id in shared_ids else None,
                "weekly": appointment.weekly,
                "until": iso_date(appointment.until),
            }
            for appointment in appointments.list_appointments(db)
        ],
        "after_detox": {
            "next_step": after.next_step,
            "first_week": after.first_week,
            "coping_steps": after.coping_steps,
        },
        "overdose": {
            "naloxone_place": overdose.naloxone_place,
            "naloxone_doses": overdose.naloxone_doses,
            "naloxone_expires": iso_date(overdose.naloxone_expires),
        },
    }


def encode(document: dict[str, Any]) -> bytes:
    """A document as the bytes of its file (UTF-8 JSON, indented, ending in a newline)."""
    return (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _refused(what: str) -> share.ShareFileRefused:
    from companion.core.export_checks import Problem

    return share.ShareFileRefused([Problem("file", what)])


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_bytes(path: Path) -> bytes:
    """The bytes of `path`, at most MAX_SHARE_BYTES; ShareFileRefused when it cannot be read."""
    limit = share.MAX_SHARE_BYTES
    too_big = f"is too big: a shared plan or progress file is at most {limit // 2**20} MB"
    try:
        if path.stat().st_size > limit:
            raise _refused(too_big)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise _refused("does not exist") from None
    except IsADirectoryError:
        raise _refused("is a folder, not a file") from None
    except OSError as error:
        raise _refused(f"could not be read: {error.strerror or error}") from None
    if len(data) > limit:
        raise _refused(too_big)
    return data


def parse(data: bytes) -> Any:
    """The JSON value in `data`; ShareFileRefused when it is not UTF-8 JSON."""
    if not data.strip():
        raise _refused("is empty")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise _refused(f"is not UTF-8 text (byte {error.start} cannot be read)") from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise _refused(
            f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise _refused("is nested too deeply to be a Prep Companion file") from None
    except ValueError as error:
        raise _refused(f"is not valid JSON ({error})") from None


def check(document: Any, expected_format: str) -> dict[str, Any]:
    """`document` itself when it is a valid file of `expected_format`; else
    ShareFileRefused with every problem. (The checks are loaded here, when a file is read,
    not by everything that imports this module.)"""
    from companion.core import share_checks

    if expected_format == share.SHARE_FORMAT:
        problems = share_checks.check_share(document)
    else:
        problems = share_checks.check_progress(document)
    if problems:
        raise share.ShareFileRefused(problems)
    assert isinstance(document, dict)
    return document


def read_file(path: Path, expected_format: str) -> dict[str, Any]:
    """The checked document in `path`, a share (share.SHARE_FORMAT) or a progress file
    (share.PROGRESS_FORMAT): refused whole (share.ShareFileRefused, with every problem)
    when it is too big, not UTF-8 JSON, not that format, from a newer version, or breaks
    any rule."""
    return check(parse(read_bytes(Path(path))), expected_format)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def plan_from_document(
    document: dict[str, Any], me: int | None, opened_at: datetime | None = None
) -> share.SharedPlan:
    """A checked share document as a SharedPlan (without the helper's pending changes)."""
    persons = tuple(
        share.SharedPerson(
            id=row["id"],
            name=row["name"],
            relationship=row["relationship"],
            phone=row["phone"],
            role=row["role"],
            knows_naloxone=row["knows_naloxone"],
        )
        for row in document["people"]
    )
    names = {person.id: person.name for person in persons}
    tasks = tuple(
        share.SharedTask(
            id=row["id"],
            category=row["category"],
            title=row["title"],
            notes=row["notes"],
            due=_day(row["due"]),
            assignee=row["assignee"],
            assignee_name=names.get(row["assignee"], ""),
            done_on=_day(row["done_on"]),
            helper_note=row["helper_note"],
            changed_at=row["changed_at"],
            mine=me is not None and row["assignee"] == me,
        )
        for row in document["tasks"]
    )
    visits = tuple(
        share.SharedAppointment(
            title=row["title"],
            kind=row["kind"],
            starts_at=datetime.fromisoformat(row["starts_at"]),
            minutes=row["minutes"],
            place=row["place"],
            contact=row["contact"],
            weekly=row["weekly"],
            until=_day(row["until"]),
        )
        for row in document["appointments"]
    )
    after, overdose, when = document["after_detox"], document["overdose"], document["intake"]
    return share.SharedPlan(
        plan_id=document["plan_id"],
        person_name=document["person_name"],
        written_at=read_moment(document["written_at"]),
        intake_date=_day(when["date"]),
        intake_place=when["place"],
        tasks=tasks,
        people=persons,
        appointments=visits,
        me=me,
        after_detox=share.SharedAfterDetox(
            after["next_step"], after["first_week"], after["coping_steps"]
        ),
        overdose=share.SharedOverdose(
            overdose["naloxone_place"],
            overdose["naloxone_doses"],
            _day(overdose["naloxone_expires"]),
        ),
        opened_at=opened_at,
    )
