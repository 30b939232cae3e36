"""Sharing the plan with a helper who uses the app on their own computer, and their
progress coming back.

A share file holds what a helper needs to help (the intake, the whole checklist with who
does what, the contacts the person marked as shared, appointments, the after-detox plan,
the overdose steps) and nothing from the journal. A progress file holds a helper's
changes to their own tasks. docs/data-format.md ("Sharing with a helper") describes both.

This module keeps the constants, the dataclasses and the named errors, and the helper's
side: `open_share`, `choose_me`, `opened`, `change_my_task`, `progress_document`,
`forget_share`. The person's side lives in companion.core.progress (`plan_merge`,
`apply_merge`, `undo_merge`, `list_merges`); the files are built and read in
companion.core.share_file and checked whole in companion.core.share_checks. The jobs the
command line and the window both do (write a file, check one, merge) are in
companion.core.operations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from companion.core.validate import InvalidInputError

if TYPE_CHECKING:  # export_checks reads this module's limits through export_schema
    from companion.core.export_checks import Problem

PLAN_ID_LENGTH = 32
"""A plan's identity in its share files: 32 lower-case hexadecimal characters."""
MAX_HELPER_NOTE = 1000
"""The most characters of a helper's note on one of their tasks."""
MAX_SHARE_BYTES = 5 * 1024 * 1024
"""The largest share or progress file the app reads."""

SHARE_FORMAT = "prep-companion-share"
PROGRESS_FORMAT = "prep-companion-progress"
SHARE_VERSION = 1
"""The version of both file formats this build writes and reads."""
SHARE_SUFFIX = ".prepshare"
PROGRESS_SUFFIX = ".prepprogress"
"""File name endings offered by the window (any name is read)."""


# --- what a helper sees ---------------------------------------------------------------------


@dataclass(frozen=True)
class SharedPerson:
    """A contact in a shared plan: a helper, or someone with a task (only what a helper
    needs to reach them)."""

    id: int
    name: str
    relationship: str = ""
    phone: str = ""
    role: str = "family"
    knows_naloxone: bool = False


@dataclass(frozen=True)
class SharedTask:
    """A checklist task in a shared plan. `mine` is True for the helper's own tasks (the
    only ones they can tick and annotate)."""

    id: int
    category: str
    title: str
    notes: str = ""
    due: date | None = None
    assignee: int | None = None
    assignee_name: str = ""
    done_on: date | None = None
    helper_note: str = ""
    changed_at: str | None = None
    mine: bool = False

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


@dataclass(frozen=True)
class SharedAppointment:
    title: str
    kind: str
    starts_at: datetime
    minutes: int = 60
    place: str = ""
    contact: int | None = None
    weekly: bool = False
    until: date | None = None  # the last day a weekly appointment happens; None: no end


@dataclass(frozen=True)
class SharedAfterDetox:
    """The after-detox plan's parts a helper needs: the next step (a key of
    aftercare.NEXT_STEPS), the first week, and what helps (coping steps)."""

    next_step: str = "not-decided"
    first_week: str = ""
    coping_steps: str = ""


@dataclass(frozen=True)
class SharedOverdose:
    """Where the naloxone is, how many doses, when it expires. The overdose steps
    themselves are the helper's own app's (for their region); the person's commitments
    are their own words and are not shared."""

    naloxone_place: str = ""
    naloxone_doses: int | None = None
    naloxone_expires: date | None = None


@dataclass(frozen=True)
class SharedPlan:
    """The plan shared with this helper, with the helper's own changes applied."""

    plan_id: str
    person_name: str
    written_at: datetime
    intake_date: date | None
    intake_place: str
    tasks: tuple[SharedTask, ...]
    people: tuple[SharedPerson, ...]
    appointments: tuple[SharedAppointment, ...]
    me: int | None
    after_detox: SharedAfterDetox = field(default_factory=SharedAfterDetox)
    overdose: SharedOverdose = field(default_factory=SharedOverdose)
    opened_at: datetime | None = None

    def person(self, person_id: int | None) -> SharedPerson | None:
        return next((p for p in self.people if p.id == person_id), None)

    def my_tasks(self) -> tuple[SharedTask, ...]:
        return tuple(task for task in self.tasks if task.mine)


@dataclass(frozen=True)
class Superseded:
    """A helper's pending change that a newer share replaced (the person's change to the
    task was later)."""

    task_id: int
    title: str
    done_on: date | None
    note: str


@dataclass(frozen=True)
class OpenOutcome:
    """What opening a share did: "first" (nothing was stored), "newer" (it replaced an
    older copy of the same plan), "same" (the same file again), "replaced" (another
    plan's copy was replaced, as asked). `kept` counts the helper's pending changes kept
    (later than the share's), `superseded` lists those the share's later values replaced.
    `needs_me`: the stored `me` is not (or no longer) among the share's people, so the
    window asks which helper this is."""

    kind: str
    plan: SharedPlan
    kept: int = 0
    superseded: tuple[Superseded, ...] = ()
    needs_me: bool = False


# --- the person's side: a helper's changes, before they are merged ---------------------------


