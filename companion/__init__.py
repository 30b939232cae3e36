"""Prep Companion: an offline, private companion for getting ready for detox at home."""

__version__ = "0.1.0"

APP_NAME = "Prep Companion"
"""The name shown to people. It carries no wording about drugs or detox."""

APP_ID = "prep-companion"
"""The name used for folders, lock files and the executable."""

DESKTOP_ID = "org.prepcompanion.PrepCompanion"
"""The desktop entry's and AppStream's id: desktops match the window to its launcher
and icon by it (packaging/org.prepcompanion.PrepCompanion.desktop)."""
