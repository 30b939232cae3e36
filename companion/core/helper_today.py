"""What the helper's Today shows: the intake countdown, the helper's own tasks (overdue
first, then by due date), the next appointment they are part of, this week's skill and
whether it was practised, and whether they did their own check-in today.

It is built from a plan shared with this helper (`share.opened`, on the helper's own
computer) when one is open and names them, and otherwise from the local data, where the
helper is one of the Plan's contacts (the person's own computer, shared by both).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from companion.core import family_skills, settings
from companion.core.content import ContentError
from companion.core.family_skills import Skill

if TYPE_CHECKING:
    from companion.core.share import SharedAppointment, SharedPlan


@dataclass(frozen=True)
class HelperTask:
    """One of the helper's open tasks."""

    id: int
    title: str
    due: date | None
    overdue: bool


@dataclass(frozen=True)
class HelperAppointment:
    title: str
    starts_at: datetime
    place: str = ""


@dataclass(frozen=True)
class HelperToday:
    """Everything on the helper's Today. `shared`: read from a plan shared with them."""

    helper_id: int
    shared: bool
    person_name: str
    intake_date: date | None
    intake_place: str
    days_until: int | None
    tasks: tuple[HelperTask, ...]  # open tasks: overdue first, then by due date, undated last
    done: int  # the helper's tasks already done
    appointment: HelperAppointment | None
    week: date
    skill: Skill | None
    skill_practised: bool
    checked_in: bool

    @property
    def overdue(self) -> int:
        return sum(1 for task in self.tasks if task.overdue)


def _ordered(tasks: Iterable[HelperTask]) -> tuple[HelperTask, ...]:
    return tuple(sorted(tasks, key=lambda t: (t.due is None, t.due or date.max, t.id)))


def _shared_plan(db: Database) -> SharedPlan | None:
    """The plan shared with this helper, when one is open and names them."""
    from companion.core import share

    plan = share.opened(db)
    return plan if plan is not None and plan.me is not None else None


def checked_in(db: Database, helper_id: int, day: date) -> bool:
    """Whether the helper did their own check-in on `day`."""
    from companion.core import helper_checkins

    return helper_checkins.get_check_in(db, helper_id, day) is not None


def helper_today(
    db: Database,
    helper_id: int,
    today: date,
    now: datetime,
    skills: tuple[Skill, ...] | None = None,
) -> HelperToday:
    """The helper's Today for the contact `helper_id` (0: none chosen yet: no tasks, no
    appointment, no check-in). `skills` defaults to the shipped ones."""
    shared = _shared_plan(db)
    if shared is not None:
        parts = _from_shared(shared, today, now)
    else:
        parts = _from_local(db, helper_id, today, now)
    week = family_skills.week_of(today)
    if skills is None:
        try:
            skills = family_skills.load_skills()
        except ContentError:
            skills = ()
    skill = family_skills.skill_for_week(skills, week) if skills else None
    known = helper_id > 0 and _is_contact(db, helper_id)
    intake_date = parts["intake_date"]
    return HelperToday(
        helper_id=helper_id,
        shared=shared is not None,
        person_name=parts["person_name"],
        intake_date=intake_date,
        intake_place=parts["intake_place"],
        days_until=(intake_date - today).days if intake_date is not None else None,
        tasks=parts["tasks"],
        done=parts["done"],
        appointment=parts["appointment"],
        week=week,
        skill=skill,
        skill_practised=known and family_skills.practised(db, helper_id, week),
        checked_in=known and checked_in(db, helper_id, today),
    )


def _is_contact(db: Database, helper_id: int) -> bool:
    return db.execute("SELECT 1 FROM helpers WHERE id = ?", [helper_id]).fetchone() is not None


def _from_local(db: Database, helper_id: int, today: date, now: datetime) -> dict[str, Any]:
    from companion.core import appointments, checklist, intake

    planned = intake.get_intake(db)
    mine = checklist.list_items(db, assignee=helper_id) if helper_id > 0 else []
    tasks = _ordered(
        HelperTask(item.id, item.title, item.due, item.is_overdue(today))
        for item in mine
        if not item.done
    )
    coming = None
    if helper_id > 0:
        for start, appointment in appointments.upcoming(db, now, limit=10_000):
            if appointment.contact_id == helper_id:
                coming = HelperAppointment(appointment.title, start, appointment.place)
                break
    return {
        "person_name": str(settings.get_setting(db, "person_name")),
        "intake_date": planned.when,
        "intake_place": planned.place,
        "tasks": tasks,
        "done": sum(1 for item in mine if item.done),
        "appointment": coming,
    }


def _local(moment: datetime) -> datetime:
    """A time as wall-clock time without a zone, as `now` is given (appointments._local)."""
    return moment.replace(tzinfo=None)


def _from_shared(plan: SharedPlan, today: date, now: datetime) -> dict[str, Any]:
    mine = [task for task in plan.tasks if task.assignee == plan.me]
    tasks = _ordered(
        HelperTask(
            task.id,
            task.title,
            task.due,
            task.due is not None and task.due < today,
        )
        for task in mine
        if task.done_on is None
    )
    theirs: list[tuple[datetime, SharedAppointment]] = [
        (_local(a.starts_at), a) for a in plan.appointments if a.contact == plan.me
    ]
    theirs = sorted(
        (pair for pair in theirs if pair[0] + timedelta(minutes=pair[1].minutes) > now),
        key=lambda pair: pair[0],
    )
    start, coming = theirs[0] if theirs else (now, None)
    return {
        "person_name": plan.person_name,
        "intake_date": plan.intake_date,
        "intake_place": plan.intake_place,
        "tasks": tasks,
        "done": sum(1 for task in mine if task.done_on is not None),
        "appointment": (HelperAppointment(coming.title, start, coming.place) if coming else None),
    }
