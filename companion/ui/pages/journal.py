"""Journal: a daily check-in that saves itself, with a calendar, trends, search and exports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from companion.core import craving_stats, journal, sessions
from companion.core.changes import Area
from companion.ui.autosave import Autosave
from companion.ui.context import AppContext
from companion.ui.names import format_date
from companion.ui.pages.journal_entry import EntryForm
from companion.ui.pages.journal_search import SearchView
from companion.ui.pages.journal_trends import TrendsView
from companion.ui.protection_dialogs import plain_file_ok
from companion.ui.unsaved import leave_anyway
from companion.ui.widgets import dialogs
from companion.ui.widgets.calendar_popup import from_qdate, to_qdate
from companion.ui.widgets.date_fields import DateField, first_problem
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.form_dialog import FormDialog
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import (
    TAB_MARGINS,
    purpose,
    scrolling_column,
    scrolling_page,
)
from companion.ui.widgets.shortcuts import local_shortcuts
from companion.ui.widgets.text import SteadyLabel, heading, paragraph, set_tone
from companion.ui.widgets.time_field import FieldProblem
from companion.ui.writes import attempt


def width_across(row: QBoxLayout) -> int:
    """How wide `row` is with its parts side by side, each as narrow as it can be."""
    parts = [row.itemAt(n) for n in range(row.count())]
    shown = [part for part in parts if part is not None and not part.isEmpty()]
    spacing = max(0, row.spacing()) * max(0, len(shown) - 1)
    return spacing + sum(part.minimumSize().width() for part in shown)


class SummaryDialog(FormDialog):
    """Choose the days and whether notes go in the care-team summary; the name starts as
    the one given in Settings and can be changed for this summary alone."""

    def __init__(
        self, first: date, today: date, parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        super().__init__(
            self.tr("Summary for my care team"),
            parent,
            self.tr("A PDF of your check-ins, to show your doctor or care team."),
        )
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Choose file\u2026"))
        self.first = DateField(self.tr("From"), today, first, field="from", last=today)
        self.last = DateField(self.tr("To"), today, today, field="to", last=today)
        self.notes = QCheckBox(self.tr("Include my notes"))
        self.notes.setAccessibleName(self.tr("Include my notes"))
        self.notes.setChecked(False)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name on the summary (optional)"))
        self.form.addRow(self.tr("&From"), self.first)
        self.form.addRow(self.tr("&To"), self.last)
        self.form.addRow(
            self.tr("&Name (optional)"), with_note(self.name, hold_to_limit(self.name, 80).note)
        )
        self.form.addRow("", self.notes)

    def days(self) -> tuple[date, date]:
        """The first and last day chosen (call after the dialog was accepted)."""
        first, last = self.first.value(), self.last.value()
        assert first is not None and last is not None
        return first, last

    def save(self) -> None:
        first_problem(self.first, self.last)
        first, last = self.days()
        if first > last:
            text = self.tr("From: the first day comes after the last. Please swap them.")
            self.first.show_problem(text)
            raise FieldProblem("from", "order", text)


class JournalPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.day = context.today()
        self.setAccessibleName(self.tr("Journal"))
        # The tabs keep a usable height (the trends' charts) in a short window.
        layout = scrolling_page(self)
        layout.addWidget(heading(self.tr("Journal")))
        layout.addWidget(
            purpose(self.tr("A few words each day about how you are. It saves as you type."))
        )

        # One row when the page has room for it; when narrow, the day on a line of its own
        # (with "Saved") and the buttons below it, folding only if even they do not fit.
        nav = self._nav = QVBoxLayout()
        self._day_line, self._buttons = QHBoxLayout(), FlowRow()
        self._narrow: bool | None = None
        self.previous_button = QPushButton(self.tr("\u25c0 &Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous day"))
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        # As wide as the widest day it can show in this language: it never grows or
        # shrinks, so the Next button beside it stays where it is.
        self.day_label = SteadyLabel(self._widest_day_text())
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_label.setAccessibleName(self.tr("Day shown"))
        font = QFont()
        font.setBold(True)
        self.day_label.setFont(font)
        self.next_button = QPushButton(self.tr("&Next \u25b6"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        # A push button keeps room for its menu arrow beside the words; a tool button
        # drew the arrow over the last letters.
        self.calendar_button = QPushButton(self.tr("Calendar\u2026"))
        self.calendar_button.setAccessibleName(self.tr("Pick a day from the calendar"))
        self.calendar_button.setToolTip(self.tr("Days with a check-in are in bold"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar_button.setMenu(menu)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save status"))
        set_tone(self.saved_label, "muted")
        self._wide_row = QHBoxLayout()
        nav.addLayout(self._wide_row)
        nav.addLayout(self._day_line)
        nav.addLayout(self._buttons)
        self._arrange_days(narrow=True)
        layout.addLayout(nav)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Journal sections"))
        self.tabs.setUsesScrollButtons(False)  # every tab's whole name, never scrolled away
        self.form = EntryForm()
        scroll, holder_layout = scrolling_column(TAB_MARGINS)
        holder_layout.addWidget(self.form)
        tools = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete this day\u2026"))
        self.delete_button.setAccessibleName(self.tr("Delete this day's check-in"))
        tools.addStretch(1)
        tools.addWidget(self.delete_button)
        holder_layout.addLayout(tools)
        holder_layout.addStretch(1)
        self.trends = TrendsView()
        self.search = SearchView()
        self.tabs.addTab(scroll, self.tr("Check-in"))
        self.tabs.addTab(self.trends, self.tr("Trends"))
        self.tabs.addTab(self.search, self.tr("Search"))
        self.tabs.setMinimumHeight(self.tabs.fontMetrics().height() * 13)
        layout.addWidget(self.tabs, 1)
        self.cover = QWidget()
        cover_layout = QVBoxLayout(self.cover)
        cover_layout.addStretch(1)
        cover_layout.addWidget(
            paragraph(self.tr("Your journal is hidden while discreet mode is on."), muted=True)
        )
        self.show_button = QPushButton(self.tr("&Show my journal"))
        self.show_button.setAccessibleName(self.tr("Show my journal"))
        show_row = QHBoxLayout()
        show_row.addWidget(self.show_button)
        show_row.addStretch(1)
        cover_layout.addLayout(show_row)
        cover_layout.addStretch(2)
        layout.addWidget(self.cover, 1)
        self._revealed = False

        exports = self._exports = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.csv_button = QPushButton(self.tr("Export &CSV\u2026"))
        self.csv_button.setAccessibleName(self.tr("Export all check-ins as a CSV file"))
        self.pdf_button = QPushButton(self.tr("Summary for my care &team (PDF)\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Make a PDF summary for your care team"))
        exports.addWidget(self.csv_button, 0, Qt.AlignmentFlag.AlignLeft)
        exports.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        exports.addStretch(1)
        layout.addLayout(exports)

        self.autosave = Autosave(
            lambda: self.context.storage.clock.monotonic(), self._save, self.saved_label, self
        )
        self.form.edited.connect(self.autosave.edited)
        self.previous_button.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.show_day(self.context.today()))
        self.calendar.clicked.connect(self._calendar_picked)
        self.calendar.activated.connect(self._calendar_picked)
        self.calendar.currentPageChanged.connect(lambda y, m: self._mark_month(y, m))
        self.delete_button.clicked.connect(self.delete_day)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.search.openDay.connect(self._open_found_day)
        self.show_button.clicked.connect(self.reveal)
        context.settingChanged.connect(self._on_setting)
        local_shortcuts(
            self,
            (
                (QKeySequence("Alt+Left"), lambda: self.show_day(self.day - timedelta(days=1))),
                (QKeySequence("Alt+Right"), lambda: self.show_day(self.day + timedelta(days=1))),
            ),
        )
        context.dataReset.connect(lambda: self.show_day(self.context.today(), save_first=False))
        context.dataChanged.connect(self._on_data_changed)
        self.show_day(self.day, save_first=False)
        self.update_cover()

    # --- discreet mode -------------------------------------------------------------------------

    def hidden(self) -> bool:
        return bool(self.context.setting("discreet_mode")) and not self._revealed

    def update_cover(self) -> None:
        """In discreet mode the entries stay out of sight until the person asks to see them."""
        hide = self.hidden()
        for widget in (self.tabs, self.csv_button, self.pdf_button, self.calendar_button):
            widget.setVisible(not hide)
        self.cover.setVisible(hide)

    def reveal(self) -> None:
        self._revealed = True
        self.update_cover()

    def _on_setting(self, key: str, value: object) -> None:
        if key == "discreet_mode":
            self._revealed = False
            self.update_cover()

    # --- days ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """With large text in a small window, rows of buttons go one above the other
        rather than off the edge."""
        super().resizeEvent(event)
        room = self.width() - 64  # the column's margins
        self._arrange_days(narrow=self._days_width() > room)
        self._exports.setDirection(
            QBoxLayout.Direction.LeftToRight
            if width_across(self._exports) <= room
            else QBoxLayout.Direction.TopToBottom
        )

    def _day_parts(self) -> list[QWidget]:
        return [
            self.previous_button,
            self.day_label,
            self.next_button,
            self.today_button,
            self.calendar_button,
            self.saved_label,
        ]

    def _days_width(self) -> int:
        """How wide the day's row is with all its parts on one line."""
        shown = [part for part in self._day_parts() if not part.isHidden()]
        spacing = max(0, self._wide_row.spacing()) * len(shown)
        return spacing + sum(part.minimumSizeHint().width() for part in shown)

    def _arrange_days(self, narrow: bool) -> None:
        """Previous, the day, Next, Today, Calendar and Saved on one row; or, when narrow,
        the day and Saved on a line and the four buttons below it."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for holder in (self._wide_row, self._day_line, self._buttons):
            while holder.count():
                holder.takeAt(0)
        previous, _day, following, today, calendar, saved = self._day_parts()
        day = self.day_label
        day.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if narrow
            else Qt.AlignmentFlag.AlignCenter
        )
        if narrow:
            self._day_line.addWidget(day)
            self._day_line.addStretch(1)
            self._day_line.addWidget(saved)
            for button in (previous, following, today, calendar):
                self._buttons.addWidget(button)
        else:
            for part in (previous, day, following, today, calendar):
                self._wide_row.addWidget(part)
            self._wide_row.addStretch(1)
            self._wide_row.addWidget(saved)

    def _day_text(self, day: date, today: date) -> str:
        shown = QLocale().toString(to_qdate(day), "ddd d MMM yyyy")
        return (self.tr("Today, %1") if day == today else "%1").replace("%1", shown)

    def _widest_day_text(self) -> str:
        """The widest the day label can read, in this language and the bold font."""
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        first = date(self.context.today().year, 1, 1)
        days = [first + timedelta(days=n) for n in range(366)]
        return max((self._day_text(day, day) for day in days), key=metrics.horizontalAdvance)

    def show_day(self, day: date, save_first: bool = True) -> None:
        """Show `day` (never a future day), saving what was typed on the current one first;
        if some of it cannot be saved, ask before leaving it behind."""
        today = self.context.today()
        day = min(day, today)
        if save_first and day != self.day and not self.leave_ok():
            return  # the person chose to stay with what they typed
        if save_first and day == self.day and not self.flush():
            return  # what was typed stays on screen, marked or waiting to be saved
        self.day = day
        self.form.mark_problems(())
        db = self.context.db
        self.trends.set_source(db, today)
        self.search.set_source(db)
        entry = journal.get_entry(db, day)
        minutes = dict(sessions.minutes_per_day(db, day, 1)).get(day, 0.0)
        self.form.show_entry(entry, minutes)
        self.form.show_cravings(craving_stats.cravings_on(db, day))
        self.day_label.setText(self._day_text(day, today))
        self.day_label.setToolTip(format_date(day, long=True))
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        self.delete_button.setEnabled(entry is not None)
        self.calendar.setMaximumDate(to_qdate(today))
        self.calendar.setSelectedDate(to_qdate(day))
        self._mark_month(day.year, day.month)
        self.autosave.loaded(entry is not None)

    def _calendar_picked(self, picked: QDate) -> None:
        self.calendar_button.menu().hide()
        self.show_day(from_qdate(picked))

    def _open_found_day(self, day: date) -> None:
        self.tabs.setCurrentIndex(0)
        self.show_day(day)

    def _mark_month(self, year: int, month: int) -> None:
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all marks
        marked = QTextCharFormat()
        marked.setFontWeight(700)
        marked.setFontUnderline(True)
        for day in journal.days_with_entries(self.context.db, first, last):
            self.calendar.setDateTextFormat(to_qdate(day), marked)

    def _on_data_changed(self, area: Area) -> None:
        if area is Area.CRAVINGS:  # only the day's line: what was typed stays as it is
            self.form.show_cravings(craving_stats.cravings_on(self.context.db, self.day))
        # minutes practised are shown again, unless that would replace what was typed
        if area is Area.SESSIONS and not self.autosave.dirty and not self.form.problems():
            self.show_day(self.day, save_first=False)

    # --- saving --------------------------------------------------------------------------------

    def _save(self) -> bool:
        """Store every part of the day that can be stored (the autosave calls this); mark
        the parts that cannot where they are. True when all of it was stored."""
        entry = self.form.entry(self.day)
        db = self.context.db
        result = self.context.write(
            Area.JOURNAL,
            journal.save_valid_parts,
            db,
            entry,
            self.context.today(),
            self.context.storage.clock.now(),
        )
        self.form.mark_problems(result.problems)
        self.delete_button.setEnabled(journal.get_entry(db, self.day) is not None)
        self._mark_month(self.day.year, self.day.month)
        return not result.problems

    def flush(self) -> bool:
        """Save now if anything was typed since the last save; True when nothing is unsaved.

        Every part that can be saved is saved; a part that cannot stays in the form,
        marked where it is, and counts as unsaved until it is fixed or given up.
        """
        return self.autosave.flush()

    def unsaved_words(self) -> str:
        """What is typed but not saved, in words, for a question before leaving it."""
        problems = self.form.problems()
        return " ".join(problems) if problems else self.autosave.problem

    def leave_ok(self) -> bool:
        """Save what can be saved; if anything typed would still be lost, ask first.
        True when it is fine to move on (to another day or page, or to close)."""
        if self.flush():
            return True
        where = self.tr("the journal for %1").replace("%1", format_date(self.day, long=True))
        if not leave_anyway(self, where, self.unsaved_words()):
            self.form.set_focus_first()
            return False
        self.autosave.forget()
        self.form.mark_problems(())
        return True

    # --- deleting and exporting ----------------------------------------------------------------

    def delete_day(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Delete check-in"),
            self.tr("Delete the check-in for %1?").replace("%1", format_date(self.day, long=True)),
            self.tr("Its mood, symptoms and notes are removed. A backup is made first."),
            self.tr("&Delete check-in"),
            danger=True,
        ):
            return
        self.flush()
        from companion.core import operations  # with the exports behind it: not on opening

        store, day = self.context.storage, self.day
        attempt(self, lambda: self.context.write(Area.JOURNAL, operations.delete_day, store, day))
        self.show_day(self.day, save_first=False)

    def csv_file_name(self) -> str:
        """The name offered for the CSV: a neutral one in discreet mode."""
        if self.context.setting("discreet_mode"):
            return self.tr("notes.csv")
        return self.tr("check-ins.csv")

    def summary_file_name(self, first: date, last: date) -> str:
        """The name offered for the summary PDF: a neutral one in discreet mode."""
        if self.context.setting("discreet_mode"):
            name = self.tr("notes-%1-to-%2.pdf")
        else:
            name = self.tr("check-ins-%1-to-%2.pdf")
        return name.replace("%1", str(first)).replace("%2", str(last))

    def export_csv(self) -> None:
        self.flush()
        if not plain_file_ok(self, self.context):
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export check-ins"), self.csv_file_name(), self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        path = Path(name)
        from companion.core import operations  # with the exports behind it: not on opening

        written = attempt(self, lambda: operations.export_journal_csv(self.context.db, path))
        if written is not None:
            dialogs.inform(
                self,
                self.tr("Exported"),
                self.tr("%n day(s) written to %1.", "", written).replace("%1", str(path)),
                self.tr("A spreadsheet program can open this file."),
            )

    def export_pdf(self) -> None:
        from companion.ui.report import write_summary_pdf

        self.flush()
        today = self.context.today()
        dialog = SummaryDialog(
            today - timedelta(days=29), today, self, name=str(self.context.setting("person_name"))
        )
        if not dialog.exec():
            return
        if not plain_file_ok(self, self.context):
            return
        first, last = dialog.days()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save summary"),
            self.summary_file_name(first, last),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        notes, person = dialog.notes.isChecked(), dialog.name.text()
        written = attempt(
            self,
            lambda: write_summary_pdf(
                self.context.db, first, last, Path(name), notes, today=today, name=person
            ),
        )
        if written is not None:
            dialogs.inform(
                self,
                self.tr("Summary saved"),
                self.tr("The summary of %n day(s) was saved to %1.", "", written).replace(
                    "%1", name
                ),
            )
