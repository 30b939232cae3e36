"""The plan packet's content as plain data, for its PDF template (resources/pdf/plan-packet.typ).

`packet_data` gathers every part of the plan from the database: the intake, readiness,
the open tasks under the person's name and each helper's, packing, contacts,
appointments, the plan for afterwards, medicines (with the dose and timing as the person
wrote them), allergies, questions, the overdose plan (naloxone, who can give it, the
person's commitments; its heading neutral in discreet mode), what to do in an overdose,
the numbers to call, and a page for each helper. The words come from the caller (the UI
translates them), and so do the date formats: this module needs no Qt. In discreet mode
every string is made neutral.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from companion.core import (
    checklist,
    content,
    intake,
    learn,
    overdose_plan,
    people,
    plan,
    settings,
)
from companion.core.discreet import neutral_data

HELPER_ROLES = ("family", "peer")
"""Contacts who get a helper page even with no task yet: family, friends and peers."""


@dataclass(frozen=True)
class PacketWords:
    """What the packet's data needs from the interface: translated names and formats."""

    person: str
    """The person's name, or the interface's neutral word for them."""
    labels: Mapping[str, str]
    """Headings and sentences, handed to the template as they are."""
    roles: Mapping[str, str] = field(default_factory=dict)
    kinds: Mapping[str, str] = field(default_factory=dict)
    steps: Mapping[str, str] = field(default_factory=dict)
    weekly: str = "(weekly)"
    my_people: str = "My people"
    left_out: str = ""
    """The sentence saying how many saved appointments are left out, or ""."""
    day: Callable[[date], str] = date.isoformat
    moment: Callable[[datetime], str] = lambda when: when.strftime("%Y-%m-%d %H:%M")


def _task(
    item: checklist.ChecklistItem, words: PacketWords, titles: Mapping[str, str]
) -> dict[str, str]:
    return {
        "title": item.title,
        "due": words.day(item.due) if item.due else "",
        "category": titles.get(item.category, item.category),
    }


def packet_data(
    db: Database, now: datetime, words: PacketWords, *, discreet: bool
) -> dict[str, Any]:
    """Everything the packet shows, as JSON-ready dicts and lists of strings."""
    when = intake.get_intake(db)
    ready = checklist.readiness(db)
    titles = {c.key: c.title for c in checklist.categories(db)}
    names: dict[int | None, str] = dict(people.names(db).items())
    names[None] = words.person
    open_items = checklist.list_items(db, include_done=False)
    everyone = plan.list_people(db)
    coming = plan.upcoming(db, now, limit=50)
    appointments = [
        {
            "when": words.moment(start) + (" " + words.weekly if a.weekly else ""),
            "what": f"{a.title} ({words.kinds.get(a.kind, a.kind)})",
            "where": a.place,
            "with": names.get(a.contact_id, "") if a.contact_id is not None else "",
            "contact": a.contact_id,
        }
        for start, a in coming
    ]
    region = content.region_help(settings.get_setting(db, "region"))
    numbers = [[h.name, h.number, h.description] for h in region.helplines]
    numbers += [[c.name, c.phone, words.my_people] for c in plan.help_people(db)]
    after = plan.get_aftercare(db)
    steps = content.load_response_steps()
    kit = overdose_plan.get_overdose_plan(db)
    knows = overdose_plan.naloxone_people(db)
    intake_day = words.day(when.when) if when.when is not None else ""

    groups = [
        {
            "who": words.person,
            "items": [_task(i, words, titles) for i in open_items if i.assignee_id is None],
        }
    ]
    helpers = []
    for person in everyone:
        mine = [_task(i, words, titles) for i in open_items if i.assignee_id == person.id]
        if mine:
            groups.append({"who": person.name, "items": mine})
        if mine or person.role in HELPER_ROLES:
            helpers.append(
                {
                    "name": person.name,
                    "phone": person.phone,
                    "tasks": mine,
                    "dates": [[a["when"], a["what"], a["where"]] for a in appointments[:8]],
                }
            )

    data: dict[str, Any] = {
        "labels": dict(words.labels),
        "person": words.person,
        "made": words.moment(now),
        "intake": {"when": intake_day, "place": when.place},
        "ready": {
            "done": ready.overall.done,
            "total": ready.overall.total,
            "rows": [[p.title, str(p.done), str(p.total)] for p in ready.categories],
        },
        "tasks": [g for g in groups if g["items"]],
        "packing": [
            {"title": i.title, "done": i.done_on is not None}
            for i in checklist.list_items(db)
            if i.category == "packing"
        ],
        "contacts": [
            [c.name, words.roles.get(c.role, c.role), c.phone, c.email, c.availability]
            for c in everyone
        ],
        "appointments": [[a["when"], a["what"], a["where"], a["with"]] for a in appointments],
        "left_out": words.left_out,
        "aftercare": {
            "next_step": words.steps.get(after.next_step, after.next_step),
            "first_week": after.first_week.strip(),
            "warning_signs": after.warning_signs.strip(),
            "coping_steps": after.coping_steps.strip(),
        },
        "medicines": [[m.name, m.purpose, m.notes] for m in plan.list_medications(db)],
        "allergies": [[a.name, a.reaction] for a in plan.list_allergies(db)],
        "questions": [q.text for q in learn.list_questions(db) if not q.done],
        "overdose_plan": {
            "heading": words.labels.get(
                "overdose_plan_discreet" if discreet else "overdose_plan", ""
            ),
            "any": overdose_plan.has_overdose_plan(kit) or bool(knows),
            "place": kit.naloxone_place,
            "doses": str(kit.naloxone_doses) if kit.naloxone_doses is not None else "",
            "expires": words.day(kit.naloxone_expires) if kit.naloxone_expires else "",
            "people": [[p.name, p.phone] for p in knows],
            "commitments": kit.commitments.strip(),
        },
        "overdose": {
            "title": steps.title,
            "signs_title": steps.signs_title,
            "signs": list(steps.signs),
            "steps_title": steps.steps_title,
            "steps": list(steps.steps),
            "note": steps.note,
        },
        "emergency": region.emergency_number,
        "numbers": numbers,
        "helpers": helpers,
    }
    return neutral_data(data) if discreet else data
