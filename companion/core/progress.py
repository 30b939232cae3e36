"""The person's side of a helper's progress: what a progress file would change (a preview,
task by task), merging it in one go, listing merges and undoing one.

A later change wins: a helper's change to a task is skipped when the task was changed
here at or after the moment the helper changed it. A merge only ticks, unticks and
annotates that helper's own tasks; nothing is ever deleted by a merge. Every merge is kept
(progress_merges) with each task's values before and after, so it can be undone while the
tasks have not been changed again since.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from companion.core import checklist, people, settings, share_file
from companion.core.share import (
    PROGRESS_FORMAT,
    Merge,
    MergePreview,
    OtherPlanError,
    TaskChange,
    UndoOutcome,
)
from companion.core.validate import InvalidInputError

SKIP_REASONS = ("older", "not-theirs", "unknown-task", "unchanged")
"""Why a change is skipped: see share.TaskChange."""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _is_later(helper_moment: str, task_moment: str | None) -> bool:
    """Whether the helper's change came after the task's own last change here."""
    if not task_moment:
        return True
    try:
        here = share_file.read_moment(task_moment)
    except ValueError:
        return True  # a stored time that cannot be read says nothing against the change
    return share_file.read_moment(helper_moment) > here


def _judge(item: checklist.ChecklistItem | None, helper_id: int, row: dict[str, Any]) -> TaskChange:
    """One change as a merge would do it, against the task as it is now."""
    after_day, after_note = _day(row["done_on"]), row["note"]
    changed_after = share_file.utc_text(share_file.read_moment(row["changed_at"]))
    if item is None:
        return TaskChange(
            row["task_id"], "", helper_id, None, after_day, "", after_note, None,
            changed_after, applies=False, reason="unknown-task",
        )  # fmt: skip
    reason = ""
    if item.assignee_id != helper_id:
        reason = "not-theirs"
    elif item.done_on == after_day and item.helper_note == after_note:
        reason = "unchanged"
    elif not _is_later(row["changed_at"], item.changed_at):
        reason = "older"
    return TaskChange(
        item.id, item.title, helper_id, item.done_on, after_day, item.helper_note, after_note,
        item.changed_at, changed_after, applies=not reason, reason=reason,
    )  # fmt: skip


def plan_merge(db: Database, document: dict[str, Any]) -> MergePreview:
    """What merging a progress file's document would do, changing nothing.

    Checked whole first (share.ShareFileRefused with every problem); a file from another
    plan (its plan_id is not this plan's `plan_id` setting) is refused (share.OtherPlanError
    "other-plan", or "never-shared" when this plan was never shared). Each change
    says whether it applies or why it is skipped."""
    checked = share_file.check(document, PROGRESS_FORMAT)
    ours = str(settings.get_setting(db, "plan_id") or "")
    if not ours:
        raise OtherPlanError(
            "never-shared",
            "This plan has never been shared, so this progress is from another plan. "
            "Nothing was changed.",
        )
    if checked["plan_id"] != ours:
        raise OtherPlanError(
            "other-plan",
            "This progress is for another person's plan, not this one. Nothing was changed.",
        )
    helper_id = checked["helper"]["id"]
    known = people.get_person(db, helper_id)
    return MergePreview(
        helper_id=helper_id,
        helper_name=known.name if known is not None else checked["helper"]["name"],
        written_at=share_file.read_moment(checked["written_at"]),
        changes=tuple(
            _judge(checklist.get_item(db, row["task_id"]), helper_id, row)
            for row in checked["changes"]
        ),
    )


def _values(done_on: date | None, note: str, changed_at: str | None) -> dict[str, Any]:
    return {"done_on": done_on.isoformat() if done_on else None, "helper_note": note,
            "changed_at": changed_at}  # fmt: skip


def apply_merge(db: Database, preview: MergePreview, now: datetime) -> int:
    """Apply the changes of `preview` that apply, in one transaction, and record the merge
    (each task's done_on, helper_note and changed_at before and after); return the merge's
    id, or 0 when nothing applied (and nothing is recorded). Each task is judged again as
    it is now, so a preview made before another change never writes over it."""
    records = []
    with db.atomic():
        for planned in preview.applying:
            row = {
                "task_id": planned.task_id,
                "done_on": planned.done_after.isoformat() if planned.done_after else None,
                "note": planned.note_after,
                "changed_at": planned.changed_after,
            }
            change = _judge(checklist.get_item(db, planned.task_id), preview.helper_id, row)
            if not change.applies:
                continue
            after = _values(change.done_after, change.note_after, change.changed_after)
            db.table("checklist_items").update(change.task_id, after)
            records.append(
                {
                    "task_id": change.task_id,
                    "title": change.title,
                    "helper_id": preview.helper_id,
                    "before": _values(
                        change.done_before, change.note_before, change.changed_before
                    ),
                    "after": after,
                }
            )
        if not records:
            return 0
        merge = db.table("progress_merges").insert(
            {
                "merged_at": share_file.utc_text(now),
                "helper_name": preview.helper_name[: people.MAX_NAME],
                "changes": json.dumps(records, ensure_ascii=False),
                "undone": 0,
            }
        )
    return int(str(merge.last_pk))


def _current(item: checklist.ChecklistItem) -> dict[str, Any]:
    return _values(item.done_on, item.helper_note, item.changed_at)


def _records(row: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        records = json.loads(row["changes"])
    except ValueError:
        return []
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def undo_merge(db: Database, merge_id: int) -> UndoOutcome:
    """Put back the values from before a merge on the tasks not changed again since; say
    which could not be undone (by title). The merge is marked undone. InvalidInputError
    "missing" for a merge that does not exist or was undone already."""
    restored, kept = [], []
    with db.atomic():
        rows = list(db.table("progress_merges").rows_where("id = ? AND undone = 0", [merge_id]))
        if not rows:
            raise InvalidInputError("merge", "missing", "That merge was undone already.")
        for record in _records(rows[0]):
            item = checklist.get_item(db, int(record.get("task_id", 0)))
            title = str(record.get("title", ""))
            if item is None or _current(item) != record.get("after"):
                kept.append(title)
                continue
            before = record["before"]
            db.table("checklist_items").update(item.id, {
                key: before.get(key) for key in ("done_on", "helper_note", "changed_at")
            })  # fmt: skip
            restored.append(title)
        db.table("progress_merges").update(merge_id, {"undone": 1})
    return UndoOutcome(tuple(restored), tuple(kept))


def _change(record: dict[str, Any]) -> TaskChange | None:
    try:
        before, after = record["before"], record["after"]
        return TaskChange(
            int(record["task_id"]), str(record["title"]), int(record["helper_id"]),
            _day(before["done_on"]), _day(after["done_on"]), before["helper_note"],
            after["helper_note"], before["changed_at"], after["changed_at"], applies=True,
        )  # fmt: skip
    except (KeyError, TypeError, ValueError):
        return None  # a record an import brought that this version cannot read


def any_merge(db: Database) -> bool:
    """Whether any helper's progress has been merged here (Undo a merge has something to
    list)."""
    row = db.execute("SELECT EXISTS (SELECT 1 FROM progress_merges)").fetchone()
    return bool(row[0])


def list_merges(db: Database) -> list[Merge]:
    """Every merge of a helper's progress, newest first."""
    merges = []
    for row in db.table("progress_merges").rows_where(order_by="id DESC"):
        try:
            merged_at = share_file.read_moment(row["merged_at"])
        except ValueError:
            continue
        changes = tuple(c for r in _records(row) if (c := _change(r)) is not None)
        merges.append(Merge(row["id"], merged_at, row["helper_name"], changes, bool(row["undone"])))
    return merges
