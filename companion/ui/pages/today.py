"""Today: the intake countdown, the day's one next step, and small cards into each part.

The page is built before the data is read, so that the window paints at once; `attach`
then fills it. Its cards keep their place, and their words come a moment later.

At the top, the countdown is a large number with the date beneath (or a gentle
invitation to set the date), beside the one most useful next step with the page's only
primary button. Below, compact cards say one thing each and link to the page that has
the rest; they sit in two columns where there is room, and stack where there is not.
In discreet mode nothing on the page, seen or read aloud, says what the app is for.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.context import AppContext
from companion.ui.names import countdown_text, format_datetime, practice_time
from companion.ui.widgets.card_grid import CardGrid
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.page import Page, card, left_aligned
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.readiness import NextUpList, ReadinessBars
from companion.ui.widgets.reminder_banner import ReminderBanner
from companion.ui.widgets.text import ScaledLabel, heading, paragraph, set_tone
from companion.ui.writes import attempt

NEXT_UP = 3  # open checklist items shown under Next up
DISPLAY = 2.6  # the countdown number's size, a multiple of the body text (design.md)
WIDE_COLUMN = 1120  # Today's column: two columns of cards fill a wide window


class TodayPage(Page):
    """The first page. Everything here is a summary; each part opens its own page."""

    openSection = Signal(str)
    openPrepare = Signal(str)  # which Prepare tab: "checklist", "calls", "intake"
    openHelp = Signal()
    openCheckIn = Signal()
    openLearn = Signal()
    openCravings = Signal()  # "I'm having a craving": Breathe's Cravings part
    openLink = Signal(str)  # an in-app link, as MainWindow.open_link follows it
    context: AppContext  # from `attach`

    def __init__(
        self,
        context: AppContext | None,
        sections: list[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`sections` is a list of (key, title, one-line description) of the sidebar's
        parts; Today's cards link to them. Without a context the page is an empty frame
        until `attach`."""
        super().__init__(self.tr("Today"), parent)
        del sections  # the cards say it their own way, discreetly when asked
        column = self.body.parentWidget()
        if column is not None:
            column.setMaximumWidth(WIDE_COLUMN)
        self.next_action = "intake"
        # Each text is a line's blank until `attach` fills it, so the cards hardly move.
        self.date_label = paragraph(" ", muted=True)
        self.date_label.setWordWrap(False)  # one line; the button folds under it instead
        # One click into Breathe's craving toolkit, at the top where it is always in view.
        self.craving_button = QPushButton(self.tr("I'm having a craving"))
        self.craving_button.setAccessibleName(self.tr("I'm having a craving: ride it out now"))
        self.craving_button.clicked.connect(self.openCravings.emit)
        date_row = FlowRow()  # the button folds under the date when the window is narrow
        date_row.addWidget(self.date_label)
        date_row.addWidget(self.craving_button)
        self.body.addLayout(date_row)
        self.reminder_banner = ReminderBanner()  # reminders, when the desktop has no tray
        self.body.addWidget(self.reminder_banner)
        self.naloxone_box, naloxone_layout = card()  # only when the kit expires soon
        self.naloxone_text = paragraph(" ")
        naloxone_layout.addWidget(self.naloxone_text)
        self.naloxone_button = QPushButton(self.tr("Open my overdose plan"))
        self.naloxone_button.setAccessibleName(self.tr("Open my overdose plan"))
        self.naloxone_button.clicked.connect(lambda: self.openLink.emit("plan:overdose"))
        naloxone_layout.addLayout(left_aligned(self.naloxone_button))
        self.body.addWidget(self.naloxone_box)

        self.top = CardGrid(rows=True)
        intake_box, intake_layout = card()
        intake_layout.addWidget(heading(self.tr("Your intake"), level=2))
        self.countdown_number = ScaledLabel(" ", DISPLAY, bold=True)
        self.countdown_number.setTextFormat(Qt.TextFormat.PlainText)
        intake_layout.addWidget(self.countdown_number)
        self.intake_text = paragraph(" ")
        intake_layout.addWidget(self.intake_text)
        intake_layout.addStretch(1)
        self.intake_button = QPushButton(self.tr("Change the date\u2026"))
        self.intake_button.setAccessibleName(self.tr("Set or change the intake date"))
        self.intake_button.clicked.connect(lambda: self.openPrepare.emit("intake"))
        intake_layout.addLayout(left_aligned(self.intake_button))
        self.top.add(intake_box)

        next_box, next_layout = card()
        next_layout.addWidget(heading(self.tr("Your next step"), level=2))
        self.next_text = paragraph(" ")
        next_layout.addWidget(self.next_text)
        next_layout.addStretch(1)
        self.next_button = make_primary(QPushButton(self.tr("Set the intake date\u2026")))
        self.next_button.clicked.connect(self.take_next_step)
        next_layout.addLayout(left_aligned(self.next_button))
        self.top.add(next_box)
        self.body.addWidget(self.top)

        self.cards = CardGrid()
        journal_box, self.checkin_text, self.checkin_button = self._link_card(
            self.tr("Today's check-in"), self.tr("Check in now"), self.tr("Open today's check-in")
        )
        self.checkin_button.clicked.connect(self.openCheckIn.emit)

        ready_box, ready_layout = card()
        ready_layout.addWidget(heading(self.tr("How ready you are"), level=2))
        self.readiness = ReadinessBars(per_category=False)
        ready_layout.addWidget(self.readiness)
        self.next_up_heading = heading(self.tr("Next up"), level=3)
        ready_layout.addWidget(self.next_up_heading)
        self.next_up = NextUpList()
        ready_layout.addWidget(self.next_up)
        ready_layout.addStretch(1)
        self.checklist_button = QPushButton(self.tr("Open the checklist"))
        self.checklist_button.setAccessibleName(self.tr("Open the checklist"))
        self.checklist_button.clicked.connect(lambda: self.openPrepare.emit("checklist"))
        ready_layout.addLayout(left_aligned(self.checklist_button))

        self.callback_box, self.callback_text, self.calls_button = self._link_card(
            self.tr("Next call back"), self.tr("Open the call log"), self.tr("Open the call log")
        )
        self.calls_button.clicked.connect(lambda: self.openPrepare.emit("calls"))

        plan_box, self.plan_text, self.plan_button = self._link_card(
            self.tr("Your plan"), self.tr("Open Plan"), self.tr("Open Plan")
        )
        self.plan_text.setText(self.tr("Your people, appointments and next steps."))
        self.appointment_box = QWidget()
        appointment_layout = QVBoxLayout(self.appointment_box)
        appointment_layout.setContentsMargins(0, 0, 0, 0)
        appointment_layout.addWidget(heading(self.tr("Next appointment"), level=3))
        self.appointment_text = paragraph(" ")
        appointment_layout.addWidget(self.appointment_text)
        plan_layout = plan_box.layout()
        if isinstance(plan_layout, QVBoxLayout):
            plan_layout.insertWidget(2, self.appointment_box)
        self.plan_button.clicked.connect(lambda: self.openSection.emit("plan"))

        calm_box, self.practice_text, self.breathe_button = self._link_card(
            self.tr("Calm practice"), self.tr("Open Breathe"), self.tr("Open Breathe")
        )
        self.breathe_button.clicked.connect(lambda: self.openSection.emit("breathe"))

        learn_box, self.learn_text, self.learn_button = self._link_card(
            self.tr("Learn"), self.tr("Open Learn"), self.tr("Open Learn")
        )
        self.learn_button.clicked.connect(self.openLearn.emit)

        help_box, help_text, self.help_button = self._link_card(
            self.tr("If you need help right now"), self.tr("Get help now"), self.tr("Get help now")
        )
        help_text.setText(
            self.tr(
                "If you feel unsafe, or someone may have overdosed, open Get help now. "
                "It shows emergency steps and the numbers to call. Shortcut: F1."
            )
        )
        self.help_button.clicked.connect(self.openHelp.emit)
        for box in (
            journal_box,
            ready_box,
            self.callback_box,
            plan_box,
            calm_box,
            learn_box,
            help_box,
        ):
            self.cards.add(box)
        self.body.addWidget(self.cards)
        # Each part's way in, by the sidebar's key: the card's link.
        self.section_buttons: dict[str, QPushButton] = {
            "prepare": self.checklist_button,
            "breathe": self.breathe_button,
            "journal": self.checkin_button,
            "learn": self.learn_button,
            "plan": self.plan_button,
        }
        self.appointment_box.hide()  # until the data says there is one
        self.callback_box.hide()
        self.naloxone_box.hide()
        self.cards.relayout()
        self.finish()
        if context is not None:
            self.attach(context)

    def _link_card(
        self, title: str, button_text: str, name: str
    ) -> tuple[QWidget, QLabel, QPushButton]:
        """A compact card: a heading, a line filled later, and a button to the part."""
        box, layout = card()
        layout.addWidget(heading(title, level=2))
        text = paragraph(" ")
        layout.addWidget(text)
        layout.addStretch(1)
        button = QPushButton(button_text)
        button.setAccessibleName(name)
        layout.addLayout(left_aligned(button))
        return box, text, button

    def shown_cards(self) -> list[str]:
        """Which of the cards that come and go are shown: "appointment", "callback",
        "naloxone"."""
        cards = {
            "appointment": self.appointment_box,
            "callback": self.callback_box,
            "naloxone": self.naloxone_box,
        }
        shown = [name for name, box in cards.items() if not box.isHidden()]
        return [*shown, f"next up {len(self.next_up.lines)}"]

    def expect_cards(self, names: list[str]) -> None:
        """Before the data is read: show the cards that come and go as they were last
        time (`shown_cards`), and as many lines of Next up, so that the page keeps its
        shape when it is filled."""
        self.appointment_box.setVisible("appointment" in names)
        self.callback_box.setVisible("callback" in names)
        self.naloxone_box.setVisible("naloxone" in names)
        for name in names:
            count = name.removeprefix("next up ")
            if count != name and count.isdigit():
                self.next_up.reserve(min(int(count), NEXT_UP))
        self.cards.relayout()

    def attach(self, context: AppContext) -> None:
        """Fill the page from the data, and keep it filled as the data changes."""
        self.context = context
        context.dataChanged.connect(lambda _area: self.refresh())
        context.dataReset.connect(self.refresh)
        context.settingChanged.connect(self._on_setting)
        self.refresh()

    def _on_setting(self, key: str, _value: object) -> None:
        if key == "discreet_mode":
            self.refresh()

    def take_next_step(self) -> None:
        """The primary button: do the step it names."""
        if self.next_action == "intake":
            self.openPrepare.emit("intake")
        elif self.next_action == "checklist":
            self.openPrepare.emit("checklist")
        elif self.next_action == "check-in":
            self.openCheckIn.emit()
        else:
            self.openSection.emit("breathe")

    def highlight_next_step(self) -> None:
        """Put the keyboard on the next step's button (after the welcome, say)."""
        self.ensureWidgetVisible(self.next_button)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        # The core's modules load sqlite-utils: imported with the data, after the first paint.
        from companion.core import calls, checklist, intake, journal, learn, people, plan, sessions

        attempt(self, self.context.ready_checklist)  # Today is first: the checklist starts here
        db, today = self.context.db, self.context.today()
        discreet = bool(self.context.setting("discreet_mode"))
        self.date_label.setText(
            QLocale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )
        planned = intake.get_intake(db)
        days = planned.days_until(today)
        if planned.when is None:
            self.countdown_number.hide()
            self.intake_text.setText(
                self.tr(
                    "No intake date yet. When a program gives you a date, add it and you "
                    "will see a calm countdown here."
                )
            )
            self.intake_button.hide()  # the next step sets it
        else:
            self.countdown_number.setVisible(days is not None and days > 0)
            self.countdown_number.setText(str(days) if days is not None and days > 0 else "")
            self.intake_text.setText(countdown_text(self.context, planned))
            self.countdown_number.setAccessibleName(self.intake_text.text())
            self.intake_button.show()

        checked_in = journal.get_entry(db, today) is not None
        if checked_in:
            self.checkin_text.setText(self.tr("Done for today. You can add to it any time."))
            self.checkin_button.setText(self.tr("Open today's check-in"))
        else:
            self.checkin_text.setText(
                self.tr("Not done yet. It takes under a minute: mood, craving, sleep.")
            )
            self.checkin_button.setText(self.tr("Check in now"))

        self.readiness.show_readiness(checklist.readiness(db))
        names: dict[int | None, str] = dict(people.names(db).items())
        coming_items = checklist.next_items(db, today, limit=NEXT_UP)
        self.next_up.show_items(coming_items, today, names)
        self.next_up.setVisible(not discreet)  # the items may say what the app is for
        self.next_up_heading.setVisible(not discreet)
        self._show_next_step(planned.when is None, coming_items, checked_in, discreet)

        # One click into the craving toolkit; in discreet mode it does not say "craving".
        self.craving_button.setText(
            self.tr("I need a moment") if discreet else self.tr("I'm having a craving")
        )
        self.craving_button.setAccessibleName(
            self.tr("I need a moment: something to help right now")
            if discreet
            else self.tr("I'm having a craving: ride it out now")
        )
        practice = sessions.practice_this_week(db, today)
        self.practice_text.setText(
            self.tr(
                "Relaxation practice this week: %1, in %n session(s).", "", practice.sessions
            ).replace("%1", practice_time(practice.seconds))
            if practice.sessions
            else self.tr("No practice yet this week. A few slow breaths can help, any time.")
        )

        read, total = learn.reading_progress(db)
        if read:
            self.learn_text.setText(
                self.tr("You have read %1 of %n section(s).", "", total).replace("%1", str(read))
            )
        elif discreet:
            self.learn_text.setText(
                self.tr("Plain answers to common questions, a few minutes each.")
            )
        else:
            self.learn_text.setText(
                self.tr(
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
        self._show_naloxone(discreet)
        self.cards.relayout()

    def _show_naloxone(self, discreet: bool) -> None:
        """A calm card when the naloxone expires within 30 days or has expired; in
        discreet mode it says only that something in the plan needs renewing."""
        from companion.core import overdose_plan
        from companion.ui.names import format_date

        kit = overdose_plan.get_overdose_plan(self.context.db)
        state = overdose_plan.expiry_state(kit, self.context.today())
        self.naloxone_box.setVisible(state.warn)
        if not state.warn or state.expires is None:
            return
        if discreet:
            text = self.tr("Something in your plan needs renewing.")
            button = self.tr("Open Plan")
        elif state.kind == "expired":
            text = self.tr("Your naloxone expired on %1. Get a new kit.")
            button = self.tr("Open my overdose plan")
        else:
            text = self.tr("Your naloxone expires on %1. Get a new kit.")
            button = self.tr("Open my overdose plan")
        self.naloxone_text.setText(text.replace("%1", format_date(state.expires)))
        self.naloxone_button.setText(button)
        self.naloxone_button.setAccessibleName(button)
        self.naloxone_button.setAccessibleDescription(self.naloxone_text.text())

    def _show_next_step(
        self, no_date: bool, open_items: Sequence[object], checked_in: bool, discreet: bool
    ) -> None:
        """The one most useful step today: the intake date, the first open item of the
        checklist, today's check-in, or a few calm breaths."""
        if no_date:
            self.next_action = "intake"
            text = self.tr("Add the intake date when you know it. Everything else can follow.")
            button = self.tr("Set the intake date\u2026")
        elif open_items:
            self.next_action = "checklist"
            title = str(getattr(open_items[0], "title", ""))
            text = (
                self.tr("The next item on your checklist is waiting.")
                if discreet or not title
                else self.tr("Next on your checklist: %1").replace("%1", title)
            )
            button = self.tr("Open the checklist")
        elif not checked_in:
            self.next_action = "check-in"
            text = self.tr("A quick check-in: how you feel today, in under a minute.")
            button = self.tr("Check in now")
        else:
            self.next_action = "breathe"
            text = self.tr("All done for now. A few slow breaths can help, any time.")
            button = self.tr("Open Breathe")
        self.next_text.setText(text)
        self.next_button.setText(button)
        self.next_button.setAccessibleName(self.tr("Next step: %1").replace("%1", button))
        self.next_button.setAccessibleDescription(text)
