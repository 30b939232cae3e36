"""Cold start: the app's window against a bare PySide6 window, in time and peak memory.

Each run is a new process that starts, shows its window once the event loop
runs, and quits. The two kinds of run are interleaved so that a busy machine
slows both alike; the figures that matter are the ratios of the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.resize(1100, 740)
window.show()
QTimer.singleShot(0, window.close)
app.exec()
"""

RESULTS = Path(__file__).resolve().parent / "results"


def _measure(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark run failed: {' '.join(args)}")
    return elapsed, int(usage.ru_maxrss)


def run(runs: int, platform: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    env.pop("PREP_COMPANION_DATA_DIR", None)
    with tempfile.TemporaryDirectory() as data_dir:
        app = [sys.executable, "-m", "companion", "--data-dir", data_dir, "--quit-after", "0"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _measure(app, env)  # first start creates the database; measure normal starts
        _measure(bare, env)
        times: dict[str, list[float]] = {"bare": [], "app": []}
        memory: dict[str, list[int]] = {"bare": [], "app": []}
        for _ in range(runs):
            for name, args in (("bare", bare), ("app", app)):
                seconds, kib = _measure(args, env)
                times[name].append(seconds)
                memory[name].append(kib)
    bare_time, app_time = statistics.median(times["bare"]), statistics.median(times["app"])
    bare_mem, app_mem = statistics.median(memory["bare"]), statistics.median(memory["app"])
    return {
        "runs": runs,
        "bare_start_s": round(bare_time, 3),
        "app_start_s": round(app_time, 3),
        "start_ratio": round(app_time / bare_time, 2),
        "bare_peak_rss_mib": round(bare_mem / 1024, 1),
        "app_peak_rss_mib": round(app_mem / 1024, 1),
        "memory_ratio": round(app_mem / bare_mem, 2),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=9, help="runs of each kind (default 9)")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    args = parser.parse_args(argv)
    figures = run(args.runs, args.platform)
    print(f"Cold start, median of {figures['runs']} runs each (Qt platform: {args.platform})")
    print(
        f"  bare PySide6 window : {figures['bare_start_s']:.3f} s, "
        f"{figures['bare_peak_rss_mib']} MiB peak"
    )
    print(
        f"  Prep Companion      : {figures['app_start_s']:.3f} s, "
        f"{figures['app_peak_rss_mib']} MiB peak"
    )
    print(
        f"  ratio               : {figures['start_ratio']}x time, {figures['memory_ratio']}x memory"
    )
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"startup-{stamp}.json").write_text(json.dumps(figures, indent=2) + "\n")
    return 0
