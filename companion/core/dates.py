"""Dates and times as people type them: "14 Dec 2026", "14 dic 2026", "12/14/2026", "9:30 pm".

A typed value is either read exactly as meant or refused with an InvalidInputError that
says why (its `reason`); it is never moved to a nearby date: "31 Nov" is refused, not
turned into 1 Dec or 30 Nov. Every date the app keeps lies from FIRST_DAY to LAST_DAY.

Month names are read in English and Spanish, whichever language the app is in (no name
means one month in one language and another month in the other). Numbers alone follow
the order the person's locale writes them in: "dmy" (14/12/2026), "mdy" (12/14/2026) or
"ymd" (2026-12-14); a four-digit first number is always read as year-month-day.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from companion.core.validate import FIRST_DAY as FIRST_DAY
from companion.core.validate import LAST_DAY as LAST_DAY
from companion.core.validate import InvalidInputError
from companion.core.validate import in_range as in_range

MAX_TYPED = 40
"""The longest date or time text a field takes ("miércoles, 30 de septiembre de 2026" fits)."""

ORDERS = ("dmy", "mdy", "ymd")
DEFAULT_ORDER = {"en": "mdy", "es": "dmy"}

_MONTH_NAMES = {
    1: ("january", "jan", "enero", "ene"),
    2: ("february", "feb", "febrero"),
    3: ("march", "mar", "marzo"),
    4: ("april", "apr", "abril", "abr"),
    5: ("may", "mayo"),
    6: ("june", "jun", "junio"),
    7: ("july", "jul", "julio"),
    8: ("august", "aug", "agosto", "ago"),
    9: ("september", "sep", "sept", "septiembre", "setiembre", "set"),
    10: ("october", "oct", "octubre"),
    11: ("november", "nov", "noviembre"),
    12: ("december", "dec", "diciembre", "dic"),
}
MONTHS: dict[str, int] = {name: n for n, names in _MONTH_NAMES.items() for name in names}
"""Every month name and abbreviation the parser reads, lower case, to its number."""

_WEEKDAY_NAMES = {
    0: ("monday", "mon", "lunes", "lun"),
    1: ("tuesday", "tue", "tues", "martes"),
    2: ("wednesday", "wed", "miércoles", "miercoles", "mié", "mie"),
    3: ("thursday", "thu", "thurs", "jueves", "jue"),
    4: ("friday", "fri", "viernes", "vie"),
    5: ("saturday", "sat", "sábado", "sabado", "sáb", "sab"),
    6: ("sunday", "sun", "domingo", "dom"),
}
_WEEKDAYS = {name: n for n, names in _WEEKDAY_NAMES.items() for name in names}
_FILLER = frozenset({"de", "del", "of", "the", "el"})
_ORDINAL = frozenset({"st", "nd", "rd", "th", "º", "ª"})
_RELATIVE = {
    "today": 0,
    "hoy": 0,
    "tomorrow": 1,
    "mañana": 1,
    "manana": 1,
    "yesterday": -1,
    "ayer": -1,
}
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")
_DIGITS = frozenset("0123456789")
_SEPARATORS = re.compile(r"[\s/\-.,']*")


def _refuse(field: str, reason: str, message: str) -> InvalidInputError:
    return InvalidInputError(field, reason, message)


def _tokens(text: str, field: str, what: str) -> list[str]:
    """Numbers and words, lower case; anything but separators between them is refused."""
    tokens, position = [], 0
    for match in _TOKEN.finditer(text):
        if not _SEPARATORS.fullmatch(text[position : match.start()]):
            raise _refuse(field, "unreadable", f"{text!r} is not a {what}.")
        tokens.append(match.group().casefold())
        position = match.end()
    if not _SEPARATORS.fullmatch(text[position:]):
        raise _refuse(field, "unreadable", f"{text!r} is not a {what}.")
    return tokens


def _full_year(number: int, digits: int, today: date) -> int:
    """A two-digit year is the one of its century nearest to today's year."""
    if digits > 2:
        return number
    century = today.year - today.year % 100
    candidates = (century - 100 + number, century + number, century + 100 + number)
    return min(candidates, key=lambda year: abs(year - today.year))


