"""A running relaxation session, which has the whole window: the pacer or the grounding
prompts, pause and stop (Esc is the page's, see breathe.py). Timing comes from
companion.core.pacing; this module only shows it, on the frame shared with urge surfing
(timed_session.py). The finish screen is breathe_after.py."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.clock import Clock
from companion.core.exercises import Grounding
from companion.core.pacing import (
    EXHALE,
    HOLD_IN,
    HOLD_OUT,
    INHALE,
    RELEASE,
    TENSE,
    Position,
    Timeline,
)
from companion.ui.pages.timed_session import TimedSession, quiet_title, session_controls
from companion.ui.widgets.pacer import Pacer, announce
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.text import ScaledLabel, paragraph

FRAME_MS = 16


def phase_words() -> dict[str, str]:
    return {
        INHALE: QCoreApplication.translate("Phases", "Breathe in"),
        HOLD_IN: QCoreApplication.translate("Phases", "Hold"),
        EXHALE: QCoreApplication.translate("Phases", "Breathe out"),
        HOLD_OUT: QCoreApplication.translate("Phases", "Hold"),
        TENSE: QCoreApplication.translate("Phases", "Tense"),
        RELEASE: QCoreApplication.translate("Phases", "Release"),
    }


class SessionView(TimedSession):
    """Runs one timed session (a breathing pattern or muscle relaxation)."""

    cue = Signal(str, str)  # phase kind, phase word: for chimes and speech

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        pacer = Pacer()
        super().__init__(clock, pacer, 1.2, FRAME_MS, parent)
        self.pacer = pacer
        self.timeline: Timeline | None = None
        self.words = phase_words()
        self._last_index: tuple[int, int] | None = None
        self._timed_index: tuple[int, int] | None = None
        self.counts = (0, 0)  # whole cycles and whole phases done when it ended
        self.step_label = self.words_label  # a muscle group's instructions, when there are
        # A frame can come up to 16 ms after a phase is due; this one-off timer comes at
        # the moment the next phase begins, so every change is shown on time.
        self.boundary = QTimer(self)
        self.boundary.setTimerType(Qt.TimerType.PreciseTimer)
        self.boundary.setSingleShot(True)
        self.boundary.timeout.connect(self.tick)

    def begin(self, title: str, timeline: Timeline, reduced_motion: bool) -> None:
        self.title.setText(title)
        self.timeline = timeline
        self.counts = (0, 0)
        self.pacer.reduced_motion = reduced_motion
        self.pacer.update()  # the whole of it: a bar and a circle are drawn in different places
        self._last_index = None
        self._timed_index = None
        self.start_running()

    def length(self) -> float:
        return self.timeline.total_seconds if self.timeline is not None else math.inf

    def position(self) -> Position | None:
        if self.timeline is None:
            return None
        return self.timeline.position_at(self.elapsed())

    def tick(self) -> None:
        position = self.position()
        if position is None:
            return
        word = self.words.get(position.segment.kind, "")
        seconds = str(max(1, math.ceil(position.remaining_in_segment - 1e-9)))
        self.pacer.show_position(position, word, seconds)
        index = (position.cycle, position.index)
        if index != self._timed_index:  # the step's words change with the phase, not per frame
            self.step_label.setText(position.segment.label)
            self.step_label.setVisible(bool(position.segment.label))
        self.show_time_left(position.session_remaining)
        if index != self._last_index and not position.finished:
            self._last_index = index
            self.cue.emit(position.segment.kind, word)
            label = position.segment.label
            self.pacer.announce(f"{word}. {label}" if label else word)
        if index != self._timed_index and not position.finished:
            self._timed_index = index
            self.boundary.start(max(0, math.ceil(position.remaining_in_segment * 1000)))
        if position.finished:
            self.end(completed=True)

    def on_pause(self) -> None:
        self.boundary.stop()
        self.pacer.show_position(self.position(), self.paused_word(), "")
        self.pacer.announce(self.paused_word())

    def on_resume(self) -> None:
        self._timed_index = None  # so the tick sets the next phase's timer afresh
        self._last_index = None  # and says the phase again

    def on_end(self, elapsed: float, completed: bool) -> None:
        self.boundary.stop()
        if self.timeline is not None:
            self.counts = done_in(self.timeline, elapsed, completed)


def done_in(timeline: Timeline, elapsed: float, completed: bool) -> tuple[int, int]:
    """Whole cycles (breaths) and whole phases done after `elapsed` seconds."""
    per_cycle = len(timeline.segments)
    if completed:
        return timeline.cycles, timeline.cycles * per_cycle
    position = timeline.position_at(elapsed)
    phases = position.cycle * per_cycle + position.index
    return phases // per_cycle, phases


class GroundingView(QWidget):
    """5-4-3-2-1 grounding: one prompt at a time, at the person's own pace."""

    finished = Signal(float, bool)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.exercise: Grounding | None = None
        self.step = 0
        self.counts = (0, 0)  # steps done, as the second part (like SessionView's)
        self._started = 0.0
        layout = QVBoxLayout(self)
        self.title = quiet_title(layout)
        layout.addStretch(1)
        self.count = ScaledLabel("", 4.0, bold=True)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.count)
        self.prompt = ScaledLabel("", 1.5)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.progress = paragraph("", muted=True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next prompt"))
        self.next_button.setToolTip(self.tr("When you are ready (Space or Enter)"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the exercise"))
        self.stop_button.setToolTip(self.tr("Stop (Esc)"))
        session_controls(layout, self.next_button, self.stop_button)
        self.next_button.clicked.connect(self.next_step)
        self.stop_button.clicked.connect(self.stop)
        local_shortcuts(self, ((QKeySequence(Qt.Key.Key_Return), self.next_step),))

    def begin(self, exercise: Grounding) -> None:
        self.exercise, self.step = exercise, 0
        self.title.setText(exercise.name)
        self._started = self.clock.monotonic()
        self._show()
        self.next_button.setFocus()

    def _show(self) -> None:
        assert self.exercise is not None
        current = self.exercise.steps[self.step]
        self.count.setText(str(current.count))
        self.prompt.setText(current.prompt)
        total = len(self.exercise.steps)
        self.progress.setText(
            self.tr("Step %1 of %2").replace("%1", str(self.step + 1)).replace("%2", str(total))
        )
        last = self.step == total - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        # The focus stays on Next: a screen reader is told the new prompt.
        announce(self.next_button, f"{current.count}. {current.prompt}")

    def next_step(self) -> None:
        if self.exercise is None:
            return
        if self.step + 1 >= len(self.exercise.steps):
            self._end(True)
            return
        self.step += 1
        self._show()

    def stop(self) -> None:
        self._end(False)

    def _end(self, completed: bool) -> None:
        if self.exercise is None:
            return
        self.counts = (0, self.step + 1 if completed else self.step)
        self.exercise = None
        self.finished.emit(self.clock.monotonic() - self._started, completed)


def started_at(clock: Clock) -> datetime:
    return clock.now().replace(tzinfo=None, second=0, microsecond=0)
