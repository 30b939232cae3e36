"""The command line: --version, check and backup, with one plain line on errors."""

import subprocess
import sys

import pytest

from companion import __version__, cli
from companion.core import storage
from companion.core.clock import FakeClock
from companion.core.settings import set_setting


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _make_data(data) -> None:
    store = storage.open(data, clock=FakeClock())
    set_setting(store.db, "region", "UK")
    store.close()


def test_version_prints_the_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_on_an_empty_folder_exits_0_and_creates_nothing(tmp_path, capsys):
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 0
    assert "No data yet" in out
    assert "Backups (0)" in out
    assert err == ""
    assert list(tmp_path.iterdir()) == []


def test_check_on_sound_data_lists_the_backups(tmp_path, capsys):
    _make_data(tmp_path)
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 0
    assert "sound" in out
    assert "Backups (1)" in out


def test_check_uses_the_environment_variable(tmp_path, capsys, monkeypatch):
    _make_data(tmp_path)
    monkeypatch.setenv("PREP_COMPANION_DATA_DIR", str(tmp_path))
    code, out, _ = _run(capsys, "check")
    assert code == 0
    assert str(tmp_path) in out


def test_backup_makes_a_backup(tmp_path, capsys):
    _make_data(tmp_path)
    before = storage.list_backups(tmp_path / "backups")
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "backup")
    assert code == 0
    assert err == ""
    after = storage.list_backups(tmp_path / "backups")
    new = {b.path for b in after} - {b.path for b in before}
    assert len(new) == 1
    assert str(new.pop()) in out


def test_backup_with_no_data_exits_1_with_one_plain_line(tmp_path, capsys):
    code, out, err = _run(capsys, "--data-dir", str(tmp_path / "missing"), "backup")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("prep-companion: ")
    assert "Traceback" not in err


def test_errors_never_print_a_traceback(tmp_path):
    missing = str(tmp_path / "missing")
    damaged = tmp_path / "damaged-data"
    damaged.mkdir()
    (damaged / "companion.sqlite3").write_bytes(b"not a database" * 100)
    for argv, expected in (
        (["--data-dir", missing, "backup"], 1),
        (["--data-dir", str(damaged), "backup"], 1),
        (["--data-dir", str(damaged), "check"], 1),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "companion", *argv],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == expected, (argv, result.stderr)
        assert "Traceback" not in result.stderr, argv
        assert result.stderr.count("\n") <= 1, argv


def test_python_m_companion_version():
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"Prep Companion {__version__}"
