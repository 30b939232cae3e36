"""Journal: the check-in form, autosave with a fake clock, days, calendar, search, trends,
exports (CSV and the care-team PDF, also from the command line) and deleting a day."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from companion import cli
from companion.core import journal, storage
from companion.core.changes import Area
from companion.core.journal import JournalEntry
from companion.ui.pages import journal as journal_module
from companion.ui.pages.journal_trends import runs
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import answering

TODAY = date(2026, 1, 1)


@pytest.fixture
def page(window):
    window.show_section("journal")
    return window.journal


@pytest.fixture
def clock(context):
    return context.storage.clock


def _pdf_text(path) -> str:
    """The PDF's text with runs of whitespace (the extractor uses tabs) made single spaces."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _type_a_day(page):
    form = page.form
    form.mood.setValue(2)
    form.craving.setValue(6)
    form.sleep_hours.setValue(5.5)
    form.wins.setPlainText("got through the night\ncalled the clinic")
    form.notes.setPlainText("Hard morning, better after a walk")
    form.tags.setText("sleep, clinic")


def test_typing_saves_itself_after_a_pause(page, clock, context):
    _type_a_day(page)
    assert page.saved_label.text() == "Saving\u2026"
    clock.advance(1.0)
    page.autosave.tick()
    assert journal.get_entry(context.db, TODAY) is None  # still typing
    clock.advance(1.0)
    page.autosave.tick()
    saved = journal.get_entry(context.db, TODAY)
    assert saved.mood == 2 and saved.craving == 6 and saved.sleep_hours == 5.5
    assert saved.wins == ("got through the night", "called the clinic")
    assert saved.tags == ("sleep", "clinic")
    assert page.saved_label.text() == "Saved"
    assert not page.autosave.waiting  # nothing fires once saved


def test_the_autosave_timer_only_runs_while_there_is_something_to_save(page):
    assert not page.autosave.waiting
    page.form.craving.setValue(3)
    assert page.autosave.waiting


def test_changing_day_saves_first(page, context):
    _type_a_day(page)
    page.previous_button.click()
    assert page.day == TODAY - timedelta(days=1)
    assert journal.get_entry(context.db, TODAY).craving == 6
    assert page.form.craving.value() is None  # the earlier day is empty


def test_closing_the_window_saves(window, page, context):
    page.form.craving.setValue(4)
    window.close()
    assert journal.get_entry(context.db, TODAY).craving == 4


def test_future_days_cannot_be_opened(page):
    assert not page.next_button.isEnabled()
    page.show_day(TODAY + timedelta(days=3))
    assert page.day == TODAY
    assert page.calendar.maximumDate() == QDate(2026, 1, 1)


def test_past_days_can_be_edited(page, context):
    page.previous_button.click()
    page.form.mood.setValue(4)
    assert page.flush()
    assert journal.get_entry(context.db, TODAY - timedelta(days=1)).mood == 4
    assert page.next_button.isEnabled()


def test_calendar_marks_days_with_entries(page, context):
    journal.save_entry(context.db, JournalEntry(day=date(2025, 12, 28), mood=3), TODAY)
    page.show_day(date(2025, 12, 30))
    marked = page.calendar.dateTextFormat(QDate(2025, 12, 28))
    plain = page.calendar.dateTextFormat(QDate(2025, 12, 27))
    assert marked.fontWeight() == 700
    assert plain.fontWeight() != 700


def test_symptoms_total_and_skip(page):
    form = page.form
    rows = list(form.symptoms.values())
    rows[0].setValue(3)
    rows[1].setValue(2)
    assert "Total: 5" in form.total.text()
    form.skip_symptoms.setChecked(True)
    assert not form.symptom_grid.isEnabled()
    assert form.entry(TODAY).symptoms is None
    assert "not a clinical scale" in " ".join(
        label.text().lower() for label in form.findChildren(type(form.total))
    )


def test_notes_cannot_take_more_than_their_limit(page, context):
    page.form.notes.setPlainText("x" * (journal.MAX_NOTES + 1))
    assert len(page.form.notes.toPlainText()) == journal.MAX_NOTES
    assert page.flush() is True
    assert page.saved_label.text() == "Saved"
    stored = journal.get_entry(context.db, TODAY)
    assert stored is not None and len(stored.notes) == journal.MAX_NOTES


def test_today_shows_whether_the_check_in_is_done(window, page, context):
    assert "Not done yet" in window.today.checkin_text.text()
    page.form.mood.setValue(3)
    page.flush()
    assert "Done for today" in window.today.checkin_text.text()
    window.show_section("today")
    window.today.checkin_button.click()
    assert window.current_section() == "journal"
    assert page.day == TODAY


def test_breathing_minutes_appear_on_the_day(page, context):
    from datetime import datetime

    from companion.core import sessions

    sessions.log_session(context.db, "box", datetime(2026, 1, 1, 8, 0), 300, True)
    context.changed(Area.SESSIONS)
    assert "5 minutes" in page.form.breathing.text()


def test_search_finds_a_day_and_opens_it(page, context):
    journal.save_entry(
        context.db, JournalEntry(day=date(2025, 12, 20), notes="Rang the clinic at noon"), TODAY
    )
    page.tabs.setCurrentIndex(2)
    page.search.query.setText("clinic")
    page.search.run()
    shown = page.search.results.toHtml()
    assert "20 December 2025" in shown or "2025" in shown
    assert "clinic" in shown.lower()
    page.search.results.anchorClicked.emit(QUrl("day:2025-12-20"))
    assert page.day == date(2025, 12, 20)
    assert page.tabs.currentIndex() == 0


