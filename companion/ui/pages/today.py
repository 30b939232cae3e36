"""Today: the date, the intake countdown, readiness and what is next, and a way into each part.

The page is built before the data is read, so that the window paints at once; `attach`
then fills it. Its cards keep their place, and their words come a moment later.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from companion.ui.context import AppContext
from companion.ui.names import countdown_text, format_datetime, practice_time
from companion.ui.widgets.page import Page, card
from companion.ui.widgets.readiness import NextUpList, ReadinessBars
from companion.ui.widgets.reminder_banner import ReminderBanner
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.writes import attempt

NEXT_UP = 3  # open checklist items shown under Next up


class TodayPage(Page):
    """The first page. Everything here is a summary; each part opens its own page."""

    openSection = Signal(str)
    openPrepare = Signal(str)  # which Prepare tab: "checklist", "calls", "intake"
    openHelp = Signal()
    openCheckIn = Signal()
    openLearn = Signal()
    context: AppContext  # from `attach`

    def __init__(
        self,
        context: AppContext | None,
        sections: list[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`sections` is a list of (key, title, one-line description). Without a context
        the page is an empty frame until `attach`."""
        super().__init__(self.tr("Today"), parent)
        # Each text is a line's blank until `attach` fills it, so the cards hardly move.
        self.first_note_box, first_note_layout = card()
        first_note_layout.addWidget(heading(self.tr("Before you start"), level=2))
        first_note_layout.addWidget(
            paragraph(
                self.tr(
                    "This app helps you and your family prepare. It does not replace your "
                    "doctors, nurses or program, or their medical advice. Get help now is "
                    "always one click away, or press F1."
                )
            )
        )
        self.first_note_button = QPushButton(self.tr("Got it"))
        self.first_note_button.setAccessibleName(self.tr("Got it: hide this note for good"))
        self.first_note_button.clicked.connect(self.dismiss_first_note)
        first_note_layout.addLayout(_left(self.first_note_button))
        self.body.addWidget(self.first_note_box)
        self.date_label = paragraph(" ", muted=True)
        self.body.addWidget(self.date_label)
        self.reminder_banner = ReminderBanner()  # reminders, when the desktop has no tray
        self.body.addWidget(self.reminder_banner)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Take it one step at a time. Each small step counts, and everything "
                    "stays on this computer."
                )
            )
        )

        intake_box, intake_layout = card()
        intake_layout.addWidget(heading(self.tr("Your intake"), level=2))
        self.intake_text = paragraph(" ")
        intake_layout.addWidget(self.intake_text)
        self.intake_button = QPushButton(self.tr("Set the intake date\u2026"))
        self.intake_button.setAccessibleName(self.tr("Set or change the intake date"))
        self.intake_button.clicked.connect(lambda: self.openPrepare.emit("intake"))
        intake_layout.addLayout(_left(self.intake_button))
        self.body.addWidget(intake_box)

        journal_box, journal_layout = card()
        journal_layout.addWidget(heading(self.tr("Today's check-in"), level=2))
        self.checkin_text = paragraph(" ")
        journal_layout.addWidget(self.checkin_text)
        self.checkin_button = QPushButton(self.tr("Check in now"))
        self.checkin_button.setAccessibleName(self.tr("Open today's check-in"))
        self.checkin_button.clicked.connect(self.openCheckIn.emit)
        journal_layout.addLayout(_left(self.checkin_button))
        self.body.addWidget(journal_box)

        ready_box, ready_layout = card()
        ready_layout.addWidget(heading(self.tr("How ready you are"), level=2))
        self.readiness = ReadinessBars(per_category=False)
        ready_layout.addWidget(self.readiness)
        ready_layout.addWidget(heading(self.tr("Next up"), level=3))
        self.next_up = NextUpList()
        ready_layout.addWidget(self.next_up)
        self.checklist_button = QPushButton(self.tr("Open the checklist"))
        self.checklist_button.setAccessibleName(self.tr("Open the checklist"))
        self.checklist_button.clicked.connect(lambda: self.openPrepare.emit("checklist"))
        ready_layout.addLayout(_left(self.checklist_button))
        self.body.addWidget(ready_box)

        self.appointment_box, appointment_layout = card()
        appointment_layout.addWidget(heading(self.tr("Next appointment"), level=2))
        self.appointment_text = paragraph(" ")
        appointment_layout.addWidget(self.appointment_text)
        self.plan_button = QPushButton(self.tr("Open Plan"))
        self.plan_button.setAccessibleName(self.tr("Open Plan"))
        self.plan_button.clicked.connect(lambda: self.openSection.emit("plan"))
        appointment_layout.addLayout(_left(self.plan_button))
        self.body.addWidget(self.appointment_box)

        self.callback_box, callback_layout = card()
        callback_layout.addWidget(heading(self.tr("Next call back"), level=2))
        self.callback_text = paragraph(" ")
        callback_layout.addWidget(self.callback_text)
        self.calls_button = QPushButton(self.tr("Open the call log"))
        self.calls_button.setAccessibleName(self.tr("Open the call log"))
        self.calls_button.clicked.connect(lambda: self.openPrepare.emit("calls"))
        callback_layout.addLayout(_left(self.calls_button))
        self.body.addWidget(self.callback_box)

        calm_box, calm_layout = card()
        calm_layout.addWidget(heading(self.tr("Calm practice"), level=2))
        self.practice_text = paragraph(" ")
        calm_layout.addWidget(self.practice_text)
        self.breathe_button = QPushButton(self.tr("Open Breathe"))
        self.breathe_button.setAccessibleName(self.tr("Open Breathe"))
        self.breathe_button.clicked.connect(lambda: self.openSection.emit("breathe"))
        calm_layout.addLayout(_left(self.breathe_button))
        self.body.addWidget(calm_box)

        learn_box, learn_layout = card()
        learn_layout.addWidget(heading(self.tr("Learn"), level=2))
        self.learn_text = paragraph(" ")
        learn_layout.addWidget(self.learn_text)
        self.learn_button = QPushButton(self.tr("Open Learn"))
        self.learn_button.setAccessibleName(self.tr("Open Learn"))
        self.learn_button.clicked.connect(self.openLearn.emit)
        learn_layout.addLayout(_left(self.learn_button))
        self.body.addWidget(learn_box)

        help_box, help_layout = card()
        help_layout.addWidget(heading(self.tr("If you need help right now"), level=2))
        help_layout.addWidget(
            paragraph(
                self.tr(
                    "If you feel unsafe, or someone may have overdosed, open Get help now. "
                    "It shows emergency steps and the numbers to call. Shortcut: F1."
                )
            )
        )
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.clicked.connect(self.openHelp.emit)
        help_layout.addLayout(_left(self.help_button))
        self.body.addWidget(help_box)

        self.body.addWidget(heading(self.tr("Explore"), level=2))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.section_buttons: dict[str, QPushButton] = {}
        for index, (key, title, description) in enumerate(sections):
            box, layout = card()
            layout.addWidget(heading(title, level=3))
            layout.addWidget(paragraph(description, muted=True))
            button = QPushButton(self.tr("Open %1").replace("%1", title))
            button.setAccessibleName(self.tr("Open %1").replace("%1", title))
            button.setToolTip(description)
            button.clicked.connect(lambda _=False, k=key: self.openSection.emit(k))
            layout.addLayout(_left(button))
            layout.addStretch(1)
            self.section_buttons[key] = button
            grid.addWidget(box, index // 2, index % 2)
        self.body.addLayout(grid)
        self.first_note_box.hide()  # until the data says it has not been seen
        self.appointment_box.hide()  # until the data says there is one
        self.callback_box.hide()
        self.finish()
        if context is not None:
            self.attach(context)

    def shown_cards(self) -> list[str]:
        """Which of the cards that come and go are shown: "first note", "appointment",
        "callback"."""
        cards = {
            "first note": self.first_note_box,
            "appointment": self.appointment_box,
            "callback": self.callback_box,
        }
        shown = [name for name, box in cards.items() if not box.isHidden()]
        return [*shown, f"next up {len(self.next_up.lines)}"]

    def expect_cards(self, names: list[str]) -> None:
        """Before the data is read: show the cards that come and go as they were last
        time (`shown_cards`), and as many lines of Next up, so that the page keeps its
        shape when it is filled."""
        self.first_note_box.setVisible("first note" in names)
        self.appointment_box.setVisible("appointment" in names)
        self.callback_box.setVisible("callback" in names)
        for name in names:
            count = name.removeprefix("next up ")
            if count != name and count.isdigit():
                self.next_up.reserve(min(int(count), NEXT_UP))

    def attach(self, context: AppContext) -> None:
        """Fill the page from the data, and keep it filled as the data changes."""
        self.context = context
        context.dataChanged.connect(lambda _area: self.refresh())
        context.dataReset.connect(self.refresh)
        self.refresh()

    def dismiss_first_note(self) -> None:
        """ "Got it": the first-start note is hidden, and stays hidden after a restart."""
        attempt(self, lambda: self.context.set_setting("first_note_seen", True))
        if not self.context.setting("first_note_seen"):
            return  # not saved: the note stays, and the message said why
        self.first_note_box.hide()
        self.intake_button.setFocus()  # focus moves on to the next card, not lost with the button

    def refresh(self) -> None:
        self.first_note_box.setVisible(not self.context.setting("first_note_seen"))
        # The core's modules load sqlite-utils: imported with the data, after the first paint.
        from companion.core import calls, checklist, intake, journal, learn, people, plan, sessions

        attempt(self, self.context.ready_checklist)  # Today is first: the checklist starts here
        db, today = self.context.db, self.context.today()
        self.date_label.setText(
            QLocale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )
        planned = intake.get_intake(db)
        if planned.when is None:
            self.intake_text.setText(
                self.tr(
                    "No intake date yet. When a program gives you a date, add it here and "
                    "you will see a calm countdown and what is still open."
                )
            )
            self.intake_button.setText(self.tr("Set the intake date\u2026"))
        else:
            self.intake_text.setText(countdown_text(self.context, planned))
            self.intake_button.setText(self.tr("Change\u2026"))

        if journal.get_entry(db, today) is not None:
            self.checkin_text.setText(self.tr("Done for today. You can add to it any time."))
            self.checkin_button.setText(self.tr("Open today's check-in"))
        else:
            self.checkin_text.setText(
                self.tr("Not done yet. It takes under a minute: mood, craving, sleep.")
            )
            self.checkin_button.setText(self.tr("Check in now"))

        self.readiness.show_readiness(checklist.readiness(db))
        names: dict[int | None, str] = dict(people.names(db).items())
        self.next_up.show_items(checklist.next_items(db, today, limit=NEXT_UP), today, names)

        practice = sessions.practice_this_week(db, today)
        self.practice_text.setText(
            self.tr(
                "Relaxation practice this week: %1, in %n session(s).", "", practice.sessions
            ).replace("%1", practice_time(practice.seconds))
            if practice.sessions
            else self.tr("No practice yet this week. A few slow breaths can help, any time.")
        )

        read, total = learn.reading_progress(db)
        self.learn_text.setText(
            self.tr("You have read %1 of %n section(s).", "", total).replace("%1", str(read))
            if read
            else self.tr(
                "Plain answers about withdrawal, detox and staying safe, a few minutes each."
            )
        )

        coming = plan.next_appointment(db, self.context.now())
        self.appointment_box.setVisible(coming is not None)
        if coming is not None:
            start, appointment = coming
            where = f" \u2014 {appointment.place}" if appointment.place else ""
            self.appointment_text.setText(f"{format_datetime(start)}: {appointment.title}{where}")

        upcoming = calls.next_callback(db)
        self.callback_box.setVisible(upcoming is not None)
        if upcoming is not None and upcoming.callback_at is not None:
            who = names.get(upcoming.caller_id, self.tr("you"))
            late = upcoming.callback_at < self.context.now()
            self.callback_text.setText(
                (
                    self.tr("Overdue: call %1 back (asked for %2). Last call by %3.")
                    if late
                    else self.tr("Call %1 back on %2. Last call by %3.")
                )
                .replace("%1", upcoming.facility)
                .replace("%2", format_datetime(upcoming.callback_at))
                .replace("%3", who)
            )
            set_tone(self.callback_text, "overdue" if late else "")


def _left(button: QPushButton) -> QHBoxLayout:
    """A row holding `button` at its natural width, on the left."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
