"""The one date field and the one time field: typed dates are understood in the locale's
way or refused at the field, never changed; the calendar and the list of quarter hours
work from the keyboard; the fields fit their text at any size."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from companion.core.dates import MAX_TYPED
from companion.ui import i18n, theme
from companion.ui.pages.journal import SummaryDialog
from companion.ui.widgets.date_fields import DateField, DateTimeField, FieldProblem
from companion.ui.widgets.time_field import TimeField

TODAY = date(2026, 11, 20)


@pytest.fixture
def holder(qtbot):
    """A small window to put fields in, with something else to move the focus to."""
    window = QWidget()
    window.setLayout(QVBoxLayout())
    qtbot.addWidget(window)
    return window


def _put(holder, field):
    holder.layout().addWidget(field)
    holder.show()
    field.show()  # at once: a widget added to a shown window is otherwise shown later
    return field


def _type(field: DateField, text: str) -> None:
    """Type into the field as a person would, then leave it."""
    field.line.clear()
    field.line.setText(text)
    field.line.editingFinished.emit()


def _problem(field) -> str:
    try:
        field.value()
    except FieldProblem as problem:
        return problem.cause
    return ""


# --- what the issue saw ---------------------------------------------------------------------


def test_fourteen_dec_is_fourteen_dec_and_thirty_one_nov_is_refused(holder):
    field = _put(holder, DateField("Due by", TODAY, required=False))
    field.line.setFocus()
    QTest.keyClicks(field.line, "14 Dec 2026")
    field.line.editingFinished.emit()
    assert field.value() == date(2026, 12, 14)
    assert field.line.text() == "14 Dec 2026"

    field.line.clear()
    QTest.keyClicks(field.line, "31 Nov 2026")
    field.line.editingFinished.emit()
    assert field.line.text() == "31 Nov 2026"  # kept as typed, not made "3" or 30 Nov
    assert field.problem.isVisibleTo(holder)
    assert field.problem.text().startswith("Due by:")
    assert "31 Nov 2026" in field.problem.text()
    assert _problem(field) == "bad-date"
    assert field.line.accessibleDescription() == field.problem.text()

    _type(field, "14 Decembr 2026")
    assert _problem(field) == "unknown-month"
    assert field.line.text() == "14 Decembr 2026"  # an unknown month never goes back
    _type(field, "14 dec 2026")
    assert not field.problem.isVisibleTo(holder)
    assert field.value() == date(2026, 12, 14)


def test_spanish_dates_are_understood_in_spanish(holder, spanish_translations):
    i18n.use_language("es")
    field = _put(holder, DateField("Fecha", TODAY))
    _type(field, "14 dic 2026")
    assert field.value() == date(2026, 12, 14)
    assert field.line.text() == "14 dic 2026"
    _type(field, "14/12/2026")
    assert field.value() == date(2026, 12, 14)  # day first, as Spanish writes it
    _type(field, "31 de noviembre de 2026")
    assert _problem(field) == "bad-date"
    assert "no existe" in field.problem.text()


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "en_CA", "es_ES", "es_MX", "es_US"])
def test_every_day_the_field_shows_reads_back_in_each_locale(holder, locale):
    i18n.use_language(locale[:2])
    QLocale.setDefault(QLocale(locale))
    field = _put(holder, DateField("Day", TODAY))
    day = date(2026, 1, 1)
    while day.year == 2026:
        field.set_value(day)
        assert field.value() == day, field.line.text()
        short = QLocale().toString(day, QLocale.FormatType.ShortFormat)
        _type(field, short)  # the locale's own numeric form
        assert field.value() == day, short
        day += timedelta(days=1)


def test_typing_too_much_stops_at_the_limit(holder):
    field = _put(holder, DateField("Due by", TODAY))
    field.line.setFocus()
    QTest.keyClicks(field.line, "1" * (MAX_TYPED + 30))
    assert len(field.line.text()) == MAX_TYPED
    field.line.editingFinished.emit()
    assert _problem(field) == "unreadable"


def test_nonsense_is_refused_and_an_optional_field_may_be_empty(holder):
    optional = _put(holder, DateField("Until", TODAY, required=False))
    required = _put(holder, DateField("Starts", TODAY))
    for text in ("tomorrowish", "@@@", "1/2/3/4", "2026"):
        _type(required, text)
        assert _problem(required) in {"unknown-month", "unreadable"}, text
    assert optional.value() is None
    _type(required, "")
    assert _problem(required) == "required"
    assert required.check() is False and required.problem.isVisibleTo(holder)


def test_a_day_past_the_last_allowed_is_refused(holder):
    dialog = SummaryDialog(TODAY - timedelta(days=29), TODAY)
    dialog.show()
    holder.layout().addWidget(QWidget())
    _type(dialog.last, "21 Nov 2026")
    dialog.accept()
    assert dialog.result() == 0
    assert "20 Nov 2026" in dialog.last.problem.text()
    _type(dialog.last, "1 Nov 2026")
    _type(dialog.first, "2 Nov 2026")
    dialog.accept()
    assert dialog.result() == 0 and "From" in dialog.error.text()
    _type(dialog.first, "1 Oct 2026")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.days() == (date(2026, 10, 1), date(2026, 11, 1))
    dialog.close()


# --- the calendar ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_F4, "alt+down"])
def test_the_calendar_opens_from_the_keyboard_and_enter_picks_a_day(holder, key):
    field = _put(holder, DateField("Due by", TODAY, date(2026, 11, 30)))
    field.line.setFocus()
    if key == "alt+down":
        QTest.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    else:
        QTest.keyClick(field.line, key)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().day() == 30  # opens at the field's day
    view = popup.calendar.findChild(QWidget, "qt_calendar_calendarview")
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.value() == date(2026, 12, 1)
    assert field.line.text() == "1 Dec 2026"


def test_the_calendar_button_is_named_and_escape_closes_without_change(holder):
    field = _put(holder, DateField("Due by", TODAY, TODAY))
    assert field.button.accessibleName() == "Choose Due by from a calendar"
    field.button.click()
    QTest.keyClick(field.popup, Qt.Key.Key_Escape)
    assert not field.popup.isVisible()
    assert field.value() == TODAY


# --- the time field -------------------------------------------------------------------------


def test_the_list_has_every_quarter_hour_and_any_minute_can_be_typed(holder):
    field = _put(holder, TimeField("Starts"))
    assert field.count() == 96
    assert [field.itemText(n) for n in (0, 1, 37, 95)] == ["00:00", "00:15", "09:15", "23:45"]
    assert field.currentText() == ""
    field.setFocus()
    QTest.keyClicks(field.edit, "9:07")
    field.edit.editingFinished.emit()
    assert field.value() == time(9, 7)
    assert field.currentText() == "09:07"
    field.edit.clear()
    QTest.keyClicks(field.edit, "1")  # no guessing: 1 o'clock, not "10:00"
    field.edit.editingFinished.emit()
    assert field.value() == time(1, 0)
    field.setCurrentIndex(field.findText("14:45"))
    field.activated.emit(field.currentIndex())
    assert field.value() == time(14, 45)
    field.setEditText("25:00")
    field.edit.editingFinished.emit()
    assert _problem(field) == "unreadable"


def test_the_wheel_does_not_change_a_time_that_was_not_clicked_into(holder):
    field = _put(holder, TimeField("Starts", time(9, 0)))
    other = _put(holder, DateField("Day", TODAY))
    other.line.setFocus()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(field.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field, wheel)
    assert field.value() == time(9, 0)


def test_a_date_and_time_needs_both_parts_or_neither(holder):
    optional = _put(holder, DateTimeField("Call back", TODAY, required=False))
    required = _put(holder, DateTimeField("Starts", TODAY))
    assert optional.value() is None
    assert _problem(required) == "required"
    assert required.date.line.placeholderText() == "For example 20 Nov 2026"
    optional.time.setEditText("10:00")
    assert optional.check() is False
    assert optional.date.problem.isVisibleTo(holder)  # the missing day is marked
    _type(optional.date, "21 Nov 2026")
    assert optional.check() is True
    assert optional.value() == datetime(2026, 11, 21, 10, 0)
    assert optional.date.line.accessibleName() == "Call back: date"
    assert optional.time.accessibleName() == "Call back: time"


# --- size -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["normal", "largest"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_fields_fit_their_text_at_any_size(holder, qapp, size, language, spanish_translations):
    i18n.use_language(language)
    theme.apply_text_size(qapp, size)
    try:
        field = _put(holder, DateTimeField("Starts", TODAY, datetime(2026, 9, 30, 23, 45)))
        holder.adjustSize()
        QApplication.processEvents()
        metrics = field.date.line.fontMetrics()
        for text in (field.date.line.text(), field.date.line.placeholderText()):
            assert metrics.horizontalAdvance(text) < field.date.line.width() - 8, text
        time_metrics = field.time.fontMetrics()
        assert time_metrics.horizontalAdvance("23:45") < field.time.lineEdit().width()
        side = field.date.button.iconSize().height()
        assert side >= metrics.height() - 1  # the calendar grows with the text
    finally:
        theme.apply_text_size(qapp, "normal")


@pytest.mark.parametrize("kind", ["date", "time"])
def test_both_fields_tell_their_owner_only_of_a_real_change(holder, qtbot, kind):
    """Editing ends the same way in both: a value read is shown back the app's way and
    told once; the same value again is not told; emptying an optional field tells None."""
    if kind == "date":
        field = _put(holder, DateField("Day", TODAY, required=False))
        line, typed, shown, value = field.line, "2026-11-21", "21 Nov 2026", date(2026, 11, 21)
    else:
        field = _put(holder, TimeField("Starts", required=False))
        line, typed, shown, value = field.edit, "9.05", "09:05", time(9, 5)
    told = []
    field.valueChanged.connect(lambda: told.append(field.value()))
    line.setText(typed)
    line.editingFinished.emit()
    assert line.text() == shown
    line.editingFinished.emit()
    assert told == [value]
    line.clear()
    line.editingFinished.emit()
    assert told == [value, None]
