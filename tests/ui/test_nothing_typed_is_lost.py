"""Nothing typed is lost: fields take no more than their limit and say so near it; every
valid part of a form is saved when another part is not; leaving a day, a page or the
window with unsaved typing asks first. Checked in every form, and across a restart."""

from __future__ import annotations

import pytest
import test_accessibility
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from test_accessibility import DIALOGS as PLAIN_DIALOGS

from companion.core import aftercare, checklist, journal, storage
from companion.core.clock import FakeClock
from companion.ui.widgets import dialogs
from companion.ui.widgets.limits import limit_of
from companion.ui.widgets.own_number_dialog import OwnNumberDialog
from tests.ui.dialog_answers import answering

DIALOGS = {**PLAIN_DIALOGS, "own number": lambda ctx: OwnNumberDialog(lambda *_: None)}

TOO_MUCH = 300  # more than a short field takes, and enough to show a long one is held


def _reopen(data_dir):
    """The data as the app finds it after a restart."""
    return storage.open(data_dir, clock=FakeClock())


def _type_past(field, extra: int = TOO_MUCH) -> None:
    """Paste far more than the field takes, the way a person would (through the field)."""
    limit = limit_of(field)
    assert limit is not None, f"{field.accessibleName()} shows no limit"
    text = "x" * (limit.limit + extra)
    if isinstance(field, QLineEdit):
        field.setFocus()
        field.insert(text)
    else:
        field.insertPlainText(text)


def _length(field) -> int:
    return len(field.text() if isinstance(field, QLineEdit) else field.toPlainText())


def test_the_long_small_win_no_longer_costs_the_mood(qtbot, window, context, data_dir):
    """The case from a person's first week: a long win, then a mood, then Ctrl+Q."""
    window.show_section("journal")
    form = window.journal.form
    QTest.keyClicks(form.wins, "w" * 260)
    win_limit = limit_of(form.wins)
    assert len(form.wins.toPlainText()) == journal.MAX_WIN  # it could not take more
    assert win_limit is not None and not win_limit.note.isHidden()
    assert str(journal.MAX_WIN) in win_limit.note.text()  # the counter shows the limit
    form.mood.setValue(2)
    window.close()
    reopened = _reopen(data_dir)
    stored = journal.get_entry(reopened.db, context.today())
    reopened.db.close()
    assert stored is not None
    assert stored.mood == 2 and stored.wins == ("w" * journal.MAX_WIN,)


def test_a_part_the_core_refuses_is_marked_and_the_rest_saved(
    qtbot, window, context, data_dir, monkeypatch
):
    window.show_section("journal")
    page = window.journal
    page.form.wins.setPlainText("a win that is now too long for the rule")
    page.form.mood.setValue(4)
    page.form.notes.setPlainText("kept")
    monkeypatch.setattr(journal, "MAX_WIN", 10)  # a rule the form does not know about
    assert page.flush() is False
    note = limit_of(page.form.wins).note
    assert not note.isHidden() and "Small wins" in note.text() and "10" in note.text()
    assert "except" in page.saved_label.text()
    stored = journal.get_entry(context.db, context.today())
    assert stored is not None and stored.mood == 4 and stored.notes == "kept"
    assert page.form.wins.toPlainText().startswith("a win")  # still there to fix

    asked = []

    monkeypatch.setattr(dialogs, "run", answering(False, asked))
    window.close()
    assert window.isVisible() and "Small wins" in asked[-1]
    window.show_section("today")
    assert window.current_section() == "journal", "changing page asked, and stayed"
    page.previous_button.click()
    assert page.day == context.today(), "changing day asked, and stayed"
    monkeypatch.setattr(dialogs, "run", answering(True))
    window.close()
    assert not window.isVisible()
    reopened = _reopen(data_dir)
    stored = journal.get_entry(reopened.db, context.today())
    reopened.db.close()
    assert stored is not None and stored.mood == 4 and stored.notes == "kept"


def test_every_journal_field_with_a_limit_holds_it(qtbot, window):
    window.show_section("journal")
    form = window.journal.form
    for field in (form.wins, form.notes, form.tags):
        _type_past(field)
        limit = limit_of(field)
        assert _length(field) <= limit.limit
        assert limit.note.text(), f"{field.accessibleName()}: no counter near the limit"


def test_a_tag_cannot_grow_past_its_limit(qtbot, window):
    window.show_section("journal")
    tags = window.journal.form.tags
    tags.setFocus()
    QTest.keyClicks(tags, "sleep, " + "t" * (journal.MAX_TAG + 5))
    assert tags.text() == "sleep, " + "t" * journal.MAX_TAG
    assert str(journal.MAX_TAG) in limit_of(tags).note.text()


