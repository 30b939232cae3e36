"""`python -m benchmarks` (or `make bench`): measure everything and print one table.

Every figure is measured in fresh processes on this machine, against a bare PySide6
window measured in the same run, and written as JSON to benchmarks/results/ for
comparing later runs. It takes two to three minutes, most of it the one-minute
breathing session.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import environment, startup, synthetic
from benchmarks.stats import Figure

RESULTS = Path(__file__).resolve().parent / "results"


def inside(mode: str, *args: str) -> dict[str, Any]:
    """Run one in-process measurement in a fresh process and return its figures."""
    process = subprocess.run(
        [sys.executable, "-m", "benchmarks.inside", mode, *args],
        env=startup.child_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    for line in process.stdout.splitlines():
        if line.startswith("result "):
            result: dict[str, Any] = json.loads(line.removeprefix("result "))
            return result
    raise SystemExit(f"the {mode} measurement failed:\n{process.stderr}")


def row(name: str, figure: Figure, unit: str, target: float | None, digits: int = 1) -> dict:
    met = None if target is None else figure.median <= target
    return {
        "name": name,
        "unit": unit,
        **figure.json(),
        "target": target,
        "met": met,
        "digits": digits,
    }


def measure(runs: int, work: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    empty, large, out = work / "empty", work / "large", work / "out"
    for folder in (empty, large, out):
        folder.mkdir(mode=0o700)
    print("Writing the ten-year data folder\u2026", flush=True)
    counts = synthetic.build(large, date.today())
    print("A protected copy of it\u2026", flush=True)
    protected, key_hex = protect_copy(large, work / "protected")
    print("Cold starts\u2026", flush=True)
    starts = startup.measure(runs, empty, large, (protected, key_hex))
    bare, app, big = starts["bare"], starts["empty"], starts["large"]
    locked = starts["protected"]
    rows = [
        row("Bare PySide6 window: start to first paint", bare["seconds"], "s", None, 3),
        row("Prep Companion (empty): start to first paint", app["seconds"], "s", None, 3),
        row("Prep Companion (ten years): start to first paint", big["seconds"], "s", None, 3),
    ]
    ratio = Figure.of(
        [a / b for a, b in zip(app["seconds"].values, bare["seconds"].values, strict=True)]
    )
    rows.append(row("Start time, app / bare window", ratio, "x", 1.8, 2))
    rows.append(row("Prep Companion (empty): start to Today filled", app["filled"], "s", None, 3))
    rows.append(
        row("Prep Companion (ten years): start to Today filled", big["filled"], "s", None, 3)
    )
    rows.append(row("Peak memory, bare window", bare["mib"], "MiB", None))
    rows.append(row("Peak memory, app (empty) at first paint", app["mib"], "MiB", None))
    memory = Figure.of([a / b for a, b in zip(app["mib"].values, bare["mib"].values, strict=True)])
    rows.append(row("Peak memory at first paint, app / bare window", memory, "x", 1.6, 2))
    rows.append(row("Peak memory, app (empty), once filled", app["peak_mib"], "MiB", None))
    filled_memory = Figure.of(
        [a / b for a, b in zip(app["peak_mib"].values, bare["mib"].values, strict=True)]
    )
    rows.append(row("Peak memory once filled, app / bare window", filled_memory, "x", 1.6, 2))
    large_ratio = Figure.of(
        [a / b for a, b in zip(big["seconds"].values, app["seconds"].values, strict=True)]
    )
    rows.append(row("Start time, ten years / empty", large_ratio, "x", 1.1, 2))
    rows.append(
        row(
            "Prep Companion (ten years, protected): start to first paint, after unlocking",
            locked["seconds"],
            "s",
            None,
            3,
        )
    )
    for figure, name in (("seconds", "first paint"), ("filled", "Today filled")):
        pairs = zip(locked[figure].values, big[figure].values, strict=True)
        rows.append(
            row(
                f"Start to {name}, protected / not protected (ten years)",
                Figure.of([a / b for a, b in pairs]),
                "x",
                1.15,
                2,
            )
        )

    print("Pages with ten years of data\u2026", flush=True)
    screens, locked_screens = [], []
    for _ in range(runs):  # taking turns, so that a busy moment slows both alike
        screens.append(inside("screens", str(large)))
        locked_screens.append(inside("screens", str(protected), key_hex))
    for key, name, target in (
        ("journal_open_ms", "Open Journal on today", 50.0),
        ("chart_all_time_ms", "Journal chart: switch to all time", 100.0),
        ("search_ms", "Search the notes for a word in 1% of days", 50.0),
        ("prepare_open_ms", "Open Prepare (300 tasks)", 50.0),
    ):
        rows.append(row(name, Figure.of([s[key] for s in screens]), "ms", target))
    found = screens[0]["search_days_found"]
    for key, name in (
        ("chart_all_time_ms", "Journal chart (all time)"),
        ("search_ms", "Journal search"),
    ):
        mine = Figure.of([s[key] for s in locked_screens])
        rows.append(row(f"{name}, protected", mine, "ms", None))
        turns = zip(locked_screens, screens, strict=True)
        ratio = Figure.of([locked[key] / plain[key] for locked, plain in turns])
        rows.append(row(f"{name}, protected / not protected", ratio, "x", 1.2, 2))

    print("A one-minute breathing session\u2026", flush=True)
    pacer = inside("pacer", str(large))
    lags = Figure.of(pacer["lags_ms"])
    rows.append(row("Pacer: phase change painted after it was due", lags, "ms", None))
    worst = Figure.of([max(pacer["lags_ms"])])
    rows.append(row("Pacer: latest phase change (worst of the session)", worst, "ms", 17.0))
    drift = Figure.of([abs(pacer["end_drift_ms"])])
    rows.append(row("Pacer: drift at the end of the session", drift, "ms", 5.0))
    cpu = Figure.of([pacer["cpu_fraction"] * 100])
    rows.append(row("CPU while the pacer animates", cpu, "% of a core", 5.0))

    print("Resting on Today\u2026", flush=True)
    idle = inside("idle", str(large))
    rows.append(
        row(
            "CPU while resting on Today",
            Figure.of([idle["cpu_fraction"] * 100]),
            "% of a core",
            0.5,
            2,
        )
    )
    rows.append(
        row(
            f"Timer events in {idle['seconds']:.0f} s resting on Today",
            Figure.of([float(len(idle["timer_events"]))]),
            "",
            0.0,
            0,
        )
    )

    print("PDFs\u2026", flush=True)
    pdfs = [inside("pdf", str(large), str(out)) for _ in range(max(1, runs // 3))]
    rows.append(
        row(
            f"Plan packet PDF ({pdfs[0]['plan_pages']} pages)",
            Figure.of([p["plan_packet_s"] for p in pdfs]),
            "s",
            None,
            3,
        )
    )
    rows.append(
        row(
            f"Journal summary PDF ({pdfs[0]['days']} days)",
            Figure.of([p["journal_pdf_s"] for p in pdfs]),
            "s",
            None,
            3,
        )
    )
    print("Unlocking protected data\u2026", flush=True)
    rows.append(
        row(
            "Unlock: key derivation and unwrapping (scrypt, 128 MiB)",
            Figure.of(unlock_seconds(max(3, runs // 3))),
            "s",
            1.0,
            3,
        )
    )
    facts = {
        "data": counts,
        "search_days_found": found,
        "pacer": {k: v for k, v in pacer.items() if k != "lags_ms"},
        "idle_timers": idle["timer_events"],
    }
    return facts, rows


def protect_copy(source: Path, target: Path) -> tuple[Path, str]:
    """A copy of the data folder `source`, protected with a passphrase; and its data key
    (hex), for starting it without the unlock screen."""
    import shutil

    from companion.core import storage
    from companion.core.storage import keys, protection

    shutil.copytree(source, target)
    store = storage.open(target)
    store = protection.turn_on(store, "a passphrase to measure", keys.new_recovery_key())
    key = store.key
    store.close()
    assert key is not None
    return target, key.hex()


def unlock_seconds(runs: int) -> list[float]:
    """Seconds to unwrap the data key with a passphrase at the key file's real cost
    (storage/keys.py): the part of an unlock that does not depend on the data."""
    from companion.core.storage import keys

    passphrase = "a passphrase to measure"
    _data_key, document = keys.make_keys(passphrase, keys.new_recovery_key())
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        keys.unlock(document, passphrase)
        seconds.append(time.perf_counter() - started)
    return seconds


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        f"{'Measure':<54} {'median':>9} {'min':>9} {'max':>9}  {'unit':<12} {'target':>7}",
        "-" * 108,
    ]
    for r in rows:
        d = r["digits"]
        target = "" if r["target"] is None else f"<= {r['target']:g}"
        mark = "" if r["met"] is None else ("  met" if r["met"] else "  MISSED")
        lines.append(
            f"{r['name']:<54} {r['median']:>9.{d}f} {r['low']:>9.{d}f} {r['high']:>9.{d}f}  "
            f"{r['unit']:<12} {target:>7}{mark}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=9, help="runs of each start (default 9)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="prep-companion-bench-") as work:
        facts, rows = measure(max(1, args.runs), Path(work))
    about = environment.describe()
    print()
    for key, value in about.items():
        print(f"{key.capitalize():<8} {value}")
    data = facts["data"]
    print(
        "Data     "
        + ", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in data.items())
    )
    print(
        f"Runs     starts and pages: {args.runs} fresh processes each; pacer: every phase "
        "change of one session; PDFs: a third as many\n"
    )
    print(table(rows))
    taken = time.monotonic() - started
    print(f"\nMeasured in {taken:.0f} s.")
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"bench-{stamp}.json"
    path.write_text(
        json.dumps({"environment": about, "runs": args.runs, **facts, "rows": rows}, indent=2)
        + "\n"
    )
    print(f"Written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
