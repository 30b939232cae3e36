"""Sound and spoken cues for the pacer, when the computer can give them.

Qt Multimedia and Qt TextToSpeech are optional: they need the PySide6 add-ons and,
on Linux, the system sound library (libpulse0). When either is missing the cue is
simply unavailable, with one line saying why; nothing else changes.
"""

from __future__ import annotations

import ctypes.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QUrl

from companion.core.paths import resources_dir

if TYPE_CHECKING:  # both are imported only when a cue is first wanted
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

SOUNDS = {"in": "chime-in.wav", "out": "chime-out.wav", "hold": "hold.wav"}


# Qt Multimedia looks for libraries it uses only for video (VA-API) and for PipeWire, and
# says so when they are absent; a chime needs none of them, so those lines are not shown.
QUIET_MULTIMEDIA = "qt.multimedia.symbolsresolver.warning=false"

# Speech engines that can be offered, and the system library each one loads. Qt lists an
# engine whose plug-in it ships even when that library is missing, and then fails loudly
# when asked for it; "mock" is Qt's engine for its own tests and says nothing aloud.
ENGINE_LIBRARIES = {"speechd": "speechd", "flite": "flite"}
SILENT_ENGINES = {"mock"}


def import_multimedia() -> ModuleType:
    QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA)
    from PySide6 import QtMultimedia

    return QtMultimedia


def import_speech() -> ModuleType:
    from PySide6 import QtTextToSpeech

    return QtTextToSpeech


def library_present(name: str) -> bool:
    return ctypes.util.find_library(name) is not None


def usable_engine(engines: list[str]) -> str | None:
    """The first engine that can speak here, or None.

    On Linux an engine is usable only when the system library it loads is installed.
    """
    for engine in engines:
        if engine in SILENT_ENGINES:
            continue
        library = ENGINE_LIBRARIES.get(engine)
        if sys.platform.startswith("linux") and library and not library_present(library):
            continue
        return engine
    return None


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
        engine = usable_engine(list(speech.QTextToSpeech.availableEngines()))
        if engine is not None:
            voice = speech.QTextToSpeech(engine)
            if voice.state() != speech.QTextToSpeech.State.Error:
                self._speech = voice
                self.available = True
                return
        self.reason = QCoreApplication.translate(
            "Cues", "Spoken cues cannot play: this computer has no voice for speech."
        )

    def say(self, text: str) -> None:
        if self._speech is not None:
            self._speech.say(text)
