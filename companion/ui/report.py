"""The care-team summary: the journal's facts for a range of days, put into the person's
language and made into a tagged PDF by the one PDF engine (companion/core/pdf.py).

The facts come from companion.core.summary; every word and date is put in the person's
language here (QCoreApplication.translate, QLocale), and the template
(resources/pdf/summary.typ) only lays them out and draws the charts, each with a sentence
that says what it shows. Only QtCore is needed: the command line makes the summary
without a window or a screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from sqlite_utils import Database

from companion.core import content, pdf, settings, summary
from companion.core.clock import SystemClock
from companion.core.discreet import neutral_data
from companion.core.summary import Facts, Series
from companion.ui.chart_scale import scale_for, symptom_maximum
from companion.ui.craving_words import CravingWords
from companion.ui.names import format_date

SYMPTOM_DAYS_PER_TABLE = 11
"""The symptoms-by-day table shows this many days side by side, then starts again below."""


class SummaryCounts(QObject):
    """The summary's counted words (a class, so that lupdate sees their plural forms)."""

    def checked_in(self, days: int) -> str:
        return self.tr("%n day(s) with a check-in", "", days)

    def days_before(self, days: int) -> str:
        return self.tr("The %n day(s) before", "", days)

    def points_of(self, days: int) -> str:
        return self.tr("Each point is the average of %n day(s).", "", days)


def number(value: float | None, decimals: int = 1) -> str:
    """A value in the person's locale ("3.5", "3,5"); whole numbers without decimals."""
    if value is None:
        return "\u2014"
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def day_and_month(day: date) -> str:
    """A short day for a table's header: "3 Mar", "3 mar"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def measure_name(key: str) -> str:
    """A measure as a table's row or a chart's title, with its range."""
    names = {
        "mood": QCoreApplication.translate("Report", "Mood (1-5)"),
        "craving": QCoreApplication.translate("Report", "Craving (0-10)"),
        "sleep_hours": QCoreApplication.translate("Report", "Sleep (hours)"),
        "sleep_quality": QCoreApplication.translate("Report", "Sleep quality (1-5)"),
        "energy": QCoreApplication.translate("Report", "Energy (1-5)"),
        "symptom_total": QCoreApplication.translate("Report", "Symptom total (0-%1)").replace(
            "%1", str(symptom_maximum())
        ),
    }
    return names[key]


def plain_name(key: str) -> str:
    """A measure as said in a sentence, for a chart's alternative text."""
    names = {
        "mood": QCoreApplication.translate("Report", "Mood"),
        "craving": QCoreApplication.translate("Report", "Craving"),
        "sleep_hours": QCoreApplication.translate("Report", "Hours of sleep"),
        "symptom_total": QCoreApplication.translate("Report", "Symptom total"),
    }
    return names[key]


def change(now: float | None, before: float | None) -> str:
    """How the period's average compares with the one before, in words."""
    if now is None or before is None:
        return "\u2014"
    difference = round(now, 1) - round(before, 1)
    if abs(difference) < 0.05:
        return QCoreApplication.translate("Report", "No change")
    if difference > 0:
        return QCoreApplication.translate("Report", "%1 higher").replace("%1", number(difference))
    return QCoreApplication.translate("Report", "%1 lower").replace("%1", number(-difference))


def chart_alt(series: Series) -> str:
    """What a chart shows, in one sentence a screen reader reads out."""
    head = (
        QCoreApplication.translate("Report", "%1, %2 to %3")
        .replace("%1", plain_name(series.key))
        .replace("%2", format_date(series.first))
        .replace("%3", format_date(series.last))
    )
    values = series.values
    if not values:
        return QCoreApplication.translate("Report", "%1: nothing recorded.").replace("%1", head)
    if len(values) == 1:
        day, value = series.points[0]
        return (
            QCoreApplication.translate("Report", "%1: one check-in, %2 on %3.")
            .replace("%1", head)
            .replace("%2", number(value))
            .replace("%3", format_date(day))
        )
    start, end = values[0], values[-1]
    if end > start:
        shape = QCoreApplication.translate("Report", "from %1 up to %2")
    elif end < start:
        shape = QCoreApplication.translate("Report", "from %1 down to %2")
    else:
        shape = QCoreApplication.translate("Report", "%1 at the start and %2 at the end")
    low, high = series.lowest(), series.highest()
    assert low is not None and high is not None
    sentence = (
        QCoreApplication.translate("Report", "%1: %2; lowest %3 on %4, highest %5 on %6.")
        .replace("%1", head)
        .replace("%2", shape.replace("%1", number(start)).replace("%2", number(end)))
        .replace("%3", number(low[1]))
        .replace("%4", format_date(low[0]))
        .replace("%5", number(high[1]))
        .replace("%6", format_date(high[0]))
    )
    if series.days > 1:
        sentence += " " + SummaryCounts().points_of(series.days)
    return sentence


