"""A dialog whose save meets a full disk says so and stays open with what was typed."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from companion.core import checklist, people, plan
from companion.ui.widgets.plan_dialogs import AppointmentDialog
from companion.ui.widgets.prepare_dialogs import ItemDialog


def _disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def _locked(*_args, **_kwargs):
    raise sqlite3.OperationalError("database is locked")


@pytest.mark.parametrize(("failure", "words"), [(_disk_full, "disk is full"), (_locked, "")])
def test_add_task_on_a_full_disk_says_so_and_keeps_the_typing(
    qtbot, context, window, monkeypatch, failure, words
):
    monkeypatch.setattr(checklist, "save_item", failure)
    dialog = ItemDialog(
        lambda **values: checklist.save_item(context.db, None, **values),
        checklist.categories(context.db),
        people.list_people(context.db),
        context.today(),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Ask work for the week off")
    dialog.accept()  # must not raise
    assert dialog.isVisible() and not dialog.result()
    assert not dialog.error.isHidden() and "Nothing was changed" in dialog.error.text()
    assert words in dialog.error.text()
    assert dialog.title.text() == "Ask work for the week off"


def test_add_appointment_on_a_full_disk_says_so(qtbot, context, window, monkeypatch):
    monkeypatch.setattr(plan, "save_appointment", _disk_full)
    dialog = AppointmentDialog(
        lambda **values: plan.save_appointment(context.db, None, **values),
        [],
        datetime(2026, 1, 1, 9),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Intake call")
    dialog.save = lambda: plan.save_appointment(context.db, None)  # past the field checks
    dialog.accept()
    assert dialog.isVisible() and "disk is full" in dialog.error.text()
