"""The `prep-companion` command: starts the window, or runs a headless sub-command.

    prep-companion                  open the app
    prep-companion --data-dir DIR   open the app with its data in DIR
    prep-companion check            check the data and list backups (exit 0 if sound, 1 if not)
    prep-companion backup           make a backup now
    prep-companion journal-pdf --from DATE --to DATE --output FILE
                                    the care-team summary of the journal as a PDF
    prep-companion plan-pdf --output FILE
                                    the plan packet for the family as a PDF
    prep-companion --version

Errors are one plain line on stderr and a non-zero exit; nothing is changed.
Qt is only imported when the window is opened, so the sub-commands stay quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from companion import APP_ID, APP_NAME, __version__


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
        "--quit-after",
        metavar="MS",
        type=int,
        help=argparse.SUPPRESS,  # scripted checks and start-up measurements
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
    packet = commands.add_parser("plan-pdf", help="write the plan packet for the family as a PDF")
    packet.add_argument("--output", required=True, metavar="FILE", help="the PDF file to write")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(argv)
    if args.command == "check":
        return _check(args.data_dir)
    if args.command == "backup":
        return _backup(args.data_dir)
    if args.command == "journal-pdf":
        return _journal_pdf(args)
    if args.command == "plan-pdf":
        return _plan_pdf(args)
    from companion.ui.app import run_app

    return run_app(data_dir=args.data_dir, quit_after_ms=args.quit_after, qt_args=qt_args)


def _check(data_dir: str | None) -> int:
    from companion.core import paths, storage

    directory = paths.resolve_data_dir(data_dir)
    try:
        problems = storage.check(directory)
    except storage.StorageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    database = paths.database_path(directory)
    if not database.exists():
        print(f"No data yet in {directory}.")
    elif problems:
        print(f"Problem found in {database}: {problems[0]}")
    else:
        print(f"Your data is sound: {database}")
    backups = storage.list_backups(paths.backups_dir(directory))
    print(f"Backups ({len(backups)}):")
    for backup in backups:
        print(f"  {backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.path}")
    return 1 if problems else 0


def _backup(data_dir: str | None) -> int:
    from companion.core import storage

    try:
        made = storage.backup_existing(data_dir)
    except storage.StorageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    print(f"Backup made: {made}")
    return 0


def _headless_pdf(args: argparse.Namespace, write: Callable[[Any, Path], str]) -> int:
    """Open the data read-only, start Qt without a screen, and let `write` make the PDF.

    `write(db, output)` returns the line to print when it is done.
    """
    import os

    from companion.core import storage

    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        print(f"{APP_ID}: the folder {output.parent} does not exist.", file=sys.stderr)
        return 1
    try:
        db = storage.open_readonly(args.data_dir)
    except storage.StorageError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([APP_ID])
    try:
        done = write(db, output)
    except OSError as error:
        print(f"{APP_ID}: {storage.errors.explain(error, 'save')}", file=sys.stderr)
        return 1
    finally:
        db.close()
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
        from companion.ui.report import write_summary_pdf

        days = write_summary_pdf(db, first, last, output, include_notes=not args.no_notes)
        return f"Summary of {days} day(s) written to {output}"

    return _headless_pdf(args, write)


def _plan_pdf(args: argparse.Namespace) -> int:
    def write(db: Any, output: Path) -> str:
        from datetime import datetime

        from companion.core import settings
        from companion.ui.plan_packet import write_packet_pdf

        title = "Notes" if settings.get_setting(db, "discreet_mode") else "Plan"
        pages = write_packet_pdf(db, output, datetime.now(), title)
        return f"Plan packet ({pages} page(s)) written to {output}"

    return _headless_pdf(args, write)
