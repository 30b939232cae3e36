"""The Qt binding must not lose references when Qt reads None from Python code.

PySide6 6.12.0 does: every time C++ reads None from a Python model's data(), the
reference count of None drops by one, and after some minutes of use Python aborts.
pyproject.toml excludes that release; this test catches any release like it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal


class _NoneModel(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


class _Emitter(QObject):
    value = Signal(object)


def test_reading_none_from_a_python_model_keeps_references(qapp):
    model = _NoneModel()
    index = model.index(0)
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) - before >= -5


def test_emitting_none_keeps_references(qapp):
    emitter = _Emitter()
    emitter.value.connect(lambda _value: None)
    before = sys.getrefcount(None)
    for _ in range(500):
        emitter.value.emit(None)
    assert sys.getrefcount(None) - before >= -5
