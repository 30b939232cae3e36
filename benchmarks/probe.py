"""One start, run in its own process: the bare window or the app, until its first paint.

`python -m benchmarks.probe bare` or `python -m benchmarks.probe app DATA_DIR` prints
the monotonic clock (shared by every process on the machine) at the moment the first
paint of the main window has finished, then closes the window and exits. The parent
reads the time its child was started and this line, and the child's peak memory.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Notices the first paint of a top-level window named `name`, then closes it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
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
        return False

    def painted(self, window: QWidget) -> None:
        print(f"painted {time.monotonic():.6f}", flush=True)
        window.close()


def bare() -> int:
    app = QApplication([])
    watcher = FirstPaint("bare")
    app.installEventFilter(watcher)
    window = QWidget()
    window.setObjectName("bare")
    window.resize(1100, 740)
    window.show()
    return app.exec()


def app(data_dir: str) -> int:
    from companion.ui.app import make_application, run_app

    qt_app = make_application()
    watcher = FirstPaint("mainWindow")
    qt_app.installEventFilter(watcher)
    return run_app(data_dir)


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