@dataclass(frozen=True)
class TaskChange:
    """One change in a progress file, as a merge would do it (`plan_merge`, a preview).

    `applies` False means it is skipped, and `reason` says why: "older" (the task was
    changed here after the helper changed it: a later change wins), "not-theirs" (the task
    is not assigned to that helper), "unknown-task" (no such task: deleted since),
    "unchanged" (the task already is as the helper left it)."""

    task_id: int
    title: str
    helper_id: int
    done_before: date | None
    done_after: date | None
    note_before: str
    note_after: str
    changed_before: str | None
    changed_after: str
    applies: bool
    reason: str = ""


@dataclass(frozen=True)
class MergePreview:
    """A checked progress file: whose it is, when they wrote it, and its changes."""

    helper_id: int
    helper_name: str
    written_at: datetime
    changes: tuple[TaskChange, ...]

    @property
    def applying(self) -> tuple[TaskChange, ...]:
        return tuple(change for change in self.changes if change.applies)


@dataclass(frozen=True)
class Merge:
    """A merge done on the person's computer, as listed (newest first) and undone."""

    id: int
    merged_at: datetime
    helper_name: str
    changes: tuple[TaskChange, ...]
    undone: bool


@dataclass(frozen=True)
class UndoOutcome:
    """What undoing a merge did: the tasks put back, and those left as they are because
    they were changed again since (or deleted)."""

    restored: tuple[str, ...]
    not_undone: tuple[str, ...]


# --- named errors ---------------------------------------------------------------------------


class ShareFileRefused(InvalidInputError):
    """A share or progress file that cannot be used; `problems` says every reason, each
    with its place (the same style as the JSON import). Nothing was changed."""

    def __init__(self, problems: list[Problem], reason: str = "bad-share-file") -> None:
        self.problems = list(problems)
        shown = "; ".join(str(problem) for problem in self.problems[:3])
        super().__init__("file", reason, f"The file cannot be used: {shown}. Nothing was changed.")


class StaleShareError(InvalidInputError):
    """A share older than the copy already opened here: refused, nothing changed."""

    def __init__(self, stored: datetime, given: datetime) -> None:
        self.stored, self.given = stored, given
        super().__init__(
            "file",
            "stale-share",
            f"This plan was written {given.isoformat()}, before the copy already opened "
            f"({stored.isoformat()}). Nothing was changed.",
        )


class OtherPlanError(InvalidInputError):
    """A file from another person's plan: a share while another plan is stored (open it
    with replace=True), or progress for a plan that is not this one."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__("file", reason, message)


class NotMyTaskError(InvalidInputError):
    """A helper may change only the tasks given to them (reason "not-my-task"), in a plan
    they have opened ("no-shared-plan") once they have said which helper they are
    ("no-helper-chosen")."""


# --- the helper's side (companion.core.share_helper does it) -------------------------------
# share_helper reads this module's limits through share_file and export_schema, so it is
# imported where it is used.


def open_share(
    db: Database, document: dict[str, Any], now: datetime, *, replace: bool = False
) -> OpenOutcome:
    """Store a share file's document as this helper's copy of the plan, checked whole
    first (ShareFileRefused with every problem; nothing changed).

    A newer share of the same plan replaces the stored copy, keeping the helper's pending
    changes that are later than the task's `changed_at` in the share (a later change
    wins; the others are reported in `superseded` and dropped). A share written before
    the stored one is refused (StaleShareError). A share of another plan while one is
    stored is refused (OtherPlanError "other-plan") unless `replace` is True, when the old
    copy and its pending changes are dropped. `me` is kept when that helper is still in
    the plan (else `needs_me`)."""
    from companion.core import share_helper

    return share_helper.open_share(db, document, now, replace=replace)


def choose_me(db: Database, helper_key: int) -> SharedPlan:
    """Say which helper in the shared plan this is (`helper_key`, their id in it; must be
    one of its people: else InvalidInputError "unknown-choice")."""
    from companion.core import share_helper

    return share_helper.choose_me(db, helper_key)


def opened(db: Database) -> SharedPlan | None:
    """The plan shared with this helper, with their own pending changes applied; None when
    no plan has been opened here."""
    from companion.core import share_helper

    return share_helper.opened(db)


def change_my_task(
    db: Database, task_id: int, *, done: bool, note: str, now: datetime
) -> SharedTask:
    """Tick or untick one of the helper's own tasks and set their note on it (at most
    MAX_HELPER_NOTE). The day ticked is `now`'s date; a task already done keeps its day.
    Another's task is refused (NotMyTaskError "not-my-task"). Returns the task as it is
    now."""
    from companion.core import share_helper

    return share_helper.change_my_task(db, task_id, done=done, note=note, now=now)


def progress_document(db: Database, now: datetime) -> dict[str, Any]:
    """The progress file's document: the helper's changes to their own tasks (only those
    that differ from the share). NotMyTaskError when no plan is opened or no helper
    chosen."""
    from companion.core import share_helper

    return share_helper.progress_document(db, now)


def forget_share(db: Database) -> None:
    """Remove the shared plan and the helper's pending changes from this computer."""
    from companion.core import share_helper

    share_helper.forget_share(db)
