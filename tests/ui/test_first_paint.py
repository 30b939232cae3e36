"""The window paints before the data is opened, then fills Today; the look is remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from companion.core import storage
from companion.ui import app as app_module
from companion.ui.look import Look, remembered
from companion.ui.widgets import dialogs
from tests.ui.dialog_answers import told_into

ORDER = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget
    from companion.ui import app as app_module

    steps = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window().objectName() == "mainWindow"
                and "painted" not in steps
            ):
                steps.append("painted")
                steps.append("sqlite-utils loaded" if "sqlite_utils" in sys.modules else "light")
            return False

    real_open = app_module.storage.open

    def recording_open(*args, **kwargs):
        steps.append("data opened")
        return real_open(*args, **kwargs)

    app_module.storage.open = recording_open
    application = app_module.make_application()
    watch = Watch()
    application.installEventFilter(watch)
    code = app_module.run_app(data_dir=sys.argv[1], quit_after_ms=0)
    print(json.dumps({"code": code, "steps": steps}))
    """
)


def test_the_window_paints_before_the_data_is_opened_or_sqlite_utils_loaded(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", ORDER, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert result["steps"][:3] == ["painted", "light", "data opened"]


def test_the_look_is_remembered_for_the_next_first_paint(tmp_path, qapp):
    data = tmp_path / "data"
    store = storage.open(data)
    from companion.core import settings

    settings.set_setting(store.db, "text_size", "larger")
    settings.set_setting(store.db, "discreet_mode", False)
    store.close()
    assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 0
    kept = remembered(app_module.window_state_for(data))
    assert kept.region in settings.REGIONS  # never chosen: the system's, as it was shown
    assert kept == Look(
        language="system",
        appearance="system",
        text_size="larger",
        discreet_mode=False,
        region=kept.region,
    )


def test_without_a_remembered_look_the_first_title_is_discreet(tmp_path):
    assert remembered(app_module.window_state_for(tmp_path)).discreet_mode is True


def test_a_newer_database_is_still_refused_after_the_first_paint(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data"
    told: list[str] = []

    def refuse(*_args: object, **_kwargs: object) -> storage.Storage:
        raise storage.NewerDatabaseError("newer", "open", str(data))

    monkeypatch.setattr(app_module.storage, "open", refuse)
    monkeypatch.setattr(dialogs, "run", told_into(told))
    assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 1
    assert len(told) == 1
    assert not (data / "window.ini").exists()  # the frame was not closed and saved


def test_a_language_other_than_the_remembered_one_builds_the_window_again_in_it(
    tmp_path, qapp, spanish_translations, monkeypatch
):
    data = tmp_path / "data"
    store = storage.open(data)
    from companion.core import content, settings

    settings.set_setting(store.db, "language", "es")
    store.close()
    titles: list[str] = []
    real_attach = app_module.Shell.attach

    def attach_and_look(shell: app_module.Shell, context: object) -> None:
        real_attach(shell, context)  # type: ignore[arg-type]
        titles.append(shell.window.today.title.text())

    monkeypatch.setattr(app_module.Shell, "attach", attach_and_look)
    assert app_module.run_app(data_dir=str(data), quit_after_ms=0) == 0
    assert content.language() == "es"
    assert titles == ["Hoy"]
    assert remembered(app_module.window_state_for(data)).language == "es"


def test_todays_frame_keeps_the_shape_it_had_when_last_closed(window, data_dir, qtbot):
    from companion.ui.main_window import MainWindow

    shape = window.today.shown_cards()
    window.close()
    frame = MainWindow(None, app_module.window_state_for(data_dir))
    qtbot.addWidget(frame)
    assert not frame.attached
    assert frame.today.shown_cards() == shape
    assert frame.windowTitle() == "Prep Companion"  # discreet until the data is read


def test_what_is_asked_for_before_the_data_is_open_is_done_once_it_is(context, data_dir, qtbot):
    from companion.ui.main_window import MainWindow

    frame = MainWindow(None, app_module.window_state_for(data_dir))
    qtbot.addWidget(frame)
    frame.show_section("journal")
    assert frame.current_section() == "today"
    frame.attach(context)
    assert frame.current_section() == "journal"
