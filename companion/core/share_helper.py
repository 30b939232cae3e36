"""The helper's side of a shared plan, on their own computer: opening a share (and a
newer one of the same plan), saying which helper they are, ticking and annotating their
own tasks, and the progress file's document that sends those changes back.

The plan is stored as it came (shared_plan, one row, the checked document as JSON) and the
helper's own changes apart from it (shared_task_changes), so a newer share can replace
the plan while the helper's later changes are kept. Reached through companion.core.share.
"""

from __future__ import annotations

import json
from dataclasses import replace as replace_fields
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from companion.core import share_checks, share_file
from companion.core.share import (
    MAX_HELPER_NOTE,
    PROGRESS_FORMAT,
    SHARE_FORMAT,
    SHARE_VERSION,
    NotMyTaskError,
    OpenOutcome,
    OtherPlanError,
    SharedPlan,
    SharedTask,
    StaleShareError,
    Superseded,
)
from companion.core.validate import InvalidInputError, clean_text, iso_date


def _stored(db: Database) -> dict[str, Any] | None:
    """The stored copy, its document read and checked again (an import may have brought
    one this version cannot use: then there is none)."""
    rows = list(db.table("shared_plan").rows_where("id = 1"))
    if not rows:
        return None
    try:
        document = json.loads(rows[0]["document"])
        share_file.read_moment(rows[0]["opened_at"])
    except (ValueError, RecursionError):
        return None
    if share_checks.check_share(document):
        return None
    return {**rows[0], "document": document}


def _pending(db: Database) -> dict[int, dict[str, Any]]:
    return {int(row["task_id"]): row for row in db.table("shared_task_changes").rows}


def _no_plan() -> NotMyTaskError:
    return NotMyTaskError("file", "no-shared-plan", "No shared plan has been opened here yet.")


def _differs(task: dict[str, Any], change: dict[str, Any]) -> bool:
    return bool(task["done_on"] != change["done_on"] or task["helper_note"] != change["note"])


def _settle_pending(
    db: Database, tasks: dict[int, dict[str, Any]], me: int | None
) -> tuple[int, tuple[Superseded, ...]]:
    """Keep the pending changes a newer share has not overtaken; drop the others (those
    already in it, those the share's later values replace, those no longer the helper's)."""
    kept, superseded = 0, []
    for task_id, change in _pending(db).items():
        task = tasks.get(task_id)
        mine = task is not None and me is not None and task["assignee"] == me
        if task is not None and mine and _differs(task, change):
            theirs = task["changed_at"]
            ours = share_file.read_moment(change["changed_at"])
            if theirs is None or ours > share_file.read_moment(theirs):
                kept += 1
                continue
        if task is not None and (not mine or _differs(task, change)):
            day = change["done_on"]
            done_on = date.fromisoformat(day) if day else None
            superseded.append(Superseded(task_id, task["title"], done_on, change["note"]))
        db.table("shared_task_changes").delete(task_id)
    return kept, tuple(superseded)


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
    the plan."""
    checked = share_file.check(document, SHARE_FORMAT)
    written = share_file.read_moment(checked["written_at"])
    ids = {row["id"] for row in checked["people"]}
    with db.atomic():
        stored = _stored(db)
        me: int | None = None
        kept: int = 0
        superseded: tuple[Superseded, ...] = ()
        if stored is None:
            kind = "first"
            db.execute("DELETE FROM shared_task_changes")  # none can belong to this plan
        elif stored["plan_id"] != checked["plan_id"]:
            if not replace:
                raise OtherPlanError(
                    "other-plan",
                    "This file is another person's plan; opening it would replace the plan "
                    "opened here. Nothing was changed.",
                )
            kind = "replaced"
            db.execute("DELETE FROM shared_task_changes")
        else:
            before = share_file.read_moment(stored["written_at"])
            if written < before:
                raise StaleShareError(before, written)
            kind = "same" if written == before else "newer"
            me = stored["me"] if stored["me"] in ids else None
            tasks = {row["id"]: row for row in checked["tasks"]}
            kept, superseded = _settle_pending(db, tasks, me)
        db.table("shared_plan").upsert(
            {
                "id": 1,
                "plan_id": checked["plan_id"],
                "me": me,
                "written_at": checked["written_at"],
                "opened_at": share_file.utc_text(now),
                "document": json.dumps(checked, ensure_ascii=False),
            },
            pk="id",
        )
    plan = opened(db)
    assert plan is not None
    return OpenOutcome(kind, plan, kept, superseded, needs_me=me is None)


def _document(stored: dict[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = stored["document"]
    return document


def choose_me(db: Database, helper_key: int) -> SharedPlan:
    """Say which helper in the shared plan this is (`helper_key`, their id in it; must be
    one of its people: else InvalidInputError "unknown-choice"). Pending changes to tasks
    that are not this helper's are dropped."""
    with db.atomic():
        stored = _stored(db)
        if stored is None:
            raise _no_plan()
        document = _document(stored)
        if helper_key not in {row["id"] for row in document["people"]}:
            raise InvalidInputError(
                "helper", "unknown-choice", "That person is not one of the shared plan's people."
            )
        db.table("shared_plan").update(1, {"me": helper_key})
        mine = [row["id"] for row in document["tasks"] if row["assignee"] == helper_key]
        marks = ",".join("?" * len(mine))
        db.execute(f"DELETE FROM shared_task_changes WHERE task_id NOT IN ({marks})", mine)
    plan = opened(db)
    assert plan is not None
    return plan


def opened(db: Database) -> SharedPlan | None:
    """The plan shared with this helper, with their own pending changes applied; None when
    no plan has been opened here."""
    stored = _stored(db)
    if stored is None:
        return None
    plan = share_file.plan_from_document(
        _document(stored), stored["me"], share_file.read_moment(stored["opened_at"])
    )
    pending = _pending(db)
    if not pending:
        return plan
    tasks = tuple(
        replace_fields(
            task,
            done_on=date.fromisoformat(day) if (day := pending[task.id]["done_on"]) else None,
            helper_note=pending[task.id]["note"],
            changed_at=pending[task.id]["changed_at"],
        )
        if task.mine and task.id in pending
        else task
        for task in plan.tasks
    )
    return replace_fields(plan, tasks=tasks)


def change_my_task(
    db: Database, task_id: int, *, done: bool, note: str, now: datetime
) -> SharedTask:
    """Tick or untick one of the helper's own tasks and set their note on it (at most
    MAX_HELPER_NOTE). The day ticked is `now`'s date; a task already done keeps its day.
    Another's task is refused (NotMyTaskError "not-my-task"). Returns the task as it is
    now."""
    note = clean_text(note, "note", MAX_HELPER_NOTE)
    with db.atomic():
        plan = opened(db)
        if plan is None:
            raise _no_plan()
        if plan.me is None:
            raise NotMyTaskError("helper", "no-helper-chosen", "Say which helper you are first.")
        task = next((task for task in plan.tasks if task.id == task_id), None)
        if task is None or not task.mine:
            raise NotMyTaskError(
                "task", "not-my-task", "Only your own tasks can be ticked or given a note."
            )
        done_on = (task.done_on or now.date()) if done else None
        original = next(
            row for row in _document(_stored(db) or {})["tasks"] if row["id"] == task_id
        )
        change: dict[str, Any] = {"done_on": iso_date(done_on), "note": note}
        if not _differs(original, change):
            db.table("shared_task_changes").delete_where("task_id = ?", [task_id])
        else:
            change |= {"task_id": task_id, "changed_at": share_file.utc_text(now)}
            db.table("shared_task_changes").upsert(change, pk="task_id")
    changed = next(task for task in (opened(db) or plan).tasks if task.id == task_id)
    return changed


def progress_document(db: Database, now: datetime) -> dict[str, Any]:
    """The progress file's document: the helper's changes to their own tasks (only those
    that differ from the share). NotMyTaskError when no plan is opened or no helper
    chosen."""
    stored = _stored(db)
    if stored is None:
        raise _no_plan()
    plan = opened(db)
    assert plan is not None
    me = plan.person(plan.me)
    if me is None:
        raise NotMyTaskError("helper", "no-helper-chosen", "Say which helper you are first.")
    pending = _pending(db)
    return {
        "format": PROGRESS_FORMAT,
        "version": SHARE_VERSION,
        "plan_id": plan.plan_id,
        "helper": {"id": me.id, "name": me.name},
        "written_at": share_file.utc_text(now),
        "changes": [
            {
                "task_id": task.id,
                "done_on": pending[task.id]["done_on"],
                "note": pending[task.id]["note"],
                "changed_at": pending[task.id]["changed_at"],
            }
            for task in plan.tasks
            if task.mine and task.id in pending
        ],
    }


def forget_share(db: Database) -> None:
    """Remove the shared plan and the helper's pending changes from this computer."""
    with db.atomic():
        db.execute("DELETE FROM shared_task_changes")
        db.execute("DELETE FROM shared_plan")
