"""The jobs both the command line and the window do, each done once here: import with its
backup, restore, delete a day with a backup, and the "everything as a file" exports
(JSON, the journal as CSV, appointments as .ics).

The command line and the window only ask their questions and show the results; the
window wraps each call in its change signal (`AppContext.write`) and error boundary.
Every file goes through the one private writer (companion.core.files).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO, cast

from sqlite_utils import Database

from companion.core import appointments, export, files, journal, people, share, storage
from companion.core.export_checks import ImportRefused, Problem
from companion.core.validate import InvalidInputError


@dataclass(frozen=True)
class ImportDone:
    """What an import did: the rows it put in, and the backup of the data from before."""

    rows: int
    backup_path: Path


def check_import(path: Path, passphrase: str | None = None) -> tuple[dict[str, Any], list[Problem]]:
    """Read and check an export file without changing anything: the document and every
    problem found in it (an empty list when it can be imported).

    A protected export (core/sealed.py) is opened with `passphrase`: without one,
    sealed.PassphraseNeeded; with a wrong one, keys.WrongSecretError."""
    from companion.core import sealed

    try:
        document = export.read_document(Path(path))
        if sealed.is_sealed(document):
            if passphrase is None:
                raise sealed.PassphraseNeeded(str(path))
            try:
                document = export.parse_document(sealed.unseal(document, passphrase))
            except storage.keys.KeyFileError as error:
                return {}, [
                    Problem("file", f"is a protected export that cannot be read ({error.detail})")
                ]
        return document, export.validate_document(document)
    except ImportRefused as refused:
        return {}, list(refused.problems)


def import_file(store: storage.Storage, document: dict[str, Any], *, replace: bool) -> ImportDone:
    """Replace the data with a checked document, after a backup ("before-import").

    Refused (InvalidInputError, reason "not-empty"), with nothing changed and no backup
    made, when the data is not empty and `replace` is False. A document with problems is
    refused (ImportRefused) with the data as it was."""
    problems = export.validate_document(document)
    if problems:
        raise ImportRefused(problems)
    if not replace and not export.is_empty(store.db):
        raise InvalidInputError(
            "data",
            "not-empty",
            "Your data is not empty; use --replace to replace it with the file. "
            "Nothing was changed.",
        )
    kept = store.backup_now("before-import")
    rows = export.import_document(store.db, document)
    return ImportDone(rows, kept)


def find_backup(given: str, backups_dir: Path) -> Path | None:
    """A backup by path, or by its file name in the backups folder; None if neither."""
    path = Path(given).expanduser()
    if path.name == given and (backups_dir / given).is_file():
        return backups_dir / given
    return path if path.is_file() else None


def restore(store: storage.Storage, backup: Path) -> storage.Storage:
    """Put `backup` in place of the data (the data from before is backed up first; its path
    is in the result's `before_restore`) and return the data opened again."""
    return storage.restore_backup(store, backup)


def delete_day(store: storage.Storage, day: date) -> bool:
    """Back up the data ("before-delete"), then remove the day's check-in; no backup, no
    delete. False when there was no check-in that day."""
    store.backup_now("before-delete")
    return journal.delete_entry(store.db, day)


def export_everything(
    db: Database,
    path: Path,
    now: datetime,
    passphrase: str | None = None,
    cost: storage.keys.Cost | None = None,
) -> int:
    """Write all the data to `path` as one JSON file (docs/data-format.md); return the rows.
    With `passphrase`, the file is a protected export (core/sealed.py), readable only
    with it.

    Owner-only from its first byte, renamed over `path` only when complete, so a full disk
    or a crash never leaves half a file. A failure is a StorageError saying nothing was
    changed."""
    document = export.export_document(db, now)
    data = (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    if passphrase is not None:
        from companion.core import sealed

        data = sealed.seal(data, passphrase, cost or storage.keys.COST)
    files.write_private(Path(path), data, action="export")
    return export.row_count(document)


def export_journal_csv(db: Database, path: Path) -> int:
    """Write every check-in to `path` as CSV; return how many days were written."""
    with files.private_writer(Path(path), "w", action="export") as out:
        return journal.export_csv(db, cast("TextIO", out))


def export_appointments_ics(
    db: Database,
    path: Path,
    now: datetime,
    zone: tzinfo | None = None,
    with_words: str = "With: %1",
) -> tuple[int, int]:
    """Write the appointments to `path` as an iCalendar file, with who each one is with
    (`with_words`, %1 the name, in the person's language), their times in `zone` (default:
    the computer's); return (appointments written, stored appointments left out because
    their time cannot be worked with)."""
    # icalendar takes longer to load than a page takes to open: loaded for this alone.
    from companion.core.clock import local_zone
    from companion.core.ics import appointments_ics

    listed = appointments.list_appointments(db)
    data = appointments_ics(listed, people.names(db), now, zone or local_zone(), with_words)
    files.write_private(Path(path), data, action="export")
    return len(listed), appointments.unusable_count(db)


# --- sharing with a helper (docs/data-format.md, "Sharing with a helper") -------------------


def write_share(db: Database, path: Path, now: datetime) -> int:
    """Write the plan to share with a helper to `path` (made private, atomically); return
    how many tasks it holds. The plan gets its identity (the `plan_id` setting) the first
    time it is shared."""
    from companion.core import share_file

    document = share_file.share_document(db, now)
    files.write_private(Path(path), share_file.encode(document), action="export")
    return len(document["tasks"])


def write_progress(db: Database, path: Path, now: datetime) -> int:
    """Write the helper's changes to their tasks to `path`; return how many changes. Refused
    (share.NotMyTaskError) when no plan is opened or no helper chosen."""
    from companion.core import share_file

    document = share.progress_document(db, now)
    files.write_private(Path(path), share_file.encode(document), action="export")
    return len(document["changes"])


def open_share_file(
    db: Database, path: Path, now: datetime, *, replace: bool = False
) -> share.OpenOutcome:
    """Read a share file (refused whole, changing nothing, when it has any problem:
    share.ShareFileRefused) and open it as this helper's copy (share.open_share)."""
    from companion.core import share_file

    document = share_file.read_file(Path(path), share.SHARE_FORMAT)
    return share.open_share(db, document, now, replace=replace)


def preview_progress_file(db: Database, path: Path) -> share.MergePreview:
    """Read a helper's progress file and say what merging it would do, changing nothing
    (progress.plan_merge)."""
    from companion.core import progress, share_file

    document = share_file.read_file(Path(path), share.PROGRESS_FORMAT)
    return progress.plan_merge(db, document)
