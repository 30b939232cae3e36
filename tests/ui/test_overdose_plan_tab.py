"""The Plan's Overdose plan tab: filled by keyboard, saved by itself, who knows how to use
naloxone ticked from the contacts (and a new contact added and ticked), commitments added
from the offered wording, the overdose steps to read; and Today's calm expiry warning,
discreet when asked, with its way to the tab."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from companion.core import content, overdose_plan, people
from companion.core.changes import Area
from companion.core.overdose_plan import OverdosePlan
from companion.ui.widgets.plan_dialogs import ContactDialog

TODAY = date(2026, 1, 1)  # the FakeClock's day


@pytest.fixture
def tab(window):
    window.show_section("plan")
    window.plan.show_overdose_plan()
    return window.plan.overdose


def _type(qtbot, widget, text):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(widget, text)


def test_the_overdose_plan_is_part_of_staying_safe(window):
    window.show_section("plan")
    page = window.plan
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert names[page.tabs.indexOf(page.safe_tabs)] == "Staying safe"
    inner = [page.safe_tabs.tabText(i) for i in range(page.safe_tabs.count())]
    assert inner == ["Safety plan", "Overdose plan"]
    window.open_link("plan:overdose")
    assert page.tabs.currentWidget() is page.safe_tabs
    assert page.safe_tabs.currentWidget().isAncestorOf(page.overdose)


def test_fill_the_plan_by_keyboard_and_it_saves_itself(tab, context, qtbot):
    _type(qtbot, tab.place, "Kitchen drawer")
    tab.doses.setFocus()
    qtbot.keyClick(tab.doses, Qt.Key.Key_Up)
    qtbot.keyClick(tab.doses, Qt.Key.Key_Up)
    qtbot.keyClick(tab.doses, Qt.Key.Key_Up)
    _type(qtbot, tab.expires.line, "2026-01-20")
    tab.commitments.setFocus()  # leaving the date field: it is read and saved
    qtbot.keyClicks(tab.commitments, "Call Sam first")
    assert tab.autosave.waiting
    context.storage.clock.advance(5)
    tab.autosave.tick()
    saved = overdose_plan.get_overdose_plan(context.db)
    assert saved.naloxone_place == "Kitchen drawer"
    assert saved.naloxone_doses == 2
    assert saved.naloxone_expires == date(2026, 1, 20)
    assert saved.commitments == "Call Sam first"
    assert tab.status.text() == "Saved"
    assert "expires on" in tab.expiry_note.text()


def test_the_doses_start_not_written_and_go_back_to_it(tab, context):
    assert tab.doses.text() == "Not written"
    tab.doses.setValue(1)
    tab.doses.setValue(-1)
    tab.flush()
    assert overdose_plan.get_overdose_plan(context.db).naloxone_doses is None


def test_a_date_that_cannot_be_read_is_marked_and_the_rest_is_saved(tab, context, qtbot):
    overdose_plan.save_overdose_plan(
        context.db, OverdosePlan(naloxone_expires=date(2027, 5, 1)), datetime(2026, 1, 1)
    )
    tab.refresh()
    tab.expires.line.setText("31 Febtember")
    tab.expires.line.editingFinished.emit()
    tab.place.setText("My bag")
    assert not tab.flush()
    saved = overdose_plan.get_overdose_plan(context.db)
    assert (saved.naloxone_place, saved.naloxone_expires) == ("My bag", date(2027, 5, 1))
    assert tab.expires.problem.text()
    assert tab.status.text() == "Saved, except what is marked below"
    assert tab.expires.line.text() == "31 Febtember"  # what was typed stays
    assert tab.unsaved_words()


def test_commitments_are_held_to_their_limit(tab, context):
    tab.commitments.setPlainText("x" * (overdose_plan.MAX_COMMITMENTS + 50))
    assert len(tab.commitments.toPlainText()) == overdose_plan.MAX_COMMITMENTS
    assert tab.flush()
    tab.place.setText("Drawer")
    assert tab.flush()
    assert overdose_plan.get_overdose_plan(context.db).naloxone_place == "Drawer"


def test_offered_wording_is_added_once_and_then_the_persons_own(tab, context):
    words, button = tab.suggestions[0]
    tab.commitments.setPlainText("Tell Mum")
    button.click()
    assert tab.commitments.toPlainText() == f"Tell Mum\n{words}"
    assert not button.isEnabled()  # already there
    tab.commitments.setPlainText(tab.commitments.toPlainText().replace(words, "My own words"))
    assert button.isEnabled()
    assert button.accessibleName().startswith("Add to my commitments: ")


def test_tick_who_knows_how_to_use_it(tab, context):
    mum = people.save_person(context.db, None, name="Mum", phone="555 0101")
    sam = people.save_person(context.db, None, name="Sam")
    context.changed(Area.HELPERS)
    assert set(tab.checks) == {mum.id, sam.id}
    assert tab.checks[mum.id].text() == "Mum \u2014 555 0101"
    tab.checks[mum.id].setChecked(True)
    assert [p.id for p in overdose_plan.naloxone_people(context.db)] == [mum.id]
    tab.checks[mum.id].setChecked(False)
    tab.checks[sam.id].setChecked(True)
    assert [p.id for p in overdose_plan.naloxone_people(context.db)] == [sam.id]


def test_add_a_contact_and_they_are_ticked(tab, context, monkeypatch):
    def exec_(dialog):
        dialog.name.setText("Zoë")
        dialog.phone.setText("555 0123")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ContactDialog, "exec", exec_)
    tab.add_person.click()
    knows = overdose_plan.naloxone_people(context.db)
    assert [p.name for p in knows] == ["Zoë"]
    assert tab.checks[knows[0].id].isChecked()


def test_the_overdose_steps_are_the_ones_get_help_now_shows(tab):
    steps = content.load_response_steps()
    shown = " ".join(tab.steps_box.itemAt(i).widget().text() for i in range(tab.steps_box.count()))
    assert steps.title in shown and all(step in shown for step in steps.steps)
    assert "911" in shown  # the region's emergency number


def _today_card(window):
    window.show_section("today")
    return window.today


@pytest.mark.parametrize(
    ("expires", "shown", "words"),
    [
        (TODAY + timedelta(days=31), False, ""),
        (TODAY + timedelta(days=30), True, "Your naloxone expires on"),
        (TODAY, True, "Your naloxone expired on"),
        (TODAY - timedelta(days=3), True, "Your naloxone expired on"),
        (None, False, ""),
    ],
)
def test_today_warns_before_the_naloxone_expires(window, context, expires, shown, words):
    context.write(
        Area.PLAN,
        overdose_plan.save_overdose_plan,
        context.db,
        OverdosePlan("Drawer", 1, expires),
        datetime(2026, 1, 1),
    )
    today = _today_card(window)
    assert today.naloxone_box.isVisible() == shown
    if shown:
        assert today.naloxone_text.text().startswith(words)
        assert "Get a new kit" in today.naloxone_text.text()


def test_the_warning_comes_as_the_days_pass(window, context):
    overdose_plan.save_overdose_plan(
        context.db, OverdosePlan(naloxone_expires=TODAY + timedelta(days=40)), datetime(2026, 1, 1)
    )
    today = _today_card(window)
    today.refresh()
    assert not today.naloxone_box.isVisible()
    context.storage.clock.advance(timedelta(days=10))
    today.refresh()
    assert today.naloxone_box.isVisible()


def test_discreet_mode_says_only_that_something_needs_renewing(window, context):
    overdose_plan.save_overdose_plan(
        context.db, OverdosePlan(naloxone_expires=TODAY), datetime(2026, 1, 1)
    )
    context.set_setting("discreet_mode", True)
    today = _today_card(window)
    today.refresh()
    seen = " ".join(
        [
            today.naloxone_text.text(),
            today.naloxone_button.text(),
            today.naloxone_button.accessibleName(),
            today.naloxone_button.accessibleDescription(),
        ]
    ).casefold()
    assert "renewing" in seen
    for word in ("naloxone", "overdose", "detox", "opioid"):
        assert word not in seen


def test_the_warning_opens_the_overdose_tab(window, context):
    overdose_plan.save_overdose_plan(
        context.db, OverdosePlan(naloxone_expires=TODAY), datetime(2026, 1, 1)
    )
    today = _today_card(window)
    today.refresh()
    today.naloxone_button.click()
    assert window.plan.safe_tabs.currentWidget().isAncestorOf(window.plan.overdose)
    assert window.plan.safe_tabs.isVisible()


def test_tab_goes_down_the_form_in_order(tab, context, qtbot):
    mum = people.save_person(context.db, None, name="Mum")
    context.changed(Area.HELPERS)
    qtbot.waitUntil(lambda: tab.checks[mum.id].isVisible())  # shown by the event loop
    tab.window().activateWindow()
    tab.place.setFocus(Qt.FocusReason.TabFocusReason)
    order = [tab.place]
    for _ in range(5):
        qtbot.keyClick(order[-1], Qt.Key.Key_Tab)
        order.append(tab.window().focusWidget())
    assert order[1:] == [
        tab.doses,
        tab.expires.line,
        tab.expires.button,
        tab.checks[mum.id],
        tab.add_person,
    ]


def test_leaving_with_an_unreadable_date_asks_first(window, context, monkeypatch):
    from companion.ui.pages import plan as plan_page

    window.open_link("plan:overdose")
    tab = window.plan.overdose
    tab.expires.line.setText("not a date")
    tab.expires.line.editingFinished.emit()
    asked = []
    monkeypatch.setattr(
        plan_page, "leave_anyway", lambda _parent, where, what: asked.append((where, what))
    )
    assert not window.plan.leave_ok()
    assert asked and asked[0][0] == "your overdose plan" and asked[0][1]
