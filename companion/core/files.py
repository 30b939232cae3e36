"""The one private, atomic file writer: every file the app writes goes through here.

A file is written to a temporary name beside its destination, created owner-only
(0600) from its first byte with O_EXCL and O_NOFOLLOW, flushed to the disk, and
only then renamed over the destination; the folder is synced so the rename holds.
A crash, a kill or a full disk therefore leaves the old file whole (or no file),
never half a file, and never a readable one. A symlink at the destination is
replaced as itself by the rename: nothing is ever written through it.

Failures are raised as the storage layer's named errors (DiskFullError,
NoPermissionError, or StorageError), each saying that nothing was changed.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.core.storage.errors import StorageError

try:
    import fcntl
except ImportError:  # pragma: no cover - not a POSIX system
    fcntl = None  # type: ignore[assignment]

PRIVATE_FILE_MODE = 0o600
PARTIAL_SUFFIX = ".partial"

# OSErrors raised while the caller writes that are about the file being written.
_WRITE_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EACCES, errno.EPERM, errno.EROFS, errno.EIO}
)


def write_private(path: Path, data: bytes, action: str = "save") -> None:
    """Replace `path` with `data`, atomically and owner-only from the first byte.

    `action` names what is being done for the error message (see storage.errors.ACTIONS).
    """
    from companion.core.storage.errors import DiskFullError

    try:
        with private_writer(path, "wb", action=action) as handle:
            handle.write(data)
    except DiskFullError as full:
        if full.needed is None:
            raise _disk_full(action, len(data)) from full
        raise


@contextmanager
def private_writer(path: Path, mode: str = "wb", action: str = "save") -> Iterator[IO[Any]]:
    """Yield a file to write; on a clean exit it atomically replaces `path` (0600).

    `mode` is "wb" (bytes) or "w" (UTF-8 text). If the block raises, the temporary
    file is removed and `path` is left exactly as it was.
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"private_writer writes new files only: mode 'wb' or 'w', not {mode!r}")
    path = Path(path)
    try:
        partial, fd = create_partial(path)
    except OSError as error:
        raise _named(error, action, path) from error
    raw = os.fdopen(fd, "wb", closefd=True)
    handle: IO[Any] = (
        io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        if mode == "w"
        else raw
    )
    try:
        try:
            yield handle
            handle.flush()
            os.fsync(fd)
        finally:
            handle.close()
        os.replace(partial, path)
    except BaseException as error:
        _remove(partial)
        if isinstance(error, OSError) and (
            error.errno in _WRITE_ERRNOS or error.filename in (str(partial), str(path))
        ):
            raise _named(error, action, path) from error
        raise
    sync_to_disk(path.parent)


def temporary_name(path: Path) -> Path:
    """A fresh hidden name beside `path` for its not-yet-complete copy."""
    import secrets  # when a file is written, not before the window's first paint

    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


def create_partial(path: Path) -> tuple[Path, int]:
    """Create the not-yet-complete copy of `path`: a new hidden file beside it, owner-only
    from its first byte, never through a link, and flock()ed while the returned descriptor
    is open, so `partial_in_use` tells a copy being written from one a crash left behind.
    """
    for _attempt in range(5):
        partial = temporary_name(path)
        fd = os.open(partial, _CREATE_FLAGS, PRIVATE_FILE_MODE)
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)  # exactly owner-only, whatever the umask
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.path.samestat(os.fstat(fd), partial.lstat()):
                return partial, fd
        except FileNotFoundError:
            pass  # cleared away as a leftover before it was locked: take another name
        except BaseException:
            os.close(fd)
            _remove(partial)
            raise
        os.close(fd)
    raise FileExistsError(f"could not make a temporary file beside {path}")


def partial_in_use(partial: Path) -> bool:
    """Whether a program is still writing this not-yet-complete copy (it holds its flock)."""
    if fcntl is None:  # pragma: no cover - not a POSIX system
        return True
    try:
        fd = os.open(partial, os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def sync_to_disk(path: Path) -> None:
    """Make a file's bytes, or a rename inside a folder, durable; best effort (some
    systems cannot sync a folder)."""
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | getattr(os, "O_BINARY", 0)
)


def _remove(partial: Path) -> None:
    with suppress(OSError):
        partial.unlink()


def _disk_full(action: str, needed: int) -> StorageError:
    from companion.core.storage.errors import disk_full

    return disk_full(action, needed)


def _named(error: OSError, action: str, path: Path) -> StorageError:
    from companion.core.storage.errors import explain  # late: storage writes through here too

    named = explain(error, action)
    if not named.detail:
        named.detail = str(path)
    return named
