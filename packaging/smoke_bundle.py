"""Smoke-test the built bundle: does dist/prep-companion/ run on its own?

Build it first (packaging/build_bundle.py), then, from anywhere:

    .venv/bin/python packaging/smoke_bundle.py            (Linux, macOS)
    .venv\\Scripts\\python packaging\\smoke_bundle.py      (Windows)

Any Python 3.11+ will do: the script only starts the bundle's executable, with a clean
environment and fresh temporary data folders, and checks that

  - `--version` prints the version in companion/__init__.py;
  - `--data-dir <new folder> check` exits 0 and says there is no data yet;
  - the window starts offscreen (QT_QPA_PLATFORM=offscreen) with `--quit-after 1500`
    and exits 0 within 60 s, with no Python traceback;
  - the same with a Spanish system language (LANG=es_ES.UTF-8);
  - `plan-pdf` writes a PDF from the data the window created (Qt's printing support);
  - `journal-pdf` writes a tagged PDF through Typst, its templates and its fonts;
  - the Spanish interface (companion/resources/i18n/companion_es.qm), the Spanish content
    (companion/resources/locale/es) and Qt's own Spanish strings (qtbase_es.qm) are in it.

It prints one line per check and exits 1 if any failed. On Windows and macOS the
executable is windowed and prints nothing, so build it with PREP_COMPANION_CONSOLE=1 to
run this (see packaging/BUILDING.md).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "prep-companion"
EXECUTABLE = BUNDLE / ("prep-companion.exe" if sys.platform == "win32" else "prep-companion")
GUI_TIMEOUT_S = 60
CLI_TIMEOUT_S = 60


def expected_version() -> str:
    """The version in companion/__init__.py, read without importing the package."""
    text = (ROOT / "companion" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if found is None:
        raise SystemExit("no __version__ in companion/__init__.py")
    return found.group(1)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment without Python's or the app's variables, with a throwaway home."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "PREP_COMPANION_", "LANG", "LC_"))
        and key not in {"VIRTUAL_ENV", "LANGUAGE"}
    }
    env.update(HOME=str(home), USERPROFILE=str(home), XDG_DATA_HOME=str(home / "data"))
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    env["LANG"] = "en_US.UTF-8"
    env.update(extra)
    return env


def run(args: Sequence[str], env: dict[str, str], timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXECUTABLE), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def _output(result: subprocess.CompletedProcess[str]) -> str:
    text = (result.stdout + result.stderr).strip()
    return text if len(text) < 600 else text[:600] + " ..."


class Checks:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.failed = 0
        self.count = 0

    def folder(self, name: str) -> Path:
        path = self.work / name
        path.mkdir()
        return path

    def check(self, name: str, test: Callable[[], str]) -> None:
        """Run `test`, which returns a detail on success and raises AssertionError or
        OSError/TimeoutExpired on failure, and print one line for it."""
        self.count += 1
        try:
            detail = test()
        except (AssertionError, OSError, subprocess.SubprocessError) as error:
            self.failed += 1
            print(f"FAIL  {name}: {error}", flush=True)
        else:
            print(f"ok    {name}: {detail}", flush=True)


def version_check(checks: Checks) -> str:
    version = expected_version()
    result = run(["--version"], clean_env(checks.folder("home-version")), CLI_TIMEOUT_S)
    assert result.returncode == 0, f"exit {result.returncode}: {_output(result)}"
    assert version in result.stdout, f"{version!r} not in {_output(result)!r}"
    return result.stdout.strip()


def check_command(checks: Checks) -> str:
    data = checks.work / "data-check"  # not created: `check` must cope with a new folder
    result = run(
        ["--data-dir", str(data), "check"], clean_env(checks.folder("home-check")), CLI_TIMEOUT_S
    )
    assert result.returncode == 0, f"exit {result.returncode}: {_output(result)}"
    assert "No data yet" in result.stdout, f"unexpected output: {_output(result)!r}"
    return result.stdout.splitlines()[0]


def gui_check(checks: Checks, data: Path, language: str) -> str:
    home = checks.folder(f"home-gui-{language}")
    extra = {"QT_QPA_PLATFORM": "offscreen"}
    if language == "es":
        extra.update(LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8", LANGUAGE="es")
    args = ["--data-dir", str(data), "--quit-after", "1500"]
    try:
        result = run(args, clean_env(home, **extra), GUI_TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        raise AssertionError(f"still running after {GUI_TIMEOUT_S} s") from error
    assert result.returncode == 0, f"exit {result.returncode}: {_output(result)}"
    assert "Traceback" not in result.stderr, _output(result)
    assert (data / "companion.sqlite3").is_file(), "no data file was created"
    return "started and quit, exit 0"


def pdf_check(checks: Checks, data: Path) -> str:
    output = checks.work / "plan.pdf"
    env = clean_env(checks.folder("home-pdf"))
    result = run(["--data-dir", str(data), "plan-pdf", "--output", str(output)], env, 120)
    assert result.returncode == 0, f"exit {result.returncode}: {_output(result)}"
    assert output.is_file(), "no PDF written"
    assert output.read_bytes()[:5] == b"%PDF-", "the file written is not a PDF"
    return f"{output.stat().st_size} bytes"


def summary_check(checks: Checks, data: Path) -> str:
    output = checks.work / "summary.pdf"
    env = clean_env(checks.folder("home-summary"))
    command = ["--data-dir", str(data), "journal-pdf", "--from", "2026-01-01", "--to",
               "2026-01-31", "--output", str(output)]  # fmt: skip
    result = run(command, env, 120)
    assert result.returncode == 0, f"exit {result.returncode}: {_output(result)}"
    made = output.read_bytes()
    assert made[:5] == b"%PDF-", "the file written is not a PDF"
    assert b"/StructTreeRoot" in made, "the PDF is not tagged"
    return f"{len(made)} bytes, tagged"


def resources_in_bundle() -> Path:
    """Where companion/resources is in the bundle (PyInstaller 6: under _internal/)."""
    for base in (BUNDLE / "_internal", BUNDLE):
        if (base / "companion" / "resources").is_dir():
            return base / "companion" / "resources"
    raise AssertionError("no companion/resources folder in the bundle")


def spanish_files() -> str:
    resources = resources_in_bundle()
    qm = resources / "i18n" / "companion_es.qm"
    assert qm.is_file() and qm.stat().st_size > 0, f"missing {qm.relative_to(BUNDLE)}"
    locale = resources / "locale" / "es"
    assert locale.is_dir() and any(locale.iterdir()), f"missing {locale.relative_to(BUNDLE)}"
    qt_own = [path for path in BUNDLE.rglob("qtbase_es.qm") if "PySide6" in path.parts]
    assert qt_own, "missing Qt's qtbase_es.qm"
    files = sum(1 for path in locale.rglob("*") if path.is_file())
    return f"{qm.relative_to(BUNDLE)}, {locale.relative_to(BUNDLE)} ({files} files), qtbase_es.qm"


def main() -> int:
    if not EXECUTABLE.is_file():
        print(f"FAIL  bundle: no {EXECUTABLE}; build it with packaging/build_bundle.py")
        return 1
    with tempfile.TemporaryDirectory(prefix="prep-companion-smoke-") as temp:
        checks = Checks(Path(temp))
        data_en, data_es = checks.work / "data-gui-en", checks.work / "data-gui-es"
        checks.check("--version", lambda: version_check(checks))
        checks.check("check on a new data folder", lambda: check_command(checks))
        checks.check("window offscreen", lambda: gui_check(checks, data_en, "en"))
        checks.check("window offscreen in Spanish", lambda: gui_check(checks, data_es, "es"))
        checks.check("plan-pdf", lambda: pdf_check(checks, data_en))
        checks.check("journal-pdf", lambda: summary_check(checks, data_en))
        checks.check("Spanish files", spanish_files)
    print(f"{checks.count - checks.failed} of {checks.count} checks passed.")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
