"""The main window: a sidebar of sections, the pages, and Get help now always in reach.

Only Today is built at start. Every other page is imported and built the first time it
is shown (or asked for), so the window paints quickly however much data there is. The
window can also be built before the data is read (its frame and Today's, in the look
remembered from last time) and filled by `attach` once the data is open.

The person's view and a helper's (helper mode) are in view_modes.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QByteArray,
    QRect,
    QSettings,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.ui import icons, theme
from companion.ui.context import AppContext
from companion.ui.errors import STORAGE_FAILURES, explain
from companion.ui.look import Look
from companion.ui.pages.today import TodayPage
from companion.ui.theme import HELP_BUTTON_QSS
from companion.ui.view_modes import ViewModes
from companion.ui.widgets.text import ScaledLabel

if TYPE_CHECKING:  # the pages are imported when first shown, so the window opens quickly
    from companion.ui.pages.breathe import BreathePage
    from companion.ui.pages.helping import HelpingPage
    from companion.ui.pages.journal import JournalPage
    from companion.ui.pages.learn import LearnPage
    from companion.ui.pages.plan import PlanPage
    from companion.ui.pages.prepare import PreparePage
    from companion.ui.pages.settings_page import SettingsPage
    from companion.ui.pages.today_helper import HelperTodayPage
    from companion.ui.widgets.help_panel import HelpPanel

AUTO_BACKUP_CHECK_MS = 60_000
DEFAULT_SIZE = (1100, 740)
NARROWEST = 880  # the window's least width; its least size is otherwise what its layout needs
SIDEBAR_WIDTH = 210
NAV_ROW_PADDING = 32  # a section's row: its left padding, the gaps around its icon, a margin
TODAY_CARDS = "today/cards"  # Today's cards that come and go (and Next up's lines) last time


def nav_row_height(line: int) -> int:
    """A section's row: its line of text with calm room above and below, which stops
    growing past 22 px at large text so every section and Get help now fit 600 px."""
    return line + min(line + 6, 22)


class MainWindow(ViewModes):
    """Sidebar on the left, one page at a time on the right."""

    context: AppContext  # from `attach`
    lockRequested = Signal()  # Lock now (Ctrl+L), for protected data

    def __init__(
        self, context: AppContext | None, window_state: QSettings, look: Look | None = None
    ) -> None:
        """Without a context, the window is a frame in `look` until `attach` fills it."""
        super().__init__()
        self.window_state = window_state
        self.look = look if look is not None else Look()
        self._attached = False
        self._waiting: list[Callable[[], None]] = []  # asked for before the data was open
        self._helping = False  # helper mode (`_apply_mode`)
        self.help_panel: HelpPanel | None = None
        self.setObjectName("mainWindow")

        sections = [
            (
                "prepare",
                self.tr("Prepare"),
                self.tr("What to arrange before detox, and who helps."),
            ),
            ("breathe", self.tr("Breathe"), self.tr("Short exercises that calm body and mind.")),
            ("journal", self.tr("Journal"), self.tr("A daily check-in to notice how you are.")),
            ("learn", self.tr("Learn"), self.tr("Plain answers about withdrawal and detox.")),
            ("plan", self.tr("Plan"), self.tr("Your people, appointments and next steps.")),
        ]
        self.today = TodayPage(None, sections)
        self.keys = ["today", *(key for key, _title, _description in sections), "settings"]
        self._built: dict[str, QWidget] = {"today": self.today}
        self._placeholders: dict[str, QWidget] = {}
        titles = {"today": self.tr("Today"), **{k: t for k, t, _ in sections}}
        titles["settings"] = self.tr("Settings")
        titles["helping"] = self.tr("Helping")
        self._titles = titles
        self.helper_today: HelperTodayPage | None = None  # built when helper mode is first on

        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        theme.style(self.nav, theme.NAV_QSS)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, key in enumerate(self.keys, start=1):
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, nav_row_height(self.fontMetrics().height())))
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", titles[key]).replace("%2", str(number))
            )
            self.nav.addItem(item)
            if key == "today":
                self.stack.addWidget(self.today)
            else:  # an empty stand-in until the page is first shown
                self._placeholders[key] = QWidget()
                self.stack.addWidget(self._placeholders[key])
            # by place: Ctrl+4 is the journal, or Helping in helper mode
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                lambda row=number - 1: self.show_section(self.keys[row]),
            )
        self.nav.currentRowChanged.connect(self._show_row)

        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setObjectName("getHelpButton")
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.setToolTip(self.tr("Emergency steps and numbers to call (F1)"))
        theme.style(self.help_button, HELP_BUTTON_QSS)
        self.paint_icons()
        # again whenever the appearance or the text size changes
        icons.LookWatch(self.nav, self.paint_icons)
        icons.LookWatch(self.help_button, self.paint_icons)
        self.help_button.clicked.connect(self.open_help)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.open_help)
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.open_help)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        QShortcut(QKeySequence("Ctrl+,"), self, lambda: self.show_section("settings"))
        QShortcut(QKeySequence("Ctrl+L"), self, self.request_lock)

        sidebar = self.sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        sidebar.setFrameShape(QFrame.Shape.NoFrame)
        sidebar.setAutoFillBackground(True)
        sidebar.setBackgroundRole(sidebar.backgroundRole().AlternateBase)
        side = self.sidebar_layout = QVBoxLayout(sidebar)
        side.setContentsMargins(14, 18, 14, 16)
        side.setSpacing(12)
        self.app_name = ScaledLabel(APP_NAME, 1.25, bold=True)
        self.app_name.setAccessibleName(APP_NAME)
        self.app_name.setWordWrap(True)  # on two lines at large text, not a wider sidebar
        side.addWidget(self.app_name)
        # A quiet one-click switch between the person's view and the helper's, one line
        # (filled in `_show_mode`): every section and Get help now still fit 600 px.
        self.switch_button = QPushButton(self.tr("Helper view"))
        self.switch_button.setObjectName("switchViewButton")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_view)
        self.switch_button.hide()  # until the data says who is using the app
        side.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.nav, 1)
        side.addWidget(self.help_button)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row, 1)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        line = self.sidebar_line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(line.foregroundRole().Mid)
        row.addWidget(line)
        row.addWidget(self.stack, 1)
        # No minimum size of the window's own: Qt then keeps it at least as large as its
        # layout needs (the sidebar, and the pages shown so far, each without clipping),
        # at the current text size and in the current language; and never narrower than
        # NARROWEST, so that it does not jump wider when another page is first shown.
        fixed = QSizePolicy.Policy.Fixed
        column.addSpacerItem(QSpacerItem(NARROWEST, 0, fixed, fixed))
        self.setCentralWidget(central)
        self.status_note = QLabel()
        self.statusBar().addPermanentWidget(self.status_note)

        self.today.openSection.connect(self.show_section)
        self.today.openPrepare.connect(self.open_prepare)
        self.today.openCheckIn.connect(self.open_check_in)
        self.today.openLearn.connect(lambda: self.show_section("learn"))
        self.today.openHelp.connect(self.open_help)
        self.today.openCravings.connect(self.open_cravings)
        self.today.openLink.connect(self.open_link)
        self.stack.currentChanged.connect(lambda _row: self._fit_focus_mode())

        # Runs only while something is waiting to be backed up: nothing fires while the
        # app is open and nothing changes. Closing backs up anything still waiting.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)

        if context is None:
            cards = self.window_state.value(TODAY_CARDS)
            self.today.expect_cards(cards.split(",") if isinstance(cards, str) else [])
        self.update_title()
        self.fit_sidebar()
        window_layout = self.layout()
        if window_layout is not None:  # the least size the layout needs holds from now on
            window_layout.activate()
        self.restore_window_state()
        self.nav.setCurrentRow(0)
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Fill the window from the open data, and follow its changes from now on. What
        was asked for meanwhile (a section, Get help now) is done now."""
        self.context = context
        # Before any field is built and polished (the frame has none). Not earlier: a
        # filter of every event slows the building of the frame by half.
        from companion.ui import wheel

        wheel.install(QApplication.instance())
        context.settingChanged.connect(self._on_setting)
        context.dataReset.connect(self._on_data_reset)
        context.dataChanged.connect(self._data_changed)
        context.settingChanged.connect(self._data_changed)
        context.dataReset.connect(self._data_changed)
        self._attached = True
        self.update_title()
        self.apply_motion()
        self.today.attach(context)
        self._apply_mode()
        self.tell_left_out()
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()

    @property
    def attached(self) -> bool:
        """Whether the window shows the data (False for the frame painted before it)."""
        return self._attached

    def _later(self, action: Callable[[], None]) -> bool:
        """Whether `action` has to wait for the data to be open (it then runs in `attach`)."""
        if self._attached:
            return False
        self._waiting.append(action)
        return True

    # --- the pages, built when first needed ----------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for a section, building it (and putting it in its place) the first time.
        "today" is the helper's Today in helper mode. The other mode's page (the journal
        in helper mode) can be built, for its data, but is kept hidden."""
        if key == "today":
            return self.shown_today
        built = self._built.get(key)
        if built is not None:
            return built
        page = self._build(key)
        self._built[key] = page
        if key in self.keys:
            self._place(self.keys.index(key), page)
        else:
            page.setParent(self.stack)
            page.hide()
        return page

    def _place(self, index: int, widget: QWidget) -> None:
        """Put `widget` at `index` of the pages in place of what is there (a stand-in is
        deleted; a page is kept, hidden, for when its mode comes back)."""
        current = self.stack.widget(index)
        if current is widget:
            return
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, widget)
        if current is not None:
            self.stack.removeWidget(current)
            current.hide()
            for key, placeholder in list(self._placeholders.items()):
                if placeholder is current:
                    del self._placeholders[key]
                    current.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)

    def _build(self, key: str) -> QWidget:
        context = self.context
        if key == "prepare":
            from companion.ui.pages.prepare import PreparePage

            prepare = PreparePage(context)
            prepare.openSection.connect(self.show_section)
            prepare.checklist_tab.openLink.connect(self.open_link)
            return prepare
        if key == "breathe":
            from companion.ui.pages.breathe import BreathePage

            breathe = BreathePage(context, self.window_state)
            breathe.focusModeChanged.connect(lambda _on: self._fit_focus_mode())
            breathe.openLink.connect(self.open_link)
            return breathe
        if key == "journal":
            from companion.ui.pages.journal import JournalPage

            return JournalPage(context)
        if key == "helping":
            from companion.ui.pages.helping import HelpingPage

            helping: QWidget = HelpingPage(context)
            return helping
        if key == "learn":
            from companion.ui.pages.learn import LearnPage

            learn = LearnPage(context)
            learn.openApp.connect(self.open_link)
            return learn
        if key == "plan":
            from companion.ui.pages.plan import PlanPage

            return PlanPage(context)
        if key == "settings":
            from companion.ui.pages.settings_page import SettingsPage

            settings_page = SettingsPage(context)
            settings_page.lockRequested.connect(self.request_lock)
            settings_page.statusMessage.connect(
                lambda text: self.statusBar().showMessage(text, 8000)
            )
            return settings_page
        raise KeyError(key)

    @property
    def pages(self) -> dict[str, QWidget]:
        """Every page by section, in sidebar order (this builds any not yet built)."""
        return {key: self.page(key) for key in self.keys}

    @property
    def prepare(self) -> PreparePage:
        return cast("PreparePage", self.page("prepare"))

    @property
    def breathe(self) -> BreathePage:
        return cast("BreathePage", self.page("breathe"))

    @property
    def journal(self) -> JournalPage:
        return cast("JournalPage", self.page("journal"))

    @property
    def helping(self) -> HelpingPage:
        return cast("HelpingPage", self.page("helping"))

    @property
    def learn(self) -> LearnPage:
        return cast("LearnPage", self.page("learn"))

    @property
    def plan(self) -> PlanPage:
        return cast("PlanPage", self.page("plan"))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self.page("settings"))

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, without building it."""
        return self._built.get(key)

    # --- navigation and help ---------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.keys):
            return
        leaving = self.stack.currentIndex()
        if leaving != row and self._later(lambda: self.show_section(self.keys[row])):
            with QSignalBlocker(self.nav):  # it goes there once the data is open
                self.nav.setCurrentRow(leaving)
            return
        if leaving != row and not self._leave_ok(self.keys[leaving]):
            with QSignalBlocker(self.nav):  # stay where the unsaved typing is
                self.nav.setCurrentRow(leaving)
            return
        self.stack.setCurrentWidget(self.page(self.keys[row]))

    def _fit_focus_mode(self) -> None:
        """A breathing session on screen has the whole window: no sidebar. Another
        section (by its shortcut) brings the sidebar back."""
        breathe = self.built("breathe")
        focused = bool(getattr(breathe, "focus_mode", False))
        alone = focused and self.stack.currentWidget() is breathe
        self.sidebar.setVisible(not alone)
        self.sidebar_line.setVisible(not alone)

    def _leave_ok(self, key: str) -> bool:
        """Save what was typed on the page `key`; ask before anything typed is lost."""
        page = self.built(key)
        leave_ok = getattr(page, "leave_ok", None)
        return True if leave_ok is None else bool(leave_ok())

    def show_section(self, key: str) -> None:
        if self._later(lambda: self.show_section(key)):
            return
        if key == "journal" and self.helper_mode:
            key = "helping"  # the journal is never shown in helper mode
        if key in self.keys:
            self.nav.setCurrentRow(self.keys.index(key))
            self.page(key).setFocus()

    def open_prepare(self, part: str) -> None:
        """Open Prepare at a tab; "intake" opens the intake dialog."""
        if self._later(lambda: self.open_prepare(part)):
            return
        self.show_section("prepare")
        if part == "intake":
            self.prepare.edit_intake()
        else:
            self.prepare.show_tab(part)

    def open_link(self, link: str) -> None:
        """Follow an in-app link: "learn:<section>", "help", "plan:safety" (the safety
        plan), "plan:overdose" (the overdose plan), "plan:people", "breathe:cravings" (the
        craving toolkit), "helping:check-in" and "helping:conversations" (in helper mode),
        or a section key."""
        if self._later(lambda: self.open_link(link)):
            return
        if link.startswith("learn:"):
            self.show_section("learn")
            self.learn.open(link.partition(":")[2])
        elif link == "help":
            self.open_help()
        elif link == "breathe:cravings":
            self.open_cravings()
        elif link == "plan:people":
            self.show_section("plan")
            people = self.plan.people.parentWidget()
            if people is not None:
                self.plan.tabs.setCurrentWidget(people)
        elif link == "plan:safety":
            self.show_section("plan")
            self.plan.show_safety_plan()
        elif link == "plan:overdose":
            self.show_section("plan")
            self.plan.show_overdose_plan()
        elif link.startswith("helping:") or (link == "journal" and self.helper_mode):
            if self.helper_mode:  # "helping:check-in", "helping:conversations"
                self.show_section("helping")
                part = link.partition(":")[2] or "check-in"
                self.helping.show_part(part)
                if part == "check-in":  # a digit answers its first question at once
                    self.helping.check_in.focus_first()
        elif link in self.keys:
            self.show_section(link)

    def open_check_in(self) -> None:
        """Today's check-in: the journal's, or in helper mode the helper's own."""
        if self._later(self.open_check_in):
            return
        if self.helper_mode:
            self.open_link("helping:check-in")
            return
        self.show_section("journal")
        self.journal.tabs.setCurrentIndex(0)
        self.journal.show_day(self.context.today())
        self.journal.form.set_focus_first()

    def open_cravings(self) -> None:
        """The one click for "I'm having a craving": Breathe's Cravings part, ready to
        start. A session already under way is left as it is."""
        if self._later(self.open_cravings):
            return
        self.show_section("breathe")
        self.breathe.show_cravings()

    def request_lock(self) -> None:
        """Lock now (Ctrl+L), when the data is protected: the shell saves, closes the data
        and shows the unlock screen."""
        if self._attached and self.context.protected:
            self.lockRequested.emit()

    def current_section(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def open_help(self) -> None:
        if self._later(self.open_help):
            return
        if self.help_panel is None:
            from companion.ui.widgets.help_panel import HelpPanel

            self.help_panel = HelpPanel(self.context, self)
            self.help_panel.openLearn.connect(self.open_link)
        self.help_panel.open_at_top()

    def bring_forward(self) -> None:
        """Called when the person starts the app again while it is open."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- settings that change the window ---------------------------------------------------

    def update_title(self) -> None:
        discreet = (
            self.context.setting("discreet_mode") if self._attached else self.look.discreet_mode
        )
        if discreet:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(
                self.tr("%1 \u2014 getting ready for detox").replace("%1", APP_NAME)
            )

    def _on_setting(self, key: str, _value: object) -> None:
        if key in ("user", "helper_id"):
            self._apply_mode()
        elif key == "discreet_mode":
            self.update_title()
        elif key in ("appearance", "text_size"):
            self.apply_look()
        elif key == "reduced_motion":
            self.apply_motion()

    def apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_look(
                app, self.context.setting("appearance"), self.context.setting("text_size")
            )
        row_height = nav_row_height(self.fontMetrics().height())
        for row in range(self.nav.count()):
            self.nav.item(row).setSizeHint(QSize(0, row_height))
        self.fit_sidebar()

    def apply_motion(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            reduced = bool(self.context.setting("reduced_motion"))
            theme.apply_motion(app, reduced or theme.system_prefers_reduced_motion())

    def paint_icons(self) -> None:
        """The sections' icons and Get help now's, as tall as a line of text, in the
        colour of the text beside them (the highlighted text's on the selected row)."""
        size = icons.size_for(self.nav.fontMetrics())
        ratio = self.devicePixelRatioF()
        palette = self.nav.palette()
        normal, selected = icons.text_color(palette), icons.selected_color(palette)
        self.nav.setIconSize(QSize(size, size))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            name = icons.SECTION_ICONS.get(key, key)  # "helping": a heart held in a hand
            item.setIcon(icons.icon(name, normal, size, selected, ratio))
        on_help = self.help_button.palette().color(self.help_button.foregroundRole())
        self.help_button.setIconSize(QSize(size, size))
        self.help_button.setIcon(icons.icon(icons.HELP_ICON, on_help, size, ratio=ratio))

    def _nav_width(self) -> int:
        """The width the widest section's row needs: its padding, icon and name."""
        metrics = self.nav.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(self.nav.item(row).text())
                for row in range(self.nav.count())
            ),
            default=0,
        )
        return NAV_ROW_PADDING + self.nav.iconSize().width() + widest

    def fit_sidebar(self) -> None:
        """Wide enough for the app name's longest word (it wraps), the sections and the Get
        help now button at any text size, and tall enough for every section (the window
        cannot be made shorter than that)."""
        name_metrics = self.app_name.fontMetrics()
        needed = max(
            max(name_metrics.horizontalAdvance(word) for word in APP_NAME.split()),
            self.help_button.sizeHint().width(),
            self.switch_button.sizeHint().width(),
            self._nav_width(),
        )
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, needed + 28))
        # the name as tall as its lines at this width (on two at large text), so the
        # window's least height leaves every section above Get help now
        margins = self.sidebar_layout.contentsMargins()
        inside = self.sidebar.width() - margins.left() - margins.right()
        lines = self.app_name.fontMetrics().boundingRect(
            QRect(0, 0, inside, 10000), Qt.TextFlag.TextWordWrap, APP_NAME
        )
        self.app_name.setMinimumHeight(lines.height())
        rows = sum(self.nav.sizeHintForRow(row) for row in range(self.nav.count()))
        self.nav.setMinimumHeight(rows + 2 * self.nav.frameWidth() + 2)

    def _on_data_reset(self) -> None:
        self.update_title()
        self.apply_look()
        self._apply_mode()
        self.show_section("today")
        self.tell_left_out()

    def tell_left_out(self) -> None:
        """Say once, in the status bar, that saved appointments the app cannot work with
        (a date outside 1900-2199, kept by an older version) are left out of every list."""
        from companion.core import plan  # loads sqlite-utils: only once the data is open

        count = plan.unusable_count(self.context.db)
        if count:
            # short, so that it fits a small window at the largest text size
            self.statusBar().showMessage(
                self.tr("%n appointment(s) not shown: date outside 1900\u20132199.", "", count)
            )

    # --- backups and closing -----------------------------------------------------------------

    def _data_changed(self, *_about: object) -> None:
        if not self.backup_timer.isActive():
            self.backup_timer.start()

    def backup_if_due(self) -> None:
        try:
            made = self.context.storage.backup_if_due()
        except STORAGE_FAILURES as error:
            self.statusBar().showMessage(explain(error, "backup"), 15000)
            return
        if not self.context.storage.changed_since_backup:
            self.backup_timer.stop()  # all backed up: wait for the next change
        settings_page = self.built("settings")
        if made is not None and settings_page is not None:
            cast("SettingsPage", settings_page).refresh_data_summary()

    def restore_window_state(self) -> None:
        geometry = self.window_state.value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(*DEFAULT_SIZE)

    def save_window_state(self) -> None:
        self.window_state.setValue("main/geometry", self.saveGeometry())
        if self._attached:
            self.window_state.setValue(TODAY_CARDS, ",".join(self.today.shown_cards()))
        self.window_state.sync()  # written whole and owner-only, or left as it was

    def closeEvent(self, event: QCloseEvent) -> None:
        for key in [*self.keys, *(k for k in self._built if k not in self.keys)]:
            if not self._leave_ok(key):
                self.show_section(key)
                event.ignore()  # typing is never lost on close without asking
                return
        self.backup_timer.stop()
        self.save_window_state()
        if self.help_panel is not None:
            self.help_panel.close()
        super().closeEvent(event)
