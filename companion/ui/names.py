"""Translated display names for codes the core uses (regions), dates in the locale, and the
intake countdown line that Today and Prepare share."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

if TYPE_CHECKING:
    from companion.core import intake
    from companion.core.people import Person
    from companion.ui.context import AppContext


def region_name(code: str) -> str:
    names = {
        "US": QCoreApplication.translate("Regions", "United States"),
        "UK": QCoreApplication.translate("Regions", "United Kingdom"),
        "IE": QCoreApplication.translate("Regions", "Ireland"),
        "CA": QCoreApplication.translate("Regions", "Canada"),
        "AU": QCoreApplication.translate("Regions", "Australia"),
        "NZ": QCoreApplication.translate("Regions", "New Zealand"),
        "ES": QCoreApplication.translate("Regions", "Spain"),
        "MX": QCoreApplication.translate("Regions", "Mexico"),
        "AR": QCoreApplication.translate("Regions", "Argentina"),
        "CO": QCoreApplication.translate("Regions", "Colombia"),
        "CL": QCoreApplication.translate("Regions", "Chile"),
        "PE": QCoreApplication.translate("Regions", "Peru"),
        "OTHER": QCoreApplication.translate("Regions", "Other"),
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


class Countdown(QObject):
    """The intake countdown's sentences. A class of their own so that lupdate sees the
    plural forms ("%n day(s)") and each language can say the whole sentence its way."""

    def sentence(self, days: int, place: str, day: str) -> str:
        """The countdown for intake `days` away (negative: past) at `place` on `day`."""
        if days > 1:
            text = (
                self.tr("%n day(s) until intake at %1 (%2).", "", days)
                if place
                else self.tr("%n day(s) until intake (%2).", "", days)
            )
        elif days == 1:
            text = (
                self.tr("Intake is tomorrow at %1 (%2).")
                if place
                else self.tr("Intake is tomorrow (%2).")
            )
        elif days == 0:
            text = (
                self.tr("Intake is today at %1 (%2).")
                if place
                else self.tr("Intake is today (%2).")
            )
        else:
            text = self.tr("Intake was on %2 at %1.") if place else self.tr("Intake was on %2.")
        return text.replace("%2", day).replace("%1", place)  # the place last: it is typed


def countdown_text(context: AppContext, plan: intake.IntakePlan) -> str:
    """'12 days until intake at Riverside (…).' and its kin; shared with Today."""
    when = plan.when
    if when is None:
        return ""
    days = (when - context.today()).days
    return Countdown().sentence(days, plan.place or "", format_date(when, long=True))


class PracticeTime(QObject):
    """The words for how long someone practised: a class so that lupdate sees the plural."""

    def words(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("under a minute")
        return self.tr("%n minute(s)", "", int(seconds / 60 + 0.5))


def practice_time(seconds: float) -> str:
    """How long someone practised, in words: "under a minute" for any time below one (a
    short session still counts), else whole minutes, "1 minute", "12 minutes"."""
    return PracticeTime().words(seconds)


def contact_line(person: Person) -> str:
    """ "Name — phone" (just the name when there is no number), as lists of contacts show
    them for ticking or calling."""
    return f"{person.name} \u2014 {person.phone}" if person.phone else person.name
