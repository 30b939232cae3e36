"""Learn: contents, reading a section, links into the app and between sections, search that
jumps to the place, mark as read with progress on Today, questions, and the timeline."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from companion.core import learn, timeline
from companion.ui.pages.learn import QUESTIONS_VIEW, RESULTS_VIEW, SECTION_VIEW, TIMELINE_VIEW
from companion.ui.pages.learn_questions import QuestionDialog


@pytest.fixture
def page(window):
    window.show_section("learn")
    return window.learn


def test_contents_lists_every_section_then_the_timeline_and_questions(page):
    titles = [title for _key, title in page.entries.rows()]
    assert len(titles) == len(learn.load_sections()) + 2
    assert titles[-2:] == ["Withdrawal timeline", "Questions for my care team"]
    assert page.current.key == "why-detox"
    assert "In short" in page.browser.toPlainText()


def test_links_between_sections_work(page):
    page.browser.anchorClicked.emit(QUrl("learn:aftercare"))
    assert page.current.key == "aftercare"
    assert page.stack.currentIndex() == SECTION_VIEW
    page.browser.anchorClicked.emit(QUrl("learn:medications"))  # an older name still works
    assert page.current.key == "supervised-detox"


def test_app_links_open_the_app(window, page):
    page.open("hard-days")
    page.browser.anchorClicked.emit(QUrl("app:breathe"))
    assert window.current_section() == "breathe"
    window.show_section("learn")
    page.browser.anchorClicked.emit(QUrl("app:help"))
    assert window.help_panel is not None and window.help_panel.isVisible()


def test_links_lead_to_the_tools_for_the_riskiest_weeks(window, page):
    page.open("hard-days")
    labels = {
        page.app_buttons.itemAt(i).widget().text()
        for i in range(page.app_buttons.count())
        if page.app_buttons.itemAt(i).widget() is not None
    }
    assert {"Open the craving toolkit", "Open my safety plan"} <= labels
    page.browser.anchorClicked.emit(QUrl("app:breathe:cravings"))
    assert window.current_section() == "breathe"
    assert window.breathe.parts.currentIndex() == 1
    window.show_section("learn")
    page.browser.anchorClicked.emit(QUrl("app:plan:safety"))
    assert window.plan.safe_tabs.currentWidget() is window.plan.safety
    window.show_section("learn")
    page.open("using-naloxone")
    page.browser.anchorClicked.emit(QUrl("app:plan:overdose"))
    assert window.plan.safe_tabs.currentWidget().isAncestorOf(window.plan.overdose)


def test_each_section_offers_buttons_for_its_app_links(page):
    page.open("withdrawal")
    labels = [
        page.app_buttons.itemAt(i).widget().text()
        for i in range(page.app_buttons.count())
        if page.app_buttons.itemAt(i).widget() is not None
    ]
    assert "Withdrawal timeline" in labels
    timeline_button = next(
        page.app_buttons.itemAt(i).widget()
        for i in range(page.app_buttons.count())
        if page.app_buttons.itemAt(i).widget() is not None
        and page.app_buttons.itemAt(i).widget().text() == "Withdrawal timeline"
    )
    timeline_button.click()
    assert page.stack.currentIndex() == TIMELINE_VIEW


def test_search_jumps_to_the_place(page):
    page.search.setText("naloxone")
    assert page.stack.currentIndex() == RESULTS_VIEW
    assert "naloxone" in page.results.toPlainText().lower()
    hit = learn.search_sections("naloxone")[0]
    page.browser.anchorClicked.emit(QUrl(f"learn:{hit.key}#{hit.phrase}"))
    assert page.current.key == hit.key
    assert page.browser.textCursor().selectedText().lower() == "naloxone"


def test_search_with_nothing_found_says_so(page):
    page.search.setText("zzzzqqq")
    assert "Nothing found" in page.results.toPlainText()
    page.search.clear()
    assert page.stack.currentIndex() == SECTION_VIEW


def test_mark_as_read_updates_contents_and_today(window, page, context):
    page.open("families")
    page.read_box.setChecked(True)
    assert "families" in learn.read_keys(context.db)
    total = len(learn.load_sections())
    assert f"1 of {total}" in page.progress.text()
    assert f"1 of {total}" in window.today.learn_text.text()
    page.read_box.setChecked(False)
    assert learn.read_keys(context.db) == set()


def test_add_a_question_from_a_section_with_suggestions(page, context, monkeypatch):
    page.open("supervised-detox")
    offered = []

    def pick(dialog: QuestionDialog):
        offered.extend(dialog.text.itemText(i) for i in range(dialog.text.count()))
        dialog.text.setCurrentText(offered[0])
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(QuestionDialog, "exec", pick)
    page.ask_button.click()
    section = learn.find_section("supervised-detox")
    assert offered == list(section.questions)
    saved = learn.list_questions(context.db)
    assert [(q.text, q.section) for q in saved] == [(offered[0], "supervised-detox")]


def test_questions_can_be_ticked_edited_deleted_and_undone(page, context, monkeypatch, qtbot):
    learn.save_question(context.db, None, text="Which medicines will I be offered?")
    page.open("questions")
    view = page.questions_view
    view.refresh()
    questions = view.list
    assert page.stack.currentIndex() == QUESTIONS_VIEW
    index = questions.proxy.index(0, 0)
    from PySide6.QtCore import Qt

    questions.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: learn.list_questions(context.db)[0].done)
    ticked = questions.proxy.data(questions.proxy.index(0, 0), Qt.ItemDataRole.CheckStateRole)
    assert ticked == Qt.CheckState.Checked
    questions.select_row(0)

    def rename(dialog: QuestionDialog):
        dialog.text.setCurrentText("Which medicines, and for how long?")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(QuestionDialog, "exec", rename)
    questions.edit_selected()
    before = learn.list_questions(context.db)
    assert before[0].text == "Which medicines, and for how long?"
    questions.remove_selected()
    assert learn.list_questions(context.db) == []
    questions.undo()
    assert learn.list_questions(context.db) == before


def test_questions_save_as_pdf(page, context, tmp_path, monkeypatch):
    from pypdf import PdfReader

    learn.save_question(context.db, None, text="Can my sister visit?")
    page.questions_view.refresh()
    target = tmp_path / "questions.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.questions_view.pdf_button.click()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Can my sister visit?" in text


def _type_moment(field, moment):
    """Type a day and a time into a date-and-time field, as a person would."""
    field.date.line.setText(f"{moment.day} {moment:%b} {moment.year}")
    field.date.line.editingFinished.emit()
    field.time.setEditText(f"{moment:%H:%M}")
    field.time.edit.editingFinished.emit()


def test_timeline_marks_now_and_says_what_is_typical(page, context):
    page.open("timeline")
    view = page.timeline_view
    view.kind.setCurrentIndex(view.kind.findData("short"))
    last = context.now() - timedelta(hours=36)
    _type_moment(view.last_use, last)
    assert view.chart.reading.current == ("peak",)
    assert "hardest" in view.typical.text().lower()
    assert "not a prediction" in view.always.text()
    stored = timeline.get_plan(context.db)
    assert stored.kind == "short" and stored.last_use == last
    view.chart.grab()  # paints without error


def test_timeline_for_a_planned_last_use(page, context):
    page.open("timeline")
    view = page.timeline_view
    _type_moment(view.last_use, context.now() + timedelta(days=2))
    assert view.chart.reading.current == ("planned",)
    assert "Planned" in view.chart.now_label


def test_timeline_keeps_its_last_good_moment_while_the_typed_one_is_wrong(page, context):
    page.open("timeline")
    view = page.timeline_view
    last = context.now() - timedelta(hours=36)
    _type_moment(view.last_use, last)
    view.last_use.date.line.setText("31 Nov 2025")
    view.last_use.date.line.editingFinished.emit()
    assert view.last_use.date.problem.isVisibleTo(view)
    assert timeline.get_plan(context.db).last_use == last  # nothing wrong is stored
    assert view.chart.reading.current == ("peak",)
    view.now_button.click()
    assert timeline.get_plan(context.db).last_use == context.now()
    assert not view.last_use.date.problem.isVisibleTo(view)


def test_get_help_now_reaches_the_overdose_section_in_one_click(window):
    window.open_help()
    window.help_panel.learn_button.click()
    assert window.current_section() == "learn"
    assert window.learn.current.key == "overdose-naloxone"


def test_checklist_links_open_the_right_section(window):
    window.open_link("learn:co-occurring")
    assert window.learn.current.key == "co-occurring"
    window.open_link("learn:medications")
    assert window.learn.current.key == "supervised-detox"


def test_reading_text_follows_the_text_size(page, context, app):
    before = page.browser.font().pointSizeF()
    context.set_setting("text_size", "largest")
    assert page.browser.font().pointSizeF() > before


def test_timeline_reading_is_a_pure_function_of_time():
    start = datetime(2026, 1, 1, 8, 0)
    assert timeline.reading_at("long", start, start + timedelta(hours=40)).current == ("onset",)
