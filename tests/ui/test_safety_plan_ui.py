"""The safety plan: filled in step by step by keyboard, kept on close, read on the Plan's
first tab, at the top of Get help now, and printed as a pocket card."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from companion.core import checklist, content, people, safety_plan, settings
from companion.core.safety_plan import SafetyPlan
from companion.ui import i18n
from companion.ui.pocket_card import write_card_pdf
from companion.ui.safety_plan_dialog import STEPS, SafetyPlanDialog
from companion.ui.widgets.help_panel import HelpPanel


def _pdf_text(path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def _two(context):
    mum = people.save_person(context.db, None, name="Mum", phone="07700 900456")
    nurse = people.save_person(
        context.db, None, name="Nurse Priya", role="care-team", phone="020 7946 0111"
    )
    return mum, nurse


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_the_dialog_is_filled_by_keyboard(qtbot, context):
    mum, nurse = _two(context)
    checklist.ensure_template(context.db, content.load_checklist_template())
    dialog = SafetyPlanDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.counter.text() == "Step 1 of 7"
    qtbot.keyClicks(dialog.texts["warning_signs"], "Not sleeping")
    _press(
        qtbot, dialog.texts["warning_signs"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert dialog.step == 1 and dialog.focusWidget() is dialog.texts["calming"]
    # saved on Next already: nothing typed waits for the end
    assert safety_plan.get_safety_plan(context.db).warning_signs == "Not sleeping"
    qtbot.keyClicks(dialog.texts["calming"], "Box breathing")
    _press(qtbot, dialog.texts["calming"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _press(
        qtbot, dialog.texts["distractions"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert dialog.counter.text() == "Step 4 of 7"
    people_list = dialog.lists["help"]
    assert dialog.focusWidget() is people_list and people_list.count() == 2
    _press(qtbot, people_list, Qt.Key.Key_Space)  # ticks the first: Mum
    _press(qtbot, people_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    pros = dialog.lists["professional"]
    assert pros.count() == 1  # Mum is already in step 4
    _press(qtbot, pros, Qt.Key.Key_Space)
    _press(qtbot, pros, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.texts["surroundings"], "Mum keeps my medicines")
    _press(
        qtbot, dialog.texts["surroundings"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClicks(dialog.texts["reasons"], "My daughter")
    assert not dialog.next_button.isVisible() and dialog.done_button.isDefault()
    _press(qtbot, dialog.texts["reasons"], Qt.Key.Key_Escape)  # Esc keeps what was written
    assert not dialog.isVisible()
    saved = safety_plan.get_safety_plan(context.db)
    assert saved.helpers == (mum.id,) and saved.professionals == (nurse.id,)
    assert saved.reasons == "My daughter" and saved.changed_at == "2026-01-01T09:00"
    assert safety_plan.steps_done(saved) == 6
    made = next(i for i in checklist.list_items(context.db) if i.auto == "safety-plan")
    assert made.done_on is not None  # the checklist task ticked itself


def test_back_keeps_the_steps_and_a_refused_text_keeps_the_dialog_open(qtbot, context, monkeypatch):
    from companion.core.validate import InvalidInputError
    from companion.ui.widgets import dialogs

    warned = []
    monkeypatch.setattr(dialogs, "run", lambda box: warned.append(box.text()))
    store = safety_plan.save_safety_plan

    def refuse_music(db, plan, now):
        if "Music" in plan.calming:  # as the core refuses a text too long to keep
            raise InvalidInputError("things that calm me", "too-long", "Too long.")
        return store(db, plan, now)

    monkeypatch.setattr(safety_plan, "save_safety_plan", refuse_music)
    dialog = SafetyPlanDialog(context, step=6)
    qtbot.addWidget(dialog)
    dialog.texts["reasons"].setPlainText("My dog")
    dialog.back()
    assert dialog.step == 5
    dialog.texts["calming"].setPlainText("Music")
    dialog.reject()  # closing keeps the dialog open rather than lose the text
    assert warned and dialog.step == 1  # the step with the problem is shown
    assert dialog.texts["reasons"].toPlainText() == "My dog"
    assert safety_plan.get_safety_plan(context.db).reasons == "My dog"
    dialog.texts["calming"].setPlainText("A walk")
    dialog.finish()
    assert safety_plan.get_safety_plan(context.db).calming == "A walk"


def test_a_contact_added_in_the_dialog_is_ticked(qtbot, context, monkeypatch):
    from companion.ui.widgets.plan_dialogs import ContactDialog

    def exec_(dialog):
        dialog.name.setText("Sam")
        dialog.phone.setText("555 0100")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ContactDialog, "exec", exec_)
    dialog = SafetyPlanDialog(context, step=STEPS.index("help"))
    qtbot.addWidget(dialog)
    dialog._add_contact("help")
    dialog.finish()
    sam = people.list_people(context.db)[0]
    assert safety_plan.get_safety_plan(context.db).helpers == (sam.id,)


def test_plan_tab_comes_first_and_shows_the_plan(qtbot, window, context):
    window.show_section("plan")
    page = window.plan
    assert page.tabs.widget(0) is page.safe_tabs
    assert page.safe_tabs.widget(0) is page.safety
    assert page.safety.stack.currentWidget() is page.safety.empty
    mum, _ = _two(context)
    safety_plan.save_safety_plan(
        context.db, SafetyPlan(calming="Box breathing", helpers=(mum.id,)), context.now()
    )
    window.open_link("plan:safety")
    assert page.tabs.currentWidget() is page.safe_tabs
    assert page.safe_tabs.currentWidget() is page.safety
    page.safety.refresh()
    shown = " ".join(
        label.text() for label in page.safety.findChildren(type(page.safety.empty.sentence))
    )
    assert "Box breathing" in shown and "Mum \u2014 07700 900456" in shown


def test_help_panel_shows_the_plan_at_the_top(qtbot, context):
    mum, nurse = _two(context)
    panel = HelpPanel(context)
    qtbot.addWidget(panel)
    assert not panel.safety_box.isVisibleTo(panel) and panel.safety_offer.isVisibleTo(panel)
    column = panel.column
    # the quiet offer comes after the helplines
    assert column.indexOf(panel.safety_offer) > column.indexOf(panel.helplines_box)
    context.write(
        __import__("companion.core.changes", fromlist=["Area"]).Area.PLAN,
        safety_plan.save_safety_plan,
        context.db,
        SafetyPlan(calming="A hot shower", helpers=(mum.id,), professionals=(nurse.id,)),
        context.now(),
    )
    assert panel.safety_box.isVisibleTo(panel) and not panel.safety_offer.isVisibleTo(panel)
    assert column.indexOf(panel.safety_box) < column.indexOf(panel.helplines_box)
    words = " ".join(w.text() for w in panel.safety_box.findChildren(type(panel.emergency_note)))
    assert "A hot shower" in words and "07700 900456" in words and "020 7946 0111" in words
    opened = []
    panel.openLearn.connect(opened.append)
    panel.safety_button.click()
    assert opened == ["plan:safety"]


def test_pocket_card_button_writes_a_pdf(qtbot, window, context, tmp_path, monkeypatch):
    mum, _ = _two(context)
    safety_plan.save_safety_plan(
        context.db, SafetyPlan(surroundings="No supply at home", helpers=(mum.id,)), context.now()
    )
    window.show_section("plan")
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window.plan.safety.refresh()
    window.plan.safety.pdf_button.click()
    text = _pdf_text(target)
    assert "My safety plan" in text and "07700 900456" in text and "No supply at home" in text
    assert "911" in text  # the region's emergency number
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("language", ["en", "es"])
def test_pocket_card_in_the_app_language(context, tmp_path, language, spanish_translations):
    mum, nurse = _two(context)
    settings.set_setting(context.db, "region", "UK")
    safety_plan.save_safety_plan(
        context.db, SafetyPlan(helpers=(mum.id,), professionals=(nurse.id,)), context.now()
    )
    assert i18n.use_language(language)
    try:
        target = tmp_path / "card.pdf"
        write_card_pdf(context.db, target, context.now())
    finally:
        i18n.use_language("en")
    text = _pdf_text(target)
    assert "999" in text and "Samaritans" in text and "Nurse Priya" in text
    if language == "es":
        assert "Mi plan de seguridad" in text and "Personas a quienes puedo pedir ayuda" in text
    else:
        assert "People I can ask for help" in text


def test_discreet_pocket_card_has_a_neutral_title(context, tmp_path):
    settings.set_setting(context.db, "discreet_mode", True)
    settings.set_setting(context.db, "region", "US")
    safety_plan.save_safety_plan(context.db, SafetyPlan(calming="Walk"), context.now())
    target = tmp_path / "card.pdf"
    write_card_pdf(context.db, target, context.now())
    text = _pdf_text(target).lower()
    assert "important numbers" in text
    for word in ("safety plan", "suicide", "overdose", "naloxone", "detox"):
        assert word not in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "safety" not in info.lower()
