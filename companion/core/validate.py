"""Checking what people type before it is stored: lengths, required fields, real dates.

Every refusal is an InvalidInputError naming the field and a short reason code,
so the UI can say it in the person's language; the English message is for scripts.
"""

from __future__ import annotations

from datetime import date, datetime


class InvalidInputError(ValueError):
    """A value that cannot be saved. `field` names it, `reason` is a short code."""

    def __init__(self, field: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.reason = reason


def clean_text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    """Trim `value`; refuse it when required and empty, or longer than `limit` characters."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInputError(field, "required", f"Please fill in the {field}.")
    if len(text) > limit:
        raise InvalidInputError(
            field, "too-long", f"Too long: {field} can have at most {limit} characters."
        )
    return text


def parse_date(value: str | date | None, field: str = "date") -> date | None:
    """A date from an ISO string (YYYY-MM-DD) or a date; None or "" for no date.

    A date that does not exist (2026-02-30) is refused, not silently moved.
    """
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


def parse_datetime(value: str | datetime | None, field: str = "time") -> datetime | None:
    """A local date and time from ISO text or a datetime, without a time zone; None if empty."""
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
