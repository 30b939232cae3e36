"""The data folder's lock: one holder at a time changes the data, for its whole run.

The window holds it from before it opens the database until it has closed it; so does
every command that changes or replaces the data (restore, import, a backup's clean-up)
and every `open()`. A read-only command holds it when it is free, so nothing replaces
the file under it. The lock is an flock() on `companion.lock` (0600): the system drops
it when its holder ends, even by a crash or a kill, so a lock is never left stale (and
the last holder removes the file). The file says who holds it ("PID\\nkind"), so a window
that finds a command at work waits for it, and a command that finds the window says so.

Within one process, holds of the same folder share the one flock (counted); only two
windows exclude each other there, as they would in two processes.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

from companion import APP_NAME
from companion.core import paths
from companion.core.storage.errors import ACTIONS, DataInUseError, StorageError, explain

try:
    import fcntl
except ImportError:  # pragma: no cover - not a POSIX system
    fcntl = None  # type: ignore[assignment]

WINDOW = "window"
KINDS = frozenset(
    {WINDOW, "open", "restore", "import", "backup", "check", "export", "journal-pdf", "plan-pdf"}
)
"""Who may hold the lock; a note naming anything else (an older version's) counts as the window."""
COMMAND_WAIT_SECONDS = 15.0
"""How long the window, or a command, waits for a command that holds the data to finish."""
_POLL_SECONDS = 0.05


class _Held:
    """This process's flock on one folder: how many holds share it, and of which kinds."""

    __slots__ = ("count", "fd", "kinds")

    def __init__(self, fd: int, count: int, kinds: list[str]) -> None:
        self.fd = fd
        self.count = count
        self.kinds = kinds


_HELD: dict[str, _Held] = {}


class DataLock:
    """One hold of a data folder's lock; `release()` gives it back (once)."""

    def __init__(self, key: str, kind: str) -> None:
        self._key = key
        self.kind = kind
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        entry = _HELD.get(self._key)
        if entry is None:
            return
        entry.count -= 1
        if self.kind in entry.kinds:
            entry.kinds.remove(self.kind)
        if entry.count <= 0:
            del _HELD[self._key]
            _remove_own(Path(self._key), entry.fd)  # while still locked: see hold()
            os.close(entry.fd)  # closing the file drops the flock
        elif self.kind == WINDOW:
            _describe_holder(entry.fd, entry.kinds[-1] if entry.kinds else "command")

    def __enter__(self) -> DataLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def hold(data_dir: Path, kind: str, wait: float = 0.0) -> DataLock:
    """Take the data folder's lock for `kind` ("window", or a command's name).

    If a command holds it, wait up to `wait` seconds for it to finish; if the window
    holds it, give up at once. Raises DataInUseError when it stays held (its `holder`
    says by whom), or a StorageError (DiskFullError, NoPermissionError…) when the lock
    file cannot be made: a full disk is never taken for another copy running.
    """
    path = paths.lock_path(data_dir)
    key = str(path.absolute())
    entry = _HELD.get(key)
    if entry is not None:
        if kind == WINDOW and WINDOW in entry.kinds:
            raise _in_use(WINDOW, kind)
        entry.count += 1
        entry.kinds.append(kind)
        if kind == WINDOW:
            _describe_holder(entry.fd, kind)
        return DataLock(key, kind)
    started = time.monotonic()
    deadline = started + max(0.0, wait)
    while True:
        fd = _open_lock_file(path, kind)
        if _try_flock(fd):
            if not _still_named(path, fd):  # its holder removed it as we opened it: again
                os.close(fd)
                continue
            _HELD[key] = _Held(fd, 1, [kind])
            _describe_holder(fd, kind)
            return DataLock(key, kind)
        holder = _read_holder(fd)
        os.close(fd)
        if holder == _NO_NOTE_YET and time.monotonic() - started < _NOTE_SECONDS:
            time.sleep(_POLL_SECONDS / 5)  # its holder has just taken it: look again
            continue
        if holder == WINDOW or time.monotonic() >= deadline:
            raise _in_use(WINDOW if holder == _NO_NOTE_YET else holder, kind)
        time.sleep(_POLL_SECONDS)


def try_hold(data_dir: Path, kind: str, wait: float = 0.0) -> DataLock | None:
    """Like `hold`, but None when another holds the lock or it cannot be taken at all
    (for readers, which may read alongside the window)."""
    if not data_dir.is_dir():
        return None
    try:
        return hold(data_dir, kind, wait)
    except StorageError:
        return None


def held_here(data_dir: Path) -> bool:
    """Whether this process holds the data folder's lock."""
    return str(paths.lock_path(data_dir).absolute()) in _HELD


def holder_of(data_dir: Path) -> str | None:
    """Who holds the lock now ("window" or a command's name), or None if it is free."""
    try:
        fd = os.open(paths.lock_path(data_dir), os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if str(paths.lock_path(data_dir).absolute()) in _HELD or not _try_flock(fd, shared=True):
            return _read_holder(fd)
        return None
    finally:
        os.close(fd)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | _NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def _open_lock_file(path: Path, kind: str) -> int:
    """Open (creating 0600) the lock file, never through a link and never as anything but
    a plain file: whatever else stands there is removed (it holds no data)."""
    action = _action(kind)
    for _attempt in range(3):
        try:
            if not stat.S_ISREG(path.lstat().st_mode):
                _remove_odd(path)
        except FileNotFoundError:
            pass
        except OSError as error:
            raise explain(error, action, path.parent) from error
        try:
            fd = os.open(path, _OPEN_FLAGS, paths.PRIVATE_FILE_MODE)
        except OSError as error:
            if error.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
                _remove_odd(path)
                continue
            raise explain(error, action, path.parent) from error
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            _remove_odd(path)
            continue
        if stat.S_IMODE(info.st_mode) != paths.PRIVATE_FILE_MODE:
            try:
                os.fchmod(fd, paths.PRIVATE_FILE_MODE)
            except OSError as error:
                os.close(fd)
                raise explain(error, action, path.parent) from error
        return fd
    raise StorageError(
        f"Could not {action} your data: {path} is not a plain file and could not be "
        "moved. Nothing was changed.",
        action,
        str(path),
    )


def _action(kind: str) -> str:
    if kind in ("journal-pdf", "plan-pdf"):
        return "export"
    return kind if kind in ACTIONS else "open"


def _remove_odd(path: Path) -> None:
    """Take away a link, pipe, device or folder standing where the lock file goes: the
    entry itself, never what a link points to. A folder is moved aside, not deleted."""
    try:
        if path.is_dir() and not path.is_symlink():
            import secrets  # only for this rare case, not with every lock

            os.replace(path, path.with_name(f"{path.name}.moved-{secrets.token_hex(4)}"))
        else:
            path.unlink()
    except FileNotFoundError:
        pass


def _still_named(path: Path, fd: int) -> bool:
    """Whether `path` still names the file open as `fd` (the last holder removes the lock
    file while it still holds it, so a lock taken on a removed file is not a lock)."""
    try:
        return os.path.samestat(os.fstat(fd), path.lstat())
    except OSError:
        return False


def _remove_own(path: Path, fd: int) -> None:
    """The last holder leaves no lock file behind; best effort."""
    try:
        if _still_named(path, fd):
            path.unlink()
    except OSError:
        pass


def _try_flock(fd: int, shared: bool = False) -> bool:
    if fcntl is None:  # pragma: no cover - not a POSIX system
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _describe_holder(fd: int, kind: str) -> None:
    """Write "PID\\nkind" into the lock file; best effort (a full disk only loses the note)."""
    note = f"{os.getpid()}\n{kind}\n".encode()
    try:
        os.pwrite(fd, note, 0)
        os.ftruncate(fd, len(note))
    except OSError:
        pass


_NO_NOTE_YET = ""
_NOTE_SECONDS = 1.0  # how long a holder may take to write its note


def _read_holder(fd: int) -> str:
    """Who the lock file says holds it; an unknown or older note counts as the window, and
    no note at all (its holder is writing it) is _NO_NOTE_YET."""
    try:
        note = os.pread(fd, 256, 0)
    except OSError:
        return WINDOW
    if not note.strip():
        return _NO_NOTE_YET
    lines = note.decode("utf-8", "replace").split("\n")
    kind = lines[1].strip() if len(lines) > 1 else ""
    return kind if kind in KINDS else WINDOW


def _in_use(holder: str, kind: str) -> DataInUseError:
    action = _action(kind)
    if holder == WINDOW:
        message = (
            f"{APP_NAME} is open with this data. Close it first, then try again. "
            "Nothing was changed."
        )
    else:
        message = (
            f"Another {APP_NAME} command ({holder}) is working on this data right now. "
            "Try again when it has finished. Nothing was changed."
        )
    return DataInUseError(message, action, holder)
