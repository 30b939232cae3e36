"""Search: find any past day by a word in its notes, small wins or tags."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from companion.core import journal

if TYPE_CHECKING:
    from sqlite_utils import Database
from companion.ui.names import format_date
from companion.ui.widgets.page import TAB_MARGINS

SEARCH_DELAY_MS = 250


def highlight(snippet: str) -> str:
    """The snippet as HTML with the matched words in bold; the rest escaped."""
    escaped = html.escape(snippet)
    return escaped.replace(journal.START_MARK, "<b><u>").replace(journal.END_MARK, "</u></b>")


class SearchView(QWidget):
    openDay = Signal(object)  # a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search your notes, small wins and tags"))
        self.query.setAccessibleName(self.tr("Search the journal"))
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.run)
        self.results.anchorClicked.connect(self._open)
        self.run()

    def set_source(self, db: Database) -> None:
        self._db = db

    def run(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        if self._db is None or not text:
            self.results.setHtml(
                "<p>"
                + html.escape(self.tr("Type a word to find the days where you wrote it."))
                + "</p>"
            )
            return
        hits = journal.search(self._db, text)
        if not hits:
            self.results.setHtml(
                "<p>" + html.escape(self.tr("Nothing found for \u201c%1\u201d.")).replace(
                    "%1", html.escape(text)
                ) + "</p>"
            )  # fmt: skip
            return
        items = [
            f'<p><a href="day:{hit.day.isoformat()}">{html.escape(format_date(hit.day, long=True))}'
            f"</a><br>{highlight(hit.snippet)}</p>"
            for hit in hits
        ]
        count = self.tr("%n day(s) found.", "", len(hits))
        self.results.setHtml(f"<p><i>{html.escape(count)}</i></p>" + "".join(items))

    def _open(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("day:"):
            self.openDay.emit(date.fromisoformat(text[4:]))
