"""The Helping page: its title and line, the two tabs, opening a part by name, the
Conversations tab made only when first shown, and saving both tabs on leaving."""

from __future__ import annotations

import pytest

from companion.core import conversations, helper_checkins, people
from companion.ui import i18n
from companion.ui.pages.conversations import ConversationsTab
from companion.ui.pages.helper_checkin import HelperCheckInTab
from companion.ui.pages.helping import HelpingPage


@pytest.fixture
def ana(context):
    helper = people.save_person(context.db, None, name="Ana").id
    context.set_setting("user", "helper")
    context.set_setting("helper_id", helper)
    return helper


def _page(qtbot, context):
    page = HelpingPage(context)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return page


def test_title_line_and_tabs(qtbot, context, ana):
    page = _page(qtbot, context)
    assert page.title.text() == "Helping"
    assert page.accessibleName() == "Helping"
    assert page.tabs.count() == 2
    assert [page.tabs.tabText(i) for i in range(2)] == ["My check-in", "Conversations"]
    assert isinstance(page.tabs.currentWidget(), HelperCheckInTab)
    assert page.part() == "check-in"


def test_show_part_opens_each_tab_and_makes_conversations_when_first_shown(qtbot, context, ana):
    page = _page(qtbot, context)
    assert page._conversations is None
    page.show_part("conversations")
    assert page.part() == "conversations"
    assert isinstance(page.conversations, ConversationsTab)
    assert page.conversations.isVisibleTo(page)
    page.show_part("check-in")
    assert page.tabs.currentWidget() is page.check_in
    page.show_part("something else")
    assert page.part() == "check-in"


def test_clicking_the_conversations_tab_shows_the_helpers_plans(qtbot, context, ana):
    conversations.save_plan(
        context.db, None, helper_id=ana, title="Sunday talk", steps={},
        now=context.storage.clock.now(),
    )  # fmt: skip
    page = _page(qtbot, context)
    page.tabs.setCurrentIndex(1)
    assert [p.title for p in page.conversations.list.rows()] == ["Sunday talk"]


def test_leaving_saves_the_check_in(qtbot, context, ana):
    page = _page(qtbot, context)
    page.check_in.stress.buttons[5].click()
    assert page.leave_ok()
    assert helper_checkins.get_check_in(context.db, ana, context.today()).stress == 5
    assert page.flush()


def test_leaving_with_what_cannot_be_saved_stays_on_the_check_in(qtbot, context, ana):
    page = _page(qtbot, context)
    page.show_part("conversations")
    context.db.execute("DELETE FROM helpers")
    page.check_in.stress.buttons[5].click()
    assert not page.leave_ok()  # the question is answered "stay"
    assert page.part() == "check-in"
    assert page.check_in.stress.value() == 5


def test_in_spanish(qtbot, context, ana):
    i18n.use_language("es")
    page = _page(qtbot, context)
    assert page.title.text() != "Helping"
    assert page.tabs.tabText(0) != "My check-in"
    assert page.tabs.tabText(1) != "Conversations"
