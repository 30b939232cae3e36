"""Settings that are the user's own data, each declared once here with its default.

Values live in the `settings` table as JSON. Window geometry and other remembered
screen state are not settings: the UI keeps those in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from companion.core.content import LANGUAGES

if TYPE_CHECKING:  # sqlite-utils is loaded when the database is opened
    from sqlite_utils import Database

REGIONS = ("US", "UK", "IE", "CA", "AU", "NZ", "ES", "MX", "AR", "CO", "CL", "PE", "OTHER")
REGION_BY_COUNTRY = {
    "US": "US",
    "GB": "UK",
    "IE": "IE",
    "CA": "CA",
    "AU": "AU",
    "NZ": "NZ",
    "ES": "ES",
    "MX": "MX",
    "AR": "AR",
    "CO": "CO",
    "CL": "CL",
    "PE": "PE",
}
"""The region for the country part of a locale name ("en_GB" is in GB, so "UK")."""
TEXT_SIZES = ("small", "normal", "large", "larger", "largest")
TEXT_SCALE = {"small": 0.9, "normal": 1.0, "large": 1.25, "larger": 1.5, "largest": 2.0}
APPEARANCES = ("system", "light", "dark")
BREATHE_LENGTH_IN = ("exercise", "minutes", "breaths")
BREATHE_MINUTES = (1, 30)
"""The shortest and longest breathing session, in minutes (`exercises.MINUTES`)."""
BREATHE_MAX_BREATHS = 200
"""The most breaths a session can be set to (`exercises.MAX_CYCLES`)."""
REMINDER_LEADS = (60, 180, 1440)
"""How long before an appointment its reminder comes, in minutes: 1 hour, 3 hours, 1 day."""
_HH_MM = 'a time of day "HH:MM", such as "20:00"'
_DAY_OR_EMPTY = 'a day "YYYY-MM-DD", or ""'
NAME_LIMIT = 80
"""The most characters the person's name can have (one line, no spaces at either end)."""
_NAME = 'one line of text such as "Sam", at most 80 characters, or ""'
USERS = ("person", "helper")
LOCK_AFTER = (0, 5, 15, 30)
"""Minutes of no use after which protected data locks itself; 0 for never."""
_CONTACT_ID = "a contact's id (a whole number from 1), or 0 for none"
_PLAN_ID = 'a plan\'s identity, 32 characters 0-9 and a-f, or ""'
_SHOWN = 'appointments reminded of, "YYYY-MM-DDTHH:MM#id" joined by commas (at most 50), or ""'


@dataclass(frozen=True)
class Setting:
    """One user setting: its key, default, and the values it may take."""

    key: str
    default: Any
    choices: tuple[Any, ...]
    from_locale: Callable[[str], Any] | None = None
    """For a setting whose first value follows the system: the value for a locale name,
    used instead of `default` while the setting has never been stored."""
    check: Callable[[Any], bool] | None = None
    """For a setting whose values are too many to list (a time of day, a date): whether a
    value is allowed; `choices` is then empty and `rule` says what is allowed."""
    rule: str = ""


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        # Until it is chosen, the region follows the system's locale (see use_system_locale).
        Setting("region", "US", REGIONS, from_locale=lambda name: region_for_locale(name)),
        Setting("text_size", "normal", TEXT_SIZES),
        Setting("appearance", "system", APPEARANCES),
        Setting("discreet_mode", False, (False, True)),
        Setting("reduced_motion", False, (False, True)),
        Setting("language", "system", ("system", *LANGUAGES)),
        # The length of a breathing session chosen last on Breathe; "exercise" until one
        # is chosen: each exercise then suggests its own.
        Setting("breathe_length_in", "exercise", BREATHE_LENGTH_IN),
        Setting("breathe_minutes", 5, tuple(range(BREATHE_MINUTES[0], BREATHE_MINUTES[1] + 1))),
        Setting("breathe_breaths", 10, tuple(range(1, BREATHE_MAX_BREATHS + 1))),
        # The version of the checklist template the person's list has been brought to;
        # a list made before versions were recorded is at 1.
        Setting("checklist_version", 1, tuple(range(1, 100))),
        # Today's first-start note of earlier versions, now part of the welcome: once
        # dismissed there, the welcome is not shown at start either.
        Setting("first_note_seen", False, (False, True)),
        # The welcome at first start (language, region, intake date, what the app is):
        # shown until it is completed or skipped once; Settings can show it again.
        Setting("welcome_done", False, (False, True)),
        # Gentle reminders (core/reminders.py), all off until the person turns them on.
        Setting("reminder_check_in", False, (False, True)),
        Setting(
            "reminder_check_in_time", "20:00", (), check=lambda v: _is_clock_time(v), rule=_HH_MM
        ),
        Setting("reminder_appointments", False, (False, True)),
        Setting("reminder_appointment_lead", 1440, REMINDER_LEADS),
        # The day the check-in reminder was last shown ("" never), so a restart does not
        # show it again; and the appointments reminded of that have not started yet.
        Setting(
            "reminder_check_in_shown_on", "", (), check=lambda v: _is_day(v), rule=_DAY_OR_EMPTY
        ),
        Setting("reminder_appointments_shown", "", (), check=lambda v: _are_shown(v), rule=_SHOWN),
        # "Start with my computer": the desktop's autostart entry (core/autostart.py).
        Setting("start_with_computer", False, (False, True)),
        # The person's name, for the documents they print or save (the plan packet, the
        # care-team summary); "" when they give none.
        Setting("person_name", "", (), check=lambda v: is_person_name(v), rule=_NAME),
        # Who is using the app: the person getting ready ("person") or a helper ("helper",
        # who is the contact `helper_id`). Helper mode changes what is shown, not what is
        # stored; the welcome asks, and the sidebar and Settings can change it.
        Setting("user", "person", USERS),
        Setting("helper_id", 0, (), check=lambda v: _is_contact_id(v), rule=_CONTACT_ID),
        # The plan's identity in the files shared with helpers ("" until first shared).
        Setting("plan_id", "", (), check=lambda v: _is_plan_id(v), rule=_PLAN_ID),
        # With passphrase protection on: lock after this many minutes of no use (0: never).
        Setting("lock_after", 0, LOCK_AFTER),
    )
}


