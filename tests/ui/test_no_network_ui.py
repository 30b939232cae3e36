"""The whole window, walked page by page with the network taken away, never reaches for it;
and nothing the app loads at run time names a web address.

(Named test_no_network_ui.py: tests/core/test_no_network.py already holds the import scan,
and two test files may not share a name in this layout.)

Python's sockets are blocked except local (AF_UNIX) ones; Qt's own QLocalSocket, used for
the one-copy check, does not go through Python at all. Opening a web address through Qt
(QDesktopServices) is recorded too.
"""

from __future__ import annotations

import io
import re
import socket
import tokenize
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from companion.core import journal, learn, paths
from companion.core.changes import Area
from companion.core.journal import JournalEntry
from companion.ui.pages.breathe import AFTER, CHOOSE, RUN
from companion.ui.pages.learn import QUESTIONS_VIEW, TIMELINE_VIEW

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 1, 1)
URL = re.compile(r"(?i)\b(?:https?|ftps?|wss?)://|\bwww\.[a-z0-9-]+\.[a-z]")
REMOTE_MARKDOWN = re.compile(r"\]\(\s*(?://|[a-z][a-z0-9+.-]*://)", re.IGNORECASE)


@pytest.fixture
def network_attempts(monkeypatch):
    """Every attempt to reach the network, after making each one fail loudly."""
    attempts: list[str] = []
    real_init = socket.socket.__init__

    def guarded_init(self, family=-1, type=-1, proto=-1, fileno=None):
        unix = family == socket.AF_UNIX or (fileno is not None and family == -1)
        if not unix:
            attempts.append(f"socket(family={family}, type={type})")
            raise AssertionError("network")
        real_init(self, family, type, proto, fileno)

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args!r}")
            raise AssertionError("network")

        return blocked

    monkeypatch.setattr(socket.socket, "__init__", guarded_init)
    for name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
    ):
        monkeypatch.setattr(socket, name, refuse(name))

    def open_url(url):
        attempts.append(f"QDesktopServices.openUrl({QUrl(url).toString()})")
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return attempts


def test_the_blocker_blocks_and_lets_local_sockets_through(network_attempts):
    with pytest.raises(AssertionError, match="network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("example.org", 443))
    local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    local.close()
    assert len(network_attempts) == 2
    network_attempts.clear()


def _some_days(db):
    for back in range(12):
        journal.save_entry(
            db,
            JournalEntry(
                day=TODAY - timedelta(days=back),
                mood=1 + back % 5,
                craving=back % 10,
                sleep_hours=4.0 + back % 5,
                energy=1 + (back + 2) % 5,
                notes=f"day {back}: slept badly, walked, called the clinic",
                tags=("sleep",),
            ),
            TODAY,
        )


def _tabs(qtbot, tabs):
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert tabs.currentIndex() == index
        qtbot.wait(5)


def test_walk_every_page_with_no_network(window, context, qtbot, network_attempts):
    _some_days(context.db)
    context.changed(Area.JOURNAL)

    # Every section, in the sidebar's order.
    for key in window.pages:
        window.show_section(key)
        assert window.current_section() == key
        qtbot.wait(10)

    # Prepare and Plan: every tab.
    window.show_section("prepare")
    _tabs(qtbot, window.prepare.tabs)
    window.show_section("plan")
    _tabs(qtbot, window.plan.tabs)

    # Journal: check-in, the trend charts (every time span), search.
    window.show_section("journal")
    page = window.journal
    _tabs(qtbot, page.tabs)
    page.tabs.setCurrentWidget(page.trends)
    for index in range(page.trends.range.count()):
        page.trends.range.setCurrentIndex(index)
        qtbot.wait(10)
    assert page.trends.is_built(), "the charts were drawn"
    page.tabs.setCurrentWidget(page.search)
    page.search.query.setText("clinic")
    page.search.run()
    assert "clinic" in page.search.results.toPlainText()
    window.open_check_in()

    # Learn: every section, the timeline, the questions, and a search.
    window.show_section("learn")
    learn_page = window.learn
    for section in learn.load_sections():
        learn_page.open(section.key)
        assert learn_page.current.key == section.key
        assert learn_page.browser.toPlainText().strip()
        qtbot.wait(5)
    learn_page.open("timeline")
    assert learn_page.stack.currentIndex() == TIMELINE_VIEW
    learn_page.open("questions")
    assert learn_page.stack.currentIndex() == QUESTIONS_VIEW
    learn_page.search.setText("naloxone")
    qtbot.wait(10)
    learn_page.search.setText("")

    # Breathe: start a session, let it run a little, stop it, save it.
    window.show_section("breathe")
    breathe = window.breathe
    breathe.select("box")
    breathe.start()
    assert breathe.stack.currentIndex() == RUN
    context.storage.clock.advance(5.0)
    breathe.session_view.tick()
    breathe.session_view.stop()
    assert breathe.stack.currentIndex() == AFTER
    breathe.after_view.save_button.click()
    assert breathe.stack.currentIndex() == CHOOSE

    # Get help now, in every region it knows.
    window.open_help()
    panel = window.help_panel
    assert panel is not None and panel.isVisible()
    for index in range(panel.region.count()):
        panel.region.setCurrentIndex(index)
        qtbot.wait(5)
    panel.close()

    window.show_section("today")
    qtbot.wait(20)
    assert network_attempts == []


# --- nothing loaded at run time names a web address ------------------------------------------


LICENCES = {"OFL.txt"}  # a font's licence, shipped word for word; the app never shows it


def _text_resources() -> list[Path]:
    folder = paths.resources_dir()
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.suffix.lower() in {".md", ".toml", ".txt", ".json", ".html", ".qss", ".typ"}
        and p.name not in LICENCES
    ]


def test_the_resources_hold_content_to_scan():
    found = {p.suffix for p in _text_resources()}
    assert {".md", ".toml"} <= found
    assert len(_text_resources()) >= 10


@pytest.mark.parametrize("path", _text_resources(), ids=lambda p: p.name)
def test_no_web_address_in_shipped_content(path):
    text = path.read_text(encoding="utf-8")
    urls = [m.group(0) for m in URL.finditer(text)]
    remote = [m.group(0) for m in REMOTE_MARKDOWN.finditer(text)]
    assert urls == [] and remote == [], f"{path.name}: {urls + remote}"


def _strings_in_code(path: Path) -> list[str]:
    """Every string literal in a module (docstrings included; comments are not strings)."""
    source = path.read_text(encoding="utf-8")
    return [
        token.string
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.STRING
        or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1)  # Python 3.12+
    ]


def test_no_web_address_in_the_code_the_app_runs():
    """String literals only: a URL in a comment is never loaded."""
    offenders = [
        f"{path.relative_to(ROOT)}: {string[:80]}"
        for path in sorted((ROOT / "companion").rglob("*.py"))
        for string in _strings_in_code(path)
        if URL.search(string)
    ]
    assert offenders == []
