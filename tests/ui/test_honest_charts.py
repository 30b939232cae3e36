"""Honest charts: fixed ranges with whole-number ticks, no dot cut off at the edge of a
chart, and in the care-team PDF chart words the size of the text, on screen and in print."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCharts import QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics

from companion.core import journal
from companion.core.journal import JournalEntry
from companion.ui import i18n
from companion.ui.app import window_state_for
from companion.ui.chart_scale import KEYS, MOST_GAPS, gaps_that_fit, scale_for, symptom_maximum
from companion.ui.report import write_summary_pdf

TODAY = date(2026, 1, 1)
SYMPTOMS = 19  # in resources/journal.toml


def test_the_symptom_maximum_is_every_symptom_at_its_top_rating():
    assert len(journal.load_symptoms()) == SYMPTOMS
    assert symptom_maximum() == SYMPTOMS * journal.SYMPTOM_RANGE[1] == 76


@pytest.mark.parametrize(
    ("key", "low", "high", "ticks"),
    [
        ("mood", 1, 5, [1, 2, 3, 4, 5]),
        ("craving", 0, 10, [0, 2, 4, 6, 8, 10]),
        ("sleep_hours", 0, 12, [0, 2, 4, 6, 8, 10, 12]),
        ("symptom_total", 0, 76, [0, 20, 40, 60]),
    ],
)
def test_each_chart_has_a_fixed_range_and_whole_number_ticks(key, low, high, ticks):
    for values in ([], [None], [low], [high], [(low + high) / 2, None, low]):
        scale = scale_for(key, values)
        assert (scale.low, scale.high, scale.ticks) == (low, high, ticks)


def test_a_long_night_stretches_the_sleep_axis_to_a_whole_tick():
    assert scale_for("sleep_hours", [5.5, 12.0]).high == 12
    longer = scale_for("sleep_hours", [5.5, 13.5])
    assert (longer.high, longer.ticks) == (14, [0, 2, 4, 6, 8, 10, 12, 14])
    longest = scale_for("sleep_hours", [24.0])
    assert (longest.high, longest.ticks) == (24, [0, 4, 8, 12, 16, 20, 24])


def test_a_short_chart_has_fewer_ticks_still_on_whole_numbers():
    assert scale_for("mood", most_gaps=2).ticks == [1, 3, 5]
    assert scale_for("craving", most_gaps=2).ticks == [0, 5, 10]
    assert scale_for("sleep_hours", most_gaps=3).ticks == [0, 4, 8, 12]
    assert scale_for("mood", most_gaps=1).ticks == [1, 5]
    assert scale_for("symptom_total", most_gaps=1).ticks == [0, 76]


@given(
    key=st.sampled_from(KEYS),
    gaps=st.integers(min_value=-3, max_value=40),
    values=st.lists(st.one_of(st.none(), st.floats(min_value=0, max_value=24)), max_size=5),
)
def test_ticks_are_whole_inside_the_range_and_never_crowded(key, gaps, values):
    scale = scale_for(key, values, gaps)
    ticks = scale.ticks
    assert all(isinstance(t, int) for t in ticks)
    assert ticks[0] == scale.low and scale.low <= ticks[-1] <= scale.high
    assert len(ticks) - 1 <= max(1, min(gaps, MOST_GAPS))
    if key == "sleep_hours":  # the one axis that grows, to hold the longest night
        assert max((v for v in values if v is not None), default=0) <= scale.high


def test_the_padded_range_leaves_room_for_a_whole_dot():
    scale = scale_for("mood")
    low, high = scale.padded(200, margin=6)
    pixels_per_unit = (200 - 0) / (high - low)
    assert (high - scale.high) * pixels_per_unit == pytest.approx(6)
    assert (scale.low - low) * pixels_per_unit == pytest.approx(6)


@pytest.mark.parametrize("pixels", [20, 40, 60, 100, 200, 800])
@pytest.mark.parametrize("key", KEYS)
def test_the_room_for_dots_never_reaches_a_tick_beyond_the_range(key, pixels):
    for gaps in range(1, MOST_GAPS + 1):
        scale = scale_for(key, most_gaps=gaps)
        low, high = scale.padded(pixels)
        assert scale.low - scale.step < low <= scale.low
        next_tick = scale.ticks[-1] + scale.step
        assert scale.high <= high < next_tick  # no "80" on an axis that ends at 76


def test_gaps_that_fit_follow_the_height_and_text_size():
    assert gaps_that_fit(1000, 14) == MOST_GAPS
    assert gaps_that_fit(100, 28) == 3
    assert gaps_that_fit(10, 28) == 1


# --- on screen -------------------------------------------------------------------------------


@pytest.fixture
def trends(window, context):
    """The Trends tab, with the highest value of every chart today and the lowest yesterday."""
    top = {s.key: 4 for s in journal.load_symptoms()}
    bottom = {s.key: 0 for s in journal.load_symptoms()}
    for day, mood, craving, sleep, symptoms in (
        (TODAY - timedelta(days=1), 1, 0, 0.0, bottom),
        (TODAY, 5, 10, 12.0, top),
    ):
        entry = JournalEntry(
            day=day, mood=mood, craving=craving, sleep_hours=sleep, symptoms=symptoms
        )
        journal.save_entry(context.db, entry, TODAY)
    window.show_section("journal")
    page = window.journal
    page.tabs.setCurrentWidget(page.trends)
    return page.trends


def _settle(qtbot) -> None:
    qtbot.wait(30)


def _y_axis(chart) -> QValueAxis:
    axis = chart.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(axis, QValueAxis)
    return axis


def _drawn_ticks(axis: QValueAxis) -> list[float]:
    """The values Qt Charts puts a tick and label at: the anchor plus whole intervals."""
    first = axis.tickAnchor()
    step = axis.tickInterval()
    n = -int((first - axis.min()) // step)
    ticks = []
    value = first + n * step
    while value <= axis.max() + 1e-9:
        if value >= axis.min() - 1e-9:
            ticks.append(value)
        value += step
    return ticks


def test_screen_axes_have_fixed_ranges_and_whole_number_ticks(trends, qtbot):
    _settle(qtbot)
    expected = {"mood": (1, 5), "craving": (0, 10), "sleep_hours": (0, 12)}
    expected["symptom_total"] = (0, 76)
    for key, (chart, _view) in trends.charts().items():
        axis = _y_axis(chart)
        low, high = expected[key]
        assert axis.tickType() == QValueAxis.TickType.TicksDynamic
        assert axis.labelFormat() == "%d"
        room = 0.1 * (high - low)  # a margin for the dots, no more
        assert low - room < axis.min() < low and high < axis.max() < high + room, key
        assert axis.tickAnchor() == low and axis.tickInterval() == int(axis.tickInterval())
        ticks = _drawn_ticks(axis)
        assert all(t == int(t) for t in ticks), key
        assert ticks[0] == low and ticks[-1] <= high and len(ticks) >= 2, key


def test_a_dot_at_the_top_or_bottom_is_drawn_whole(trends, qtbot):
    _settle(qtbot)
    for key, (chart, _view) in trends.charts().items():
        area = chart.plotArea()
        assert area.height() > 20
        dots = [s for s in chart.series() if isinstance(s, QScatterSeries)]
        assert dots, key
        for series in dots:
            radius = series.markerSize() / 2
            for point in series.points():
                at = chart.mapToPosition(QPointF(point.x(), point.y()), series)
                assert area.top() + radius <= at.y() <= area.bottom() - radius, (key, point)
                assert area.left() + radius <= at.x() <= area.right() - radius, (key, point)


@pytest.mark.parametrize("size", ["normal", "largest"])
@pytest.mark.parametrize("window_size", [(900, 600), (1280, 800)])
def test_screen_tick_labels_never_overlap(trends, context, qtbot, window, size, window_size):
    context.set_setting("text_size", size)
    window.resize(*window_size)
    _settle(qtbot)
    trends.reload()
    _settle(qtbot)
    for key, (chart, _view) in trends.charts().items():
        axis = _y_axis(chart)
        spacing = chart.plotArea().height() * axis.tickInterval() / (axis.max() - axis.min())
        assert spacing >= QFontMetrics(axis.labelsFont()).height(), key
        low, high = scale_for(key, trends.plotted(key)).low, scale_for(key).high
        ticks = _drawn_ticks(axis)
        assert ticks[0] == low and ticks[-1] <= high and len(ticks) >= 2, (key, ticks)


def test_the_symptom_chart_names_its_maximum(spanish_translations, trends, window, qtbot):
    assert trends.chart("symptom_total").title() == "Symptom total (0\u201376)"
    i18n.use_language("es")
    from companion.ui.pages.journal_trends import TrendsView

    spanish = TrendsView()
    qtbot.addWidget(spanish)
    assert spanish.chart("symptom_total").title() == "Total de s\u00edntomas (0\u201376)"


# --- in the care-team PDF --------------------------------------------------------------------


def _texts_with_sizes(path) -> list[tuple[str, float]]:
    """Every piece of text in the PDF with its size in points, as printed."""
    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            found.append((" ".join(text.split()), round(size * abs(tm[3]) * abs(cm[3]), 2)))

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_pdf_chart_words_are_the_size_of_the_body_text(context, tmp_path):
    for offset in range(10):
        entry = JournalEntry(
            day=TODAY - timedelta(days=offset), mood=5 - offset % 5, craving=offset, sleep_hours=7
        )
        journal.save_entry(context.db, entry, TODAY)
    target = tmp_path / "summary.pdf"
    write_summary_pdf(context.db, TODAY - timedelta(days=9), TODAY, target, today=TODAY)
    texts = _texts_with_sizes(target)
    body = next(size for text, size in texts if text.startswith("Mood (1-5)"))
    assert body >= 10
    words = [text for text, _size in texts]
    for title, ticks, average in (
        ("Mood (1-5)", ["1", "2", "3", "4", "5"], "Average 3"),
        ("Craving (0-10)", ["0", "2", "4", "6", "8", "10"], "Average 4.5"),
        ("Sleep (hours)", ["0", "2", "4", "6", "8", "10", "12"], "Average 7"),
    ):
        at = words.index(title, words.index("Over these days"))
        assert words[at + 1] == average, title  # the dashed line's legend
        assert words[at + 2 : at + 2 + len(ticks)] == ticks, title
        assert words[at + 2 + len(ticks) : at + 4 + len(ticks)] == ["23 Dec 2025", "1 Jan 2026"]
        for text, size in texts[at : at + 4 + len(ticks)]:  # title, legend, ticks and dates
            assert size == body, (title, text)
    # No symptom check-in: the chart says so in a sentence instead of empty axes.
    at = words.index("Symptom total (0-76)", words.index("Over these days"))
    assert words[at + 1] == "Nothing recorded in these days."


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", ["normal", "largest"])
@pytest.mark.parametrize("window_size", [(900, 600), (1280, 800)])
def test_every_chart_title_fits_whole(
    spanish_translations, context, data_dir, qtbot, language, size, window_size
):
    from PySide6.QtGui import QFont

    from companion.ui.main_window import MainWindow

    i18n.use_language(language)
    context.set_setting("text_size", size)
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=3), TODAY)
    window = MainWindow(context, window_state_for(data_dir))
    qtbot.addWidget(window)
    window.resize(*window_size)
    window.show()
    window.show_section("journal")
    window.journal.tabs.setCurrentWidget(window.journal.trends)
    _settle(qtbot)
    for key, (chart, view) in window.journal.trends.charts().items():
        bold = QFont(chart.titleFont())
        needed = QFontMetrics(bold).horizontalAdvance(chart.title())
        assert needed <= view.width(), (key, chart.title(), needed, view.width())
