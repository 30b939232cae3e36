"""A running urge-surfing session, which has the whole window like a breathing session:
the wave, the prompt of the moment in large text, the time left, Pause and Stop (Esc is
the Breathe page's). Timing comes from companion.core.urge_surfing; this only shows it.

The wave is painted only while the session is on screen and running: its timer stops on
a pause, at the end, and when the page is hidden (the page pauses the session)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.clock import Clock
from companion.core.pacing import SessionClock
from companion.core.urge_surfing import CREST, FALL, REST, RISE, Prompt, UrgeSession
from companion.ui.pages.breathe_session import _controls, _quiet_title, clock_text
from companion.ui.widgets.text import ScaledLabel, SteadyLabel, set_tone
from companion.ui.widgets.wave import Wave

FRAME_MS = 33  # a slow wave needs no more than 30 frames a second


def wave_words() -> dict[str, str]:
    return {
        RISE: QCoreApplication.translate("WaveWords", "Rising"),
        CREST: QCoreApplication.translate("WaveWords", "At its peak"),
        FALL: QCoreApplication.translate("WaveWords", "Easing"),
        REST: QCoreApplication.translate("WaveWords", "Calm water"),
    }


class UrgeSessionView(QWidget):
    """Runs one urge-surfing session."""

    finished = Signal(float, bool)  # seconds surfed, completed

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.urge: UrgeSession | None = None
        self.session = SessionClock()
        self.words = wave_words()
        self._prompt: Prompt | None = None
        self._left = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.title = _quiet_title(layout)
        self.wave = Wave()
        layout.addWidget(self.wave, 1)
        self.prompt = ScaledLabel("", 1.5)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("Prompt"))
        layout.addWidget(self.prompt)
        self.time_left = SteadyLabel(self.tr("Time left: %1").replace("%1", "88:88"))
        set_tone(self.time_left, "muted")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.time_left, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the session"))
        self.stop_button.setToolTip(self.tr("Stop (Esc)"))
        _controls(layout, self.pause_button, self.stop_button)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.wave.pauseAsked.connect(self.toggle_pause)

    def begin(self, title: str, urge: UrgeSession, reduced_motion: bool) -> None:
        self.title.setText(title)
        self.urge = urge
        self.wave.reduced_motion = reduced_motion
        self._prompt = None
        self._left = ""
        self.session.start(self.clock.monotonic())
        self.pause_button.setText(self.tr("Pause"))
        self.timer.start()
        self.tick()
        self.wave.setFocus(Qt.FocusReason.OtherFocusReason)  # a screen reader names it

    def elapsed(self) -> float:
        return self.session.elapsed(self.clock.monotonic())

    def running(self) -> bool:
        return self.session.running

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
        left = clock_text(position.session_remaining)
        if left != self._left:  # once a second
            self._left = left
            self.time_left.setText(self.tr("Time left: %1").replace("%1", left))
        if position.finished:
            self._end(completed=True)

    def toggle_pause(self) -> None:
        now = self.clock.monotonic()
        if self.session.running:
            self.session.pause(now)
            self.timer.stop()  # nothing moves while paused, so nothing needs painting
            self.pause_button.setText(self.tr("Resume"))
            self.wave.show_height(self.wave.shown(), self.tr("Paused"))
            self.wave.announce(self.tr("Paused"))
        elif self.session.paused:
            self.session.resume(now)
            self.pause_button.setText(self.tr("Pause"))
            self.timer.start()
            self._prompt = None  # the prompt is said again
            self.tick()

    def stop(self) -> None:
        if self.session.started:
            self._end(completed=False)

    def _end(self, completed: bool) -> None:
        self.timer.stop()
        elapsed = self.elapsed()
        if self.urge is not None:
            elapsed = min(elapsed, float(self.urge.seconds))
        self.session = SessionClock()
        self.finished.emit(elapsed, completed)
