"""Plan's Shared plan tab on a helper's computer: there only in helper mode, first; empty,
it offers to open a share; opened, it asks who you are, then shows the plan with your own
tasks tickable and everyone else's read-only, named and reachable by keyboard."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from companion.core import checklist, operations, people, settings
from companion.core.share import MergePreview, TaskChange
from companion.ui.pages.plan import PlanPage
from companion.ui.pages.shared_plan import SharedPlanTab
from companion.ui.progress_dialog import MergePreviewDialog


def sample_preview() -> MergePreview:
    """A helper's progress with a change that applies and one that is skipped, for the
    dialog checks (accessibility, text that fits)."""
    made = "2026-01-01T10:00:00+00:00"
    return MergePreview(
        helper_id=1,
        helper_name="Maria",
        written_at=datetime(2026, 1, 1, 10, 0),
        changes=(
            TaskChange(
                1, "Ask someone to collect your mail", 1, None, date(2026, 1, 1), "",
                "Done, the neighbour has a key", None, made, True,
            ),
            TaskChange(
                2, "Make a calm, quiet space at home", 1, None, None, "", "Later", made, made,
                False, "older",
            ),
        ),
    )  # fmt: skip


def test_the_tab_is_first_in_helper_mode_only(context, qtbot):
    page = PlanPage(context)
    qtbot.addWidget(page)
    full = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert page.shared_plan is None and "Shared plan" not in full
    context.set_setting("user", "helper")
    assert page.shared_plan is not None
    assert page.tabs.widget(0) is page.shared_plan and page.tabs.currentIndex() == 0
    assert page.tabs.count() == len(full)  # in place of the person's medicines
    context.set_setting("user", "person")
    assert page.shared_plan is None
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == full
    assert page.tabs.widget(page.tabs.count() - 1) is page.medicines_tab


def test_empty_it_offers_to_open_a_shared_plan(context, qtbot):
    tab = SharedPlanTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.open_button.isVisible() and tab.open_button.accessibleName()
    assert "Share with a helper" in tab.empty.sentence.text()
    assert not tab.view.isVisible()


def test_opened_it_shows_the_plan_with_only_my_tasks_tickable(context, tmp_path, qtbot):
    db = context.db
    context.ready_checklist()
    settings.set_setting(db, "person_name", "Lee")
    ana = people.save_person(db, None, name="Ana", phone="555 0101")
    first, second = checklist.list_items(db)[:2]
    checklist.save_item(
        db, first.id, title=first.title, category=first.category, assignee_id=ana.id
    )
    path = tmp_path / "plan.prepshare"
    operations.write_share(db, path, context.now())
    # the same folder stands in for the helper's: a share opened there
    tab = SharedPlanTab(context)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    tab.open_file(path)
    assert tab.who_box.isVisible() and not tab.view.isVisible()
    tab.who_choices.button(ana.id).setChecked(True)
    tab.me_button.click()
    assert tab.view.isVisible()
    assert list(tab.ticks) == [first.id] and second.id not in tab.notes
    texts = [w.text() for w in tab.findChildren(QAbstractButton) if w.isVisible()]
    assert "&Send back my progress\u2026" in texts
    for widget in [*tab.findChildren(QAbstractButton), *tab.findChildren(QLineEdit)]:
        if widget.isVisible():
            assert widget.accessibleName() or widget.text()
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    # the whole tab scrolls, never sideways
    assert tab.widget().minimumSizeHint().width() <= tab.viewport().width()


def test_the_preview_lists_every_change_and_why_one_is_skipped(qtbot):
    dialog = MergePreviewDialog(sample_preview())
    qtbot.addWidget(dialog)
    lines = [line.text() for line in dialog.lines]
    assert (
        lines[0]
        == "Maria: ticked done on 1 Jan 2026; note: \u201cDone, the neighbour has a key\u201d"
    )
    assert lines[1].endswith("Not merged: you changed this task after they did.")
    assert dialog.merge_button.text() == "&Merge 1 change" and dialog.merge_button.isEnabled()
    assert dialog.windowTitle() == "Add Maria's progress"


def test_the_plan_packet_is_not_offered_beside_the_shared_plan(context, qtbot):
    page = PlanPage(context)
    qtbot.addWidget(page)
    assert not page.packet_row.isHidden()
    context.set_setting("user", "helper")
    assert page.tabs.currentWidget() is page.shared_plan and page.packet_row.isHidden()
    page.tabs.setCurrentIndex(1)
    assert not page.packet_row.isHidden()
    page.tabs.setCurrentIndex(0)
    context.set_setting("user", "person")
    assert not page.packet_row.isHidden()
