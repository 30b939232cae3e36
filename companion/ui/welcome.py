"""The welcome at first start: a few calm steps, each skippable, then Today.

Language, region (preselected from the system), the intake date if known and a first
name for the printed plan (both optional), what stays on this computer and what the app
is not, with who is using it (the person getting ready, or someone helping, by name),
and where Get help now is. Skip (or Esc) ends it
at any step and saves nothing but that it was seen; finishing saves the choices. It is
shown once, at the first start of a data folder, and again from Settings on request.

A language chosen on the first step is shown at once in the welcome itself; the window
is built again in it when the welcome is finished (and not at all when it is skipped).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import content
from companion.core.changes import Area
from companion.core.content import LANGUAGES
from companion.core.settings import NAME_LIMIT, REGIONS, clean_person_name, region_for_locale
from companion.ui import i18n
from companion.ui.context import AppContext
from companion.ui.names import region_name
from companion.ui.widgets.date_fields import DateField
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import scrolling_column
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.writes import attempt

STEPS = ("language", "region", "intake", "about", "help")


def should_show(context: AppContext) -> bool:
    """Whether this is a first start: the welcome (or the note it replaced) never seen."""
    return not context.setting("welcome_done") and not context.setting("first_note_seen")


class Welcome(QDialog):
    """The welcome's steps, one at a time, with Skip, Back and Continue."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setModal(True)
        self.shown_language = content.language()  # the window's, put back when it ends
        self.language_code = self.shown_language
        stored = context.setting("region")
        self.region_code = (
            str(stored) if stored in REGIONS else region_for_locale(QLocale.system().name())
        )
        from companion.core import intake  # loads sqlite-utils: the data is open by now

        self._intake = intake.get_intake(context.db)
        self.intake_typed = ""
        self.name_typed = str(context.setting("person_name"))
        self.who_typed: tuple[bool, object, str] | None = None  # kept over a language change
        self.step = 0
        self.outer = QVBoxLayout(self)
        # At least 480 px wide, like every form dialog: a strut, so rows are never squeezed.
        margins = self.outer.contentsMargins()
        self.outer.addStrut(480 - margins.left() - margins.right())
        self.content: QWidget | None = None
        self._build()

    # --- building (again when the language changes) --------------------------------------

    def _build(self) -> None:
        if self.content is not None:
            self.outer.removeWidget(self.content)
            self.content.hide()
            self.content.deleteLater()
        self.content = QWidget()
        self.outer.addWidget(self.content)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setWindowTitle(self.tr("Welcome to Prep Companion"))
        self.counter = paragraph(" ", muted=True)
        layout.addWidget(self.counter)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(i18n.NAMES[code], code)  # each in its own language
        self.language.setCurrentIndex(max(0, self.language.findData(self.language_code)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._add_step(
            self.tr("Welcome"),
            self.tr(
                "A few quick choices to start. Each one can be changed later in Settings, "
                "and you can skip them all."
            ),
            self._labelled(self.tr("&Language"), self.language),
        )

        self.region = QComboBox()
        for code in REGIONS:
            self.region.addItem(region_name(code), code)
        self.region.setCurrentIndex(max(0, self.region.findData(self.region_code)))
        self.region.setAccessibleName(self.tr("Region"))
        self._add_step(
            self.tr("Where you are"),
            self.tr("Get help now shows the emergency number and helplines for your region."),
            self._labelled(self.tr("&Region"), self.region),
        )

        self.intake_date = DateField(
            self.tr("Intake date"),
            self.context.today(),
            self._intake.when,
            required=False,
            field="intake date",
            empty_text=self.tr("Not known yet"),
        )
        if self.intake_typed:
            self.intake_date.line.setText(self.intake_typed)
        self.person_name = QLineEdit(self.name_typed)
        self.person_name.setAccessibleName(self.tr("Your first name, for the plan you print"))
        name_field = with_note(self.person_name, hold_to_limit(self.person_name, NAME_LIMIT).note)
        fields = QWidget()
        both = QVBoxLayout(fields)
        both.setContentsMargins(0, 0, 0, 0)
        both.setSpacing(12)
        both.addWidget(self._labelled(self.tr("Intake &date (optional)"), self.intake_date))
        both.addWidget(
            self._labelled(
                self.tr("Your first &name, for the plan you print"), name_field, self.person_name
            )
        )
        both.addWidget(
            paragraph(
                self.tr("Optional. Only the documents you print or save show it."), muted=True
            )
        )
        self._add_step(
            self.tr("Your intake date"),
            self.tr(
                "If a program has given you a date, add it here. If not, leave it empty: "
                "you can add it later on Today."
            ),
            fields,
        )

        from companion.ui.who_dialog import WhoChooser

        about = QWidget()
        about_column = QVBoxLayout(about)
        about_column.setContentsMargins(0, 0, 0, 0)
        about_column.setSpacing(12)
        about_column.addWidget(
            paragraph(
                self.tr("Everything you write stays on this computer. Nothing is sent anywhere.")
            )
        )
        self.protect_box = QCheckBox(self.tr("&Protect it with a passphrase"))
        self.protect_box.setAccessibleName(self.tr("Protect my data with a passphrase"))
        self.protect_box.setToolTip(
            self.tr(
                "Encrypts what you write on this computer. You can also do it later, in "
                "Settings, Privacy."
            )
        )
        self.protect_box.setVisible(not self.context.protected)
        about_column.addWidget(self.protect_box)
        about_column.addWidget(heading(self.tr("Who is using the app?"), level=3))
        self.who = WhoChooser(self.context)
        if self.who_typed is not None:
            helping, helper_id, typed = self.who_typed
            self.who.preset(helping)
            self.who.fill_names(helper_id if isinstance(helper_id, int) else None)
            self.who.new_name.setText(typed)
        about_column.addWidget(self.who)
        self.who_problem = paragraph("")
        self.who_problem.setAccessibleName(self.tr("Problem"))
        set_tone(self.who_problem, "overdue")
        self.who_problem.hide()
        about_column.addWidget(self.who_problem)
        # the helper's name fields appear whole, not behind a scroll bar
        self.who.helper_choice.toggled.connect(lambda _on: QTimer.singleShot(0, self._grow_to_fit))
        self._add_step(
            self.tr("Before you start"),
            self.tr(
                "This app helps you and your family prepare. It does not replace your "
                "doctors, nurses or program, or their medical advice."
            ),
            about,
        )
        self._add_step(
            self.tr("Help is always one click away"),
            self.tr(
                "If you feel unsafe, or someone may have overdosed, press Get help now at "
                "the bottom of the sidebar, or press F1. It shows emergency steps and the "
                "numbers to call."
            ),
        )

        row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the welcome"))
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.back_button.clicked.connect(self.back)
        self.next_button = make_primary(QPushButton(self.tr("&Continue")))
        self.next_button.clicked.connect(self.forward)
        for button in (self.skip_button, self.back_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)  # Enter goes on
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self._show_step(self.step)

    def _labelled(self, text: str, field: QWidget, buddy: QWidget | None = None) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        label = QLabel(text)
        label.setBuddy(buddy or field)
        column.addWidget(label)
        column.addWidget(field)
        return holder

    def _add_step(self, title: str, line: str, field: QWidget | None = None) -> None:
        """A step: its title, one line saying why, and its field if it has one."""
        scroll, column = scrolling_column((0, 0, 0, 0))
        column.setSpacing(12)
        column.addWidget(heading(title, level=2))
        column.addWidget(paragraph(line))
        if field is not None:
            column.addWidget(field)
        column.addStretch(1)
        self.stack.addWidget(scroll)

    # --- moving through the steps ------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.step = step
        self.stack.setCurrentIndex(step)
        self.counter.setText(
            self.tr("Step %1 of %2").replace("%1", str(step + 1)).replace("%2", str(len(STEPS)))
        )
        last = step == len(STEPS) - 1
        self.next_button.setText(self.tr("&Go to Today") if last else self.tr("&Continue"))
        self.next_button.setAccessibleName(
            self.tr("Finish the welcome and go to Today") if last else self.tr("Next step")
        )
        self.back_button.setEnabled(step > 0)
        self._focus_step()

    def _focus_step(self) -> None:
        """The keyboard on the step's field, or on Continue where there is none."""
        focus: dict[str, QWidget] = {
            "language": self.language,
            "region": self.region,
            "intake": self.intake_date,
        }
        if STEPS[self.step] == "about":
            self.who.set_focus_first()
            return
        target = focus.get(STEPS[self.step], self.next_button)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_step()

    def forward(self) -> None:
        if STEPS[self.step] == "intake" and not self._date_understood():
            return
        if STEPS[self.step] == "about" and not self._helper_named():
            return
        if self.step < len(STEPS) - 1:
            self._show_step(self.step + 1)
        else:
            self.finish()

    def back(self) -> None:
        if self.step > 0:
            self._show_step(self.step - 1)

    def _helper_named(self) -> bool:
        """A helper who is new here has typed their name (it is asked for, not guessed)."""
        from companion.ui.who_dialog import NEW

        missing = (
            self.who.helping()
            and self.who.names.currentData() == NEW
            and not self.who.new_name.text().strip()
        )
        self.who_problem.setText(self.tr("Please type your name, or choose it from the list."))
        self.who_problem.setVisible(missing)
        if missing:
            self.who.new_name.setFocus(Qt.FocusReason.OtherFocusReason)
            self._grow_to_fit()
            scroll = self.stack.currentWidget()
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(self.who_problem)
        return not missing

    def _date_understood(self) -> bool:
        if self.intake_date.check():
            return True
        self.intake_date.setFocus(Qt.FocusReason.OtherFocusReason)
        self._grow_to_fit()
        return False

    def _grow_to_fit(self) -> None:
        """The message under a date not understood shows whole: the welcome grows to fit it
        (as far as the screen allows) rather than hide it behind a scroll bar."""
        scroll = self.stack.currentWidget()
        content = scroll.widget() if isinstance(scroll, QScrollArea) else None
        if not isinstance(scroll, QScrollArea) or content is None:
            return
        missing = content.sizeHint().height() - scroll.viewport().height()
        screen = self.screen().availableGeometry().height() if self.screen() else self.height()
        if missing > 0:
            self.resize(self.width(), min(self.height() + missing, screen))

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        if not isinstance(code, str) or code == self.language_code:
            return
        self.language_code = code
        self.region_code = str(self.region.currentData())
        self.intake_typed = self.intake_date.line.text()
        self.name_typed = self.person_name.text()
        self.who_typed = (
            self.who.helping(),
            self.who.names.currentData(),
            self.who.new_name.text(),
        )
        i18n.use_language(code)  # the welcome speaks it now; the window when finished
        self._build()

    # --- ending ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc, the window's close button: the same as Skip."""
        self.skip()

    def _put_language_back(self) -> None:
        if content.language() != self.shown_language:
            i18n.use_language(self.shown_language)

    def skip(self) -> None:
        """Nothing is saved but that the welcome was seen."""
        self._put_language_back()
        attempt(self, lambda: self.context.set_setting("welcome_done", True))
        super().reject()

    def finish(self) -> None:
        """Save the choices, then Today (in the chosen language) shows its next step."""
        from companion.core import intake

        when: date | None = self.intake_date.value() if self._date_understood() else None
        region = str(self.region.currentData())
        name = clean_person_name(self.person_name.text())
        language = self.language_code
        self._put_language_back()
        context = self.context
        who = self.who

        def save() -> None:
            context.set_setting("region", region)
            context.set_setting("person_name", name)  # unchanged is not written again
            if when is not None and when != self._intake.when:
                context.write(
                    Area.INTAKE,
                    intake.set_intake,
                    context.db,
                    when,
                    self._intake.place,
                    today=context.today(),
                )
            context.set_setting("welcome_done", True)
            if who.helping() or context.setting("user") == "helper":
                who.use_choice()  # the view changes as the welcome ends
            if language != self.shown_language:
                context.set_setting("language", language)  # the window is built again in it

        attempt(self, save)
        protect = self.protect_box.isChecked() and not context.protected
        parent = self.parentWidget()
        super().accept()
        if protect and parent is not None:  # once the welcome has closed
            from companion.ui import protection_dialogs

            QTimer.singleShot(0, lambda: protection_dialogs.turn_on(context, parent, _nothing))


def _nothing() -> None:
    pass


def open_welcome(context: AppContext, parent: QWidget, wait: bool = False) -> Welcome:
    """Show the welcome over `parent`; Today then shows its next step. At start it does
    not wait (the window goes on filling); from Settings it waits, as every dialog there
    does. Returns the dialog (for tests)."""
    welcome = Welcome(context, parent)
    welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    welcome.finished.connect(lambda _result: _after(parent))
    if wait:
        welcome.exec()
    else:
        welcome.open()
    return welcome


def _after(parent: QWidget) -> None:
    """Today, with the keyboard on its next step; again once the window has been built
    in a language just chosen (that happens as soon as the event loop is free)."""
    _to_today(parent)
    QTimer.singleShot(0, _to_today_anywhere)


def _to_today(window: QWidget) -> None:
    today = getattr(window, "shown_today", None) or getattr(window, "today", None)
    highlight = getattr(today, "highlight_next_step", None)
    show = getattr(window, "show_section", None)
    if show is not None:
        show("today")
    if highlight is not None:
        highlight()


def _to_today_anywhere() -> None:
    for window in QApplication.topLevelWidgets():
        if window.isVisible() and hasattr(window, "today"):
            _to_today(window)
