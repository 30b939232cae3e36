"""The one autosave, as the Journal and Plan use it: a pause after the last change, a
retry while the disk is full, a refused save that waits for the next edit, a status label
that says where things stand, and a question before leaving anything unsaved behind."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QLabel

from companion.core import aftercare, plan
from companion.core.clock import FakeClock
from companion.core.validate import InvalidInputError
from companion.ui.autosave import Autosave
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import answering

FULL = "database or disk is full"


class Saver:
    """A save function whose outcome the test chooses."""

    def __init__(self) -> None:
        self.calls = 0
        self.fail: BaseException | None = None
        self.complete = True

    def __call__(self) -> bool:
        self.calls += 1
        if self.fail is not None:
            raise self.fail
        return self.complete


@pytest.fixture
def parts(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    clock, saver = FakeClock(), Saver()
    return Autosave(clock.monotonic, saver, label), clock, saver, label


def test_it_saves_after_a_pause_and_then_rests(parts):
    autosave, clock, saver, label = parts
    assert not autosave.waiting and autosave.flush() and saver.calls == 0
    autosave.edited()
    assert autosave.dirty and autosave.waiting and label.text() == "Saving\u2026"
    clock.advance(1.0)
    autosave.tick()
    assert saver.calls == 0
    autosave.edited()  # typing again starts the wait again
    clock.advance(1.0)
    autosave.tick()
    assert saver.calls == 0
    clock.advance(0.5)
    autosave.tick()
    assert saver.calls == 1 and label.text() == "Saved"
    assert not autosave.dirty and not autosave.waiting


def test_a_full_disk_is_tried_again_until_it_saves(parts):
    autosave, clock, saver, label = parts
    saver.fail = sqlite3.OperationalError(FULL)
    autosave.edited()
    for _ in range(3):
        clock.advance(2.0)
        autosave.tick()
        assert label.text().startswith("Not saved") and "disk is full" in label.text()
        assert autosave.dirty and autosave.waiting and "disk is full" in autosave.problem
    saver.fail = None
    clock.advance(2.0)
    autosave.tick()
    assert label.text() == "Saved" and autosave.problem == "" and not autosave.waiting


def test_a_refused_save_waits_for_the_next_edit_and_counts_as_unsaved(parts):
    autosave, _clock, saver, label = parts
    saver.fail = InvalidInputError("notes", "too-long", "too long")
    autosave.edited()
    assert autosave.flush() is False
    assert label.text().startswith("Not saved")
    assert not autosave.waiting, "the same input would be refused again"
    assert autosave.flush() is False and saver.calls == 1, "still unsaved, not tried again"
    saver.fail = None
    autosave.edited()
    assert autosave.flush() and label.text() == "Saved"


def test_a_partial_save_is_said_and_counts_as_unsaved(parts):
    autosave, _clock, saver, label = parts
    saver.complete = False
    autosave.edited()
    assert autosave.flush() is False
    assert label.text() == "Saved, except what is marked below"
    assert autosave.flush() is False and saver.calls == 1
    autosave.forget()  # the person chose to leave it behind
    assert autosave.flush()


def test_fresh_data_replaces_the_status(parts):
    autosave, _clock, _saver, label = parts
    autosave.edited()
    autosave.loaded(True)
    assert label.text() == "Saved" and not autosave.dirty and not autosave.waiting
    autosave.loaded(False)
    assert label.text() == ""


@pytest.fixture
def plan_page(window):
    window.show_section("plan")
    return window.plan


def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError(FULL)


def test_the_aftercare_plan_saves_itself_after_a_pause(plan_page, context):
    clock = context.storage.clock
    plan_page.first_week.setPlainText("Stay with my sister")
    assert plan_page.aftercare_status.text() == "Saving\u2026"
    plan_page.aftercare_autosave.tick()
    assert aftercare.get_aftercare(context.db).first_week == ""  # still typing
    clock.advance(2.0)
    plan_page.aftercare_autosave.tick()
    assert aftercare.get_aftercare(context.db).first_week == "Stay with my sister"
    assert plan_page.aftercare_status.text() == "Saved"


def test_the_aftercare_plan_on_a_full_disk_is_kept_retried_and_asked_about(
    window, plan_page, context, monkeypatch
):
    clock = context.storage.clock
    real_save = plan.save_aftercare
    monkeypatch.setattr(plan, "save_aftercare", _full)
    plan_page.warning_signs.setPlainText("Skipping meals")
    clock.advance(2.0)
    plan_page.aftercare_autosave.tick()
    assert plan_page.aftercare_status.text().startswith("Not saved")
    assert plan_page.aftercare_autosave.waiting, "it is tried again"
    asked = []
    monkeypatch.setattr(dialogs, "run", answering(False, asked))
    window.show_section("today")
    assert window.current_section() == "plan" and asked and "disk is full" in asked[-1]
    assert plan_page.warning_signs.toPlainText() == "Skipping meals"
    monkeypatch.setattr(plan, "save_aftercare", real_save)  # room again
    clock.advance(2.0)
    plan_page.aftercare_autosave.tick()
    assert plan_page.aftercare_status.text() == "Saved"
    assert aftercare.get_aftercare(context.db).warning_signs == "Skipping meals"