def test_sleep_cannot_be_typed_off_the_half_hour(qtbot, window):
    window.show_section("journal")
    sleep = window.journal.form.sleep_hours
    sleep.setFocus()
    sleep.lineEdit().selectAll()
    QTest.keyClicks(sleep, "7.3")
    sleep.interpretText()
    assert sleep.value() != 7.3


def test_aftercare_text_past_its_limit_and_the_next_step_survive_a_restart(qtbot, window, data_dir):
    window.show_section("plan")
    page = window.plan
    page.next_step.setCurrentIndex(1)
    chosen = page.next_step.currentData()
    _type_past(page.first_week, extra=50)
    assert len(page.first_week.toPlainText()) == aftercare.MAX_TEXT
    window.close()
    reopened = _reopen(data_dir)
    stored = aftercare.get_aftercare(reopened.db)
    reopened.db.close()
    assert stored.next_step == chosen and len(stored.first_week) == aftercare.MAX_TEXT


def test_a_task_typed_past_every_limit_is_saved_and_survives_a_restart(
    qtbot, window, data_dir, monkeypatch
):
    from companion.ui.widgets import prepare_dialogs

    window.show_section("prepare")

    def fill_and_save(dialog) -> int:
        dialog.show()
        for field in (dialog.title, dialog.notes):
            _type_past(field)
        dialog.accept()
        return 1

    monkeypatch.setattr(prepare_dialogs.ItemDialog, "exec", fill_and_save)
    before = len(checklist.list_items(window.context.db))
    window.prepare.checklist_tab.add_item()
    window.close()
    reopened = _reopen(data_dir)
    items = checklist.list_items(reopened.db)
    reopened.db.close()
    assert len(items) == before + 1
    added = max(items, key=lambda item: item.id)
    assert len(added.title) == checklist.MAX_TITLE and len(added.notes) == checklist.MAX_NOTES


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_field_holds_its_limit_and_the_dialog_saves(
    name, qtbot, context, window, monkeypatch
):
    saved: list[dict] = []
    monkeypatch.setattr(test_accessibility, "_save", lambda *args, **values: saved.append(values))
    dialog = DIALOGS[name](context)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = [
        field
        for field in [*dialog.findChildren(QLineEdit), *dialog.findChildren(QPlainTextEdit)]
        if limit_of(field) is not None and field.isEnabled()
    ]
    for field in fields:
        _type_past(field)
        limit = limit_of(field)
        assert _length(field) == limit.limit, field.accessibleName()
        assert not limit.note.isHidden(), f"{name}: {field.accessibleName()} shows no counter"
    buttons = getattr(dialog, "buttons", None)
    if buttons is None or not fields:
        return
    buttons.button(buttons.StandardButton.Save).click()
    problem = getattr(dialog, "error", None)
    if problem is not None and not problem.isHidden():
        assert "too long" not in problem.text(), f"{name}: {problem.text()}"


def test_the_counter_appears_only_near_the_limit(qtbot, window):
    window.show_section("journal")
    notes = window.journal.form.notes
    limit = limit_of(notes)
    notes.setPlainText("a few words")
    assert limit.note.isHidden()
    notes.setPlainText("n" * int(journal.MAX_NOTES * 0.9))
    assert not limit.note.isHidden()
    assert f"{journal.MAX_NOTES:d}" in limit.note.text().replace(",", "")
    assert notes.toolTip()  # the limit is said before it is reached too
    assert Qt.FocusPolicy.NoFocus != notes.focusPolicy()


def test_switching_language_with_unsaved_typing_asks_and_keeps_it(
    qtbot, context, data_dir, monkeypatch, spanish_translations
):
    from companion.ui.app import window_state_for
    from companion.ui.shell import Shell

    shell = Shell(context, window_state_for(data_dir))
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.show_section("journal")
    page = shell.window.journal
    page.form.wins.setPlainText("asked my sister for a lift")
    monkeypatch.setattr(journal, "MAX_WIN", 5)  # so this part cannot be saved
    asked = []
    monkeypatch.setattr(dialogs, "run", answering(False, asked))
    context.set_setting("language", "es")
    assert not shell.reopen()
    assert asked, "the person was asked"
    assert shell.window is not None and shell.window.isVisible()
    assert page.form.wins.toPlainText() == "asked my sister for a lift"
    assert context.setting("language") == "system", "Settings shows the language on screen"
