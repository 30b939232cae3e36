"""Add Prep Companion to this user's desktop menu, or take it out again.

This installs, for the current user only and without root:

- the launcher entry ``org.prepcompanion.PrepCompanion.desktop`` into
  ``$XDG_DATA_HOME/applications/`` (by default ``~/.local/share/applications/``), with its
  ``Exec=`` line set to the absolute path of the ``prep-companion`` command next to the Python
  running this script, when there is one (else it is left as plain ``prep-companion``);
- the icons from ``resources/icons/hicolor/`` into ``$XDG_DATA_HOME/icons/hicolor/<size>/apps/``;
- the AppStream metainfo into ``$XDG_DATA_HOME/metainfo/``.

Then it refreshes the menu and icon caches with ``update-desktop-database`` and
``gtk-update-icon-cache`` when those commands exist. It prints one line per file written or
removed. ``--uninstall`` removes exactly those files (and refreshes the caches again).
``--prefix DIR`` uses DIR instead of ``$XDG_DATA_HOME`` (the tests use it).

Run it from the project folder, with the Python of the environment the app is installed in:

    .venv/bin/python packaging/install_desktop.py
    .venv/bin/python packaging/install_desktop.py --uninstall

The PNG icons come from ``scripts/make_icons.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.prepcompanion.PrepCompanion"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICON_NAME = "prep-companion"
COMMAND = "prep-companion"

# Characters that make the Desktop Entry specification require an Exec argument to be quoted.
RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class Item:
    """One file to install: where it comes from and where it goes."""

    source: Path
    target: Path


def data_home(prefix: str | None = None) -> Path:
    """The data folder to install under: `prefix`, else $XDG_DATA_HOME, else ~/.local/share."""
    if prefix:
        return Path(prefix).expanduser().absolute()
    env = os.environ.get("XDG_DATA_HOME", "")
    if env and os.path.isabs(env):  # the spec says to ignore a relative value
        return Path(env)
    return Path.home() / ".local" / "share"


def icon_sources() -> list[Path]:
    """Every icon of the app in the source tree's hicolor folder, PNG sizes and scalable."""
    return sorted(HICOLOR.glob(f"*/apps/{ICON_NAME}.*"))


def plan(base: Path) -> list[Item]:
    """The files to install under the data folder `base`."""
    items = [
        Item(DESKTOP_FILE, base / "applications" / DESKTOP_FILE.name),
        Item(METAINFO_FILE, base / "metainfo" / METAINFO_FILE.name),
    ]
    for icon in icon_sources():
        relative = icon.relative_to(HICOLOR)
        items.append(Item(icon, base / "icons" / "hicolor" / relative))
    return items


def quote_exec_argument(argument: str) -> str:
    """`argument` written for an Exec= value, quoted and escaped as the specification says."""
    if any(char in RESERVED for char in argument):
        for char in ("\\", '"', "`", "$"):
            argument = argument.replace(char, "\\" + char)
        argument = f'"{argument}"'
    # Exec= is also a string value, where a backslash is written twice, and % starts a field code.
    return argument.replace("\\", "\\\\").replace("%", "%%")


def command_path() -> str:
    """The prep-companion command next to this Python, as an absolute path, if it is there."""
    candidate = Path(sys.executable).absolute().parent / COMMAND
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    return COMMAND


def desktop_entry_text(command: str) -> str:
    """The launcher entry with its Exec= line running `command`."""
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    exec_line = "Exec=" + quote_exec_argument(command)
    return "\n".join(exec_line if line.startswith("Exec=") else line for line in lines) + "\n"


def refresh_caches(base: Path) -> None:
    """Tell the desktop about the change, with whichever cache tools are installed."""
    commands = [
        ("update-desktop-database", ["-q", str(base / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(base / "icons" / "hicolor")]),
    ]
    for name, arguments in commands:
        tool = shutil.which(name)
        folder = Path(arguments[-1])
        if tool is None or not folder.is_dir():
            continue
        result = subprocess.run(
            [tool, *arguments], capture_output=True, text=True, check=False, timeout=60
        )
        if result.returncode != 0:
            message = (result.stderr or result.stdout).strip()
            print(f"note: {name} did not finish: {message}", file=sys.stderr)


def install(base: Path) -> int:
    """Copy every file into place under `base`; return the number written, or -1 if any
    source file is missing."""
    items = plan(base)
    missing = [str(item.source) for item in items if not item.source.is_file()]
    if not icon_sources():
        missing.append(f"{HICOLOR}/*/apps/{ICON_NAME}.png (run scripts/make_icons.py)")
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        return -1
    for item in items:
        item.target.parent.mkdir(parents=True, exist_ok=True)
        if item.source == DESKTOP_FILE:
            item.target.write_text(desktop_entry_text(command_path()), encoding="utf-8")
        else:
            shutil.copyfile(item.source, item.target)
        print(f"installed {item.target}")
    refresh_caches(base)
    return len(items)


def installed_files(base: Path) -> list[Path]:
    """The files an install wrote under `base`, also icons no longer in the source tree."""
    targets = {item.target for item in plan(base)}
    targets.update((base / "icons" / "hicolor").glob(f"*/apps/{ICON_NAME}.png"))
    targets.update((base / "icons" / "hicolor").glob(f"*/apps/{ICON_NAME}.svg"))
    return sorted(path for path in targets if path.is_file() or path.is_symlink())


def uninstall(base: Path) -> int:
    """Remove the files `install` writes under `base`; return the number removed."""
    removed = installed_files(base)
    for path in removed:
        path.unlink()
        print(f"removed {path}")
    refresh_caches(base)
    return len(removed)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Add Prep Companion to this user's desktop menu, or take it out again."
    )
    parser.add_argument(
        "--uninstall", action="store_true", help="remove the files an install wrote"
    )
    parser.add_argument(
        "--prefix",
        metavar="DIR",
        help="data folder to use instead of $XDG_DATA_HOME (default ~/.local/share)",
    )
    options = parser.parse_args(argv)
    base = data_home(options.prefix)
    if options.uninstall:
        uninstall(base)
        return 0
    return 0 if install(base) >= 0 else 1


if __name__ == "__main__":
    sys.exit(main())
