"""Learn: plain-language sections with a contents list, search, links into the app,
"mark as read", the withdrawal timeline and questions for the care team. The contents
show every section or only the family track; in helper mode Learn opens on the track."""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QEvent, QUrl, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import learn
from companion.core.changes import Area
from companion.core.learn import Section
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column, RowsModel
from companion.ui.pages.journal_search import highlight
from companion.ui.pages.learn_questions import QuestionsView
from companion.ui.pages.learn_timeline import TimelineView
from companion.ui.pages.learn_track import TrackSwitch
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.folding_row import FoldingRow
from companion.ui.widgets.link_text import LinkText
from companion.ui.widgets.page import scrolling_page
from companion.ui.widgets.text import heading, paragraph
from companion.ui.writes import attempt

TIMELINE, QUESTIONS = "timeline", "questions"
SECTION_VIEW, TIMELINE_VIEW, QUESTIONS_VIEW, RESULTS_VIEW = range(4)


class LearnPage(QWidget):
    openApp = Signal(str)  # "breathe", "prepare", "journal", "plan", "help"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: Section | None = None
        self.family = False  # the contents show only the family track
        self.setAccessibleName(self.tr("Learn"))
        outer = scrolling_page(self)  # the section text keeps a readable height
        outer.addWidget(heading(self.tr("Learn")))
        not_advice = self.tr("This app helps you prepare. It does not replace your care team.")
        self.not_advice = paragraph(not_advice, muted=True)
        self.not_advice.setAccessibleName(self.not_advice.text())
        outer.addWidget(self.not_advice)
        # The contents list beside the text; when the window is narrow (large text), a
        # contents drop-down above the text instead, so the text keeps most of the height.
        row = self._row = FoldingRow()
        row.on_fold = self._fold
        outer.addLayout(row, 1)

        left = QVBoxLayout()
        self.track = TrackSwitch()
        left.addWidget(self.track)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all sections"))
        self.search.setAccessibleName(self.tr("Search Learn"))
        self.search.setClearButtonEnabled(True)
        left.addWidget(self.search)
        self.entries: RowsModel[tuple[str, str]] = RowsModel(
            [Column(self.tr("Contents"), lambda entry: entry[1])]
        )
        self.contents = QListView()
        self.contents.setModel(self.entries)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setMinimumWidth(190)
        self.contents.setMaximumWidth(300)
        self.contents.setSpacing(2)
        self.contents.setWordWrap(True)
        left.addWidget(self.contents, 1)
        self.section_box = QComboBox()  # the same entries and read marks
        self.section_box.setModel(self.entries)
        self.section_box.setAccessibleName(self.tr("Section"))
        self.section_box.setToolTip(self.tr("Section"))
        self.section_box.setSizeAdjustPolicy(  # a long title is cut short, never the page
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.section_box.setMinimumContentsLength(12)
        self.section_box.hide()
        left.addWidget(self.section_box)
        self.progress = QLabel()
        self.progress.setWordWrap(True)  # under the list, as narrow as the list
        self.progress.setAccessibleName(self.tr("Sections read"))
        left.addWidget(self.progress)
        row.addLayout(left)

        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        section_view = QWidget()
        section_layout = self._section_layout = QVBoxLayout(section_view)
        section_layout.setContentsMargins(8, 0, 0, 0)
        self.app_buttons = FlowRow()  # folds onto a second line rather than widen the window
        section_layout.addLayout(self.app_buttons)
        self.browser = LinkText()  # Tab reaches each link and a screen reader hears it
        self.browser.setAccessibleName(self.tr("Section text"))
        self.browser.document().setDocumentMargin(14)
        section_layout.addWidget(self.browser, 1)
        bottom = FlowRow()  # side by side, or one under the other at large text
        self.read_box = QCheckBox(self.tr("I have &read this"))
        self.read_box.setAccessibleName(self.tr("Mark this section as read"))
        self.ask_button = QPushButton(self.tr("Ask my care &team\u2026"))
        self.ask_button.setAccessibleName(self.tr("Add a question for my care team"))
        bottom.addWidget(self.read_box)
        bottom.addWidget(self.ask_button)
        section_layout.addLayout(bottom)
        self.timeline_view = TimelineView(context)
        self.questions_view = QuestionsView(context)
        self.results = LinkText()
        self.results.setAccessibleName(self.tr("Search results"))
        for view in (section_view, self.timeline_view, self.questions_view, self.results):
            self.stack.addWidget(view)

        self.contents.selectionModel().currentChanged.connect(lambda *_: self._open_selected())
        self.section_box.activated.connect(self._box_chosen)
        self.browser.anchorClicked.connect(self._follow)
        self.results.anchorClicked.connect(self._follow)
        self.read_box.toggled.connect(self._mark_read)
        self.ask_button.clicked.connect(
            lambda: self.questions_view.add_question(self.current.key if self.current else "")
        )
        self.search.textChanged.connect(self.run_search)
        self.track.changed.connect(self.show_track)
        context.dataReset.connect(self.refresh)
        context.settingChanged.connect(self._setting_changed)
        self.refresh()
        if self.helping():
            self.show_track(True)
        else:
            self.contents.setCurrentIndex(self.entries.index(0, 0))

    def helping(self) -> bool:
        return bool(self.context.setting("user") == "helper")

    def _setting_changed(self, key: str, value: object) -> None:
        if key == "user":
            self.show_track(value == "helper")

    def show_track(self, family: bool) -> None:
        """Show every section in the contents, or only the family track (then open its
        first section unless one of its sections is already open)."""
        self.family = family
        self.track.set_family(family)
        self.refresh()
        keys = [key for key, _title in self.entries.rows()]
        shown = self.stack.currentIndex() == SECTION_VIEW and self.current is not None
        if family and not (shown and self.current is not None and self.current.key in keys):
            self.open(keys[0] if keys else learn.FAMILY_TRACK[0])
        elif self.current is not None and self.stack.currentIndex() == SECTION_VIEW:
            self._make_app_buttons(self.current)  # the helper's tools come and go

    # --- contents ------------------------------------------------------------------------------

    def refresh(self) -> None:
        read = learn.read_keys(self.context.db)
        shown = self.entries.row_at(self.contents.currentIndex().row())
        sections = learn.family_track_sections() if self.family else learn.load_sections()
        rows = [
            (s.key, ("\u2713 " if s.key in read else "    ") + f"{s.number}. {s.title}")
            for s in sections
        ]
        if not self.family:
            rows.append((TIMELINE, self.tr("Withdrawal timeline")))
            rows.append((QUESTIONS, self.tr("Questions for my care team")))
        self.entries.set_rows(rows)
        self._fit_contents()
        keys = [key for key, _title in rows]
        current = keys.index(shown[0]) if shown is not None and shown[0] in keys else -1
        if current >= 0:
            self.contents.setCurrentIndex(self.entries.index(current, 0))
            self._sync_box(current)
        progress = learn.family_progress if self.family else learn.reading_progress
        done, total = progress(self.context.db)
        self.progress.setText(
            self.tr("%1 of %n section(s) read", "", total).replace("%1", str(done))
        )
        self.questions_view.refresh()

    def _fit_contents(self) -> None:
        """The contents list is wide enough for its longest word at this text size (a
        title wraps between words, but a word cut short is unreadable)."""
        metrics = self.contents.fontMetrics()
        words = [word for _key, title in self.entries.rows() for word in title.split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        bar = self.contents.verticalScrollBar().sizeHint().width()
        needed = widest + metrics.horizontalAdvance("\u2713 10. ") + bar + 24
        self.contents.setMinimumWidth(max(190, needed))
        self.contents.setMaximumWidth(max(300, needed))
        # as wide as the list, so the contents take the same room either way
        self.section_box.setMinimumWidth(self.contents.minimumWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "entries"):
            self._fit_contents()

    def _open_selected(self) -> None:
        row = self.contents.currentIndex().row()
        self._sync_box(row)
        entry = self.entries.row_at(row)
        if entry is not None:
            self.open(entry[0])

    def _box_chosen(self, row: int) -> None:
        if row >= 0 and row != self.contents.currentIndex().row():
            self.contents.setCurrentIndex(self.entries.index(row, 0))

    def _sync_box(self, row: int) -> None:
        if self.section_box.currentIndex() != row:
            self.section_box.blockSignals(True)
            self.section_box.setCurrentIndex(row)
            self.section_box.blockSignals(False)

    def is_narrow(self) -> bool:
        return self.section_box.isVisibleTo(self)

    def _fold(self, narrow: bool) -> None:
        """Contents beside the text while both have room; else the drop-down above it."""
        had_focus = self.contents.hasFocus() or self.section_box.hasFocus()
        self.contents.setVisible(not narrow)
        self.section_box.setVisible(narrow)
        self.progress.setVisible(not narrow)  # the line the switch takes; the marks stay
        lines = self.browser.fontMetrics().lineSpacing()
        self.browser.setMinimumHeight(lines * 9 if narrow else 0)
        # the section's buttons to other pages: above the text while there is room, under
        # it when narrow (at large text they take several lines the text needs more)
        self._section_layout.removeItem(self.app_buttons)
        self._section_layout.insertLayout(1 if narrow else 0, self.app_buttons)
        if had_focus:
            (self.section_box if narrow else self.contents).setFocus()

    def open(self, key: str, anchor: str = "") -> None:
        """Show a section (by key or old name), the timeline or the questions."""
        if key == TIMELINE:
            self.stack.setCurrentIndex(TIMELINE_VIEW)
            self.timeline_view.refresh()
            self._select(TIMELINE)
            return
        if key == QUESTIONS:
            self.stack.setCurrentIndex(QUESTIONS_VIEW)
            self._select(QUESTIONS)
            return
        section = learn.find_section(key)
        if section is None:
            return
        self.current = section
        self.stack.setCurrentIndex(SECTION_VIEW)
        self.browser.setMarkdown(section.markdown)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self._make_app_buttons(section)
        self.read_box.blockSignals(True)
        self.read_box.setChecked(section.key in learn.read_keys(self.context.db))
        self.read_box.blockSignals(False)
        self._select(section.key)
        if anchor:
            self.find_in_section(anchor)

    def _select(self, key: str) -> None:
        rows = self.entries.rows()
        for n, (entry_key, _title) in enumerate(rows):
            if entry_key == key and self.contents.currentIndex().row() != n:
                self.contents.blockSignals(True)
                self.contents.setCurrentIndex(self.entries.index(n, 0))
                self.contents.blockSignals(False)
            if entry_key == key:
                self._sync_box(n)

    def _make_app_buttons(self, section: Section) -> None:
        while self.app_buttons.count():
            item = self.app_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        names = {
            "breathe": self.tr("Open Breathe"),
            "prepare": self.tr("Open Prepare"),
            "journal": self.tr("Open Journal"),
            "plan": self.tr("Open Plan"),
            "help": self.tr("Get help now"),
            "timeline": self.tr("Withdrawal timeline"),
            "plan:safety": self.tr("Open my safety plan"),
            "plan:overdose": self.tr("Open my overdose plan"),
            "breathe:cravings": self.tr("Open the craving toolkit"),
        }
        if self.helping():  # the helper's own tools exist only in helper mode
            names["helping:check-in"] = self.tr("Open my check-in")
            names["helping:conversations"] = self.tr("Open the conversation planner")
        seen: list[str] = []
        # Tab goes contents (list or drop-down), these buttons, then the text
        QWidget.setTabOrder(self.contents, self.section_box)
        previous: QWidget = self.section_box
        for link in section.links():
            target = link.partition(":")[2]
            if link.startswith("app:") and target in names and target not in seen:
                seen.append(target)
                button = QPushButton(names[target])
                button.setAccessibleName(names[target])
                button.clicked.connect(lambda _=False, t=target: self._go(t))
                self.app_buttons.addWidget(button)
                QWidget.setTabOrder(previous, button)
                previous = button
        QWidget.setTabOrder(previous, self.browser)

    def _go(self, target: str) -> None:
        if target == TIMELINE:
            self.open(TIMELINE)
        else:
            self.openApp.emit(target)

    def _follow(self, url: QUrl) -> None:
        scheme, _, rest = url.toString().partition(":")
        if scheme == "app":
            self._go(rest)
        elif scheme == "learn":
            key, _, anchor = rest.partition("#")
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.open(key, QUrl.fromPercentEncoding(QByteArray(anchor.encode())) if anchor else "")

    def _mark_read(self, read: bool) -> None:
        if self.current is None:
            return
        key, today = self.current.key, self.context.today()
        db = self.context.db
        attempt(self, lambda: self.context.write(Area.LEARN, learn.mark_read, db, key, read, today))
        self.refresh()

    # --- search ------------------------------------------------------------------------------

    def run_search(self, text: str) -> None:
        if not text.strip():
            self.open(self.current.key if self.current else learn.load_sections()[0].key)
            return
        hits = learn.search_sections(text)
        self.stack.setCurrentIndex(RESULTS_VIEW)
        if not hits:
            self.results.setHtml("<p>" + html.escape(self.tr("Nothing found.")) + "</p>")
            return
        parts = []
        for hit in hits:
            link = f"learn:{hit.key}#{bytes(QUrl.toPercentEncoding(hit.phrase).data()).decode()}"
            where = html.escape(f"{hit.title} \u2014 {hit.heading}")
            parts.append(f'<p><a href="{link}">{where}</a><br>{highlight(hit.snippet)}</p>')
        self.results.setHtml("".join(parts))

    def find_in_section(self, phrase: str) -> bool:
        """Scroll the section to the first place where `phrase` appears."""
        document = self.browser.document()
        found = document.find(phrase, 0, QTextDocument.FindFlag(0))
        if found.isNull():
            return False
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        return True
