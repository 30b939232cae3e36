"""Learn's family track on screen: the switch between all sections and the sections for
family and friends, helper mode opening on the track and following the setting, the
helper's tools as buttons only in helper mode, keyboard and names, the narrow layout's
drop-down, and Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget

from companion.core import learn, people
from companion.ui import i18n, theme
from companion.ui.pages.learn import QUESTIONS, SECTION_VIEW, TIMELINE, LearnPage


def _page(qtbot, context) -> LearnPage:
    page = LearnPage(context)
    qtbot.addWidget(page)
    page.resize(900, 560)
    page.show()
    qtbot.waitExposed(page)
    return page


def _keys(page: LearnPage) -> list[str]:
    return [key for key, _title in page.entries.rows()]


def _buttons(page: LearnPage) -> list[str]:
    found = (page.app_buttons.itemAt(i) for i in range(page.app_buttons.count()))
    return [item.widget().text() for item in found if item and item.widget() is not None]


@pytest.fixture
def helper(context):
    ana = people.save_person(context.db, None, name="Ana").id
    context.set_setting("helper_id", ana)
    context.set_setting("user", "helper")
    return ana


def test_the_person_sees_every_section_and_can_switch_to_the_track(qtbot, context):
    page = _page(qtbot, context)
    assert not page.family and page.track.all_choice.isChecked()
    assert _keys(page)[-2:] == [TIMELINE, QUESTIONS]
    assert page.current is not None and page.current.key == "why-detox"

    qtbot.mouseClick(page.track.family_choice, Qt.MouseButton.LeftButton)
    assert page.family
    assert _keys(page) == list(learn.FAMILY_TRACK)
    assert page.current.key == "families"  # the track's opening
    assert page.stack.currentIndex() == SECTION_VIEW
    assert "Start here" in page.browser.toPlainText()
    assert page.progress.text() == f"0 of {len(learn.FAMILY_TRACK)} sections read"

    page.open("family-talking")
    qtbot.mouseClick(page.track.all_choice, Qt.MouseButton.LeftButton)
    assert not page.family
    assert len(_keys(page)) == len(learn.load_sections()) + 2
    assert page.current.key == "family-talking"  # the open section stays open
    assert _keys(page)[page.contents.currentIndex().row()] == "family-talking"


def test_show_track_leaves_an_open_family_section_open(qtbot, context):
    page = _page(qtbot, context)
    page.open("family-rewarding")
    page.show_track(True)
    assert page.track.family_choice.isChecked()
    assert page.current.key == "family-rewarding"
    assert _keys(page)[page.contents.currentIndex().row()] == "family-rewarding"
    page.show_track(False)
    page.open(TIMELINE)
    page.show_track(True)  # the timeline is not on the track: its first section opens
    assert page.current.key == "families" and page.stack.currentIndex() == SECTION_VIEW


def test_reading_a_family_section_counts_on_the_track(qtbot, context):
    page = _page(qtbot, context)
    page.show_track(True)
    page.open("family-facing")
    page.read_box.setChecked(True)
    assert "family-facing" in learn.read_keys(context.db)
    assert page.progress.text() == f"1 of {len(learn.FAMILY_TRACK)} sections read"
    assert page.entries.rows()[1][1].startswith("\u2713")
    assert page.current.key == "family-facing"


def test_helper_mode_opens_on_the_track_and_follows_the_setting(qtbot, context, helper):
    page = _page(qtbot, context)
    assert page.family and page.track.family_choice.isChecked()
    assert page.current.key == "families"
    assert _keys(page) == list(learn.FAMILY_TRACK)

    context.set_setting("user", "person")
    assert not page.family and TIMELINE in _keys(page)
    context.set_setting("user", "helper")
    assert page.family and _keys(page) == list(learn.FAMILY_TRACK)


def test_the_helpers_tools_are_buttons_only_in_helper_mode(qtbot, context, helper):
    page = _page(qtbot, context)
    tools = {"Open my check-in", "Open the conversation planner"}
    assert tools <= set(_buttons(page))
    context.set_setting("user", "person")
    page.open("families")
    assert not tools & set(_buttons(page))


def test_the_helpers_links_reach_the_main_window(qtbot, context, helper):
    page = _page(qtbot, context)
    asked: list[str] = []
    page.openApp.connect(asked.append)
    page.open("family-talking")
    page.browser.anchorClicked.emit(QUrl("app:helping:conversations"))
    page.open("families")
    page.browser.anchorClicked.emit(QUrl("app:helping:check-in"))
    assert asked == ["helping:conversations", "helping:check-in"]


def test_the_switch_is_named_and_reached_by_keyboard(qtbot, context):
    page = _page(qtbot, context)
    for choice in (page.track.all_choice, page.track.family_choice):
        assert choice.accessibleName()
        assert choice.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.track.family_choice.setFocus()
    qtbot.keyClick(page.track.family_choice, Qt.Key.Key_Space)
    assert page.track.family_choice.isChecked() and page.family
    chain: list[QWidget] = []
    widget = page.track.family_choice
    for _ in range(6):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert page.search in chain  # then the search and the contents


def test_the_narrow_layout_keeps_the_track_in_its_drop_down(qtbot, context, qapp):
    context.set_setting("text_size", "largest")
    theme.apply_text_size(qapp, "largest")
    page = _page(qtbot, context)
    page.resize(520, 560)
    qtbot.waitUntil(page.is_narrow)
    page.show_track(True)
    assert page.section_box.count() == len(learn.FAMILY_TRACK)
    page.section_box.activated.emit(2)
    assert page.current.key == learn.FAMILY_TRACK[2]
    assert page.track.isVisible()
    assert not page.progress.isVisible()  # its line goes to the switch; the marks stay
    page.resize(1400, 700)
    qtbot.waitUntil(lambda: not page.is_narrow())
    assert page.progress.isVisible() and page.contents.isVisible()


def test_the_track_in_spanish(qtbot, context, helper, spanish_translations):
    assert i18n.use_language("es")
    page = _page(qtbot, context)
    assert page.track.all_choice.text() == "T&odas las secciones"
    assert page.track.family_choice.text() == "&Familia y amigos"
    assert page.track.family_choice.accessibleName().startswith("Mostrar")
    titles = [title for _key, title in page.entries.rows()]
    assert "Para familiares y personas de apoyo" in titles[0]
    assert "Fuentes" in page.browser.toPlainText()
    assert {"Abrir mi registro del día", "Abrir el planificador de conversaciones"} <= set(
        _buttons(page)
    )
    page.open("family-talking")
    assert "Pruébelo" in page.browser.toPlainText()
