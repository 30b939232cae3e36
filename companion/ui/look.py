"""The look the window first paints in, before its data is read: the language, appearance,
text size and title chosen last time, remembered beside the window's size and place.

The settings themselves live in the database; this is a copy, so that the window can be
shown at once in the right language and size and filled a moment later without a jump.
A copy that is missing or out of date costs one change of look once the data is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from companion.core.settings import SETTINGS

if TYPE_CHECKING:
    from companion.ui.context import AppContext

_PREFIX = "look/"


def _default(key: str) -> str:
    return str(SETTINGS[key].default)


@dataclass(frozen=True)
class Look:
    """What the window needs of the settings to paint its frame."""

    language: str = _default("language")
    appearance: str = _default("appearance")
    text_size: str = _default("text_size")
    # Until the data says otherwise, the title does not say what the app is for.
    discreet_mode: bool = True
    # Whose numbers Get help now shows while protected data is still locked.
    region: str = _default("region")

    @classmethod
    def of(cls, context: AppContext) -> Look:
        """The look the saved settings ask for."""
        return cls(
            language=str(context.setting("language")),
            appearance=str(context.setting("appearance")),
            text_size=str(context.setting("text_size")),
            discreet_mode=bool(context.setting("discreet_mode")),
            region=str(context.setting("region")),
        )


def remembered(window_state: QSettings) -> Look:
    """The look kept last time, or the defaults (and a discreet title) for any part that
    is missing or no longer a choice."""

    def chosen(key: str) -> str:
        value = window_state.value(_PREFIX + key)
        allowed = [str(choice) for choice in SETTINGS[key].choices]
        return value if isinstance(value, str) and value in allowed else _default(key)

    discreet = window_state.value(_PREFIX + "discreet_mode")
    return Look(
        language=chosen("language"),
        appearance=chosen("appearance"),
        text_size=chosen("text_size"),
        discreet_mode=discreet != "no",
        region=chosen("region"),
    )


def remember(window_state: QSettings, look: Look) -> None:
    """Keep `look` for the next start. It is written with the window's size and place,
    when the window closes."""
    if remembered(window_state) == look:
        return
    window_state.setValue(_PREFIX + "language", look.language)
    window_state.setValue(_PREFIX + "appearance", look.appearance)
    window_state.setValue(_PREFIX + "text_size", look.text_size)
    window_state.setValue(_PREFIX + "discreet_mode", "yes" if look.discreet_mode else "no")
    window_state.setValue(_PREFIX + "region", look.region)
