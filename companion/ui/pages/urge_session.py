"""A running urge-surfing session, which has the whole window like a breathing session:
the wave, the prompt of the moment in large text, the time left, Pause and Stop (Esc is
the Breathe page's), on the frame shared with breathing (timed_session.py). Timing comes
from companion.core.urge_surfing; this only shows it.

The wave is painted only while the session is on screen and running: its timer stops on
a pause, at the end, and when the page is hidden (the page pauses the session)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.core.clock import Clock
from companion.core.urge_surfing import CREST, FALL, REST, RISE, Prompt, UrgeSession
from companion.ui.pages.timed_session import TimedSession
from companion.ui.widgets.wave import Wave

FRAME_MS = 33  # a slow wave needs no more than 30 frames a second


def wave_words() -> dict[str, str]:
    return {
        RISE: QCoreApplication.translate("WaveWords", "Rising"),
        CREST: QCoreApplication.translate("WaveWords", "At its peak"),
        FALL: QCoreApplication.translate("WaveWords", "Easing"),
        REST: QCoreApplication.translate("WaveWords", "Calm water"),
    }


class UrgeSessionView(TimedSession):
    """Runs one urge-surfing session."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        wave = Wave()
        super().__init__(clock, wave, 1.5, FRAME_MS, parent)
        self.wave = wave
        self.urge: UrgeSession | None = None
        self.words = wave_words()
        self._prompt: Prompt | None = None
        self.prompt = self.words_label
        self.prompt.setAccessibleName(self.tr("Prompt"))

    def begin(self, title: str, urge: UrgeSession, reduced_motion: bool) -> None:
        self.title.setText(title)
        self.urge = urge
        self.wave.reduced_motion = reduced_motion
        self._prompt = None
        self.start_running()

    def length(self) -> float:
        return float(self.urge.seconds) if self.urge is not None else math.inf

    def tick(self) -> None:
        urge = self.urge
        if urge is None or not self.session.started:
            return
        elapsed = self.elapsed()
        position = urge.position_at(elapsed)
        self.wave.show_height(urge.height(position), self.words.get(position.segment.kind, ""))
        prompt = urge.prompt_at(elapsed)
        if prompt != self._prompt and not position.finished:
            self._prompt = prompt
            self.prompt.setText(prompt.text)
            self.wave.announce(prompt.text)
        self.show_time_left(position.session_remaining)
        if position.finished:
            self.end(completed=True)

    def on_pause(self) -> None:
        self.wave.show_height(self.wave.shown(), self.paused_word())
        self.wave.announce(self.paused_word())

    def on_resume(self) -> None:
        self._prompt = None  # the prompt is said again
