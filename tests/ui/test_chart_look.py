"""The in-app charts speak the visual language (docs/design.md, Charts): the palette's
accent for the person's values, its text colour for words, quiet gridlines, the app's
font; no data is one centred sentence without axes; a chart that takes focus has a name
and a sentence saying what it shows, and one that does not, takes no focus."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from companion.core import journal
from companion.core.journal import JournalEntry
from companion.ui import theme
from companion.ui.widgets.timeline_chart import TimelineChart

TODAY = date(2026, 1, 1)


@pytest.fixture
def trends(window):
    window.show_section("journal")
    page = window.journal
    page.tabs.setCurrentIndex(1)
    return page.trends


def _craving_days(context, values):
    for offset, craving in enumerate(reversed(values)):
        day = TODAY - timedelta(days=offset)
        journal.save_entry(context.db, JournalEntry(day=day, craving=craving), TODAY)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_trends_take_the_palette_and_the_app_font(trends, context, qapp, appearance):
    _craving_days(context, [7, 6, 5, 3])
    theme.apply_appearance(qapp, appearance)
    trends.reload()
    palette = QApplication.palette()
    chart = trends.chart("craving")
    accent = palette.color(QPalette.ColorRole.Highlight)
    assert chart.series() and all(s.color() == accent for s in chart.series())
    assert chart.titleBrush().color() == palette.color(QPalette.ColorRole.WindowText)
    for axis in chart.axes():
        assert axis.labelsColor() == palette.color(QPalette.ColorRole.WindowText)
        assert axis.labelsFont().pointSizeF() == QApplication.font().pointSizeF()
        assert axis.labelsFont().family() == QApplication.font().family()
    y_axis = chart.axes(Qt.Orientation.Vertical)[0]
    assert y_axis.gridLinePen().color() == palette.color(QPalette.ColorRole.Mid)
    assert y_axis.gridLinePen().style() == Qt.PenStyle.DotLine, "quiet gridlines"
    assert not chart.axes(Qt.Orientation.Horizontal)[0].isGridLineVisible()


def test_each_chart_has_a_name_and_a_sentence_of_what_it_shows(trends, context):
    _craving_days(context, [7, 6, 5, 3])
    trends.range.setCurrentIndex(trends.range.findData(7))
    trends.reload()
    for key, (_chart, view) in trends.charts().items():
        assert view.accessibleName(), key
        assert view.accessibleDescription(), key
        # A stop of its own (named and described) or none; never an unnamed stop inside.
        assert view.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus, key
    craving = trends.charts()["craving"][1].accessibleDescription()
    assert craving.startswith("Craving over 7 days: from 7 to 3, average 5.2;"), craving
    assert "lowest 3 on" in craving and "highest 7 on" in craving
    assert trends.summary("mood") == "Mood: nothing in this time yet."


def test_no_data_is_one_centred_sentence_and_no_axes(trends, window, qtbot):
    trends.reload()
    assert trends.points() == []
    qtbot.waitUntil(trends.empty.isVisible)
    assert not trends.chart_area.isVisible(), "no empty axes"
    assert trends.empty.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert trends.empty.text().count(". ") <= 1
    # centred in the room the charts would fill, not floating at the top
    middle = trends.empty.mapTo(trends, trends.empty.rect().center()).y()
    assert abs(middle - trends.height() / 2) < trends.height() / 4


def test_the_timeline_takes_no_focus_and_says_when_it_has_nothing(qtbot):
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(400, 120)
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.render(image)
    muted = chart.palette().color(QPalette.ColorRole.PlaceholderText)
    drawn = {
        image.pixelColor(x, y).name()
        for x in range(0, chart.width(), 2)
        for y in range(0, chart.height(), 2)
    }
    assert drawn != {"#ffffff"}, "a sentence is painted"
    assert chart.nothing_yet()
    assert muted.isValid()
