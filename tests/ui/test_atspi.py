"""The screen reader's view: the real app, started with Qt's accessibility bridge on under
its own session bus and X server, walked through AT-SPI (what Orca reads) on every
section of the sidebar, in English and Spanish: no showing, focusable object without
a name.

It needs a Linux desktop's accessibility parts: dbus-run-session, Xvfb, the AT-SPI bus
(Debian: dbus, xvfb, at-spi2-core, xdotool) and a Python with pyatspi (python3-pyatspi). Where
one is missing it is skipped, saying which; tests/ui/test_accessibility_tree.py makes
the same walk in process through Qt's QAccessible interfaces, and always runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from companion.core import settings, storage
from companion.core.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import demo_data  # noqa: E402

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool, package in (("dbus-run-session", "dbus"), ("Xvfb", "xvfb"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: {package})"
    if not Path(BUS_LAUNCHER).exists():
        return "the AT-SPI bus is not installed (Debian: at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"no {SYSTEM_PYTHON} to run pyatspi"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "pyatspi is not installed (Debian: python3-pyatspi)"
    return None


SCRIPT = """
set -u
Xvfb :{display} -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=:{display}
sleep 1
{launcher} --launch-immediately >/dev/null 2>&1 &
BUS=$!
sleep 1
"{python}" -m companion --data-dir "{data}" >"{log}" 2>&1 &
APP=$!
"{system_python}" "{walker}" "Prep Companion"
STATUS=$?
kill $APP $BUS $XVFB 2>/dev/null
wait 2>/dev/null
exit $STATUS
"""


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_focusable_object_is_nameless_on_the_accessibility_bus(language, tmp_path):
    missing = _missing()
    if missing:
        pytest.skip(f"cannot walk the accessibility bus here: {missing}")
    data = tmp_path / "demo"
    demo_data.build(data, date.today())
    store = storage.open(data, clock=FakeClock())
    settings.set_setting(store.db, "language", language)
    store.close()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    script = SCRIPT.format(
        display=90 + os.getpid() % 100,
        launcher=BUS_LAUNCHER,
        python=sys.executable,
        data=data,
        log=tmp_path / "app.log",
        system_python=SYSTEM_PYTHON,
        walker=Path(__file__).with_name("atspi_walk.py"),
    )
    run = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the walk printed nothing: {run.stderr[-2000:]}"
    report = json.loads(lines[-1])
    assert "error" not in report, report
    assert len(report["sections"]) >= 7, report["sections"]
    assert len(set(report["shown"])) >= 7, f"the sections did not change: {report['shown']}"
    assert report["nameless"] == [], "\n".join(report["nameless"])
