"""The row of large choice buttons: its answer, its keys, its one Tab stop, its names, and
its folding at narrow widths."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from companion.ui.widgets.choice_row import ChoiceRow

MOOD = [
    (1, "1 Very low", "Very low"),
    (2, "2 Low"),
    (3, "3 Okay"),
    (4, "4 Good"),
    (5, "5 Very good"),
]


def _form(qtbot, row: ChoiceRow) -> tuple[QWidget, QLineEdit, QLineEdit]:
    window = QWidget()
    layout = QVBoxLayout(window)
    before, after = QLineEdit(), QLineEdit()
    before.setAccessibleName("Before")
    after.setAccessibleName("After")
    layout.addWidget(before)
    layout.addWidget(row)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, before, after


def test_starts_empty_and_takes_a_value(qtbot):
    row = ChoiceRow("Mood", MOOD)
    qtbot.addWidget(row)
    seen: list[object] = []
    row.valueChanged.connect(seen.append)
    assert row.value() is None
    row.setValue(3)
    assert row.value() == 3 and row.button_for(3).isChecked()
    row.setValue(None)
    assert row.value() is None
    assert not any(button.isChecked() for button in row.buttons)
    assert seen == [3, None]


def test_clicking_the_chosen_one_again_clears_it(qtbot):
    row = ChoiceRow("Mood", MOOD)
    qtbot.addWidget(row)
    row.show()
    qtbot.mouseClick(row.button_for(2), Qt.MouseButton.LeftButton)
    assert row.value() == 2
    qtbot.mouseClick(row.button_for(4), Qt.MouseButton.LeftButton)
    assert row.value() == 4 and not row.button_for(2).isChecked()
    qtbot.mouseClick(row.button_for(4), Qt.MouseButton.LeftButton)
    assert row.value() is None and not row.button_for(4).isChecked()


def test_keys_move_choose_and_type_numbers(qtbot):
    row = ChoiceRow("Mood", MOOD, digits=True)
    _keep = _form(qtbot, row)  # the window lives as long as the test
    first = row.buttons[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(first, Qt.Key.Key_Right)
    assert row.buttons[1].hasFocus() and row.value() is None  # moving does not choose
    QTest.keyClick(row.buttons[1], Qt.Key.Key_Space)
    assert row.value() == 2
    QTest.keyClick(row.buttons[1], Qt.Key.Key_Right)
    QTest.keyClick(row.buttons[2], Qt.Key.Key_Return)
    assert row.value() == 3
    QTest.keyClick(row.buttons[2], Qt.Key.Key_5)
    assert row.value() == 5 and row.buttons[4].hasFocus()
    QTest.keyClick(row.buttons[4], Qt.Key.Key_Right)  # the end stays the end
    assert row.buttons[4].hasFocus()
    QTest.keyClick(row.buttons[4], Qt.Key.Key_9)  # no such choice: nothing happens
    assert row.value() == 5
    QTest.keyClick(row.buttons[4], Qt.Key.Key_Left)
    assert row.buttons[3].hasFocus() and row.value() == 5


def test_digits_only_when_asked(qtbot):
    row = ChoiceRow("Mood", MOOD)
    _keep = _form(qtbot, row)  # the window lives as long as the test
    row.buttons[0].setFocus()
    QTest.keyClick(row.buttons[0], Qt.Key.Key_3)
    assert row.value() is None


def test_zero_to_ten_by_digit(qtbot):
    row = ChoiceRow("Craving", [(n, str(n)) for n in range(11)], digits=True)
    _keep = _form(qtbot, row)  # the window lives as long as the test
    row.buttons[0].setFocus()
    QTest.keyClick(row.buttons[0], Qt.Key.Key_0)
    assert row.value() == 0
    QTest.keyClick(row.buttons[0], Qt.Key.Key_End)
    QTest.keyClick(row.buttons[10], Qt.Key.Key_Space)
    assert row.value() == 10


def test_the_row_is_one_tab_stop(qtbot):
    row = ChoiceRow("Mood", MOOD)
    _window, before, after = _form(qtbot, row)
    before.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert row.buttons[0].hasFocus()  # nothing chosen: the first
    QTest.keyClick(row.buttons[0], Qt.Key.Key_Tab)
    assert after.hasFocus()
    row.setValue(4)
    QTest.keyClick(after, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert row.button_for(4).hasFocus()  # back in: on the chosen one
    QTest.keyClick(row.button_for(4), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert row.button_for(4).hasFocus()
    assert row.focusPolicy() == Qt.FocusPolicy.NoFocus  # the container is no stop


def test_names_for_a_screen_reader(qtbot):
    row = ChoiceRow("Mood", MOOD)
    qtbot.addWidget(row)
    assert row.accessibleName() == "Mood"
    assert row.buttons[2].accessibleName() == "Mood: 3 Okay"
    assert row.buttons[0].accessibleDescription() == "Very low"
    row.setName("Ánimo")
    assert row.buttons[4].accessibleName() == "Ánimo: 5 Very good"


def test_the_wheel_changes_nothing(qtbot):
    row = ChoiceRow("Mood", MOOD)
    _keep = _form(qtbot, row)  # the window lives as long as the test
    row.setValue(2)
    target = row.buttons[3]
    centre = target.rect().center()
    for delta in (120, -120):
        wheel = QWheelEvent(
            centre,
            target.mapToGlobal(centre),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, wheel)
    assert row.value() == 2


def test_folds_rather_than_widening_the_window(qtbot):
    row = ChoiceRow("Craving", [(n, f"{n} \u2014 a long label") for n in range(11)])
    qtbot.addWidget(row)
    row.show()
    one = row.buttons[0].sizeHint()
    assert row.minimumSizeHint().width() <= one.width() + 1
    narrow = one.width() * 3
    assert row.heightForWidth(narrow) > 2 * one.height()
    row.resize(narrow, row.heightForWidth(narrow))
    QApplication.processEvents()
    for button in row.buttons:
        assert button.geometry().right() <= narrow
        assert button.width() >= button.natural_size().width()
    assert len({b.width() for b in row.buttons}) == 1  # a calm row of equal boxes