def _checked(field: str, year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise _refuse(field, "unreadable", f"{text!r}: there is no month {month}.")
    if not FIRST_DAY.year <= year <= LAST_DAY.year:
        raise _refuse(
            field,
            "out-of-range",
            f"{text!r}: the year must be from {FIRST_DAY.year} to {LAST_DAY.year}.",
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise _refuse(field, "bad-date", f"{text!r} is not a real date.") from None


def parse_typed_date(
    text: str,
    language: str,
    today: date,
    *,
    order: str | None = None,
    field: str = "date",
) -> date:
    """The date `text` means, or an InvalidInputError.

    `language` ("en", "es") gives the number order when `order` is not given; `today`
    fills a missing year and reads "today", "tomorrow", "hoy", "mañana". Reasons:
    "required" (nothing typed), "unknown-month" (a word that is not a month),
    "unreadable" (not the shape of a date), "bad-date" (no such day, like 31 Nov),
    "out-of-range" (a year before FIRST_DAY or after LAST_DAY), "wrong-weekday" (a day
    of the week that does not match the date).
    """
    stripped = (text or "").strip()
    if not stripped:
        raise _refuse(field, "required", "Please type a date.")
    if len(stripped) > MAX_TYPED:
        raise _refuse(field, "unreadable", "That is too long to be a date.")
    tokens = _tokens(stripped, field, "date")
    if len(tokens) == 1 and tokens[0] in _RELATIVE:
        return today + timedelta(days=_RELATIVE[tokens[0]])
    numbers: list[str] = []
    month_words: list[int] = []
    weekdays: set[int] = set()
    for n, token in enumerate(tokens):
        if token[0] in _DIGITS:
            numbers.append(token)
        elif token in MONTHS:
            month_words.append(MONTHS[token])
        elif token in _WEEKDAYS:
            weekdays.add(_WEEKDAYS[token])
        elif token in _FILLER or (token in _ORDINAL and n > 0 and tokens[n - 1][0] in _DIGITS):
            continue
        else:
            raise _refuse(field, "unknown-month", f"{text!r}: {token!r} is not a month.")
    if len(month_words) > 1:
        raise _refuse(field, "unreadable", f"{text!r} names more than one month.")
    if month_words:
        day = _with_month_name(stripped, numbers, month_words[0], today, field)
    else:
        day = _numbers_only(
            stripped, numbers, order or DEFAULT_ORDER.get(language, "dmy"), today, field
        )
    if weekdays and weekdays != {day.weekday()}:  # "Tue 14 Dec 2026": the 14th is a Monday
        raise _refuse(field, "wrong-weekday", f"{text!r}: {day} is not that day of the week.")
    return day


def _with_month_name(text: str, numbers: list[str], month: int, today: date, field: str) -> date:
    """ "14 Dec 2026", "Dec 14, 2026", "14 de diciembre", "2026 Dec 14": the day is the number
    of one or two digits, the year the other (or this year when there is none)."""
    if len(numbers) == 1 and len(numbers[0]) <= 2:
        return _checked(field, today.year, month, int(numbers[0]), text)
    if len(numbers) != 2:
        raise _refuse(field, "unreadable", f"{text!r} is not a date.")
    first, second = numbers
    if len(first) > 2 and len(second) <= 2:  # 2026 Dec 14
        first, second = second, first
    if len(first) > 2:
        raise _refuse(field, "unreadable", f"{text!r} is not a date.")
    return _checked(field, _full_year(int(second), len(second), today), month, int(first), text)


def _numbers_only(text: str, numbers: list[str], order: str, today: date, field: str) -> date:
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    if len(numbers) == 1 and len(numbers[0]) == 8:  # 20261214, or 14122026 / 12142026
        digits = numbers[0]
        numbers = (
            [digits[:4], digits[4:6], digits[6:]]
            if order == "ymd" or digits[:2] in ("19", "20", "21")
            else [digits[:2], digits[2:4], digits[4:]]
        )
    if len(numbers) == 3 and len(numbers[0]) == 4:
        order = "ymd"
    if len(numbers) == 2:  # day and month, this year
        year_less = order.replace("y", "")
        values = dict(zip(year_less, (int(n) for n in numbers), strict=True))
        return _checked(field, today.year, values["m"], values["d"], text)
    if len(numbers) != 3 or any(len(n) > 4 for n in numbers):
        raise _refuse(field, "unreadable", f"{text!r} is not a date.")
    parts = dict(zip(order, numbers, strict=True))
    if len(parts["d"]) > 2 or len(parts["m"]) > 2 or len(parts["y"]) == 3:
        raise _refuse(field, "unreadable", f"{text!r} is not a date.")
    year = _full_year(int(parts["y"]), len(parts["y"]), today)
    return _checked(field, year, int(parts["m"]), int(parts["d"]), text)


_TIME = re.compile(
    r"(?P<hour>[0-9]{1,2})(?:\s*[:.h]\s*(?P<minute>[0-9]{2})|(?P<packed>[0-9]{2}))?\s*(?:h|hrs?)?\s*"
    r"(?P<half>a\.?\s*m\.?|p\.?\s*m\.?)?",
    re.IGNORECASE,
)


def parse_typed_time(text: str, *, field: str = "time") -> time:
    """The time of day `text` means, to the minute, or an InvalidInputError.

    Reads "14:30", "14.30", "14h30", "1430", "9", "9:05 pm", "9 a. m."; any minute,
    not only the quarter hours a list offers. Reasons: "required", "unreadable".
    """
    stripped = (text or "").strip()
    if not stripped:
        raise _refuse(field, "required", "Please type a time.")
    match = _TIME.fullmatch(stripped) if len(stripped) <= MAX_TYPED else None
    if match is None:
        raise _refuse(field, "unreadable", f"{text!r} is not a time.")
    hour = int(match["hour"])
    minute = int(match["minute"] or match["packed"] or 0)
    half = (match["half"] or "").casefold().replace(".", "").replace(" ", "")
    if half:
        if not 1 <= hour <= 12:
            raise _refuse(field, "unreadable", f"{text!r} is not a time.")
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise _refuse(field, "unreadable", f"{text!r} is not a time.")
    return time(hour, minute)
