"""Cold start: process start to the first painted main window, and peak memory.

The app paints its window before it opens the data and fills the window; both moments
are timed, and the peak memory is taken at the first paint and over the whole start.

Three kinds of start, each a new process (see probe.py): a bare PySide6 window, the
app on an empty data folder, and the app on the ten-year folder. The kinds take turns
so that a busy moment on the machine slows them alike; the figures that matter are
the ratios of the medians.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.stats import Figure


def child_env() -> dict[str, str]:
    """Offscreen Qt, and compiled bytecode kept as an installed app keeps it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("PYTHONDONTWRITEBYTECODE", "PREP_COMPANION_DATA_DIR", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    return env


def one_start(args: list[str]) -> dict[str, float]:
    """Seconds from process start to first paint ("seconds") and to the window showing
    the data ("filled"); peak resident memory in MiB at the first paint ("mib") and
    over the whole process ("peak_mib")."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.probe", *args],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    out = process.stdout.read() if process.stdout else ""
    err = process.stderr.read() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0 or "painted" not in out:
        raise SystemExit(f"a start of {' '.join(args)} failed:\n{err}")
    painted, paint_mib = (float(word) for word in out.split("painted", 1)[1].split()[:2])
    closed = float(out.split("closed", 1)[1].split()[0]) if "closed" in out else painted
    return {
        "seconds": painted - started,
        "filled": max(closed, painted) - started,
        "mib": paint_mib,
        "peak_mib": usage.ru_maxrss / 1024,
    }


def measure(
    runs: int, empty_dir: Path, large_dir: Path, protected: tuple[Path, str] | None = None
) -> dict[str, dict[str, Figure]]:
    """The starts of each kind, taking turns; `protected` is a protected copy of the
    ten-year folder and its data key (hex), started without the unlock screen."""
    kinds = {"bare": ["bare"], "empty": ["app", str(empty_dir)], "large": ["app", str(large_dir)]}
    if protected is not None:
        kinds["protected"] = ["app", str(protected[0]), protected[1]]
    for args in kinds.values():  # once each first: bytecode written, database created
        one_start(args)
    figures = ("seconds", "filled", "mib", "peak_mib")
    values: dict[str, dict[str, list[float]]] = {
        kind: {figure: [] for figure in figures} for kind in kinds
    }
    for _ in range(runs):
        for kind, args in kinds.items():
            for figure, value in one_start(args).items():
                values[kind][figure].append(value)
    return {kind: {figure: Figure.of(values[kind][figure]) for figure in figures} for kind in kinds}