def test_search_with_odd_text_does_not_fail(page):
    page.search.query.setText('"(AND* NEAR(')
    page.search.run()
    assert "Nothing found" in page.search.results.toPlainText()


def test_trends_draw_lines_with_gaps(page, context):
    for offset in (0, 1, 3):
        journal.save_entry(
            context.db, JournalEntry(day=TODAY - timedelta(days=offset), mood=3), TODAY
        )
    page.tabs.setCurrentIndex(1)
    page.trends.reload()
    chart = page.trends.chart("mood")
    # days -3 alone, then -1..0 together: one dot series for the lone day, line+dots for the pair
    assert len(chart.series()) == 3
    points = journal.trend(context.db, TODAY - timedelta(days=6), TODAY)
    assert [len(r) for r in runs(points, lambda p: p.mood)] == [1, 2]
    assert "Mood: 3" in page.trends.describe(points[0])


def test_all_time_over_years_draws_averages_of_a_few_days(page, context):
    first = TODAY - timedelta(days=999)
    rows = [
        {"day": (first + timedelta(days=n)).isoformat(), "mood": n % 5 + 1, "notes": ""}
        for n in range(1000)
        if n not in range(500, 530)  # a month away: a gap in the lines
    ]
    context.db.table("journal_entries").insert_all(rows)
    page.tabs.setCurrentIndex(1)
    trends = page.trends
    trends.range.setCurrentIndex(trends.range.findData(0))
    assert trends.days_per_point() == 3  # 1,000 days in at most 366 points
    points = trends.points()
    assert len(points) <= 366 and all(p.days == 3 for p in points)
    chart = trends.chart("mood")
    drawn = sum(series.count() for series in chart.series())
    assert drawn == len(points)  # no dots beside the lines: too many points for them
    assert len(chart.series()) == 2  # one line before the gap and one after
    tip = trends.describe(points[0])
    assert tip.startswith("Average of ") and "Mood: " in tip


def test_runs_join_points_that_follow_on(context):
    def point(offset: int, days: int) -> journal.TrendPoint:
        day = TODAY - timedelta(days=30 - offset)
        return journal.TrendPoint(day, 3.0, None, None, None, None, None, days)

    points = [point(0, 3), point(3, 3), point(9, 3), point(12, 3)]
    assert [len(r) for r in runs(points, lambda p: p.mood)] == [2, 2]


def test_export_csv(page, context, tmp_path, monkeypatch):
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=4, notes="ok"), TODAY)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.csv_button.click()
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert target.stat().st_mode & 0o777 == 0o600
    assert tuple(rows[0]) == journal.CSV_COLUMNS
    assert rows[1][0] == "2026-01-01" and rows[1][1] == "4"


def test_export_pdf_for_the_care_team(page, context, tmp_path, monkeypatch):
    journal.save_entry(
        context.db,
        JournalEntry(day=TODAY, mood=4, craving=7, wins=("called the clinic",), notes="private"),
        TODAY,
    )
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(journal_module.SummaryDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.pdf_button.click()
    assert target.stat().st_mode & 0o777 == 0o600
    text = _pdf_text(target)
    assert "Daily check-in summary" in text
    assert "1 Jan 2026" in text  # in the person's language's format
    assert "called the clinic" in text
    assert "private" not in text  # notes stay out unless asked for
    assert "not a clinical scale" in text


def test_journal_pdf_from_the_command_line(context, data_dir, tmp_path, capsys):
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=2, notes="slept badly"), TODAY)
    output = tmp_path / "cli.pdf"
    code = cli.main(
        [
            "--data-dir", str(data_dir), "journal-pdf",
            "--from", "2025-12-01", "--to", "2026-01-01", "--output", str(output),
        ]
    )  # fmt: skip
    assert code == 0
    text = _pdf_text(output)
    assert "slept badly" in text
    assert "1 day" in capsys.readouterr().out


def test_journal_pdf_refuses_bad_dates_in_one_line(data_dir, tmp_path, capsys):
    code = cli.main(
        ["--data-dir", str(data_dir), "journal-pdf", "--from", "2026-02-30", "--to",
         "2026-03-01", "--output", str(tmp_path / "x.pdf")]
    )  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "YYYY-MM-DD" in err
    assert not (tmp_path / "x.pdf").exists()


def test_delete_a_day_asks_and_backs_up_first(page, context, monkeypatch):
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=1), TODAY)
    page.show_day(TODAY, save_first=False)
    assert page.delete_button.isEnabled()
    monkeypatch.setattr(dialogs, "run", answering(False))
    page.delete_button.click()
    assert journal.get_entry(context.db, TODAY) is not None
    monkeypatch.setattr(dialogs, "run", answering(True))
    page.delete_button.click()
    assert journal.get_entry(context.db, TODAY) is None
    backups = [b.path.name for b in context.storage.backups()]
    assert any("before-delete" in name for name in backups)
    newest = next(b for b in context.storage.backups() if "before-delete" in b.path.name)
    copy = storage.db.connect_readonly(newest.path)
    try:
        assert copy.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0] == 1
    finally:
        copy.close()
