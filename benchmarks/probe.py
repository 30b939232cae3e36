"""One start, run in its own process: the bare window or the app, until its first paint.

`python -m benchmarks.probe bare` or `python -m benchmarks.probe app DATA_DIR` prints
the monotonic clock (shared by every process on the machine) at the moment the first
paint of the main window has finished, with the peak memory so far, then closes the
window and exits. The app paints its window before it opens the data, so it is closed
once the data is open and shown: a second line gives that moment. The parent reads the
time its child was started, these lines, and the child's peak memory over its life.
"""

from __future__ import annotations

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Notices the first paint of a top-level window named `name`, then closes it."""

    def __init__(self, name: str, close: bool) -> None:
        super().__init__()
        self.name = name
        self.close = close
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().objectName() == self.name
        ):
            self.seen = True
            window = watched.window()
            QTimer.singleShot(0, lambda: self.painted(window))  # once this paint pass is done
        elif (
            event.type() == QEvent.Type.Close
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.objectName() == self.name
        ):
            print(f"closed {time.monotonic():.6f}", flush=True)
        return False

    def painted(self, window: QWidget) -> None:
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"painted {time.monotonic():.6f} {peak_mib:.3f}", flush=True)
        if self.close:
            window.close()


def bare() -> int:
    app = QApplication([])
    watcher = FirstPaint("bare", close=True)
    app.installEventFilter(watcher)
    window = QWidget()
    window.setObjectName("bare")
    window.resize(1100, 740)
    window.show()
    return app.exec()


def app(data_dir: str) -> int:
    from companion.ui.app import make_application, run_app

    qt_app = make_application()
    watcher = FirstPaint("mainWindow", close=False)
    qt_app.installEventFilter(watcher)
    return run_app(data_dir, quit_after_ms=0)  # closed as soon as it shows the data


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