_system = {"locale": ""}


def region_for_locale(name: str) -> str:
    """The region for a locale name such as "en_GB", "es-MX" or "fr_CA.UTF-8": the one its
    country is in, and "OTHER" when it names no country we have numbers for ("C", "es")."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    for part in reversed(parts[1:]):  # "zh_Hant_TW": the country comes last
        if len(part) == 2 and part.isalpha():
            return REGION_BY_COUNTRY.get(part.upper(), "OTHER")
    return "OTHER"


def use_system_locale(name: str) -> None:
    """Remember the system's locale name (the UI passes QLocale.system().name()), so that a
    setting never stored yet, such as the region, starts from it. "" forgets it."""
    _system["locale"] = name


class UnknownSettingError(KeyError):
    """A setting key that is not declared in SETTINGS."""


class InvalidSettingError(ValueError):
    """A value a setting cannot take."""


def _declared(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise UnknownSettingError(key) from None


def get_setting(db: Database, key: str) -> Any:
    """The stored value of `key`, or its default when unset or no longer valid."""
    import json  # with the data, not before the window's first paint

    setting = _declared(key)
    rows = list(db.table("settings").rows_where("key = ?", [key], limit=1))
    if not rows:
        return _first_value(setting)
    try:
        value = json.loads(rows[0]["value"])
    except (TypeError, ValueError):
        return setting.default
    return value if _allowed(setting, value) else setting.default


def set_setting(db: Database, key: str, value: Any) -> None:
    """Store `value` for `key`; a value outside the declared choices is refused unchanged."""
    import json

    setting = _declared(key)
    if not _allowed(setting, value):
        raise InvalidSettingError(f"{value!r} is not a valid value for {key}")
    with db.atomic():
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


def _first_value(setting: Setting) -> Any:
    """The value of a setting never stored: from the system's locale where it follows it."""
    if setting.from_locale is not None and _system["locale"]:
        value = setting.from_locale(_system["locale"])
        if _allowed(setting, value):
            return value
    return setting.default


def all_settings(db: Database) -> dict[str, Any]:
    return {key: get_setting(db, key) for key in SETTINGS}


def allowed(setting: Setting, value: Any) -> bool:
    """Whether `setting` may hold `value`."""
    return _allowed(setting, value)


def _is_clock_time(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hours, minutes = value[:2], value[3:]
    return hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60


def _is_day(value: Any) -> bool:
    from datetime import date

    if value == "":
        return True
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_person_name(value: Any) -> bool:
    """One line of text, at most NAME_LIMIT characters, with no spaces at either end and
    nothing that cannot be stored or printed (control characters); "" is allowed."""
    if not isinstance(value, str) or len(value) > NAME_LIMIT or value != value.strip():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a broken paste
        return False
    return value.isprintable()


def clean_person_name(value: str) -> str:
    """`value` as the name setting stores it: on one line, spaces inside folded, trimmed,
    cut to NAME_LIMIT characters."""
    text = " ".join("".join(c if c.isprintable() else " " for c in value).split())
    return text[:NAME_LIMIT].strip()


def _is_contact_id(value: Any) -> bool:
    return type(value) is int and 0 <= value <= 2**53


def _is_plan_id(value: Any) -> bool:
    return value == "" or (
        isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)
    )


def _are_shown(value: Any) -> bool:
    """ "2026-01-02T09:00#3,2026-01-09T09:00#3": each an appointment's start and its id."""
    from datetime import datetime

    if value == "":
        return True
    if not isinstance(value, str) or len(value) > 50 * 30:
        return False
    for item in value.split(","):
        start, _, number = item.partition("#")
        if len(start) != 16 or start[10] != "T" or not number.isdigit() or len(number) > 12:
            return False
        try:
            datetime.fromisoformat(start)
        except ValueError:
            return False
    return True


def _allowed(setting: Setting, value: Any) -> bool:
    if setting.check is not None:
        return setting.check(value)
    # bool is an int in Python: compare types too, so 1 is not taken for True.
    return any(type(value) is type(choice) and value == choice for choice in setting.choices)
