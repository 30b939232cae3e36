"""The `prep-companion` command: starts the window, or runs a headless sub-command.

    prep-companion                  open the app
    prep-companion --data-dir DIR   open the app with its data in DIR
    prep-companion check            check the data and list backups (exit 0 if sound, 1 if not)
    prep-companion backup           make a backup now
    prep-companion journal-pdf --from DATE --to DATE --output FILE
                                    the care-team summary of the journal as a PDF
    prep-companion plan-pdf --output FILE
                                    the plan packet for the family as a PDF
    prep-companion export --output FILE
                                    all the data as one JSON file (docs/data-format.md)
    prep-companion import FILE [--dry-run] [--replace]
                                    check a JSON export and replace the data with it
    prep-companion restore BACKUP   put a backup (a path, or a name in the backups folder)
                                    in place of the data
    prep-companion share --output FILE
                                    the plan to give a helper (docs/data-format.md)
    prep-companion add-progress FILE [--dry-run]
                                    list a helper's changes, then merge them
    prep-companion --version

Errors are one plain line on stderr and a non-zero exit; nothing is changed. The one
exception is a refused import, which lists every problem in the file, one per line.
Every command that changes or replaces the data holds the data folder's lock for its
whole run (the window holds the same lock), and every command clears what interrupted
writes left behind when it holds it. Qt is only imported when the window is opened, so
the sub-commands stay quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from companion.core.share import TaskChange


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: get ready, at your own pace, with the people helping you.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="keep the data in PATH instead of the usual folder "
        "(also: environment variable PREP_COMPANION_DATA_DIR)",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start hidden in the tray, for the reminders (Start with my computer uses it)",
    )
    parser.add_argument(
        "--quit-after",
        metavar="MS",
        type=int,
        help=argparse.SUPPRESS,  # scripted checks and start-up measurements
    )
    parser.add_argument(
        "--export-passphrase-file",
        metavar="FILE",
        help="the passphrase of a protected export (export --protect, or import of a "
        "protected file), from the first line of FILE, which only you may read",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="for data protected with a passphrase: read the passphrase (or the recovery "
        "key) from the first line of FILE, which only you may read (chmod 600); without "
        "it, the passphrase is asked at the terminal, never shown",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("check", help="check the data for damage and list the backups")
    commands.add_parser("backup", help="make a backup of the data now")
    pdf = commands.add_parser(
        "journal-pdf", help="write the care-team summary of the journal as a PDF"
    )
    pdf.add_argument("--from", dest="first", required=True, metavar="DATE", help="YYYY-MM-DD")
    pdf.add_argument("--to", dest="last", required=True, metavar="DATE", help="YYYY-MM-DD")
    pdf.add_argument("--output", required=True, metavar="FILE", help="the PDF file to write")
    pdf.add_argument("--no-notes", action="store_true", help="leave the notes out")
    pdf.add_argument("--name", metavar="NAME", help="the name to print on the summary")
    packet = commands.add_parser("plan-pdf", help="write the plan packet for the family as a PDF")
    packet.add_argument("--output", required=True, metavar="FILE", help="the PDF file to write")
    export = commands.add_parser("export", help="write all the data as one JSON file")
    export.add_argument("--output", required=True, metavar="FILE", help="the JSON file to write")
    export.add_argument(
        "--protect",
        action="store_true",
        help="protect the file with a passphrase (asked at the terminal, or from "
        "--export-passphrase-file)",
    )
    load = commands.add_parser("import", help="replace the data with a JSON export")
    load.add_argument("file", metavar="FILE", help="a JSON file made by export")
    load.add_argument("--dry-run", action="store_true", help="only check the file; change nothing")
    load.add_argument("--replace", action="store_true", help="replace data that is already there")
    shared = commands.add_parser(
        "share", help="write the plan to share with a helper on their own computer"
    )
    shared.add_argument("--output", required=True, metavar="FILE", help="the file to write")
    progress = commands.add_parser(
        "add-progress", help="merge the progress a helper sent back into the checklist"
    )
    progress.add_argument("file", metavar="FILE", help="the helper's progress file")
    progress.add_argument(
        "--dry-run", action="store_true", help="only list what would change; change nothing"
    )
    restore = commands.add_parser("restore", help="put a backup in place of the data")
    restore.add_argument(
        "backup", metavar="BACKUP", help="a backup file, or its name in the backups folder"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(argv)
    if args.command == "check":
        return _check(args)
    if args.command == "backup":
        return _backup(args)
    if args.command == "journal-pdf":
        return _journal_pdf(args)
    if args.command == "plan-pdf":
        return _plan_pdf(args)
    if args.command == "export":
        return _export(args)
    if args.command == "import":
        return _import(args)
    if args.command == "restore":
        return _restore(args)
    if args.command == "share":
        return _share(args)
    if args.command == "add-progress":
        return _add_progress(args)
    from companion.ui.app import run_app

    return run_app(
        data_dir=args.data_dir, quit_after_ms=args.quit_after, qt_args=qt_args, in_tray=args.tray
    )


def _data_key(args: argparse.Namespace) -> bytes | None:
    """The data key, for protected data: from the passphrase (or the recovery key) read
    from --passphrase-file, or typed at the terminal without being shown; None when the
    data is not protected. Never from the command line or the environment.

    StorageError when the passphrase cannot be had or does not fit; nothing is changed.
    """
    from companion.core import paths
    from companion.core.storage import keys, protection

    directory = paths.resolve_data_dir(args.data_dir)
    document = protection.key_document(directory)
    if document is None:
        return None
    secret = _passphrase(args.passphrase_file, directory)
    try:
        return keys.unlock(document, secret)
    except keys.WrongSecretError:
        raise storage_error(
            "That passphrase (or recovery key) does not open the data. Nothing was changed.",
            "wrong-passphrase",
        ) from None


def storage_error(message: str, detail: str) -> Exception:
    from companion.core.storage import StorageError

    return StorageError(message, "open", detail)


PASSPHRASE_FILE_LIMIT = 8192


def _passphrase(file: str | None, directory: Path) -> str:
    """The passphrase from `file` (its first line; the file must be a plain file only its
    owner may read) or, without one, typed at the terminal."""
    import stat

    if file:
        path = Path(file).expanduser()
        try:
            info = path.stat()
        except OSError as error:
            raise storage_error(
                f"The passphrase file {path} cannot be read ({error.strerror}). "
                "Nothing was changed.",
                "passphrase-file",
            ) from None
        if not stat.S_ISREG(info.st_mode):
            raise storage_error(
                f"The passphrase file {path} is not a plain file. Nothing was changed.",
                "passphrase-file",
            )
        if info.st_mode & 0o077:
            raise storage_error(
                f"The passphrase file {path} can be read by others. Make it yours alone "
                f"first (chmod 600 {path}). Nothing was changed.",
                "passphrase-file",
            )
        try:
            with path.open("rb") as handle:
                data = handle.read(PASSPHRASE_FILE_LIMIT)
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise storage_error(
                f"The passphrase file {path} cannot be read ({error}). Nothing was changed.",
                "passphrase-file",
            ) from None
        return text.splitlines()[0] if text.splitlines() else ""
    if not sys.stdin.isatty():
        raise storage_error(
            "Your data is protected with a passphrase. Run this at a terminal to type it, "
            "or give it in a private file with --passphrase-file FILE. Nothing was changed.",
            "locked",
        )
    import getpass

    return getpass.getpass(f"Passphrase (or recovery key) for {directory}: ")


def _file_passphrase(args: argparse.Namespace, prompt: str, twice: bool = False) -> str:
    """The passphrase of a protected export: the first line of --export-passphrase-file
    (a file only its owner may read), or typed at the terminal unseen (twice when a new
    file is being protected). StorageError when it cannot be had."""
    if args.export_passphrase_file:
        return _passphrase(args.export_passphrase_file, Path("."))
    if not sys.stdin.isatty():
        raise storage_error(
            "The file's passphrase is needed. Run this at a terminal to type it, or give it "
            "in a private file with --export-passphrase-file FILE. Nothing was changed.",
            "file-passphrase",
        )
    import getpass

    typed = getpass.getpass(prompt)
    if twice and getpass.getpass("The same passphrase again: ") != typed:
        raise storage_error(
            "The two passphrases are not the same. Nothing was written.", "file-passphrase"
        )
    return typed


def _check(args: argparse.Namespace) -> int:
    import os

    from companion.core import paths, storage

    directory = paths.resolve_data_dir(args.data_dir)
    try:
        problems = storage.check(directory, key=_data_key(args))
    except storage.StorageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    database = paths.database_path(directory)
    if not os.path.lexists(database):
        print(f"No data yet in {directory}.")
    elif problems:
        print(f"Problem found in {database}: {problems[0]}")
        print("Start the app to restore your data from the newest good backup.")
    else:
        protected = (
            " (protected with a passphrase)" if (directory / paths.KEY_FILE_NAME).exists() else ""
        )
        print(f"Your data is sound{protected}: {database}")
    backups = storage.list_backups(paths.backups_dir(directory))
    print(f"Backups ({len(backups)}):")
    for backup in backups:
        print(f"  {backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.path}")
    return 1 if problems else 0


def _backup(args: argparse.Namespace) -> int:
    from companion.core import storage

    try:
        made = storage.backup_existing(args.data_dir, key=_data_key(args))
    except storage.StorageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    print(f"Backup made: {made}")
    return 0


def _headless_pdf(
    args: argparse.Namespace, write: Callable[[Any, Path], str], gui: bool = True
) -> int:
    """Open the data read-only, start Qt without a screen, and let `write` make the PDF.

    `write(db, output)` returns the line to print when it is done. With `gui` False only
    QtCore starts (for the translations): no display, no fonts, no GUI application.
    """
    import os

    from companion.core import storage

    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        print(f"{APP_ID}: the folder {output.parent} does not exist.", file=sys.stderr)
        return 1
    try:
        db = storage.open_readonly(args.data_dir, kind=args.command, key=_data_key(args))
    except storage.StorageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    if gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([APP_ID])
    else:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([APP_ID])
    from PySide6.QtCore import QLocale

    from companion.core import settings
    from companion.core.validate import InvalidInputError
    from companion.ui import i18n

    i18n.use_language(i18n.resolve(settings.get_setting(db, "language")))  # as in the window
    settings.use_system_locale(QLocale.system().name())  # a region never chosen, as in the window
    try:
        done = write(db, output)
    except (OSError, storage.StorageError) as error:
        print(f"{APP_ID}: {storage.errors.explain(error, 'save')}", file=sys.stderr)
        return 1
    except InvalidInputError as error:  # the PDF engine could not make the document
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    finally:
        db.close()
        settings.use_system_locale("")
    del app
    print(done)
    return 0


def _journal_pdf(args: argparse.Namespace) -> int:
    from datetime import date

    try:
        first, last = date.fromisoformat(args.first), date.fromisoformat(args.last)
    except ValueError:
        print(f"{APP_ID}: dates must be real days written YYYY-MM-DD.", file=sys.stderr)
        return 2
    if first > last:
        print(f"{APP_ID}: --from must not be after --to.", file=sys.stderr)
        return 2

    def write(db: Any, output: Path) -> str:
        from companion.core.clock import SystemClock
        from companion.ui.report import write_summary_pdf

        today = SystemClock().now().date()
        days = write_summary_pdf(
            db, first, last, output, not args.no_notes, today=today, name=args.name or ""
        )
        return f"Summary of {days} day{'s' if days != 1 else ''} written to {output}"

    return _headless_pdf(args, write, gui=False)


def _plan_pdf(args: argparse.Namespace) -> int:
    def write(db: Any, output: Path) -> str:
        from companion.core.clock import SystemClock
        from companion.ui.plan_packet import write_packet_pdf

        now = SystemClock().now().replace(tzinfo=None)
        pages = write_packet_pdf(db, output, now)
        return f"Plan packet ({pages} page{'s' if pages != 1 else ''}) written to {output}"

    return _headless_pdf(args, write)


# --- data safety: export, import, restore ---------------------------------------------------

MAX_PROBLEMS_SHOWN = 100


def _fail(message: object) -> int:
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return 1


def _export(args: argparse.Namespace) -> int:
    from companion.core import operations, paths, storage
    from companion.core.clock import SystemClock
    from companion.core.storage import db as sql

    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        return _fail(f"the folder {output.parent} does not exist.")
    from companion.core.storage import keys
    from companion.core.validate import InvalidInputError

    try:
        key = _data_key(args)
        protect = None
        if args.protect:
            protect = keys.check_passphrase(
                _file_passphrase(args, "Passphrase for the file: ", twice=True)
            )
        db = storage.open_readonly(args.data_dir, kind="export", key=key)
    except storage.StorageError as error:
        return _fail(error)
    except InvalidInputError as refused:
        return _fail(f"{refused} Nothing was written.")
    # about what the file needs, should the disk be full: the data's own size
    needed = storage.space_needed(paths.database_path(paths.resolve_data_dir(args.data_dir)))
    try:
        rows = operations.export_everything(db, output, SystemClock().now(), protect)
    except (*sql.FAILURES, ValueError, TypeError, storage.StorageError) as error:  # type: ignore[misc]
        problem = storage.errors.explain(error, "export", output.parent, needed)
        if isinstance(problem, storage.DiskFullError) and problem.needed is None:
            problem = storage.errors.disk_full("export", needed)
        return _fail(problem)
    finally:
        db.close()
    protected = " (protected with a passphrase)" if protect is not None else ""
    print(f"Exported {rows} rows to {output}{protected}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from companion.core import export, operations, paths, sealed, storage
    from companion.core.storage import db as sql
    from companion.core.storage import keys
    from companion.core.validate import InvalidInputError

    source = Path(args.file).expanduser()
    try:
        try:
            document, problems = operations.check_import(source)
        except sealed.PassphraseNeeded:
            secret = _file_passphrase(args, f"Passphrase of the protected file {source}: ")
            document, problems = operations.check_import(source, secret)
    except keys.WrongSecretError:
        return _fail(f"That passphrase does not open {source}. Nothing was imported.")
    except storage.StorageError as error:
        return _fail(error)
    if problems:
        for problem in problems[:MAX_PROBLEMS_SHOWN]:
            print(problem, file=sys.stderr)
        if len(problems) > MAX_PROBLEMS_SHOWN:
            print(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more.", file=sys.stderr)
        found = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        return _fail(f"{found} in {source}. Nothing was imported.")
    rows = export.row_count(document)
    if args.dry_run:
        tables = sum(1 for table in document["tables"].values() if table)
        print(f"{source} is valid: {rows} rows in {tables} tables. Nothing was changed.")
        return 0
    directory = paths.resolve_data_dir(args.data_dir)
    try:
        # the lock is held until it is closed
        store = storage.open(directory, kind="import", key=_data_key(args))
    except storage.StorageError as error:
        return _fail(error)
    try:
        done = operations.import_file(store, document, replace=args.replace)
    except InvalidInputError as refused:  # the data is not empty and --replace was not given
        return _fail(refused)
    except storage.StorageError as error:
        return _fail(error)
    except sql.FAILURES as error:
        return _fail(
            storage.errors.explain(error, "import", directory, storage.space_needed(store.path))
        )
    except export.ImportRefused as refused:  # the file was checked above; kept for safety
        return _fail(f"{refused} Nothing was imported.")
    finally:
        _close(store)
    print(f"Imported {done.rows} rows.")
    print(f"Your data from before the import is kept in {done.backup_path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from companion.core import operations, paths, storage

    directory = paths.resolve_data_dir(args.data_dir)
    backup = operations.find_backup(args.backup, paths.backups_dir(directory))
    if backup is None:
        return _fail(
            f"There is no backup {args.backup!r} (a file, or a name in "
            f"{paths.backups_dir(directory)}). Nothing was changed."
        )
    try:
        # the lock is held until it is closed
        store = storage.open(directory, kind="restore", key=_data_key(args))
    except storage.StorageError as error:
        return _fail(error)
    try:
        store = operations.restore(store, backup)
    except storage.StorageError as error:
        _close(store)
        return _fail(error)
    kept = store.before_restore
    _close(store)
    print(f"Restored your data from {backup}.")
    print(f"Your data from before the restore is kept in {kept}")
    return 0


# --- sharing with a helper (docs/data-format.md, "Sharing with a helper") -------------------


def _share(args: argparse.Namespace) -> int:
    from companion.core import operations, paths, storage
    from companion.core.clock import SystemClock
    from companion.core.storage import db as sql

    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        return _fail(f"the folder {output.parent} does not exist.")
    directory = paths.resolve_data_dir(args.data_dir)
    try:
        # the plan gets its identity once
        store = storage.open(directory, kind="export", key=_data_key(args))
    except storage.StorageError as error:
        return _fail(error)
    try:
        tasks = operations.write_share(store.db, output, SystemClock().now())
    except (*sql.FAILURES, storage.StorageError) as error:  # type: ignore[misc]
        return _fail(storage.errors.explain(error, "export", output.parent))
    finally:
        _close(store)
    print(f"The plan, with {tasks} task{'s' if tasks != 1 else ''}, was written to {output}")
    print("Give this file to your helper to open in Prep Companion on their computer.")
    return 0


def _add_progress(args: argparse.Namespace) -> int:
    from companion.core import operations, paths, progress, storage
    from companion.core.clock import SystemClock
    from companion.core.storage import db as sql
    from companion.core.validate import InvalidInputError

    source = Path(args.file).expanduser()
    directory = paths.resolve_data_dir(args.data_dir)
    try:
        store = storage.open(directory, kind="import", key=_data_key(args))
    except storage.StorageError as error:
        return _fail(error)
    try:
        preview = operations.preview_progress_file(store.db, source)
        for change in preview.changes:
            print(_change_line(change))
        applying = len(preview.applying)
        if args.dry_run or not applying:
            word = "would be merged" if args.dry_run else "can be merged"
            print(f"{applying} change{'s' if applying != 1 else ''} {word}. Nothing was changed.")
            return 0
        progress.apply_merge(store.db, preview, SystemClock().now())
    except InvalidInputError as refused:
        return _fail(refused)
    except (*sql.FAILURES, storage.StorageError) as error:  # type: ignore[misc]
        return _fail(storage.errors.explain(error, "import", directory))
    finally:
        _close(store)
    print(f"Merged {applying} change{'s' if applying != 1 else ''} from {preview.helper_name}.")
    print("To undo it, open the app: Prepare, People helping, Undo a merge.")
    return 0


def _change_line(change: TaskChange) -> str:
    """One change of a helper's progress, in a line: what it does, or why it is skipped."""
    parts = []
    if change.done_after != change.done_before:
        parts.append(f"done on {change.done_after}" if change.done_after else "not done")
    if change.note_after != change.note_before:
        parts.append(f"note: {change.note_after!r}" if change.note_after else "note removed")
    what = ", ".join(parts) or "no change"
    if change.applies:
        return f"  {change.title}: {what}"
    why = SKIPPED.get(change.reason, "skipped")
    return f"  {change.title}: {why}"


SKIPPED = {
    "older": "skipped: changed here since the helper changed it (the later change wins)",
    "not-theirs": "skipped: not one of that helper's tasks",
    "unknown-task": "skipped: the task is no longer in the checklist",
    "unchanged": "skipped: already as the helper left it",
}


def _close(store: Any) -> None:
    """Close the data (backing up what changed); a failure to do so is said, not raised."""
    from companion.core import storage
    from companion.core.storage import db as sql

    try:
        store.close()
    except storage.StorageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
    except sql.ProgrammingError:
        pass  # already closed: a failed restore could not open the data again
