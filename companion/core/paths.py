"""Where the app keeps things: the private data folder, its backups, and the shipped resources.

The data folder comes from platformdirs and can be moved with `--data-dir PATH`
or the environment variable PREP_COMPANION_DATA_DIR (the flag wins).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from companion import APP_ID

DATA_DIR_ENV = "PREP_COMPANION_DATA_DIR"
DATABASE_NAME = "companion.sqlite3"
BACKUPS_NAME = "backups"
DAMAGED_NAME = "damaged"
LOCK_NAME = "companion.lock"
KEY_FILE_NAME = "keys.json"
"""Present exactly when the data is protected with a passphrase (core/storage/keys.py)."""
PENDING_KEY_FILE_NAME = "keys.pending.json"
"""The key file while protection is being turned on (core/storage/protection.py)."""

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's user data folder for the app (e.g. ~/.local/share/prep-companion)."""
    import platformdirs  # here, not at the top: a folder given by flag or variable needs none

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def resolve_data_dir(
    override: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """The data folder to use: the explicit override, else the environment, else the default."""
    env = os.environ if environ is None else environ
    if override:
        return Path(override).expanduser().absolute()
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser().absolute()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make sure only the owner can enter it."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)
    return path


def ensure_private_subdir(path: Path) -> Path:
    """Like ensure_private_dir for a folder inside the data folder, which is never followed
    through a link: a link (or anything but a folder) standing there is moved aside, as
    itself, to `NAME.moved-…`, and a real private folder made in its place."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISDIR(info.st_mode):
        import secrets  # only for this rare case, not with every start

        os.replace(path, path.with_name(f"{path.name}.moved-{secrets.token_hex(4)}"))
    return ensure_private_dir(path)


class NotRegularFile(OSError):
    """Something other than a plain file stands where a file of the app's should be."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"not a plain file but {kind}", str(path))
        self.kind = kind


def file_kind(path: Path) -> str | None:
    """None if `path` is a plain file or missing; otherwise what it is, in words
    ("a link", "a folder", "a named pipe", "a device", "a socket"). Never follows a link."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def ensure_private_file(path: Path) -> Path:
    """Create `path` empty with owner-only permissions if missing; tighten it if it exists
    (also a file left read-only, so the app can use it again).

    Never follows a link, and never opens (so never blocks on) a pipe or a device:
    anything but a plain file there raises NotRegularFile and is left untouched.
    """
    kind = file_kind(path)
    if kind is not None:
        raise NotRegularFile(path, kind)
    if path.exists() and stat.S_IMODE(path.lstat().st_mode) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)  # first, so a file left read-only opens again
    flags = os.O_CREAT | os.O_WRONLY | os.O_NONBLOCK | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # swapped in since the look above
            raise NotRegularFile(path, "not a plain file")
        if stat.S_IMODE(info.st_mode) != PRIVATE_FILE_MODE:
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)
    return path


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_NAME


def damaged_dir(data_dir: Path) -> Path:
    return data_dir / DAMAGED_NAME


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def resources_dir() -> Path:
    """The shipped resources: inside the installed package, or the source tree's `resources/`."""
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"
