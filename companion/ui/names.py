"""Translated display names for codes the core uses (regions), and dates in the locale."""

from __future__ import annotations

from datetime import datetime

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
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(qt_moment, form)
