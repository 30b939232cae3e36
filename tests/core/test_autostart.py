"""Start with my computer: the XDG autostart file is written, owner-only, and removed."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from companion.core import autostart

pytestmark = pytest.mark.skipif(not autostart.supported(), reason="freedesktop autostart only")


@pytest.fixture(autouse=True)
def _config_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_the_file_is_written_and_removed(_config_home):
    path = autostart.enable()
    assert path == _config_home / "autostart" / "org.prepcompanion.PrepCompanion.desktop"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert "Exec=" in text and "--tray" in text and "detox" not in text.lower()
    assert autostart.is_enabled()
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # nothing there: nothing to do


def test_the_command_names_an_unusual_data_folder(tmp_path):
    folder = tmp_path / "my data $HOME"
    assert autostart.command(folder)[-3:] == ["--data-dir", str(folder), "--tray"]
    exec_line = next(
        line for line in autostart.entry_text(folder).splitlines() if line.startswith("Exec=")
    )
    assert '"' + str(folder).replace("$", "\\\\$") + '"' in exec_line
    assert exec_line.startswith("Exec=" + sys.executable)


def test_the_desktop_turning_it_off_turns_the_setting_off():
    path = autostart.enable()
    path.write_text(path.read_text() + "Hidden=true\n")
    assert autostart.reconcile(True) is False
    path.unlink()
    assert autostart.reconcile(True) is False


def test_an_old_file_is_written_again_and_the_setting_off_removes_it():
    path = autostart.enable()
    path.write_text(path.read_text().replace("--tray", "--old-flag"))
    assert autostart.reconcile(True) is True
    assert "--tray" in path.read_text()
    assert autostart.reconcile(False) is False
    assert not path.exists()


def test_a_link_there_is_replaced_not_written_through(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    path = autostart.entry_path()
    path.parent.mkdir(parents=True)
    path.symlink_to(target)
    assert not autostart.is_enabled()
    autostart.enable()
    assert target.read_text() == "keep me" and not path.is_symlink()
