""" "Start with my computer": the desktop's autostart entry, written and removed.

On Linux and other freedesktop systems this is an XDG autostart file,
$XDG_CONFIG_HOME/autostart/<desktop id>.desktop, that starts the app with `--tray`
(hidden in the tray until its icon is clicked). It is written owner-only through
core/files.py. Windows and macOS are not supported yet: `supported()` says so.

The file is the truth once written: a file removed or turned off (Hidden=true) by the
desktop's own startup settings turns the setting off (`reconcile`), and a file left by an
older install (another command) is written again with the current one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from companion import APP_ID, APP_NAME, DESKTOP_ID
from companion.core import files, paths

TRAY_FLAG = "--tray"
MARK = "X-Prep-Companion-Autostart=true"


def supported() -> bool:
    """Whether this system has an autostart entry the app can write (freedesktop only)."""
    return not sys.platform.startswith(("win", "darwin", "cygwin"))


def entry_path() -> Path:
    """The autostart file: in $XDG_CONFIG_HOME/autostart (~/.config/autostart)."""
    import platformdirs

    return Path(platformdirs.user_config_dir()) / "autostart" / f"{DESKTOP_ID}.desktop"


def command(data_dir: Path | None = None) -> list[str]:
    """The command that starts the app in the tray; with the data folder when it is not
    the usual one."""
    if getattr(sys, "frozen", False):  # a bundled app is its own executable
        start = [sys.executable]
    else:
        start = [sys.executable, "-m", "companion"]
    folder = [] if data_dir is None else ["--data-dir", str(data_dir)]
    return [*start, *folder, TRAY_FLAG]


def folder_argument(data_dir: Path) -> Path | None:
    """The data folder to name in the command: None when it is the usual one."""
    try:
        usual = paths.default_data_dir().resolve()
    except OSError:
        return data_dir
    return None if data_dir.resolve() == usual else data_dir


def _quoted(argument: str) -> str:
    """One argument of an Exec line, quoted by the Desktop Entry rules."""
    plain = argument.replace("%", "%%")
    if plain and not any(c in plain for c in " \t\n\"'\\><~|&;$*?#()`="):
        return plain
    inner = "".join("\\" + c if c in '"`$\\' else c for c in plain)
    return '"' + inner.replace("\\", "\\\\") + '"'  # the file's own escape of backslash


def entry_text(data_dir: Path | None = None) -> str:
    """The autostart file's text. Its words say nothing about detox."""
    exec_line = " ".join(_quoted(argument) for argument in command(data_dir))
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Comment=Starts {APP_NAME} in the tray for its reminders\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{MARK}\n"
    )


def _read(path: Path) -> str | None:
    """The file's text; None when there is no plain file (a link is not followed)."""
    if paths.file_kind(path) is not None:
        return None
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def is_enabled() -> bool:
    """Whether an autostart file of this app is there and not turned off by the desktop."""
    text = _read(entry_path())
    if text is None:
        return False
    lines = {line.strip().replace(" ", "") for line in text.splitlines()}
    return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines


def enable(data_dir: Path | None = None) -> Path:
    """Write the autostart file (again, if an older one is there); raises StorageError."""
    path = entry_path()
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        from companion.core.storage.errors import explain

        raise explain(error, "save") from error
    files.write_private(path, entry_text(data_dir).encode("utf-8"))
    return path


def disable() -> None:
    """Remove the autostart file if there is one (a link there is removed as itself)."""
    path = entry_path()
    if paths.file_kind(path) == "a folder":
        return  # not ours to remove
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        from companion.core.storage.errors import explain

        raise explain(error, "delete") from error


def reconcile(wanted: bool, data_dir: Path | None = None) -> bool:
    """Make the file agree with the setting at start, and say whether it is on: off when
    the setting is off (a file is removed), or when the desktop turned it off or removed
    it; on otherwise, with an outdated file written again."""
    if not supported():
        return False
    if not wanted:
        if _read(entry_path()) is not None:
            disable()
        return False
    if not is_enabled():
        return False
    if _read(entry_path()) != entry_text(data_dir):
        enable(data_dir)
    return True
