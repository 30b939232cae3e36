"""Text that wraps keeps all its lines: windows and labels as tall as their text needs.

Wrapped text and form rows that fold take more height as they get narrower. Qt keeps a
window at least as large as its layout's minimum, but that minimum is taken as if
nothing wrapped, so a narrow window cuts the last lines off.

- `follow_height_for_width(dialog)` raises a dialog's least height to what its content
  needs at its present width, whenever it is resized or its content changes;
- `keep_wrapped_lines(label)` does the same for one wrapped label on a page that does not
  scroll, so that the page (and with it the main window) asks for the height it needs;
  `keep_all_wrapped_lines(widget)` for every wrapped label in a part that never scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget


def fit_height(window: QWidget) -> None:
    """Make `window` at least as tall as its layout needs at its present width."""
    layout = window.layout()
    if layout is None:
        return
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    if needed != window.minimumHeight():
        window.setMinimumHeight(needed)


def fit_label(label: QLabel) -> None:
    """Make a wrapped label at least as tall as its lines at its present width."""
    needed = label.heightForWidth(label.width()) if label.text() else 0
    if needed != label.minimumHeight():
        label.setMinimumHeight(max(0, needed))


# A new text repaints a label; a new width resizes it; new content asks a window for a
# new layout: each is a moment to fit again (fitting again when nothing changed is cheap
# and changes nothing).
_LABEL_EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Paint)
_WINDOW_EVENTS = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)


class _Follower(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel):
            if event.type() in _LABEL_EVENTS:
                fit_label(watched)
        elif isinstance(watched, QWidget) and event.type() in _WINDOW_EVENTS:
            fit_height(watched)
        return False


def follow_height_for_width(window: QWidget) -> None:
    """Keep `window` as tall as its content needs at its width, from now on."""
    window.installEventFilter(_Follower(window))


def keep_wrapped_lines(label: QLabel) -> QLabel:
    """Keep a wrapped label as tall as its lines at its width, from now on."""
    label.installEventFilter(_Follower(label))
    return label


def keep_all_wrapped_lines(widget: QWidget) -> QWidget:
    """keep_wrapped_lines for every wrapped label in `widget` (a part that never scrolls)."""
    for label in widget.findChildren(QLabel):
        if label.wordWrap():
            keep_wrapped_lines(label)
    return widget
