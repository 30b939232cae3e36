"""What a breathing session and an urge-surfing session share: the whole window with a
quiet title, the moving picture (the pacer or the wave), a line of words under it, the
time left, Pause and Stop (Esc is the Breathe page's), and a frame timer that runs only
while the session runs. Timing is a pure function of the session clock's elapsed time
(companion.core.pacing.SessionClock); a subclass says what a frame shows (`tick`) and how
long the session is (`length`)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.clock import Clock
from companion.core.pacing import SessionClock
from companion.ui.widgets.text import ScaledLabel, SteadyLabel, paragraph, set_tone


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


def session_controls(layout: QVBoxLayout, *buttons: QPushButton) -> None:
    """Add the session's buttons, centred; the last (Stop) is quiet: text only."""
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    buttons[-1].setFlat(True)
    row.addStretch(1)
    layout.addLayout(row)


def quiet_title(layout: QVBoxLayout) -> QLabel:
    """The exercise's name, small and muted, at the top of the session."""
    title = paragraph("", muted=True)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(title)
    return title


def _time_left(left: str) -> str:
    return QCoreApplication.translate("TimedSession", "Time left: %1").replace("%1", left)


class TimedSession(QWidget):
    """One running session with a picture that moves; see the module's docstring."""

    finished = Signal(float, bool)  # seconds done, completed

    def __init__(
        self,
        clock: Clock,
        picture: QWidget,
        words_scale: float,
        frame_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.session = SessionClock()
        self._left = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.title = quiet_title(layout)
        self.picture = picture
        layout.addWidget(picture, 1)
        self.words_label = ScaledLabel("", words_scale)
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words_label.setWordWrap(True)
        layout.addWidget(self.words_label)
        self.time_left = SteadyLabel(_time_left("88:88"))
        set_tone(self.time_left, "muted")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.time_left, 0, Qt.AlignmentFlag.AlignHCenter)
        translate = QCoreApplication.translate
        self.pause_button = QPushButton(translate("TimedSession", "Pause"))
        self.pause_button.setAccessibleName(translate("TimedSession", "Pause or resume"))
        self.pause_button.setToolTip(translate("TimedSession", "Pause or resume (Space)"))
        self.stop_button = QPushButton(translate("TimedSession", "Stop"))
        self.stop_button.setAccessibleName(translate("TimedSession", "Stop the session"))
        self.stop_button.setToolTip(translate("TimedSession", "Stop (Esc)"))
        session_controls(layout, self.pause_button, self.stop_button)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(frame_ms)
        self.timer.timeout.connect(self.tick)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        # Space on the picture; on a button, Space presses that button.
        picture.pauseAsked.connect(self.toggle_pause)  # type: ignore[attr-defined]

    # --- what a subclass says -------------------------------------------------------------------

    def tick(self) -> None:
        """Show the session as it is now (called each frame, and at once on a change)."""

    def length(self) -> float:
        """How long the session is, in seconds: the time done is never counted past it."""
        return math.inf

    def on_pause(self) -> None:
        """Show that the session is paused (the frame timer has stopped)."""

    def on_resume(self) -> None:
        """Get ready to show the session again after a pause (before the next tick)."""

    def on_end(self, elapsed: float, completed: bool) -> None:
        """Note what was done, before `finished` is emitted."""

    # --- the running session -------------------------------------------------------------------

    def start_running(self) -> None:
        self._left = ""
        self.session.start(self.clock.monotonic())
        self.pause_button.setText(QCoreApplication.translate("TimedSession", "Pause"))
        self.timer.start()
        self.tick()
        self.picture.setFocus(Qt.FocusReason.OtherFocusReason)  # a screen reader names it

    def elapsed(self) -> float:
        return self.session.elapsed(self.clock.monotonic())

    def running(self) -> bool:
        return self.session.running

    def show_time_left(self, remaining: float) -> None:
        left = clock_text(remaining)
        if left != self._left:  # once a second
            self._left = left
            self.time_left.setText(_time_left(left))

    def toggle_pause(self) -> None:
        now = self.clock.monotonic()
        if self.session.running:
            self.session.pause(now)
            self.timer.stop()  # nothing moves while paused, so nothing needs to fire
            self.pause_button.setText(QCoreApplication.translate("TimedSession", "Resume"))
            self.on_pause()
        elif self.session.paused:
            self.session.resume(now)
            self.pause_button.setText(QCoreApplication.translate("TimedSession", "Pause"))
            self.timer.start()
            self.on_resume()
            self.tick()

    def stop(self) -> None:
        if self.session.started:
            self.end(completed=False)

    def end(self, completed: bool) -> None:
        self.timer.stop()
        elapsed = min(self.elapsed(), self.length())
        self.on_end(elapsed, completed)
        self.session = SessionClock()
        self.finished.emit(elapsed, completed)

    @staticmethod
    def paused_word() -> str:
        return QCoreApplication.translate("TimedSession", "Paused")
