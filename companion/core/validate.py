"""Checking what people type before it is stored: lengths, required fields, real dates.

Every refusal is an InvalidInputError naming the field and a short reason code,
so the UI can say it in the person's language; the English message is for scripts.

Every date and time the app keeps lies from FIRST_DAY to LAST_DAY (1900 to 2199): the
forms, the core and the import all hold to this one range, so adding an hour or a week
to a stored time can never run past the end of the calendar.
"""

from __future__ import annotations

from datetime import date, datetime, time

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
FIRST_MOMENT = datetime.combine(FIRST_DAY, time(0, 0))
LAST_MOMENT = datetime.combine(LAST_DAY, time(23, 59))


class InvalidInputError(ValueError):
    """A value that cannot be saved. `field` names it, `reason` is a short code."""

    def __init__(self, field: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.reason = reason


def clean_text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    """Trim `value`; refuse it when required and empty, longer than `limit` characters,
    or holding a character that cannot be saved (a lone surrogate such as "\\ud800")."""
    text = check_saveable(value or "", field).strip()
    if required and not text:
        raise InvalidInputError(field, "required", f"Please fill in the {field}.")
    if len(text) > limit:
        raise InvalidInputError(
            field, "too-long", f"Too long: {field} can have at most {limit} characters."
        )
    return text


def check_saveable(value: str, field: str) -> str:
    """`value` itself, if every character in it can be stored (as UTF-8); otherwise an
    InvalidInputError with the reason "bad-text" (a lone surrogate, such as "\\ud800",
    that a broken paste or a file can bring)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInputError(
            field, "bad-text", f"There is a character in the {field} that cannot be saved."
        ) from None
    except AttributeError:
        raise InvalidInputError(field, "bad-text", f"The {field} must be text.") from None
    return value


def in_range(day: date) -> bool:
    """Whether `day` (or the day of a datetime) lies from FIRST_DAY to LAST_DAY."""
    if isinstance(day, datetime):
        day = day.date()
    return FIRST_DAY <= day <= LAST_DAY


def _out_of_range(field: str) -> InvalidInputError:
    return InvalidInputError(
        field,
        "date-range",
        f"The {field} must be from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}.",
    )


def parse_date(value: str | date | None, field: str = "date") -> date | None:
    """A date from an ISO string (YYYY-MM-DD) or a date; None or "" for no date.

    A date that does not exist (2026-02-30) is refused ("bad-date"), not silently moved;
    one before FIRST_DAY or after LAST_DAY is refused too ("date-range").
    """
    day = read_date(value, field)
    if day is not None and not in_range(day):
        raise _out_of_range(field)
    return day


def parse_datetime(value: str | datetime | None, field: str = "time") -> datetime | None:
    """A local date and time from ISO text or a datetime, without a time zone; None if empty.

    Refused: a time that does not exist ("bad-date"), and one on a day before FIRST_DAY
    or after LAST_DAY ("date-range").
    """
    moment = read_datetime(value, field)
    if moment is not None and not in_range(moment):
        raise _out_of_range(field)
    return moment


def read_date(value: str | date | None, field: str = "date") -> date | None:
    """A date as parse_date reads it, but any year: for a value already stored, which
    may come from before the range was kept. Callers that do arithmetic on it check
    `in_range` first."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInputError(
            field, "bad-date", f"{value!r} is not a real date (use YYYY-MM-DD)."
        ) from None


def read_datetime(value: str | datetime | None, field: str = "time") -> datetime | None:
    """A date and time as parse_datetime reads it, but any year (see read_date)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise InvalidInputError(
                field, "bad-date", f"{value!r} is not a real date and time."
            ) from None
    return moment.replace(tzinfo=None, second=0, microsecond=0)


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def iso_minute(value: datetime | None) -> str | None:
    """YYYY-MM-DDTHH:MM; the year is always four digits, so parse_datetime reads it back."""
    if value is None:
        return None
    return value.replace(tzinfo=None, second=0, microsecond=0).isoformat(timespec="minutes")


def fit_text(
    text: str, limit: int, *, line_limit: int | None = None, max_lines: int | None = None
) -> str:
    """`text` cut to what a field takes: at most `limit` characters in all, each line at
    most `line_limit`, and at most `max_lines` lines that have words on them.

    What a person types can then never be refused as too long. Text already within the
    limits comes back unchanged.
    """
    if line_limit is not None or max_lines is not None:
        kept: list[str] = []
        filled = 0
        for line in text.split("\n"):
            if line.strip():
                if max_lines is not None and filled == max_lines:
                    break
                filled += 1
            kept.append(line[:line_limit] if line_limit is not None else line)
        text = "\n".join(kept)
    return text[:limit]
