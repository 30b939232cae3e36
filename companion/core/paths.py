"""Where the app keeps things: the private data folder, its backups, and the shipped resources.

The data folder comes from platformdirs and can be moved with `--data-dir PATH`
or the environment variable PREP_COMPANION_DATA_DIR (the flag wins).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from companion import APP_ID

DATA_DIR_ENV = "PREP_COMPANION_DATA_DIR"
DATABASE_NAME = "companion.sqlite3"
BACKUPS_NAME = "backups"
DAMAGED_NAME = "damaged"
LOCK_NAME = "companion.lock"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's user data folder for the app (e.g. ~/.local/share/prep-companion)."""
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


def ensure_private_file(path: Path) -> Path:
    """Create `path` empty with owner-only permissions if missing; tighten it if it exists
    (also a file left read-only, so the app can use it again)."""
    if path.exists() and stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)  # first, so a file left read-only opens again
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)
    return path


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
