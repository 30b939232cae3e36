"""A non-editable install into a fresh virtual environment runs the app with all its content."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.install


def _run(args, cwd, env=None, timeout=600):
    result = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Build a wheel from the source tree and install it (not editable) into a new venv."""
    work = tmp_path_factory.mktemp("install")
    wheels = work / "wheels"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        cwd=work,
    )
    wheel = next(wheels.glob("prep_companion-*.whl"))
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], cwd=work)
    return env_dir, work


def _clean_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(work / "home")
    env.pop("PREP_COMPANION_DATA_DIR", None)
    return env


def test_wheel_contains_the_resources(installed):
    env_dir, work = installed
    code = (
        "from companion.core import paths, content\n"
        "import companion\n"
        "res = paths.resources_dir()\n"
        "assert str(res).startswith(str(__import__('sys').prefix)), res\n"
        "assert (res / 'helplines.toml').is_file()\n"
        "assert len(content.load_regions()) == 13\n"
        "assert content.load_response_steps().steps\n"
        "assert (res / 'i18n' / 'companion_es.qm').is_file()\n"
        "content.set_language('es')\n"
        "assert content.load_regions()['US'].name == 'Estados Unidos'\n"
        "print(res)\n"
    )
    # Run from an empty folder so the source tree cannot be found by accident.
    result = _run([str(env_dir / "bin" / "python"), "-c", code], cwd=work, env=_clean_env(work))
    assert "site-packages" in result.stdout


def test_installed_command_line_works(installed):
    env_dir, work = installed
    command = env_dir / "bin" / "prep-companion"
    assert "Prep Companion" in _run([str(command), "--version"], cwd=work).stdout
    data = work / "cli-data"
    result = _run([str(command), "--data-dir", str(data), "check"], cwd=work, env=_clean_env(work))
    assert "No data yet" in result.stdout


def test_installed_app_opens_its_window_and_saves(installed):
    env_dir, work = installed
    data = work / "gui-data"
    for runner in (
        [str(env_dir / "bin" / "prep-companion")],
        [str(env_dir / "bin" / "python"), "-m", "companion"],
    ):
        _run(
            [*runner, "--data-dir", str(data), "--quit-after", "300"],
            cwd=work,
            env=_clean_env(work),
            timeout=120,
        )
    assert (data / "companion.sqlite3").exists()
    assert (data / "companion.sqlite3").stat().st_mode & 0o777 == 0o600
    assert data.stat().st_mode & 0o777 == 0o700
