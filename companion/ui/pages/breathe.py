"""Breathe: choose or build an exercise, follow the pacer, rate how tense you feel,
and see your practice over the last two weeks.

While a session runs it has the whole window (`focusModeChanged`: the window hides its
sidebar), and Esc stops it wherever the focus is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from companion.core import exercises, sessions
from companion.core.changes import Area
from companion.core.exercises import BreathingPattern, Grounding, MuscleRelaxation
from companion.core.pacing import Timeline, cycles_for_minutes
from companion.ui import theme
from companion.ui.context import AppContext
from companion.ui.cues import SoundCues, SpeechCues
from companion.ui.models.table_model import Column, RowsModel
from companion.ui.names import practice_time
from companion.ui.pages.breathe_after import BREATHS, GROUPS, STEPS, AfterView, tension_row
from companion.ui.pages.breathe_session import GroundingView, SessionView, started_at
from companion.ui.pages.cravings import CravingsPart, part_name
from companion.ui.theme import system_prefers_reduced_motion
from companion.ui.widgets.form_dialog import run_dialog
from companion.ui.widgets.history_chart import HistoryChart
from companion.ui.widgets.page import PAGE_MARGINS, ShownStack, card, purpose, scrolling_column
from companion.ui.widgets.pattern_dialog import PatternDialog
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.widgets.undo_bar import UndoBar
from companion.ui.writes import attempt

Exercise = BreathingPattern | MuscleRelaxation | Grounding
CHOOSE, RUN, GROUND, AFTER, CRAVINGS, URGE, URGE_AFTER = range(7)


class BreathePage(QWidget):
    focusModeChanged = Signal(bool)  # True while a session has the whole window
    openLink = Signal(str)  # a link to elsewhere in the app ("help", "plan:people")

    def __init__(
        self, context: AppContext, remembered: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.remembered = remembered
        self.sound = SoundCues()
        self.speech = SpeechCues()
        self._exercise: Exercise | None = None
        self._before: int | None = None
        self._result: tuple[float, bool] = (0.0, False)
        self._started_at = started_at(context.storage.clock)
        self._showing = False  # True while an exercise's own length is being shown
        self.focus_mode = False
        self.setAccessibleName(self.tr("Breathe"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*PAGE_MARGINS)
        self.title = heading(self.tr("Breathe"))
        outer.addWidget(self.title)
        self.purpose = purpose(
            self.tr("Slow, guided breathing for a wave of craving, worry or pain.")
        )
        outer.addWidget(self.purpose)
        # Two parts: the exercises, and the craving toolkit (one click from anywhere).
        self.parts = QTabBar()
        self.parts.setAccessibleName(self.tr("Exercises or cravings"))
        self.parts.setExpanding(False)
        self.parts.setDrawBase(False)
        self.parts.addTab(self.tr("Exercises"))
        self.parts.addTab(part_name(bool(context.setting("discreet_mode"))))
        outer.addWidget(self.parts)
        self.stack = ShownStack()  # a session's room is asked for when it starts
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._chooser())
        # The line saying what the page is for goes with the list of exercises, leaving
        # the session and its finish all the room.
        self.stack.currentChanged.connect(self._show_heads)
        clock = context.storage.clock
        self.session_view = SessionView(clock)
        self.grounding_view = GroundingView(clock)
        self.after_view = AfterView()
        for view in (self.session_view, self.grounding_view, self.after_view):
            self.stack.addWidget(view)
        self.cravings = CravingsPart(self, remembered)
        for part_view in self.cravings.views():  # CRAVINGS, URGE, URGE_AFTER
            self.stack.addWidget(part_view)
        self.cravings.view.linkAsked.connect(self._follow)
        self.cravings.after_view.helpAsked.connect(lambda: self.openLink.emit("help"))
        self.parts.currentChanged.connect(self._show_part)
        context.settingChanged.connect(self._on_setting)
        self.session_view.finished.connect(self._finished)
        self.session_view.cue.connect(self._cue)
        self.grounding_view.finished.connect(self._finished)
        self.after_view.done.connect(self._save_session)
        # Esc ends the session from anywhere in the window, whatever has the focus.
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.setEnabled(False)
        self.escape.activated.connect(self.stop_session)
        context.dataReset.connect(self.refresh)
        context.dataReset.connect(self.undo_bar.dismiss)  # what was removed is not in this data
        context.dataChanged.connect(lambda area: self.refresh() if area is Area.SESSIONS else None)
        self.refresh()
        self._restore_choice()

    # --- the chooser -------------------------------------------------------------------------

    def _fit_list(self) -> None:
        """The exercise list is as wide as its names need, in any text size."""
        width = self.fontMetrics().averageCharWidth()
        self.list.setMinimumWidth(max(180, width * 16))
        self.list.setMaximumWidth(max(260, width * 27))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "list"):
            self._fit_list()
            self._fit_chooser()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_chooser()

    def _fit_chooser(self) -> None:
        """The list beside the details when there is room for both in this text size;
        above them when there is not (large text in a small window)."""
        room = self.fontMetrics().averageCharWidth() * 100
        across = self.width() >= room
        self._chooser_row.setDirection(
            QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        )
        self.list.setMaximumHeight(16777215 if across else self.fontMetrics().height() * 9)
        width = self.fontMetrics().averageCharWidth()
        self.list.setMaximumWidth(max(260, width * 27) if across else 16777215)

    def _chooser(self) -> QWidget:
        page = QWidget()
        row = self._chooser_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.model: RowsModel[Exercise] = RowsModel([Column(self.tr("Exercise"), self._label)])
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(3)
        self._fit_list()
        left.addWidget(self.list, 1)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start the exercise"))
        self.start_button.setToolTip(self.tr("Start the selected exercise (Enter in the list)"))
        self.start_button.setObjectName("startButton")
        theme.style(self.start_button, theme.START_BUTTON_QSS)
        self.start_button.setDefault(True)
        left.addWidget(self.start_button)
        patterns = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New\u2026"))
        self.new_button.setAccessibleName(self.tr("New breathing pattern"))
        self.new_button.setToolTip(self.tr("Make your own breathing pattern"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.edit_button.setAccessibleName(self.tr("Edit this pattern"))
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.delete_button.setAccessibleName(self.tr("Remove this pattern"))
        self.delete_button.setToolTip(self.tr("Your practice history stays. You can undo it."))
        for button in (self.new_button, self.edit_button, self.delete_button):
            patterns.addWidget(button)
        left.addLayout(patterns)
        self.undo_bar = UndoBar()
        left.addWidget(self.undo_bar)
        local_shortcuts(page, ((QKeySequence.StandardKey.Undo, self.undo_bar.undo),))
        row.addLayout(left)

        scroll, right = scrolling_column((8, 0, 8, 0))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container: Tab goes to its controls
        details, details_layout = card()
        self.name_label = heading("", level=2)
        self.timing_label = paragraph("", muted=True)
        self.summary_label = paragraph("")
        self.how_label = paragraph("")
        self.caution_label = paragraph("")
        set_tone(self.caution_label, "caution")
        self.sources_label = paragraph("", muted=True)
        for widget in (
            self.name_label,
            self.timing_label,
            self.summary_label,
            self.how_label,
            self.caution_label,
            self.sources_label,
        ):
            details_layout.addWidget(widget)
        right.addWidget(details)

        setup, setup_layout = card()
        grid = QGridLayout()
        self.by_minutes = QRadioButton(self.tr("&Minutes"))
        self.by_minutes.setAccessibleName(self.tr("Length in minutes"))
        self.by_cycles = QRadioButton(self.tr("&Breaths"))
        self.by_cycles.setAccessibleName(self.tr("Length in breaths"))
        group = QButtonGroup(self)
        group.addButton(self.by_minutes)
        group.addButton(self.by_cycles)
        self.minutes = QSpinBox()
        self.minutes.setRange(*exercises.MINUTES)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.cycles = QSpinBox()
        self.cycles.setRange(1, exercises.MAX_CYCLES)
        self.cycles.setAccessibleName(self.tr("Breaths"))
        grid.addWidget(self.by_minutes, 0, 0)
        grid.addWidget(self.minutes, 0, 1)
        grid.addWidget(self.by_cycles, 1, 0)
        grid.addWidget(self.cycles, 1, 1)
        self.length_note = paragraph("", muted=True)
        grid.addWidget(self.length_note, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        setup_layout.addLayout(grid)
        before_label = QLabel(
            self.tr("How tense do you feel? 0 is calm, 10 is very tense. You can skip this.")
        )
        before_label.setWordWrap(True)  # two lines in large text rather than off the edge
        self.before = tension_row(self.tr("How tense you feel before"))
        before_label.setBuddy(self.before.buttons[0])
        setup_layout.addWidget(before_label)
        setup_layout.addWidget(self.before)
        self.chime = QCheckBox(self.tr("Soft &chime when the phase changes"))
        self.chime.setAccessibleName(self.tr("Chime when the phase changes"))
        self.speak = QCheckBox(self.tr("S&peak the phase words"))
        self.speak.setAccessibleName(self.tr("Speak the phase words"))
        setup_layout.addWidget(self.chime)
        self.chime_note = paragraph(self.sound.reason, muted=True)
        setup_layout.addWidget(self.chime_note)
        setup_layout.addWidget(self.speak)
        self.speak_note = paragraph(self.speech.reason, muted=True)
        setup_layout.addWidget(self.speak_note)
        for box, cue, note in (
            (self.chime, self.sound, self.chime_note),
            (self.speak, self.speech, self.speak_note),
        ):
            box.setEnabled(cue.available)
            note.setVisible(not cue.available)
            if not cue.available:  # said with the box itself, not only in the line under it
                box.setAccessibleDescription(cue.reason)
                box.setToolTip(cue.reason)
        right.addWidget(setup)

        history, history_layout = card()
        history_layout.addWidget(heading(self.tr("Your practice, last 14 days"), level=3))
        self.chart = HistoryChart()
        history_layout.addWidget(self.chart)
        self.history_text = paragraph("", muted=True)
        history_layout.addWidget(self.history_text)
        right.addWidget(history)
        right.addStretch(1)
        row.addWidget(scroll, 1)

        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_exercise())
        for signal in (
            self.by_minutes.toggled,
            self.minutes.valueChanged,
            self.cycles.valueChanged,
        ):
            signal.connect(self._update_length)
            signal.connect(self._length_chosen)
        self.start_button.clicked.connect(self.start)
        self.list.activated.connect(lambda _i: self.start())
        self.new_button.clicked.connect(self.new_pattern)
        self.edit_button.clicked.connect(self.edit_pattern)
        self.delete_button.clicked.connect(self.delete_pattern)
        return page

    def _label(self, exercise: Exercise) -> str:
        if isinstance(exercise, BreathingPattern):
            timing = "-".join(
                f"{v:g}"
                for v in (exercise.inhale, exercise.hold_in, exercise.exhale, exercise.hold_out)
            )
            own = self.tr(" (yours)") if exercise.custom_id is not None else ""
            return f"{exercise.name}{own}  \u00b7  {timing}"
        return exercise.name

    def refresh(self) -> None:
        db = self.context.db
        current = self.current_exercise()
        catalog = exercises.load_catalog()
        rows: list[Exercise] = [*exercises.all_breathing(db), catalog.muscle, catalog.grounding]
        self.model.set_rows(rows)
        self.select(current.key if current else None)
        days = sessions.practice_per_day(db, self.context.today(), 14)
        self.chart.set_days([(day, done.seconds) for day, done in days])
        count = sum(done.sessions for _day, done in days)
        change = sessions.average_tension_change(db)
        text = (
            self.tr("%n session(s), %1 in all.", "", count).replace(
                "%1", practice_time(sum(done.seconds for _day, done in days))
            )
            if count
            else self.tr("No sessions in these 14 days yet.")
        )
        if change is not None:
            text += " " + self.tr(
                "On average, tension changed by %1 points after a session."
            ).replace("%1", ("+" if change > 0 else "") + QLocale().toString(change, "f", 1))
        else:
            text += " " + self.tr(
                "Rate how tense you feel before and after to see if it helps you."
            )
        self.history_text.setText(text)

    def current_exercise(self) -> Exercise | None:
        return self.model.row_at(self.list.currentIndex().row())

    def select(self, key: str | None) -> None:
        rows = self.model.rows()
        index = next((n for n, row in enumerate(rows) if row.key == key), 0)
        if rows:
            self.list.setCurrentIndex(self.model.index(index, 0))
        self._show_exercise()

    def _show_exercise(self) -> None:
        exercise = self.current_exercise()
        if exercise is None:
            return
        self.name_label.setText(exercise.name)
        self.summary_label.setText(exercise.summary)
        self.summary_label.setVisible(bool(exercise.summary))
        self.how_label.setText(exercise.how)
        self.how_label.setVisible(bool(exercise.how))
        self.caution_label.setText(
            self.tr("Take care: %1").replace("%1", self.caution_for(exercise))
        )
        self.sources_label.setText(
            self.tr("Sources: %1").replace("%1", "; ".join(exercise.sources))
            if exercise.sources
            else ""
        )
        self.sources_label.setVisible(bool(exercise.sources))
        custom = isinstance(exercise, BreathingPattern) and exercise.custom_id is not None
        self.edit_button.setEnabled(custom)
        self.delete_button.setEnabled(custom)
        timed = isinstance(exercise, BreathingPattern)
        for widget in (self.by_minutes, self.by_cycles, self.minutes, self.cycles):
            widget.setVisible(timed)
        if isinstance(exercise, BreathingPattern):
            self.timing_label.setText(
                self.tr("In %1 s \u00b7 hold %2 s \u00b7 out %3 s \u00b7 hold %4 s")
                .replace("%1", f"{exercise.inhale:g}")
                .replace("%2", f"{exercise.hold_in:g}")
                .replace("%3", f"{exercise.exhale:g}")
                .replace("%4", f"{exercise.hold_out:g}")
            )
            self._showing = True  # the exercise's length, not one the person chose
            try:
                self._show_length(exercise)
            finally:
                self._showing = False
        elif isinstance(exercise, MuscleRelaxation):
            seconds = sum(s.tense + s.release for s in exercise.steps)
            self.timing_label.setText(
                self.tr("%n step(s), about %1", "", len(exercise.steps)).replace(
                    "%1", practice_time(seconds)
                )
            )
        else:
            self.timing_label.setText(
                self.tr("%n step(s), at your own pace", "", len(exercise.steps))
            )
        self._update_length()

    def _show_length(self, exercise: BreathingPattern) -> None:
        """The length chosen last on this page, when the exercise allows it; until one is
        chosen, the exercise's own suggestion."""
        chosen = self.context.setting("breathe_length_in")
        fixed = exercise.max_cycles is not None  # 4-7-8: a few breaths only
        self.cycles.setMaximum(exercise.max_cycles or exercises.MAX_CYCLES)
        if chosen == "exercise":
            in_breaths = exercise.default_cycles is not None
            minutes, cycles = exercise.default_minutes or 5, exercise.default_cycles or 10
        else:
            in_breaths = chosen == "breaths"
            minutes = self.context.setting("breathe_minutes")
            cycles = self.context.setting("breathe_breaths")
            if fixed and not in_breaths:
                cycles = exercise.default_cycles or exercise.max_cycles or cycles
        self.by_cycles.setChecked(in_breaths or fixed)
        self.by_minutes.setChecked(not (in_breaths or fixed))
        self.minutes.setEnabled(not fixed)
        self.by_minutes.setEnabled(not fixed)
        self.minutes.setValue(minutes)
        self.cycles.setValue(cycles)  # at most the exercise's own limit

    def _length_chosen(self) -> None:
        """Remember the length the person set, for every session from now on."""
        if self._showing or not isinstance(self.current_exercise(), BreathingPattern):
            return
        chosen = {
            "breathe_length_in": "breaths" if self.by_cycles.isChecked() else "minutes",
            "breathe_minutes": self.minutes.value(),
            "breathe_breaths": self.cycles.value(),
        }

        def save() -> None:
            for key, value in chosen.items():
                self.context.set_setting(key, value)

        attempt(self, save)  # a problem is said once, not once for each value

    def caution_for(self, exercise: Exercise) -> str:
        """The exercise's own caution, then the one that goes with every exercise."""
        general = exercises.load_catalog().caution
        return " ".join(c for c in (exercise.caution, general) if c)

    def _update_length(self) -> None:
        exercise = self.current_exercise()
        if not isinstance(exercise, BreathingPattern):
            self.length_note.setVisible(False)
            return
        self.minutes.setEnabled(self.by_minutes.isChecked())
        self.cycles.setEnabled(self.by_cycles.isChecked())
        timeline = self.timeline_for(exercise)
        self.length_note.setVisible(True)
        self.length_note.setText(
            self.tr("%n breath(s), %1 in all.", "", timeline.cycles).replace(
                "%1", practice_time(timeline.total_seconds)
            )
        )

    def timeline_for(self, exercise: Exercise) -> Timeline:
        if isinstance(exercise, BreathingPattern):
            if self.by_cycles.isChecked():
                cycles = self.cycles.value()
            else:
                cycles = cycles_for_minutes(exercise.cycle_seconds, self.minutes.value())
            if exercise.max_cycles is not None:
                cycles = min(cycles, exercise.max_cycles)
            return Timeline(exercise.segments(), cycles)
        assert isinstance(exercise, MuscleRelaxation)
        return Timeline(exercise.segments(), 1)

    # --- remembering the last choice ---------------------------------------------------------

    def _restore_choice(self) -> None:
        key = str(self.remembered.value("breathe/exercise", "", type=str))
        self.select(key or None)  # with the length chosen last (a setting, see _show_length)
        self.chime.setChecked(
            self.sound.available and bool(self.remembered.value("breathe/chime", False, type=bool))
        )
        self.speak.setChecked(
            self.speech.available and bool(self.remembered.value("breathe/speak", False, type=bool))
        )

    def _remember_choice(self, exercise: Exercise) -> None:
        self.remembered.setValue("breathe/exercise", exercise.key)
        self.remembered.setValue("breathe/chime", self.chime.isChecked())
        self.remembered.setValue("breathe/speak", self.speak.isChecked())
        self.remembered.sync()

    # --- running -----------------------------------------------------------------------------

    def reduced_motion(self) -> bool:
        return bool(self.context.setting("reduced_motion")) or system_prefers_reduced_motion()

    def start(self) -> None:
        exercise = self.current_exercise()
        if exercise is None:
            return
        self._exercise = exercise
        before = self.before.value()
        self._before = before if isinstance(before, int) else None
        self._started_at = started_at(self.context.storage.clock)
        self._remember_choice(exercise)
        self._set_focus_mode(True)
        if isinstance(exercise, Grounding):
            self.stack.setCurrentIndex(GROUND)
            self.grounding_view.begin(exercise)
            return
        self.stack.setCurrentIndex(RUN)
        self.session_view.begin(exercise.name, self.timeline_for(exercise), self.reduced_motion())

    def is_running(self) -> bool:
        return self.stack.currentIndex() in (RUN, GROUND, URGE)

    def stop_session(self) -> None:
        """Esc: end the running session (it goes on to the finish screen)."""
        if self.stack.currentIndex() == RUN:
            self.session_view.stop()
        elif self.stack.currentIndex() == GROUND:
            self.grounding_view.stop()
        elif self.stack.currentIndex() == URGE:
            self.cravings.session_view.stop()

    # --- the Cravings part -------------------------------------------------------------------

    def show_cravings(self) -> None:
        """The Cravings part, ready to start. A session under way is left as it is; a
        finish screen is closed as Done without a rating (the session is saved either way)."""
        if self.stack.currentIndex() == AFTER:
            self._save_session(None)
        elif self.stack.currentIndex() == URGE_AFTER:
            self.cravings.back()
        if self.stack.currentIndex() in (CHOOSE, CRAVINGS):
            self.parts.setCurrentIndex(1)
            self.stack.setCurrentIndex(CRAVINGS)
            self.cravings.view.ready()

    def _show_heads(self, index: int) -> None:
        """The page's purpose and its two parts go with the exercises and Cravings, leaving
        a session and its finish all the room."""
        self.purpose.setVisible(index in (CHOOSE, CRAVINGS))
        self.parts.setVisible(index in (CHOOSE, CRAVINGS))

    def _show_part(self, part: int) -> None:
        if self.stack.currentIndex() in (CHOOSE, CRAVINGS):
            self.stack.setCurrentIndex(CRAVINGS if part else CHOOSE)

    def _on_setting(self, key: str, value: object) -> None:
        if key == "discreet_mode":
            self.parts.setTabText(1, part_name(bool(value)))

    def show_part_view(self, view: QWidget, focus: bool) -> None:
        """Show one of the Cravings part's views; `focus` gives it the whole window."""
        self.stack.setCurrentWidget(view)
        self._set_focus_mode(focus)

    def _follow(self, link: str) -> None:
        """A quick check's button: a Breathe exercise here, anything else by the window."""
        if link.startswith("breathe:"):
            self.parts.setCurrentIndex(0)
            self.select(link.partition(":")[2])
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.openLink.emit(link)

    def _set_focus_mode(self, on: bool) -> None:
        """The session alone in the window: no page title, no sidebar (the window's)."""
        if on == self.focus_mode:
            return
        self.focus_mode = on
        self.title.setVisible(not on)
        self.escape.setEnabled(on)
        self.focusModeChanged.emit(on)

    def hideEvent(self, event: QHideEvent) -> None:
        """Another section, opened by its shortcut: the breathing waits for the person."""
        super().hideEvent(event)
        if self.stack.currentIndex() == RUN and self.session_view.session.running:
            self.session_view.toggle_pause()
        if self.stack.currentIndex() == URGE and self.cravings.session_view.running():
            self.cravings.session_view.toggle_pause()

    def _cue(self, kind: str, word: str) -> None:
        if self.chime.isChecked():
            self.sound.play({"inhale": "in", "exhale": "out", "tense": "in"}.get(kind, "hold"))
        if self.speak.isChecked():
            self.speech.say(word)

    def _finished(self, seconds: float, completed: bool) -> None:
        self._result = (seconds, completed)
        self._set_focus_mode(False)
        exercise = self._exercise
        if isinstance(exercise, Grounding):
            count, unit = self.grounding_view.counts[1], STEPS
        elif isinstance(exercise, MuscleRelaxation):
            count, unit = self.session_view.counts[1] // 2, GROUPS  # tense, then release
        else:
            count, unit = self.session_view.counts[0], BREATHS
        self.stack.setCurrentIndex(AFTER)
        self.after_view.show_result(seconds, completed, count, unit)

    def _save_session(self, after: int | None) -> None:
        exercise = self._exercise
        seconds, completed = self._result
        if exercise is not None and seconds > 0:
            db = self.context.db
            attempt(
                self,
                lambda: self.context.write(
                    Area.SESSIONS,
                    sessions.log_session,
                    db,
                    exercise.key,
                    self._started_at,
                    seconds,
                    completed,
                    self._before,
                    after,
                ),
            )
        self._exercise = None
        self.before.setValue(None)
        self.stack.setCurrentIndex(CHOOSE)
        self.list.setFocus()

    # --- the person's own patterns -----------------------------------------------------------

    def new_pattern(self) -> None:
        db = self.context.db
        made: list[BreathingPattern] = []
        dialog = PatternDialog(
            lambda **v: made.append(exercises.save_custom_pattern(db, None, **v)), parent=self
        )
        if run_dialog(dialog, self._patterns_changed) and made:
            self.select(made[-1].key)

    def edit_pattern(self) -> None:
        pattern = self.current_exercise()
        if not isinstance(pattern, BreathingPattern) or pattern.custom_id is None:
            return
        db, pattern_id = self.context.db, pattern.custom_id
        dialog = PatternDialog(
            lambda **v: exercises.save_custom_pattern(db, pattern_id, **v), pattern, self
        )
        run_dialog(dialog, self._patterns_changed)

    def _patterns_changed(self) -> None:
        self.refresh()
        self.context.changed(Area.PATTERNS)

    def delete_pattern(self) -> None:
        pattern = self.current_exercise()
        if not isinstance(pattern, BreathingPattern) or pattern.custom_id is None:
            return
        db, custom_id = self.context.db, pattern.custom_id
        gone = attempt(
            self,
            lambda: self.context.write(
                Area.PATTERNS, exercises.delete_custom_pattern, db, custom_id
            ),
        )
        self.refresh()
        if gone is not None:
            self.undo_bar.offer(
                self.tr("Removed \u201c%1\u201d.").replace("%1", gone.name),
                lambda: self._put_back(gone),
            )

    def _put_back(self, pattern: BreathingPattern) -> None:
        db = self.context.db
        back = attempt(
            self,
            lambda: self.context.write(
                Area.PATTERNS, exercises.restore_custom_pattern, db, pattern
            ),
        )
        self.refresh()
        if back is not None:
            self.select(back.key)
