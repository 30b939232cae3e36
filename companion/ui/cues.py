"""Sound and spoken cues for the pacer, when the computer can give them.

Qt Multimedia and Qt TextToSpeech are optional: they need the PySide6 add-ons and,
on Linux, the system sound library (libpulse0). When either is missing the cue is
simply unavailable, with one line saying why; nothing else changes.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl

from companion.core.paths import resources_dir

if TYPE_CHECKING:  # both are imported only when a cue is first wanted
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

SOUNDS = {"in": "chime-in.wav", "out": "chime-out.wav", "hold": "hold.wav"}


def import_multimedia() -> ModuleType:
    from PySide6 import QtMultimedia

    return QtMultimedia


def import_speech() -> ModuleType:
    from PySide6 import QtTextToSpeech

    return QtTextToSpeech


class SoundCues:
    """Soft chimes at phase changes."""

    def __init__(self) -> None:
        self.available = False
        self.reason = ""
        self._effects: dict[str, QSoundEffect] = {}
        try:
            multimedia = import_multimedia()
        except (ImportError, OSError):
            self.reason = QCoreApplication.translate(
                "Cues",
                "Sounds cannot play on this computer, so the pacer stays silent. "
                "Everything else works as usual.",
            )
            return
        if not multimedia.QMediaDevices.audioOutputs():
            self.reason = QCoreApplication.translate(
                "Cues", "Sounds cannot play: no speaker or headphones were found."
            )
            return
        for kind, name in SOUNDS.items():
            effect = multimedia.QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / name)))
            effect.setVolume(0.5)
            self._effects[kind] = effect
        self.available = True

    def play(self, kind: str) -> None:
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()


class SpeechCues:
    """Spoken phase words, using the system's speech engine."""

    def __init__(self) -> None:
        self.available = False
        self.reason = ""
        self._speech: QTextToSpeech | None = None
        try:
            speech = import_speech()
        except (ImportError, OSError):
            self.reason = QCoreApplication.translate(
                "Cues",
                "Spoken cues cannot play on this computer. The words on screen show each "
                "step instead.",
            )
            return
        if not speech.QTextToSpeech.availableEngines():
            self.reason = QCoreApplication.translate(
                "Cues", "Spoken cues cannot play: this computer has no voice for speech."
            )
            return
        self._speech = speech.QTextToSpeech()
        self.available = True

    def say(self, text: str) -> None:
        if self._speech is not None:
            self._speech.say(text)
