"""The text-fit check itself: it finds each kind of cut-off text on purpose-built widgets,
and leaves alone what is whole (or only scrolled out of view)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.ui.text_fit import clipped_text

LONG = "Guardar paquete en PDF y también imprimirlo"


@pytest.fixture
def window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    return window


def _shown(window, qtbot) -> list[str]:
    window.show()
    qtbot.waitExposed(window)
    return clipped_text(window)


def test_whole_text_passes(window, qtbot):
    layout = QVBoxLayout(window)
    for widget in (QLabel("Hello"), QPushButton("&Save"), QCheckBox("Hide &done")):
        layout.addWidget(widget)
    wrapped = QLabel(LONG * 3)
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    assert _shown(window, qtbot) == []


def test_a_squeezed_button_is_found(window, qtbot):
    button = QPushButton(LONG, window)
    button.setGeometry(10, 10, 120, 30)
    assert any("QPushButton" in p for p in _shown(window, qtbot))


def test_a_squeezed_check_box_is_found(window, qtbot):
    box = QCheckBox(LONG, window)
    box.setGeometry(10, 10, 120, 30)
    assert any("QCheckBox" in p for p in _shown(window, qtbot))


def test_a_label_too_narrow_is_found(window, qtbot):
    label = QLabel("Hoy, lun 30 nov 2026", window)
    label.setGeometry(10, 10, 80, 20)
    assert any("px wide" in p for p in _shown(window, qtbot))


def test_a_mnemonic_drawn_wider_than_measured_is_found(window, qtbot):
    """ "&To", kerned, is measured narrower than it is drawn with its T underlined."""
    label = QLabel("&To", window)
    label.setBuddy(QLineEdit(window))
    font = QFont(label.font())
    font.setKerning(True)
    font.setPointSize(40)
    label.setFont(font)
    label.resize(label.sizeHint())
    assert any("'&To'" in p for p in _shown(window, qtbot))


def test_a_wrapped_label_too_short_is_found(window, qtbot):
    label = QLabel(LONG * 4, window)
    label.setWordWrap(True)
    label.setGeometry(10, 10, 150, 30)
    assert any("px high" in p for p in _shown(window, qtbot))


def test_a_word_longer_than_the_line_is_found(window, qtbot):
    label = QLabel("Desintoxicación", window)
    label.setWordWrap(True)
    label.setGeometry(10, 10, 40, 200)
    assert any("for a word" in p for p in _shown(window, qtbot))


def test_a_widget_its_parent_cuts_off_is_found(window, qtbot):
    holder = QWidget(window)
    holder.setGeometry(0, 0, 100, 40)
    label = QLabel("Short", holder)
    label.setGeometry(80, 0, label.sizeHint().width(), 30)
    assert any("by its parents" in p for p in _shown(window, qtbot))


def test_text_scrolled_out_of_view_is_not_cut_off(window, qtbot):
    area = QScrollArea(window)
    area.setGeometry(0, 0, 200, 100)
    inner = QWidget()
    column = QVBoxLayout(inner)
    for n in range(30):
        column.addWidget(QLabel(f"Line {n}"))
    area.setWidget(inner)
    area.setWidgetResizable(True)
    assert _shown(window, qtbot) == []


def test_tabs_that_need_scrolling_are_found(window, qtbot):
    tabs = QTabWidget(window)
    for n in range(8):
        tabs.addTab(QWidget(), f"Medicamentos {n}")
    tabs.setGeometry(0, 0, 300, 200)
    assert any("need scrolling" in p for p in _shown(window, qtbot))


def test_a_group_box_title_cut_short_is_found(window, qtbot):
    box = QGroupBox(LONG, window)
    box.setGeometry(0, 0, 90, 80)
    assert any("title" in p for p in _shown(window, qtbot))
