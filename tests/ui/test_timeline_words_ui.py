"""The timeline page's own words: "day N" counts whole days, buprenorphine is a kind to
pick, and in Spanish every word the chart draws or announces is Spanish."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from companion.core import timeline
from companion.core.timeline import BUPRENORPHINE, KINDS
from companion.ui import i18n
from companion.ui.pages.learn_timeline import TimelineView


@pytest.mark.parametrize(
    ("hours", "words"),
    [(-5, "Planned in 5 h"), (0, "Now: 0 h"), (47, "Now: 47 h"), (48, "Now: day 3"),
     (60, "Now: day 3"), (71.5, "Now: day 3"), (72, "Now: day 4")],
)  # fmt: skip
def test_now_words_count_whole_days(context, qtbot, hours, words):
    view = TimelineView(context)
    qtbot.addWidget(view)
    assert view.now_text(hours) == words


def test_every_kind_can_be_picked_and_a_saved_buprenorphine_plan_comes_back(context, qtbot):
    view = TimelineView(context)
    qtbot.addWidget(view)
    assert [view.kind.itemData(i) for i in range(view.kind.count())] == list(KINDS)
    view.kind.setCurrentIndex(view.kind.findData(BUPRENORPHINE))
    plan = timeline.get_plan(context.db)
    assert plan is not None and plan.kind == BUPRENORPHINE
    again = TimelineView(context)
    qtbot.addWidget(again)
    assert again.kind.currentData() == BUPRENORPHINE
    assert set(again.chart.names) >= {w.key for w in timeline.windows(BUPRENORPHINE)}


def _words(context, qtbot) -> list[str]:
    """Every word the timeline draws or announces: kinds, bar names, the time line's
    marks, the "now" words, and the chart's accessible name and description."""
    view = TimelineView(context)
    qtbot.addWidget(view)
    words = [view.kind.itemText(i) for i in range(view.kind.count())]
    words += [view.names[key] for key in sorted(view.names)]
    words += [tick.text for tick in view.chart.ticks()]
    words += [view.now_text(hours) for hours in (-30, 0, 30, 60, 24 * 20)]
    for kind in KINDS:
        reading = timeline.reading_at(kind, context.now() - timedelta(hours=60), context.now())
        view.chart.show_reading(reading, view.names, view.now_text(reading.hours))
        words += [view.chart.accessibleName(), view.chart.accessibleDescription()]
    return words


def test_no_english_in_the_spanish_timeline(context, qtbot, spanish_translations):
    english = _words(context, qtbot)
    i18n.use_language("es")
    spanish = _words(context, qtbot)
    same = [e for e, s in zip(english, spanish, strict=True) if e == s]
    assert same == []
    english_word = re.compile(r"\b(d|wk|days?|weeks?|months?|hours?|now|last|planned|to)\b", re.I)
    left = [text for text in spanish if english_word.search(text)]
    assert left == []
