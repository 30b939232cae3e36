"""The withdrawal timeline's painted words: for every kind of opioid, many moments, widths
from narrow to wide, normal and largest text, English and Spanish, no word is cut off,
runs into another or is crossed by the "now" line, and the picture is as tall as its words.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from companion.core import timeline
from companion.core.timeline import DAY, KINDS
from companion.ui import i18n
from companion.ui.pages.learn_timeline import TimelineView
from companion.ui.widgets.timeline_chart import ChartLayout, Tick, layout_bars, least_width

HOURS = (-30.0, 0, 0.5, 3, 8, 20, 36, 60)
MOMENTS = (*HOURS, *(days * DAY for days in (4, 7, 20, 60, 90, 99)))
WIDTHS = (260, 340, 480, 640, 900)  # and the least width the chart asks for
TEXT_SIZES = {"normal": 1.0, "largest": 2.0}


def chart_problems(layout: ChartLayout, width: float) -> list[str]:
    """Words cut off, running into each other, crossed by the now line or half on a bar."""
    problems = []
    words = layout.words()
    for word in words:
        box = word.rect
        if box.left() < 0 or box.right() > width or box.top() < 0 or box.bottom() > layout.height:
            problems.append(f"{word.text!r} is cut off at {box.getRect()}")
        if layout.now_x is not None and box.left() <= layout.now_x <= box.right():
            for top, bottom in layout.now_line:
                if top < box.bottom() and bottom > box.top():
                    problems.append(f"the now line crosses {word.text!r}")
    for first, second in itertools.combinations(words, 2):
        if first.rect.intersects(second.rect):
            problems.append(f"{first.text!r} runs into {second.text!r}")
    for word in layout.names:  # a name is on its own bar's colour, or clear of every bar
        for _key, bar in layout.bars:
            if word.rect.intersects(bar) and not (word.on_bar and bar.contains(word.rect)):
                problems.append(f"{word.text!r} is half on a bar")
    return problems


def _words_in(language: str, context) -> tuple[dict[str, str], tuple[Tick, ...], list[str]]:
    """The bar names, the time line's marks and the "now" words, as the page shows them."""
    i18n.use_language(language)
    view = TimelineView(context)
    moments = [view.now_text(hours) for hours in MOMENTS]
    return dict(view.names), view.chart.ticks(), moments


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", list(TEXT_SIZES))
def test_every_word_has_room(language, size, context, qtbot, spanish_translations):
    names, ticks, now_words = _words_in(language, context)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * TEXT_SIZES[size])
    metrics = QFontMetricsF(font)
    texts = [*names.values(), *now_words, *(tick.text for tick in ticks)]
    least = least_width(texts, metrics.horizontalAdvance)
    widths = [least, *(width for width in WIDTHS if width > least)]
    problems = []
    for kind, (moment, now), width in itertools.product(
        KINDS, zip(MOMENTS, now_words, strict=True), widths
    ):
        reading = timeline.reading_at(kind, context.now() - timedelta(hours=moment), context.now())
        layout = layout_bars(
            reading.windows, names, reading.hours, now, ticks, width,
            metrics.horizontalAdvance, metrics.height(),
        )  # fmt: skip
        found = chart_problems(layout, width)
        problems += [f"{kind} at {moment} h, {width} px: {p}" for p in found]
    assert problems == [], "\n".join(problems[:20])


def test_a_name_too_long_for_its_bar_goes_beside_it():
    window = timeline.Window("onset", 6, 12)
    layout = layout_bars(
        [window], {"onset": "Starts"}, 3, "Now: 3 h", (), 600, lambda t: 10.0 * len(t), 20
    )
    (bar,) = [rect for _key, rect in layout.bars]
    (name,) = layout.names
    assert not name.on_bar and name.rect.left() >= bar.right()


def test_axis_words_that_would_collide_are_left_out():
    ticks = (Tick(0, "Last use", 0), Tick(DAY, "1 day", 2), Tick(2 * DAY, "2 days", 1))
    layout = layout_bars([], {}, -1, "", ticks, 300, lambda t: 10.0 * len(t), 20)
    shown = [word.text for word in layout.tick_words]
    assert shown[0] == "Last use" and len(shown) < 3
    assert chart_problems(layout, 300) == []


def test_the_chart_is_as_tall_as_its_words(context, qtbot):
    view = TimelineView(context)
    qtbot.addWidget(view)
    view.resize(360, 900)
    view.show()
    qtbot.waitExposed(view)
    chart = view.chart
    layout = chart.layout_for(chart.width())
    assert layout is not None
    assert chart.height() >= layout.height
    assert chart_problems(layout, chart.width()) == []
