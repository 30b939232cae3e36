"""Protected data in the real start (run_app): the unlock screen comes before the data is
opened, closing it opens nothing, and a whole session (start, write, close) leaves no
typed word, and no plain SQLite file, anywhere: not in the data folder, not in the home
folder where Qt and the desktop keep settings and caches, not in the temporary folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from companion.core import journal, storage
from companion.core.clock import FakeClock
from companion.core.journal import JournalEntry
from companion.core.storage import db as sql
from companion.core.storage import keys, protection
from companion.ui import app as app_module
from companion.ui import unlock

CHEAP = keys.Cost(n=2**10, r=8, p=1)
PASSPHRASE = "river stones at dawn"
WORD = "Marzipanlighthouse"


def _protected(data: Path) -> None:
    store = storage.open(data, clock=FakeClock())
    from companion.core import settings

    settings.set_setting(store.db, "welcome_done", True)  # straight to the window
    day = date(2025, 12, 1)
    journal.save_entry(store.db, JournalEntry(day=day, notes=f"{WORD} one"), today=day)
    store = protection.turn_on(store, PASSPHRASE, keys.new_recovery_key(), CHEAP)
    store.close()


def _every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def test_closing_the_unlock_screen_opens_nothing(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    _protected(data)
    before = {p: p.read_bytes() for p in _every_file(data) if p.name != "companion.lock"}
    shown: list[unlock.UnlockWindow] = []

    def close_it() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, unlock.UnlockWindow) and widget.isVisible():
                shown.append(widget)
                widget.close()
                return
        QTimer.singleShot(20, close_it)

    QTimer.singleShot(0, close_it)
    assert app_module.run_app(data_dir=str(data)) == 0
    assert shown, "the unlock screen was shown"
    after = {p: p.read_bytes() for p in before}
    assert after == before
    assert not (data / "window.ini").exists()  # no window was opened on the data


def test_a_protected_session_leaves_nothing_readable_anywhere(tmp_path, qapp, monkeypatch):
    home, temp = tmp_path / "home", tmp_path / "tmp"
    for folder in (home, temp):
        folder.mkdir()
    for name, value in {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "TMPDIR": temp,
    }.items():
        monkeypatch.setenv(name, str(value))
    data = home / "data"
    _protected(data)

    def type_then_quit() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, unlock.UnlockWindow) and widget.isVisible():
                widget.field.setText(PASSPHRASE)
                widget.try_unlock()
                QTimer.singleShot(0, write_and_close)
                return
        QTimer.singleShot(20, type_then_quit)

    def write_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and getattr(widget, "attached", False):  # the data is shown
                widget.show_section("journal")
                widget.journal.form.notes.setPlainText(f"{WORD} written today")
                widget.close()
                return
        QTimer.singleShot(20, write_and_close)

    QTimer.singleShot(0, type_then_quit)
    assert app_module.run_app(data_dir=str(data)) == 0
    document = keys.read_key_file(data)
    assert document is not None
    store = storage.open(data, key=keys.unlock(document, PASSPHRASE))
    hits = journal.search(store.db, WORD)
    store.close()
    assert len(hits) == 2, "what was typed before closing was saved"
    found = []
    for path in _every_file(tmp_path):
        content = path.read_bytes()
        if WORD.encode() in content or WORD.encode("utf-16-le") in content:
            found.append(str(path))
        if content.startswith(sql.PLAIN_HEADER):
            found.append(f"{path} (a plain database)")
    assert found == []
    assert (home / "data" / "window.ini").exists()  # the session did run and close
