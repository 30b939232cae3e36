"""The helper's Today: shown in place of Today in helper mode.

The intake countdown, the helper's own tasks (overdue ones first, in the overdue colour
and saying "Overdue"), the next appointment they are part of, this week's skill (with a
way into Learn and a tick for "I practised it"), their own check-in (the page's one
primary button), and a quiet way to plan a conversation. What it shows comes from
core/helper_today.py. In discreet mode nothing on it, seen or read aloud, says what the
app is for: task titles, typed places, the skill's words and the appointment's title are
left out.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.changes import Area
from companion.core.helper_today import HelperToday
from companion.ui.context import AppContext
from companion.ui.names import Countdown, format_date, format_datetime
from companion.ui.widgets.card_grid import CardGrid
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.page import Page, card, left_aligned
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.text import ScaledLabel, heading, paragraph, set_tone
from companion.ui.writes import attempt

SHOWN_TASKS = 5  # tasks listed; the rest are counted
DISPLAY = 2.6  # the countdown number's size (design.md)
WIDE_COLUMN = 1120  # like Today: two columns of cards in a wide window


class HelperTodayPage(Page):
    """Today for a helper. Every part links to the page that has the rest."""

    openLink = Signal(str)  # an in-app link, as MainWindow.open_link follows it
    openSection = Signal(str)
    openPrepare = Signal(str)
    chooseUser = Signal()  # "Who is using the app?" (no helper chosen yet)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Today"), parent)
        self.context = context
        self.shown: HelperToday | None = None
        column = self.body.parentWidget()
        if column is not None:
            column.setMaximumWidth(WIDE_COLUMN)
        self.date_label = paragraph(" ", muted=True)
        self.date_label.setWordWrap(False)
        self.talk_button = QPushButton(self.tr("Plan a conversation"))
        self.talk_button.setFlat(True)  # quiet: a way in, not the page's purpose
        self.talk_button.setAccessibleName(self.tr("Plan a conversation"))
        self.talk_button.setToolTip(self.tr("Prepare a talk, step by step, under Helping"))
        self.talk_button.clicked.connect(lambda: self.openLink.emit("helping:conversations"))
        date_row = FlowRow()
        date_row.addWidget(self.date_label)
        date_row.addWidget(self.talk_button)
        self.body.addLayout(date_row)

        self.top = CardGrid(rows=True)
        intake_box, intake_layout = card()
        self.intake_heading = heading(self.tr("The intake"), level=2)
        intake_layout.addWidget(self.intake_heading)
        self.countdown_number = ScaledLabel(" ", DISPLAY, bold=True)
        self.countdown_number.setTextFormat(Qt.TextFormat.PlainText)
        intake_layout.addWidget(self.countdown_number)
        self.intake_text = paragraph(" ")
        intake_layout.addWidget(self.intake_text)
        intake_layout.addStretch(1)
        self.top.add(intake_box)

        checkin_box, checkin_layout = card()
        checkin_layout.addWidget(heading(self.tr("Your check-in"), level=2))
        self.checkin_text = paragraph(" ")
        checkin_layout.addWidget(self.checkin_text)
        checkin_layout.addStretch(1)
        self.checkin_button = make_primary(QPushButton(self.tr("Check in now")))
        self.checkin_button.clicked.connect(lambda: self.openLink.emit("helping:check-in"))
        checkin_layout.addLayout(left_aligned(self.checkin_button))
        self.top.add(checkin_box)
        self.body.addWidget(self.top)

        self.cards = CardGrid()
        tasks_box, tasks_layout = card()
        tasks_layout.addWidget(heading(self.tr("Your tasks"), level=2))
        self.tasks_summary = paragraph(" ")
        tasks_layout.addWidget(self.tasks_summary)
        self.task_list = QWidget()
        self.task_lines = QVBoxLayout(self.task_list)
        self.task_lines.setContentsMargins(0, 0, 0, 0)
        self.task_lines.setSpacing(4)
        # a fixed set of lines, filled in on each refresh (never made anew, so nothing
        # half laid out is ever on screen)
        self.task_labels = [paragraph(" ") for _ in range(SHOWN_TASKS)]
        self.more_tasks = paragraph(" ", muted=True)
        for label in [*self.task_labels, self.more_tasks]:
            self.task_lines.addWidget(label)
        tasks_layout.addWidget(self.task_list)
        tasks_layout.addStretch(1)
        self.tasks_button = QPushButton(self.tr("Open the checklist"))
        self.tasks_button.setAccessibleName(self.tr("Open the checklist"))
        self.tasks_button.clicked.connect(self._open_tasks)
        tasks_layout.addLayout(left_aligned(self.tasks_button))
        self.cards.add(tasks_box)

        self.appointment_box, appointment_layout = card()
        appointment_layout.addWidget(heading(self.tr("Your next appointment"), level=2))
        self.appointment_text = paragraph(" ")
        appointment_layout.addWidget(self.appointment_text)
        appointment_layout.addStretch(1)
        self.plan_button = QPushButton(self.tr("Open Plan"))
        self.plan_button.setAccessibleName(self.tr("Open Plan"))
        self.plan_button.clicked.connect(lambda: self.openSection.emit("plan"))
        appointment_layout.addLayout(left_aligned(self.plan_button))
        self.cards.add(self.appointment_box)

        self.skill_box, skill_layout = card()
        skill_layout.addWidget(heading(self.tr("This week's skill"), level=2))
        self.skill_title = heading(" ", level=3)
        skill_layout.addWidget(self.skill_title)
        self.skill_text = paragraph(" ")
        skill_layout.addWidget(self.skill_text)
        skill_layout.addStretch(1)
        self.practised = QCheckBox(self.tr("I &practised it"))
        self.practised.setAccessibleName(self.tr("I practised this week's skill"))
        self.practised.toggled.connect(self._mark_practised)
        skill_layout.addWidget(self.practised)
        self.read_button = QPushButton(self.tr("Read about it"))
        self.read_button.setAccessibleName(self.tr("Read about this skill in Learn"))
        self.read_button.clicked.connect(self._read_skill)
        skill_layout.addLayout(left_aligned(self.read_button))
        self.cards.add(self.skill_box)

        self.who_box, who_layout = card()
        who_layout.addWidget(heading(self.tr("Who is helping?"), level=2))
        who_layout.addWidget(
            paragraph(self.tr("Choose your name to see your tasks and your own check-in."))
        )
        self.who_button = QPushButton(self.tr("Choose who is using the app\u2026"))
        self.who_button.setAccessibleName(self.tr("Choose who is using the app"))
        self.who_button.clicked.connect(self.chooseUser.emit)
        who_layout.addLayout(left_aligned(self.who_button))
        self.body.insertWidget(self.body.indexOf(self.top), self.who_box)
        self.body.addWidget(self.cards)
        self.finish()

        context.dataChanged.connect(lambda _area: self.refresh())
        context.dataReset.connect(self.refresh)
        context.settingChanged.connect(self._on_setting)
        self.refresh()

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("discreet_mode", "helper_id", "user"):
            self.refresh()

    # --- filling it ------------------------------------------------------------------------

    def refresh(self) -> None:
        from companion.core import helper_today

        context = self.context
        today = context.today()
        helper_id = int(context.setting("helper_id"))
        from companion.core import people

        if helper_id and not people.exists(context.db, helper_id):
            helper_id = 0  # removed since: the page asks who is helping
        shown = self.shown = helper_today.helper_today(context.db, helper_id, today, context.now())
        discreet = bool(context.setting("discreet_mode"))
        self.date_label.setText(
            QLocale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )
        self.who_box.setVisible(helper_id == 0)
        self._show_intake(shown, discreet)
        self._show_tasks(shown, discreet)
        self._show_appointment(shown, discreet)
        self._show_skill(shown, discreet)
        self._show_check_in(shown, helper_id)
        self.cards.relayout()

    def _show_intake(self, shown: HelperToday, discreet: bool) -> None:
        name = shown.person_name
        self.intake_heading.setText(
            self.tr("%1's intake").replace("%1", name) if name else self.tr("The intake")
        )
        self.intake_heading.setAccessibleName(self.intake_heading.text())
        days = shown.days_until
        if shown.intake_date is None or days is None:
            self.countdown_number.hide()
            self.intake_text.setText(self.tr("No intake date yet. It will show here once set."))
            return
        self.countdown_number.setVisible(days > 0)
        self.countdown_number.setText(str(days) if days > 0 else "")
        self.intake_text.setText(
            Countdown().sentence(
                days,
                "" if discreet else shown.intake_place,
                format_date(shown.intake_date, long=True),
            )
        )
        self.countdown_number.setAccessibleName(self.intake_text.text())

    def _show_tasks(self, shown: HelperToday, discreet: bool) -> None:
        count = len(shown.tasks)
        if not count:
            self.tasks_summary.setText(
                self.tr("Nothing open for you. Thank you for all you have done.")
                if shown.done
                else self.tr("No tasks for you yet. The checklist shows who does what.")
            )
        elif shown.overdue:
            self.tasks_summary.setText(
                self.tr("%n open task(s), %1 overdue.", "", count).replace("%1", str(shown.overdue))
            )
        else:
            self.tasks_summary.setText(self.tr("%n open task(s).", "", count))
        set_tone(self.tasks_summary, "overdue" if shown.overdue and discreet else "")
        self.task_list.setVisible(bool(count) and not discreet)  # titles may say too much
        listed = [] if discreet else shown.tasks[:SHOWN_TASKS]
        for index, line in enumerate(self.task_labels):
            if index < len(listed):
                task = listed[index]
                self._fill_task_line(line, task.title, task.due, task.overdue)
            line.setVisible(index < len(listed))
        more = 0 if discreet else max(0, count - SHOWN_TASKS)
        self.more_tasks.setText(self.tr("%n more task(s)", "", more) if more else " ")
        self.more_tasks.setVisible(bool(more))

    def _fill_task_line(self, line: QLabel, title: str, due: object, overdue: bool) -> None:
        """One task: overdue ones in the overdue colour and saying "Overdue" (never the
        colour alone)."""
        from datetime import date

        if overdue and isinstance(due, date):
            text = self.tr("Overdue (was due %1): %2").replace("%1", format_date(due))
        elif isinstance(due, date):
            text = self.tr("Due %1: %2").replace("%1", format_date(due))
        else:
            text = "%2"
        line.setText("\u2022 " + text.replace("%2", title))  # the title last: it is typed
        line.setAccessibleName(line.text())
        set_tone(line, "overdue" if overdue else "")

    def _open_tasks(self) -> None:
        if self.shown is not None and self.shown.shared:
            self.openSection.emit("plan")  # the shared plan is there
        else:
            self.openPrepare.emit("checklist")

    def _show_appointment(self, shown: HelperToday, discreet: bool) -> None:
        coming = shown.appointment
        self.appointment_box.setVisible(coming is not None)
        if coming is None:
            return
        when = format_datetime(coming.starts_at)
        parts = [when] if discreet else [f"{when}: {coming.title}"]
        if coming.place and not discreet:  # typed words may say what the app is for
            parts.append(coming.place)
        self.appointment_text.setText(" \u2014 ".join(parts))

    def _show_skill(self, shown: HelperToday, discreet: bool) -> None:
        skill = shown.skill
        self.skill_box.setVisible(skill is not None)
        if skill is None:
            return
        self.skill_title.setText(skill.title)
        self.skill_title.setAccessibleName(skill.title)
        self.skill_text.setText(skill.practice)
        self.skill_text.setVisible(not discreet)
        self.practised.blockSignals(True)
        self.practised.setChecked(shown.skill_practised)
        self.practised.blockSignals(False)
        self.practised.setEnabled(shown.helper_id > 0)

    def _show_check_in(self, shown: HelperToday, helper_id: int) -> None:
        if shown.checked_in:
            self.checkin_text.setText(self.tr("Done for today. You can add to it any time."))
            button = self.tr("Open my check-in")
        else:
            self.checkin_text.setText(
                self.tr("Not done yet. About 20 seconds: stress, sleep, one thing for you.")
            )
            button = self.tr("Check in now")
        self.checkin_button.setText(button)
        self.checkin_button.setAccessibleName(self.tr("Your check-in: %1").replace("%1", button))
        self.checkin_button.setEnabled(helper_id > 0)

    # --- acting ----------------------------------------------------------------------------

    def _read_skill(self) -> None:
        if self.shown is not None and self.shown.skill is not None:
            self.openLink.emit("learn:" + self.shown.skill.learn)

    def _mark_practised(self, done: bool) -> None:
        from companion.core import family_skills

        shown = self.shown
        if shown is None or shown.skill is None:
            return
        context = self.context
        saved = attempt(
            self,
            lambda: context.write(
                Area.HELPERS,
                family_skills.mark_practised,
                context.db,
                shown.helper_id,
                shown.week,
                shown.skill.key if shown.skill is not None else "",
                context.today(),
                done,
            ),
        )
        if (
            saved is None
            and family_skills.practised(context.db, shown.helper_id, shown.week) != done
        ):
            self.refresh()  # not saved: the tick shows what is stored

    def highlight_next_step(self) -> None:
        """The keyboard on the check-in (after the welcome, say)."""
        self.ensureWidgetVisible(self.checkin_button)
        self.checkin_button.setFocus(Qt.FocusReason.OtherFocusReason)
