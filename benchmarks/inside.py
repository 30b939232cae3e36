"""Measurements taken inside a running app, each kind in its own fresh process.

`python -m benchmarks.inside MODE DATA_DIR [OUT_DIR]` opens the real main window on
the data folder (offscreen) and prints one line, `result {json}`:

- screens: milliseconds to open Journal on today, switch its chart to all time,
  search the notes for a word, and open Prepare; each counted until the page has
  been painted.
- pacer: a real breathing session of about a minute; when each phase change was
  painted against when it was due, how far the end drifted, and CPU use meanwhile.
- idle: CPU use and timer events while the window rests on Today.
- pdf: seconds to write the plan packet and a 90-day journal summary.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.synthetic import SEARCH_WORD
from companion.core import journal, storage
from companion.ui import theme
from companion.ui.app import make_application, window_state_for
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow

PACER_EXERCISE = "calm"  # 5 s in, 5 s out: six breaths make exactly a minute
PACER_MINUTES = 1
IDLE_SECONDS = 10.0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Paints(QObject):
    """Remembers when anything inside `target` was last painted."""

    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self.target = target
        self.last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        inside = isinstance(watched, QWidget) and (
            watched is self.target or self.target.isAncestorOf(watched)
        )
        if inside and event.type() == QEvent.Type.Paint:
            self.last = time.perf_counter()
        return False


def until_painted(app: QApplication, target: QWidget, since: float) -> float:
    """Run the event loop until `target` has been painted after `since`; return ms taken."""
    watcher = Paints(target)
    app.installEventFilter(watcher)
    try:
        deadline = time.perf_counter() + 10
        while watcher.last < since and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()  # let the paint pass that was seen finish
    finally:
        app.removeEventFilter(watcher)
    if watcher.last < since:
        raise SystemExit(f"{type(target).__name__} was never painted")
    return (time.perf_counter() - since) * 1000


def open_window(data_dir: Path, key: bytes | None = None) -> tuple[QApplication, MainWindow]:
    app = make_application()
    store = storage.open(data_dir, key=key)
    context = AppContext(store)
    theme.apply_look(app, context.setting("appearance"), context.setting("text_size"))
    window = MainWindow(context, window_state_for(data_dir))
    window.resize(1280, 800)
    window.show()
    until_painted(app, window, 0.0)
    return app, window


def timed(app: QApplication, target: QWidget, action: Any) -> float:
    since = time.perf_counter()
    action()
    return until_painted(app, target, since)


def screens(data_dir: Path, key: bytes | None = None) -> dict[str, Any]:
    app, window = open_window(data_dir, key)
    figures: dict[str, Any] = {}
    figures["journal_open_ms"] = timed(app, window, lambda: window.show_section("journal"))
    page = window.journal
    trends, search = page.trends, page.search
    timed(app, trends, lambda: page.tabs.setCurrentWidget(trends))  # the default 30 days
    all_time = trends.range.findData(0)
    figures["chart_all_time_ms"] = timed(
        app, trends, lambda: trends.range.setCurrentIndex(all_time)
    )
    timed(app, search, lambda: page.tabs.setCurrentWidget(search))

    def find() -> None:
        search.query.setText(SEARCH_WORD)
        search.run()  # at once, not after the typing pause

    figures["search_ms"] = timed(app, search.results, find)
    figures["search_days_found"] = len(journal.search(window.context.db, SEARCH_WORD))
    figures["prepare_open_ms"] = timed(app, window, lambda: window.show_section("prepare"))
    window.close()
    return figures


def pacer(data_dir: Path) -> dict[str, Any]:
    app, window = open_window(data_dir)
    page = window.breathe
    window.show_section("breathe")
    page.select(PACER_EXERCISE)
    page.by_minutes.setChecked(True)
    page.minutes.setValue(PACER_MINUTES)
    view = page.session_view
    clock = window.context.storage.clock
    shown: list[tuple[float, int, int]] = []  # painted at, cycle, phase

    class PacerPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            position = view.pacer.shown()
            if event.type() == QEvent.Type.Paint and position is not None:
                mark = (position.cycle, position.index)
                if not shown or shown[-1][1:] != mark:
                    shown.append((clock.monotonic(), *mark))
            return False

    watcher = PacerPaints()
    view.pacer.installEventFilter(watcher)
    ended: list[float] = []

    def finished(*_result: object) -> None:
        ended.append(clock.monotonic())
        app.quit()

    view.finished.connect(finished)
    cpu_before = cpu_seconds()
    page.start()
    now = clock.monotonic()
    started = now - view.session.elapsed(now)
    timeline = view.timeline
    assert timeline is not None
    QTimer.singleShot(int(timeline.total_seconds * 1000) + 10_000, app.quit)  # never hang
    app.exec()
    cpu = cpu_seconds() - cpu_before
    if not ended:
        raise SystemExit("the breathing session did not finish")
    starts = [0.0]
    for segment in timeline.segments:
        starts.append(starts[-1] + segment.seconds)
    lags = [
        (painted - (started + cycle * timeline.cycle_seconds + starts[index])) * 1000
        for painted, cycle, index in shown[1:]  # the first is the start itself
    ]
    wall = ended[0] - started
    window.close()
    return {
        "session_s": timeline.total_seconds,
        "phase_changes": len(lags),
        "lags_ms": lags,
        "end_drift_ms": (ended[0] - (started + timeline.total_seconds)) * 1000,
        "cpu_fraction": cpu / wall,
    }


def idle(data_dir: Path) -> dict[str, Any]:
    app, window = open_window(data_dir)
    window.show_section("today")
    until_painted(app, window, 0.0)
    stopper = QTimer()
    stopper.setSingleShot(True)
    fired: list[str] = []

    class Timers(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Timer and watched is not stopper:
                fired.append(type(watched).__name__)
            return False

    watcher = Timers()
    app.installEventFilter(watcher)
    stopper.timeout.connect(app.quit)
    stopper.start(int(IDLE_SECONDS * 1000))
    cpu_before, wall_before = cpu_seconds(), time.perf_counter()
    app.exec()
    cpu, wall = cpu_seconds() - cpu_before, time.perf_counter() - wall_before
    app.removeEventFilter(watcher)
    window.close()
    return {"seconds": wall, "cpu_fraction": cpu / wall, "timer_events": fired}


def pdf(data_dir: Path, out_dir: Path) -> dict[str, Any]:
    from companion.ui.plan_packet import write_packet_pdf
    from companion.ui.report import write_summary_pdf

    make_application()
    db = storage.open_readonly(data_dir)
    today = date.today()
    try:
        since = time.perf_counter()
        pages = write_packet_pdf(db, out_dir / "plan.pdf", datetime.now())
        packet = time.perf_counter() - since
        since = time.perf_counter()
        days = write_summary_pdf(db, today - timedelta(days=89), today, out_dir / "journal.pdf")
        summary = time.perf_counter() - since
    finally:
        db.close()
    return {"plan_packet_s": packet, "plan_pages": pages, "journal_pdf_s": summary, "days": days}


def main(argv: list[str]) -> int:
    mode, data_dir = argv[0], Path(argv[1])
    if mode == "screens":
        result = screens(data_dir, bytes.fromhex(argv[2]) if len(argv) > 2 else None)
    elif mode == "pacer":
        result = pacer(data_dir)
    elif mode == "idle":
        result = idle(data_dir)
    elif mode == "pdf":
        result = pdf(data_dir, Path(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print("result " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