def chart_data(series: Series, average: float | None) -> dict[str, object]:
    """One chart for the template: its scale, its runs of joined points, and its words."""
    scale = scale_for(series.key, series.values)
    runs: list[list[list[float]]] = []
    previous: date | None = None
    for day, value in series.points:
        if previous is None or (day - previous).days != series.days:
            runs.append([])
        runs[-1].append([series.place(day), value])
        previous = day
    return {
        "title": measure_name(series.key),
        "alt": chart_alt(series),
        "low": scale.low,
        "high": scale.high,
        "ticks": [[tick, number(tick)] for tick in scale.ticks],
        "runs": runs,
        "slots": max(1, -(-((series.last - series.first).days + 1) // series.days)),
        "average": average,
        "average_label": QCoreApplication.translate("Report", "Average %1").replace(
            "%1", number(average)
        ),
        "first_label": format_date(series.first),
        "last_label": format_date(series.last),
        "empty": QCoreApplication.translate("Report", "Nothing recorded in these days."),
    }


def symptom_blocks(found: Facts) -> list[dict[str, object]]:
    """The symptoms-by-day table, cut into blocks of days that fit across the page."""
    rated = found.rated_days
    parts = -(-len(rated) // SYMPTOM_DAYS_PER_TABLE)
    size = -(-len(rated) // parts) if parts else 1  # 21 days: 11 and 10, not 10, 10 and 1
    blocks = []
    for start in range(0, len(rated), size):
        days = rated[start : start + size]
        rows = [
            [symptom.label, *(str((entry.symptoms or {}).get(symptom.key, 0)) for entry in days)]
            for symptom in found.symptoms
        ]
        rows.append(
            [
                QCoreApplication.translate("Report", "Total"),
                *(number(entry.symptom_total) for entry in days),
            ]
        )
        heads = [day_and_month(entry.day) for entry in days]
        blocks.append(
            {"columns": [QCoreApplication.translate("Report", "Symptom"), *heads], "rows": rows}
        )
    return blocks


def summary_data(
    found: Facts, today: date, name: str = "", *, discreet: bool = False
) -> dict[str, object]:
    """Everything the summary template prints, in the person's language. In discreet mode
    its title is plain "Daily notes" and no word of it says "detox"."""
    entries = found.entries
    before_days = (found.first - found.before_first).days
    period = (
        QCoreApplication.translate("Report", "%1 to %2")
        .replace("%1", format_date(found.first))
        .replace("%2", format_date(found.last))
    )
    checked = SummaryCounts().checked_in(len(entries))
    earlier = SummaryCounts().days_before(before_days)
    daily = [
        [
            format_date(entry.day),
            *(number(getattr(entry, key)) for key in summary.MEASURES),
        ]
        for entry in entries
    ]
    data: dict[str, object] = {
        "title": (
            QCoreApplication.translate("Report", "Daily notes")
            if discreet
            else QCoreApplication.translate("Report", "Daily check-in summary")
        ),
        "name": QCoreApplication.translate("Report", "Name: %1").replace("%1", name.strip())
        if name.strip()
        else "",
        "period": f"{period} \u00b7 {checked}",
        "note": QCoreApplication.translate(
            "Report",
            "The symptom check-in is the person's own rating, 0 to 4 for each symptom. "
            "It is not a clinical scale.",
        ),
        "made": QCoreApplication.translate("Report", "Made on %1").replace(
            "%1", format_date(today)
        ),
        "page_of": QCoreApplication.translate("Report", "Page %1 of %2"),
        "averages": {
            "heading": QCoreApplication.translate("Report", "Averages"),
            "columns": [
                QCoreApplication.translate("Report", "Measure"),
                period,
                earlier,
                QCoreApplication.translate("Report", "Change"),
            ],
            "rows": [
                [
                    measure_name(key),
                    number(found.averages[key]),
                    number(found.before[key]),
                    change(found.averages[key], found.before[key]),
                ]
                for key in summary.MEASURES
            ],
        },
        "charts": {
            "heading": QCoreApplication.translate("Report", "Over these days"),
            "items": [chart_data(s, found.averages[s.key]) for s in found.charts],
        },
        "cravings": CravingWords().summary_part(found.cravings, discreet=discreet),
        "symptoms": {
            "heading": QCoreApplication.translate("Report", "Symptoms by day"),
            "note": QCoreApplication.translate(
                "Report",
                "Each symptom from 0 (not at all) to 4 (extremely). Only days with a "
                "symptom check-in are shown.",
            ),
            "empty": QCoreApplication.translate("Report", "No symptom check-ins in this time."),
            "blocks": symptom_blocks(found),
        },
        "daily": {
            "heading": QCoreApplication.translate("Report", "Daily values"),
            "columns": [
                QCoreApplication.translate("Report", "Date"),
                QCoreApplication.translate("Report", "Mood (1-5)"),
                QCoreApplication.translate("Report", "Craving (0-10)"),
                QCoreApplication.translate("Report", "Sleep (h)"),
                QCoreApplication.translate("Report", "Sleep quality (1-5)"),
                QCoreApplication.translate("Report", "Energy (1-5)"),
                QCoreApplication.translate("Report", "Symptom total"),
            ],
            "rows": daily,
            "empty": QCoreApplication.translate("Report", "No check-ins in this time."),
        },
        "wins": {
            "heading": QCoreApplication.translate("Report", "Small wins"),
            "items": [[format_date(day), win] for day, win in found.wins],
            "empty": QCoreApplication.translate("Report", "None recorded in this time."),
        },
        "notes": None,
    }
    if found.include_notes:
        data["notes"] = {
            "heading": QCoreApplication.translate("Report", "Notes"),
            "items": [[format_date(day), text] for day, text in found.notes],
            "empty": QCoreApplication.translate("Report", "No notes in this time."),
        }
    return neutral_data(data) if discreet else data


def write_summary_pdf(
    db: Database,
    first: date,
    last: date,
    path: Path,
    include_notes: bool = True,
    *,
    today: date | None = None,
    name: str = "",
) -> int:
    """Write the summary to `path` (owner-only, whole or not at all); return the number of
    days with a check-in in it. `today` is the day it is made on (printed in its footer)."""
    found = summary.facts(db, first, last, include_notes)
    made = today if today is not None else SystemClock().now().date()
    discreet = bool(settings.get_setting(db, "discreet_mode"))
    data = summary_data(found, made, name, discreet=discreet)
    title = str(data["title"])
    made_pdf = pdf.render("summary", data, language=content.language(), title=title)
    pdf.save(path, made_pdf)
    return len(found.entries)
