"""Tools for the whole-app Spanish walk: read every word a window shows, and tell English
from Spanish.

`shown_texts` reads what a person can see or hear in a widget tree: labels, buttons, group
boxes, tabs, combo box items, placeholders, tool tips, accessible names, window titles,
item views (headers and cells), charts and the words painted by hand (`PaintedWords`).
`EnglishDetector` says which of those texts are still English, from the English source
strings of the Spanish translation file and a short list of common English words.
`AskedWords` keeps every word Qt and the app look up, to find those with no translation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QPainter, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFileSystemModel,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "i18n" / "companion_es.ts"

COMMON_ENGLISH = re.compile(
    r"\b(?:the|and|of|at|to|for|with|your|you|is|are|was|were|until|from|this|that|"
    r"days?|minutes?|hours?|weeks?|months?|seconds?|wk|mo|hrs?|"
    r"questions?|appointments?|notes?|backups?|export|packet|summary|journal|check-ins?|"
    r"Look in|Files? of type|File name|Cancel|Save|Open|Close|Delete|Edit|Add|Remove|"
    r"Yes|Undo|Redo|Cut|Copy|Paste|Select All|Today|Back|Next|Previous|Apply|Reset|"
    r"Discard|Help|Abort|Retry|Ignore|Show Details|Hide Details|Left|Right|Up|Down|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b"
    r"|\b(?-i:Jan|Apr|Aug|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b",
    re.IGNORECASE,
)
"""Words that are not Spanish, matched as whole words: common words, Qt's own button and
dialog words, key names, and month and day names (the short ones that Spanish does not
share). Accents make Spanish words such as "días" or "minutos" differ from these."""

ENGLISH_DECIMAL = re.compile(r"(?<![\w.,])\d+\.\d+(?!\.?\d)")
"""A decimal point where Spanish writes a comma ("4.5 minutes" for "4,5 minutos"); not
dates, times, versions or phone numbers."""

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)
MOST_ROWS = 60  # rows read per item view: the words repeat after that
NOT_QT_WORDS = ("QShortcut", "QMimeType")
"""Lookups that are not words Qt shows here: its table of every key's name, and the
system's names of file types (from the system's own data, in its language)."""


def normal(text: str) -> str:
    """The words as a person sees them: no keyboard-letter ampersands, no markup, no
    trailing "…" or colon, spaces squeezed."""
    if re.search(r"<[A-Za-z/!][^>]*>|&[a-z]+;", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    text = text.replace("\u2026", "").replace("\u00a0", " ")
    return " ".join(text.split()).strip().rstrip(":").strip()


class EnglishDetector:
    """Says whether a text on screen is English.

    A text is English when it is one of the English source strings that the Spanish file
    translates into other words (with any placeholder standing for any words), or when
    it holds a common English word. Texts in `allowed` (names, the person's own words,
    sources cited as published) are taken out before looking.
    """

    def __init__(self, allowed: Iterable[str] = (), ts_files: Iterable[Path] = ()) -> None:
        self.allowed = sorted({a for a in allowed if a.strip()}, key=len, reverse=True)
        self.exact: set[str] = set()
        patterns = []
        for ts in ts_files or (SPANISH_TS,):
            for source, translations in _sources(ts):
                words = normal(source)
                if not words or all(normal(t) == words for t in translations):
                    continue
                if re.search(r"%[0-9n]", source):
                    literal = re.sub(r"%[0-9n]", " ", words)
                    if len(re.findall(r"[A-Za-z]{3,}", literal)) < 2:
                        continue  # "%1 h", "Open %1": too little to tell by
                    parts = re.split(r"%[0-9n]", words)
                    patterns.append(".+?".join(re.escape(p) for p in parts))
                elif len(words) > 2:
                    self.exact.add(words.casefold())
        self.templates = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    def without_allowed(self, text: str) -> str:
        """`text` without the allowed names and without file paths (a folder's name is
        the person's, not the app's)."""
        for allowed in self.allowed:
            text = text.replace(allowed, " ")
        return re.sub(r"(?:~|[A-Za-z]:)?[/\\][^\s,;:)]*", " ", text)

    def why_english(self, text: str) -> str:
        """The reason `text` is English, or "" when it is not."""
        words = normal(text)
        if not words:
            return ""
        if words.casefold() in self.exact:
            return "an English source string"
        if self.templates is not None and self.templates.fullmatch(words):
            return "an English source string with its placeholders filled"
        rest = self.without_allowed(words)
        found = COMMON_ENGLISH.search(rest)
        if found:
            return f"the English word {found.group(0)!r}"
        found = ENGLISH_DECIMAL.search(rest)
        if found:
            return f"the number {found.group(0)!r} written the English way"
        return ""


def _sources(ts: Path) -> Iterator[tuple[str, list[str]]]:
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        yield message.findtext("source") or "", forms or [translation.text or ""]


def _item_texts(model: QAbstractItemModel) -> Iterator[str]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, and no way to ask
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    if isinstance(model, QFileSystemModel):
        return  # the names of the person's files are theirs, not the app's words
    for row in range(min(model.rowCount(QModelIndex()), MOST_ROWS)):
        for column in range(max(1, columns)):
            index = model.index(row, column)
            for role in ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.statusTip()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
        yield widget.placeholderText()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.text()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.text()
        yield widget.specialValueText()
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QMenu):
        for action in widget.actions():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _item_texts(widget.model())
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem):
                yield item.toPlainText()
            elif isinstance(item, QGraphicsSimpleTextItem):
                yield item.text()


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `root` and its visible children show or announce."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(root).__name__} > {type(widget).__name__} {widget.objectName()}"
        for text in _widget_texts(widget):
            if text and text.strip():
                yield where.strip(), text


class PaintedWords:
    """Catches the words widgets paint themselves (charts, the pacer): QPainter.drawText
    is wrapped while this is installed, and every string it draws is kept."""

    def __init__(self, monkeypatch) -> None:
        self.words: list[str] = []
        original = QPainter.drawText

        def draw_text(painter, *args, **kwargs):
            self.words.extend(a for a in (*args, *kwargs.values()) if isinstance(a, str))
            return original(painter, *args, **kwargs)

        monkeypatch.setattr(QPainter, "drawText", draw_text)

    def take(self) -> list[str]:
        words, self.words = self.words, []
        return words


class AskedWords(QTranslator):
    """Installed after the real translators, so asked first: keeps every lookup (Qt's
    own and the app's) and answers none, so that the real ones still answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source, disambiguation or ""))
        return None  # a null string: "not here, ask the next"; an empty one would answer

    def unanswered(self, translators: Iterable[QTranslator]) -> list[str]:
        """What was asked for that none of `translators` has. A widget's `tr` asks under
        its class's name, then under its base classes' (QDialog, QWidget, QObject...):
        a text counts as answered when one of them is."""
        translators = list(translators)
        answered = {
            source
            for context, source, comment in self.asked
            if any(t.translate(context, source, comment or None) for t in translators)
        }
        missing: dict[str, set[str]] = {}
        for context, source, _comment in self.asked:
            words = re.search("[A-Za-z]{2}", source)  # "%p%" has none
            if words and source not in answered and context not in NOT_QT_WORDS:
                missing.setdefault(source, set()).add(context)
        return [
            f"{source!r} (asked as {', '.join(sorted(contexts))})"
            for source, contexts in sorted(missing.items())
        ]


class Findings:
    """The English found so far, each text once with the first place it was seen."""

    def __init__(self, detector: EnglishDetector, painted: PaintedWords) -> None:
        self.detector = detector
        self.painted = painted
        self.english: dict[tuple[str, str], str] = {}
        self.seen = 0

    def look(self, root: QWidget, where: str) -> None:
        root.grab()  # paints it, so the words painted by hand are caught too
        for place, text in shown_texts(root):
            self.judge(f"{where}: {place}", text)
        for text in self.painted.take():
            self.judge(f"{where}: painted", text)

    def judge(self, where: str, text: str) -> None:
        self.seen += 1
        why = self.detector.why_english(text)
        if why:
            self.english.setdefault((text, why), where)

    def report(self) -> str:
        return "\n".join(
            f"{text!r} ({why}) at {where}" for (text, why), where in sorted(self.english.items())
        )
