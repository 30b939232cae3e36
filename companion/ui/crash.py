"""The last resort for an error nobody expected: typing is saved first, a private crash
log is written in the data folder, and a calm message is shown instead of a traceback.

Expected failures (refused input, a full disk, a locked file) never come here: each
dialog, autosave and page action explains them through `companion.ui.errors.explain`.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion import __version__
from companion.core import files, paths
from companion.core.clock import Clock
from companion.ui.errors import STORAGE_FAILURES
from companion.ui.widgets.dialogs import warn

CRASH_FOLDER = "crashes"
KEEP = 5  # the newest crash logs kept; older ones are removed

_handling = False


def install(window: Callable[[], QWidget | None], data_dir: Path, clock: Clock) -> None:
    """Make `handle` the last-resort handler; `window()` gives the current main window."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C and exits behave as usual
            sys.__excepthook__(kind, error, tb)
            return
        handle(error, window(), data_dir, clock)

    sys.excepthook = hook


def handle(error: BaseException, window: QWidget | None, data_dir: Path, clock: Clock) -> None:
    """Save what was typed, write the crash log, then say calmly what happened."""
    global _handling
    if _handling:  # a second error while the message is up: log it, say nothing more
        _write_quietly(error, data_dir, clock)
        return
    _handling = True
    try:
        kept = flush_pages(window)
        log = _write_quietly(error, data_dir, clock)
        warn(window, _title(), message(kept, log))  # calm: no red cross
    finally:
        _handling = False


def flush_pages(window: QWidget | None) -> bool:
    """Ask every page already built to save what is typed; True when all of it is saved."""
    built = getattr(window, "built", None)
    if built is None:
        return True
    kept = True
    for key in getattr(window, "keys", ()):
        page = built(key)
        flush = getattr(page, "flush", None)
        if flush is None:
            continue
        try:
            kept = bool(flush()) and kept
        except Exception:  # the handler itself must never fail; the text stays on screen
            kept = False
    return kept


def write_log(error: BaseException, data_dir: Path, clock: Clock) -> Path:
    """Write one private (0600) crash log and keep only the newest `KEEP`."""
    folder = paths.ensure_private_subdir(data_dir / CRASH_FOLDER)
    when = clock.now()
    path = folder / f"crash-{when:%Y%m%d-%H%M%S-%f}.txt"
    text = "".join(
        [
            f"Prep Companion {__version__}\n",
            f"Time: {when.isoformat()}\n",
            f"Python {platform.python_version()} on {platform.platform()}\n\n",
            *traceback.format_exception(type(error), error, error.__traceback__),
        ]
    )
    files.write_private(path, text.encode("utf-8", "backslashreplace"))
    for old in sorted(folder.glob("crash-*.txt"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return path


def _write_quietly(error: BaseException, data_dir: Path, clock: Clock) -> Path | None:
    try:
        return write_log(error, data_dir, clock)
    except STORAGE_FAILURES:  # a full disk must not turn one problem into two
        return None


def _title() -> str:
    return QCoreApplication.translate("Crash", "Something went wrong")


def message(kept: bool, log: Path | None) -> str:
    """The calm words shown after an unexpected error."""
    if kept:
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong. What you typed is kept. You can carry on; if it happens "
            "again, close Prep Companion and open it again.",
        )
    else:
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong. What you typed is still on the screen but may not be "
            "saved yet: please check it before you close Prep Companion.",
        )
    if log is None:
        return text
    return (
        text
        + "\n\n"
        + QCoreApplication.translate("Crash", "A note about the problem was saved in: %1").replace(
            "%1", str(log)
        )
    )
