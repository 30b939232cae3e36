"""The person's side of a helper's progress: what a progress file would change (a preview,
task by task), merging it in one go, listing merges and undoing one.

A later change wins: a helper's change to a task is skipped when the task was changed
here after it. A merge only ticks, unticks and annotates the helper's own tasks; nothing
is ever deleted by a merge. Every merge is kept (progress_merges) with each task's values
before and after, so it can be undone while the tasks have not been changed again since.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from companion.core.share import Merge, MergePreview, UndoOutcome


def plan_merge(db: Database, document: dict[str, Any]) -> MergePreview:
    """What merging a progress file's document would do, changing nothing.

    Checked whole first (share.ShareFileRefused with every problem); a file from another
    plan (its plan_id is not this plan's `plan_id` setting, or this plan was never shared)
    is refused (share.OtherPlanError "other-plan" / "never-shared"). Each change says
    whether it applies or why it is skipped."""
    raise NotImplementedError


def apply_merge(
    db: Database, preview: MergePreview, now: datetime
) -> int:
    """Apply the changes of `preview` that apply, in one transaction, and record the merge
    (each task's done_on, helper_note and changed_at before and after); return the merge's
    id. Each task is checked again as it is now, so a preview made before another change
    never writes over it."""
    raise NotImplementedError


def undo_merge(db: Database, merge_id: int) -> UndoOutcome:
    """Put back the values from before a merge on the tasks not changed again since; say
    which could not be undone. The merge is marked undone."""
    raise NotImplementedError


def list_merges(db: Database) -> list[Merge]:
    """Every merge of a helper's progress, newest first."""
    raise NotImplementedError
