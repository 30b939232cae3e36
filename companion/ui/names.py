"""Translated display names for codes the core uses (regions), and dates in the locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


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
