"""One rule for the mouse wheel, for the whole app: it scrolls the page.

A choice (combo box), a number or date field (spin box) or a slider changes on the wheel
only once the person has clicked or tabbed into it. Otherwise the wheel passes to the
scroll area around it, so scrolling down a form never changes an answer on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


_kinds: dict[type, bool] = {}  # each class looked at once: the filter sees every event


def _guarded(widget: QObject) -> bool:
    kind = type(widget)
    known = _kinds.get(kind)
    if known is None:
        known = _kinds[kind] = issubclass(kind, _GUARDED) and not issubclass(kind, QScrollBar)
    return known


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not _guarded(parent):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """An application event filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here: the cheap type check comes first, and
        # event.type() (a Python enum built per call) only for the few fields guarded.
        if not _guarded(watched):
            return False
        assert isinstance(watched, QWidget)
        kind = event.type()
        if kind == QEvent.Type.Polish:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                # Qt would give the field focus on the wheel itself, and then let it change.
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            if watched.hasFocus():
                return False
            area = _scroll_area_around(watched)
            if area is not None:
                bar = area.verticalScrollBar()
                if bar.maximum() == bar.minimum():
                    bar = area.horizontalScrollBar()
                QCoreApplication.sendEvent(bar, event)
            return True  # never the field's own: it has not been chosen
        return False


_guard: WheelGuard | None = None


def install(app: QCoreApplication | None) -> None:
    """Put the rule in place for every widget of `app` (once; calling again does nothing)."""
    global _guard
    if _guard is None and app is not None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
