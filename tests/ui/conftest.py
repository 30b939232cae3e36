"""Fixtures for the window tests: a fresh data folder, an app context and a main window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.core import storage
from companion.core.clock import FakeClock
from companion.ui import i18n, theme
from companion.ui.app import window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_dialog_can_block(monkeypatch):
    """A message box left unanswered would hang the run: by default each one answers
    Cancel (or OK). Tests that need another answer patch it themselves."""
    for name, answer in (
        ("warning", QMessageBox.StandardButton.Cancel),
        ("question", QMessageBox.StandardButton.Cancel),
        ("information", QMessageBox.StandardButton.Ok),
        ("critical", QMessageBox.StandardButton.Ok),
    ):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _answer=answer, **k: _answer)
    from tests.ui.dialog_answers import answer_dialogs

    answer_dialogs(monkeypatch)  # the app's own boxes (widgets/dialogs.py): Cancel, or OK


@pytest.fixture(autouse=True)
def _delete_windows_after_each_test(qapp):
    """Windows left over from one test must not keep timers or styling work in the next."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def translations() -> dict[str, Path]:
    """Every .qm (English plural forms, Spanish), built from its .ts as `make` builds it,
    if it is missing or older than the .ts."""
    built = {}
    for ts in sorted(i18n.translations_dir().glob("companion_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease = Path(sys.executable).with_name("pyside6-lrelease")
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        built[ts.stem.partition("_")[2]] = qm
    return built


@pytest.fixture(autouse=True)
def _english_in_each_test(translations, qapp):
    """Each test starts in English, as the app does (with its plural forms: "1 day"),
    and a test that switches to Spanish leaves the next one in English again."""
    i18n.use_language("en")
    yield
    i18n.use_language("en")


@pytest.fixture(scope="session")
def spanish_translations(translations):
    """The Spanish .qm, built from the .ts as `make` builds it."""
    return translations["es"]


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def context(data_dir, qapp):
    store = storage.open(data_dir, clock=FakeClock())
    ctx = AppContext(store)
    theme.apply_look(qapp, ctx.setting("appearance"), ctx.setting("text_size"))  # as run_app does
    yield ctx
    ctx.storage.db.close()
    # Leave the shared application as we found it for the next test.
    theme.apply_appearance(qapp, "system")
    theme.apply_text_size(qapp, "normal")


@pytest.fixture
def window(qtbot, context, data_dir):
    win = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance
