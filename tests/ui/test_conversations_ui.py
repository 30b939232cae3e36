"""The Conversations tab: a calm word when no helper is chosen, the empty state's one
button, a new plan named and written at once, the steps saving themselves (and on
leaving, never cut), several plans each kept apart, renaming, removing with undo,
following the chosen helper; and Practise it, a step at a time by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from companion.core import conversations, people
from companion.core.conversations import MAX_STEP, STEPS
from companion.ui.conversation_practice import PractiseDialog
from companion.ui.pages import conversations as page
from companion.ui.pages.conversations import ConversationsTab, PlanTitleDialog


@pytest.fixture
def helper(context):
    ana = people.save_person(context.db, None, name="Ana").id
    context.set_setting("helper_id", ana)
    return ana


@pytest.fixture
def tab(qtbot, context, helper):
    widget = ConversationsTab(context)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    return widget


def _name_it(monkeypatch, title=None):
    """Answer the title dialog with Save, after typing `title` (or keeping the offered one)."""

    def exec_(dialog):
        if title is not None:
            dialog.title.setText(title)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PlanTitleDialog, "exec", exec_)


def _plan(context, helper, title="Talk", **steps):
    now = context.storage.clock.now()
    return conversations.save_plan(
        context.db, None, helper_id=helper, title=title, steps=steps, now=now
    )


def test_with_no_helper_chosen_it_says_so_calmly(qtbot, context):
    widget = ConversationsTab(context)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.no_helper
    assert "Choose who is helping" in widget.no_helper.text()


def test_an_empty_list_offers_one_button_and_a_new_plan_is_written_at_once(
    tab, context, helper, monkeypatch, qtbot
):
    assert tab.list.empty.isVisible()
    assert not tab.chosen.isVisible()
    _name_it(monkeypatch)
    tab.list.empty.button.click()
    plans = conversations.list_plans(context.db, helper)
    assert [p.title for p in plans] == ["Our talk"]
    assert tab.chosen.isVisible()
    first = tab.fields["moment"]
    assert first.hasFocus()
    qtbot.keyClicks(first, "Saturday morning")
    assert tab.autosave.waiting
    context.storage.clock.advance(5)
    tab.autosave.tick()
    assert conversations.get_plan(context.db, plans[0].id).steps["moment"] == "Saturday morning"
    assert tab.status.text() == "Saved"


def test_each_step_shows_its_hint_and_example_and_is_named(tab, context, helper):
    _plan(context, helper)
    tab.refresh()
    for step in conversations.load_steps():
        edit = tab.fields[step.key]
        assert edit.accessibleName() == step.question
        assert step.example in edit.placeholderText()
        assert step.hint == edit.accessibleDescription()


def test_typing_past_the_limit_is_held_and_what_fits_is_saved(tab, context, helper):
    plan = _plan(context, helper)
    tab.refresh()
    edit = tab.fields["avoid"]
    edit.setPlainText("x" * (MAX_STEP + 50))
    assert len(edit.toPlainText()) == MAX_STEP
    assert tab.flush()
    assert conversations.get_plan(context.db, plan.id).steps["avoid"] == "x" * MAX_STEP


def test_choosing_another_plan_saves_the_first_and_keeps_them_apart(tab, context, helper):
    one = _plan(context, helper, "One")
    two = _plan(context, helper, "Two")
    tab.refresh()
    tab.list.select(one.id)
    tab.fields["asking"].setPlainText("Come with me")
    tab.list.select(two.id)  # no pause: saved on leaving it
    assert conversations.get_plan(context.db, one.id).steps["asking"] == "Come with me"
    assert tab.fields["asking"].toPlainText() == ""
    tab.fields["offer"].setPlainText("I can drive")
    tab.hide()  # leaving the tab saves too
    assert conversations.get_plan(context.db, two.id).steps["offer"] == "I can drive"
    assert conversations.get_plan(context.db, one.id).steps["offer"] == ""


def test_rename_keeps_the_words(tab, context, helper, monkeypatch):
    plan = _plan(context, helper, "Old", noticed="Home by eight")
    tab.refresh()
    tab.list.select(plan.id)
    tab.fields["feeling"].setPlainText("Hopeful")
    _name_it(monkeypatch, "Sunday")
    tab.list.edit_button.click()
    stored = conversations.get_plan(context.db, plan.id)
    assert stored.title == "Sunday"
    assert stored.steps["noticed"] == "Home by eight" and stored.steps["feeling"] == "Hopeful"
    assert tab.fields["feeling"].toPlainText() == "Hopeful"


def test_a_blank_title_is_refused_in_the_dialog(context, helper, qtbot):
    saved = []
    dialog = PlanTitleDialog("", saved.append)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Our talk"
    assert dialog.title.maxLength() == conversations.MAX_TITLE

    def save(title):
        conversations.save_plan(
            context.db, None, helper_id=helper, title=title, steps={}, now=context.now()
        )

    dialog = PlanTitleDialog("", save)
    qtbot.addWidget(dialog)
    dialog.title.setText("   ")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "title" in dialog.error.text()
    assert conversations.list_plans(context.db, helper) == []


def test_remove_saves_what_was_typed_and_undo_brings_it_all_back(tab, context, helper):
    plan = _plan(context, helper, "Talk")
    tab.refresh()
    tab.list.select(plan.id)
    tab.fields["fallback"].setPlainText("Walk and call my sister")
    tab.list.remove_button.click()
    assert conversations.list_plans(context.db, helper) == []
    assert "Removed Talk." in tab.list.undo_bar.label.text()
    tab.list.undo()
    back = conversations.get_plan(context.db, plan.id)
    assert back is not None and back.steps["fallback"] == "Walk and call my sister"
    assert tab.list.selected().id == plan.id
    assert tab.fields["fallback"].toPlainText() == "Walk and call my sister"


def test_it_follows_the_chosen_helper(tab, context, helper):
    _plan(context, helper, "Ana's")
    ben = people.save_person(context.db, None, name="Ben").id
    _plan(context, ben, "Ben's")
    tab.refresh()
    assert [p.title for p in tab.list.rows()] == ["Ana's"]
    tab.fields["moment"].setPlainText("Soon")
    context.set_setting("helper_id", ben)
    assert [p.title for p in tab.list.rows()] == ["Ben's"]
    assert tab.fields["moment"].toPlainText() == ""
    assert conversations.list_plans(context.db, helper)[0].steps["moment"] == "Soon"
    context.set_setting("helper_id", 0)
    assert tab.stack.currentWidget() is tab.no_helper


def test_the_pdf_name_is_neutral_in_discreet_mode(tab, context):
    assert tab.pdf_file_name() == "conversation-plan.pdf"
    context.set_setting("discreet_mode", True)
    assert tab.pdf_file_name() == "talk-notes.pdf"


def test_save_as_pdf_writes_the_plan(tab, context, helper, monkeypatch, tmp_path):
    plan = _plan(context, helper, "Talk")
    tab.refresh()
    tab.list.select(plan.id)
    tab.fields["opening"].setPlainText("I loved dinner")
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    tab.save_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0


# --- Practise it -------------------------------------------------------------------------


def test_practise_shows_written_steps_one_at_a_time_by_keyboard(qtbot, context, helper):
    plan = _plan(context, helper, opening="I loved dinner", asking="Come with me")
    dialog = PractiseDialog(plan, conversations.load_steps())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.step_key() == "opening"
    assert dialog.counter.text() == "Step 2 of 8"
    assert dialog.words.text() == "I loved dinner"
    assert dialog.question.text() == "How will you start, positively?"
    assert dialog.skipped.isVisibleTo(dialog)
    assert dialog.next_button.hasFocus() or dialog.focusWidget() is dialog.next_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.step_key() == "asking" and dialog.counter.text() == "Step 5 of 8"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert dialog.step_key() == "opening"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.step_key() is None
    assert "Take a breath. You can stop and try another day." in dialog.words.text()
    assert dialog.again_button.isVisible() and not dialog.next_button.isVisible()
    dialog.again_button.click()
    assert dialog.step_key() == "opening"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_practise_says_so_when_nothing_is_written(qtbot, context, helper):
    plan = _plan(context, helper)
    dialog = PractiseDialog(plan, conversations.load_steps())
    qtbot.addWidget(dialog)
    assert "no words in it yet" in dialog.words.text()
    assert not dialog.next_button.isVisibleTo(dialog)
    assert not dialog.skipped.isVisibleTo(dialog)


def test_practise_it_opens_on_the_chosen_plan_as_saved(tab, context, helper, monkeypatch):
    plan = _plan(context, helper)
    tab.refresh()
    tab.list.select(plan.id)
    tab.fields["moment"].setPlainText("Saturday")
    seen = []
    monkeypatch.setattr(PractiseDialog, "exec", lambda d: seen.append(d.plan) or 0)
    tab.practise_button.click()
    assert seen[0].steps["moment"] == "Saturday"
    assert conversations.get_plan(context.db, plan.id).steps["moment"] == "Saturday"


def test_every_step_has_a_field(tab):
    assert list(tab.fields) == list(STEPS)
