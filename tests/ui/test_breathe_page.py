"""Breathe: the pacer driven by a fake clock, pause and stop, ratings, history, own
patterns, remembered choices, reduced motion and the sound and speech fallbacks."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from companion.core import checklist, exercises, sessions
from companion.ui import cues
from companion.ui.app import window_state_for
from companion.ui.pages.breathe import AFTER, CHOOSE, GROUND, RUN, BreathePage
from companion.ui.widgets import dialogs
from companion.ui.widgets.pattern_dialog import PatternDialog


@pytest.fixture
def page(window):
    window.show_section("breathe")
    return window.breathe


@pytest.fixture
def clock(context):
    return context.storage.clock


def _start(page, key, cycles=None):
    page.select(key)
    if cycles is not None:
        page.by_cycles.setChecked(True)
        page.cycles.setValue(cycles)
    page.start()


def _advance(page, clock, seconds):
    clock.advance(seconds)
    page.session_view.tick()


def test_lists_every_exercise(page):
    keys = [row.key for row in page.model.rows()]
    assert keys[:5] == ["paced", "calm", "box", "four-seven-eight", "extended-exhale"]
    assert keys[-2:] == ["muscle-relaxation", "grounding"]


def test_every_exercise_shows_its_caution(page):
    for row in page.model.rows():
        page.select(row.key)
        assert "dizzy" in page.caution_label.text() or "light-headed" in page.caution_label.text()


def test_box_breathing_phases_follow_the_clock(page, clock):
    _start(page, "box", cycles=2)
    view = page.session_view
    assert page.stack.currentIndex() == RUN
    assert view.timer.isActive()
    assert view.pacer.showing().startswith("Breathe in")
    _advance(page, clock, 4.0)
    assert view.pacer.showing() == "Hold 4"
    _advance(page, clock, 4.0)
    assert view.pacer.showing().startswith("Breathe out")
    _advance(page, clock, 2.5)
    assert view.pacer.showing().endswith(" 2")
    assert "0:22" in view.time_left.text()


def test_pause_and_resume_lose_no_time_and_stop_the_timer(page, clock):
    _start(page, "box", cycles=2)
    view = page.session_view
    _advance(page, clock, 3.0)
    view.toggle_pause()
    assert not view.timer.isActive()  # nothing fires while paused
    clock.advance(600)
    view.toggle_pause()
    assert view.timer.isActive()
    position = view.position()
    assert position.session_elapsed == pytest.approx(3.0)


def test_space_pauses_and_escape_stops(page, clock, qtbot):
    _start(page, "calm", cycles=3)
    view = page.session_view
    qtbot.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.session.paused
    qtbot.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.session.running
    qtbot.keyClick(view.pacer, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == AFTER
    assert "Stopped" in page.after_view.heading.text()


def test_a_full_session_is_logged_with_ratings_and_shows_in_history(page, clock, context):
    page.select("box")
    page.before.setValue(7)
    page.by_cycles.setChecked(True)
    page.cycles.setValue(2)
    page.start()
    _advance(page, clock, 32.0)
    assert page.stack.currentIndex() == AFTER
    assert not page.session_view.timer.isActive()
    assert "Well done" in page.after_view.heading.text()
    page.after_view.rating.setValue(3)
    page.after_view.save_button.click()
    assert page.stack.currentIndex() == CHOOSE
    rows = list(context.db.table("exercise_sessions").rows)
    assert len(rows) == 1
    assert rows[0]["exercise"] == "box"
    assert rows[0]["seconds"] == pytest.approx(32.0)
    assert (rows[0]["completed"], rows[0]["tension_before"], rows[0]["tension_after"]) == (1, 7, 3)
    assert sessions.average_tension_change(context.db) == -4
    assert "-4.0" in page.history_text.text()


def test_cues_fire_once_per_phase_change(page, clock, monkeypatch):
    heard = []
    page.session_view.cue.connect(lambda kind, word: heard.append(kind))
    _start(page, "box", cycles=1)
    for _ in range(4):
        _advance(page, clock, 1.0)
    _advance(page, clock, 3.0)
    _advance(page, clock, 0.5)
    assert heard == ["inhale", "hold-in"]


def test_four_seven_eight_is_limited_to_four_cycles(page):
    page.select("four-seven-eight")
    assert page.cycles.maximum() == 4
    assert not page.by_minutes.isEnabled()
    timeline = page.timeline_for(page.current_exercise())
    assert timeline.cycles == 4


def test_minutes_round_up_to_whole_breaths(page):
    page.select("paced")
    page.by_minutes.setChecked(True)
    page.minutes.setValue(1)
    timeline = page.timeline_for(page.current_exercise())
    assert timeline.cycles == 6
    assert "6 breaths" in page.length_note.text()


def test_muscle_relaxation_shows_each_step(page, clock):
    _start(page, "muscle-relaxation")
    view = page.session_view
    assert view.pacer.showing().startswith("Tense")
    first = exercises.load_catalog().muscle.steps[0]
    assert first.group in view.step_label.text()
    _advance(page, clock, first.tense)
    assert view.pacer.showing().startswith("Release")


def test_grounding_moves_at_the_persons_pace(page, clock, context, qtbot):
    _start(page, "grounding")
    view = page.grounding_view
    assert page.stack.currentIndex() == GROUND
    assert view.count.text() == "5"
    clock.advance(40)
    for expected in ("4", "3", "2", "1"):
        view.next_button.click()
        assert view.count.text() == expected
    assert view.next_button.text() == "Finish"
    view.next_button.click()
    assert page.stack.currentIndex() == AFTER
    page.after_view.save_button.click()
    row = next(iter(context.db.table("exercise_sessions").rows))
    assert row["exercise"] == "grounding" and row["completed"] == 1


def test_three_sessions_tick_the_prepare_item(window, page, clock, context):
    for _ in range(3):
        _start(page, "box", cycles=1)
        _advance(page, clock, 16.0)
        page.after_view.save_button.click()
    practice = next(i for i in checklist.list_items(context.db) if i.link == "breathe")
    assert practice.done


def test_today_shows_minutes_this_week(window, page, clock):
    assert "No practice yet" in window.today.practice_text.text()
    _start(page, "paced", cycles=6)
    _advance(page, clock, 60.0)
    page.after_view.save_button.click()
    assert "1 minute, in 1 session." in window.today.practice_text.text()


def test_make_edit_and_delete_an_own_pattern(page, context, monkeypatch):
    def fill(dialog: PatternDialog):
        dialog.name.setText("Evening")
        dialog.spins["inhale"].setValue(3.5)
        dialog.spins["exhale"].setValue(7.0)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PatternDialog, "exec", fill)
    page.new_button.click()
    own = exercises.list_custom_patterns(context.db)
    assert [(p.name, p.inhale, p.exhale) for p in own] == [("Evening", 3.5, 7.0)]
    assert page.current_exercise().key == own[0].key
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()

    def rename(dialog: PatternDialog):
        dialog.name.setText("Night")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PatternDialog, "exec", rename)
    page.edit_button.click()
    assert exercises.list_custom_patterns(context.db)[0].name == "Night"
    mine = exercises.list_custom_patterns(context.db)
    monkeypatch.setattr(dialogs, "run", lambda box: pytest.fail("asked"))
    page.delete_button.click()  # at once: it can be undone
    assert exercises.list_custom_patterns(context.db) == []
    assert page.undo_bar.isVisibleTo(page) and "Night" in page.undo_bar.label.text()
    page.undo_bar.button.click()
    assert exercises.list_custom_patterns(context.db) == mine  # the same id: history names it
    assert page.current_exercise().key == mine[0].key


def test_pattern_dialog_refuses_a_duplicate_name(context, qtbot):
    exercises.save_custom_pattern(
        context.db, None, name="Evening", inhale=4, hold_in=0, exhale=6, hold_out=0
    )
    dialog = PatternDialog(lambda **v: exercises.save_custom_pattern(context.db, None, **v))
    qtbot.addWidget(dialog)
    dialog.name.setText("evening")
    dialog.accept()
    assert dialog.result() == 0
    assert "already used" in dialog.error.text()


def test_shipped_patterns_cannot_be_edited(page):
    page.select("box")
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()


def test_last_exercise_and_length_are_remembered(qtbot, context, data_dir):
    state = window_state_for(data_dir)
    first = BreathePage(context, state)
    qtbot.addWidget(first)
    first.select("calm")
    first.by_cycles.setChecked(True)
    first.cycles.setValue(9)
    first.start()
    first.session_view.stop()
    again = BreathePage(context, window_state_for(data_dir))
    qtbot.addWidget(again)
    assert again.current_exercise().key == "calm"
    assert again.by_cycles.isChecked()
    assert again.cycles.value() == 9


def test_reduced_motion_setting_switches_the_pacer_to_a_bar(page, context, clock):
    context.set_setting("reduced_motion", True)
    _start(page, "box", cycles=1)
    assert page.session_view.pacer.reduced_motion is True
    page.session_view.pacer.grab()  # paints the steady bar without error


def test_no_timer_runs_when_idle(page):
    assert page.stack.currentIndex() == CHOOSE
    assert not page.session_view.timer.isActive()


# --- sound and speech, present or not ---------------------------------------------------------


def _missing():
    raise ImportError("libpulse.so.0: cannot open shared object file")


def test_sound_without_multimedia_is_disabled_with_a_reason(monkeypatch):
    monkeypatch.setattr(cues, "import_multimedia", _missing)
    sound = cues.SoundCues()
    assert not sound.available
    assert "silent" in sound.reason
    assert "libpulse" not in sound.reason and "Qt" not in sound.reason  # said as a person would
    sound.play("in")  # harmless


def test_sound_without_a_speaker_is_disabled(monkeypatch):
    fake = SimpleNamespace(QMediaDevices=SimpleNamespace(audioOutputs=lambda: []))
    monkeypatch.setattr(cues, "import_multimedia", lambda: fake)
    sound = cues.SoundCues()
    assert not sound.available
    assert "speaker" in sound.reason


def test_sound_plays_the_chime_when_available(monkeypatch):
    played = []

    class Effect:
        def setSource(self, url):
            self.url = url

        def setVolume(self, volume):
            pass

        def play(self):
            played.append(self.url.fileName())

    fake = SimpleNamespace(
        QMediaDevices=SimpleNamespace(audioOutputs=lambda: ["speaker"]), QSoundEffect=Effect
    )
    monkeypatch.setattr(cues, "import_multimedia", lambda: fake)
    sound = cues.SoundCues()
    assert sound.available
    sound.play("in")
    assert played == ["chime-in.wav"]


def test_speech_without_an_engine_is_disabled(monkeypatch):
    fake = SimpleNamespace(QTextToSpeech=SimpleNamespace(availableEngines=lambda: []))
    monkeypatch.setattr(cues, "import_speech", lambda: fake)
    speech = cues.SpeechCues()
    assert not speech.available and "voice" in speech.reason
    monkeypatch.setattr(cues, "import_speech", _missing)
    assert not cues.SpeechCues().available


def test_speech_speaks_the_phase_word_when_available(monkeypatch):
    said = []

    class Engine:
        State = SimpleNamespace(Error="error")

        def __init__(self, engine):
            self.engine = engine

        @staticmethod
        def availableEngines():
            return ["mock", "fake"]

        def state(self):
            return "ready"

        def say(self, text):
            said.append(f"{self.engine}: {text}")

    monkeypatch.setattr(cues, "import_speech", lambda: SimpleNamespace(QTextToSpeech=Engine))
    speech = cues.SpeechCues()
    assert speech.available
    speech.say("Breathe in")
    assert said == ["fake: Breathe in"]


def test_an_engine_whose_library_is_missing_is_not_offered(monkeypatch):
    monkeypatch.setattr(cues.sys, "platform", "linux")
    monkeypatch.setattr(cues, "library_present", lambda name: False)
    assert cues.usable_engine(["mock", "speechd"]) is None
    assert cues.usable_engine(["speechd", "other"]) == "other"
    monkeypatch.setattr(cues, "library_present", lambda name: name == "speechd")
    assert cues.usable_engine(["mock", "speechd"]) == "speechd"


def test_an_engine_that_fails_to_start_leaves_speech_off(monkeypatch):
    class Broken:
        State = SimpleNamespace(Error="error")

        def __init__(self, engine):
            pass

        @staticmethod
        def availableEngines():
            return ["other"]

        def state(self):
            return "error"

    monkeypatch.setattr(cues, "import_speech", lambda: SimpleNamespace(QTextToSpeech=Broken))
    speech = cues.SpeechCues()
    assert not speech.available and "voice" in speech.reason


def test_page_disables_unavailable_cues_and_explains(page):
    for box, cue, note in (
        (page.chime, page.sound, page.chime_note),
        (page.speak, page.speech, page.speak_note),
    ):
        assert box.isEnabled() == cue.available
        assert note.isVisibleTo(page) == (not cue.available)
        if not cue.available:
            assert note.text()


def test_chime_and_speech_follow_the_pacer_when_on(page, clock, monkeypatch):
    played, said = [], []
    page.sound = SimpleNamespace(available=True, play=played.append)
    page.speech = SimpleNamespace(available=True, say=said.append)
    page.chime.setEnabled(True)
    page.speak.setEnabled(True)
    page.chime.setChecked(True)
    page.speak.setChecked(True)
    _start(page, "calm", cycles=1)
    _advance(page, clock, 5.0)
    assert played == ["in", "out"]
    assert said == ["Breathe in", "Breathe out"]


def test_a_one_off_timer_comes_when_the_next_phase_is_due(page, clock):
    _start(page, "four-seven-eight")
    view = page.session_view
    assert view.boundary.isActive() and view.boundary.interval() == 4000
    _advance(page, clock, 4.0)  # now holding for 7 s
    assert view.boundary.interval() == 7000
    _advance(page, clock, 2.5)
    assert view.boundary.interval() == 7000  # set once per phase, not on every frame
    view.toggle_pause()
    assert not view.boundary.isActive()
    view.toggle_pause()
    assert view.boundary.isActive() and view.boundary.interval() == 4500  # what is left
    view.stop()
    assert not view.boundary.isActive()


def test_the_pacer_paints_again_only_what_changed(page, clock, qtbot):
    from PySide6.QtCore import QEvent, QObject

    _start(page, "four-seven-eight")
    view = page.session_view
    view.timer.stop()
    view.boundary.stop()
    _advance(page, clock, 4.2)  # in the hold: the shape stays still
    qtbot.wait(20)
    painted: list[object] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(event.region().boundingRect())
            return False

    watcher = Paints()
    view.pacer.installEventFilter(watcher)
    _advance(page, clock, 0.1)  # same seconds shown, same shape: nothing to paint
    qtbot.wait(20)
    assert painted == []
    _advance(page, clock, 1.0)  # one second less to hold: only the words are painted
    qtbot.wait(20)
    assert len(painted) == 1 and painted[0].height() <= 80
    view.pacer.removeEventFilter(watcher)
