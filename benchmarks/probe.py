"""One start, run in its own process: the bare window or the app, until its first paint.

`python -m benchmarks.probe bare` or `python -m benchmarks.probe app DATA_DIR [KEY]` prints
the monotonic clock (shared by every process on the machine) at the moment the first
paint of the main window has finished, with the peak memory so far, then closes the
window and exits. The app paints its window before it opens the data, so it is closed
once the data is open and shown: a second line gives that moment. The parent reads the
time its child was started, these lines, and the child's peak memory over its life.

The watcher is put on the window itself, never on the whole application: a filter of
every event, written in Python, makes PySide6 build a Python object for each one, which
slowed a start by a tenth of a second that nobody outside the benchmark would wait for.
"""

from __future__ import annotations

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Put on a window: notices its first paint (and closes it if `close`), and its close."""

    def __init__(self, close: bool) -> None:
        super().__init__()
        self.close = close
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.seen and kind == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.seen = True
            QTimer.singleShot(0, lambda: self.painted(watched))  # once this paint pass is done
        elif kind == QEvent.Type.Close:
            print(f"closed {time.monotonic():.6f}", flush=True)
        return False

    def painted(self, window: QWidget) -> None:
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"painted {time.monotonic():.6f} {peak_mib:.3f}", flush=True)
        if self.close:
            window.close()


def bare() -> int:
    app = QApplication([])
    watcher = FirstPaint(close=True)
    window = QWidget()
    window.installEventFilter(watcher)
    window.resize(1100, 740)
    window.show()
    return app.exec()


def app(data_dir: str, key_hex: str = "") -> int:
    """The app; for protected data, `key_hex` is the data key, given in place of the
    unlock screen, so that the start is measured without the key derivation (measured
    on its own as the unlock)."""
    from PySide6.QtWidgets import QMainWindow

    from companion.ui import app as app_module
    from companion.ui.app import run_app
    from companion.ui.main_window import MainWindow

    if key_hex:
        app_module._unlock = lambda *_args: (bytes.fromhex(key_hex), True)

    watcher = FirstPaint(close=False)

    def show_watched(window: QMainWindow) -> None:
        window.installEventFilter(watcher)
        QMainWindow.show(window)

    MainWindow.show = show_watched  # type: ignore[method-assign, assignment]
    return run_app(data_dir, quit_after_ms=0)  # closed as soon as it shows the data


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else app(*sys.argv[2:4]))
