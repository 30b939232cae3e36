"""Translated display names for codes the core uses (regions), dates in the locale, and the
intake countdown line that Today and Prepare share."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from companion.core import intake

if TYPE_CHECKING:
    from companion.ui.context import AppContext


def region_name(code: str) -> str:
    tr = QCoreApplication.translate
    names = {
        "US": tr("Regions", "United States"),
        "UK": tr("Regions", "United Kingdom"),
        "IE": tr("Regions", "Ireland"),
        "CA": tr("Regions", "Canada"),
        "AU": tr("Regions", "Australia"),
        "NZ": tr("Regions", "New Zealand"),
        "OTHER": tr("Regions", "Other"),
    }
    return names.get(code, code)


def format_datetime(moment: datetime, long: bool = False) -> str:
    """A date and time in the person's locale."""
    qt_moment = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    if long:
        return QLocale().toString(qt_moment, QLocale.FormatType.LongFormat)
    return QLocale().toString(qt_moment, "d MMM yyyy, HH:mm")


def format_date(day: date, long: bool = False) -> str:
    """A date in the person's locale: "3 Dec 2026", or the locale's long form."""
    qt_day = QDate(day.year, day.month, day.day)
    if long:
        return QLocale().toString(qt_day, QLocale.FormatType.LongFormat)
    return QLocale().toString(qt_day, "d MMM yyyy")


def countdown_text(context: AppContext, plan: intake.IntakePlan) -> str:
    """'12 days until intake at Riverside (…)' and its kin; shared with Today."""
    when = plan.when
    if when is None:
        return ""
    days = (when - context.today()).days
    tr = context.tr
    if days > 1:
        text = tr("%n days until intake", "", days)
    elif days == 1:
        text = tr("Intake is tomorrow")
    elif days == 0:
        text = tr("Intake is today")
    else:
        text = tr("Intake was on %1").replace("%1", format_date(when, long=True))
    if plan.place:
        text += " " + tr("at %1").replace("%1", plan.place)
    if days >= 0:
        text += " (" + format_date(when, long=True) + ")"
    return text + "."
