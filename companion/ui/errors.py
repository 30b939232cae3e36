"""Storage and input problems, said plainly in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.contacts import InvalidNumberError
from companion.core.storage import errors
from companion.core.validate import InvalidInputError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _doing(action: str) -> str:
    return {
        "open": _tr("open your data"),
        "folder": _tr("open the data folder"),
        "upgrade": _tr("update your data to this version"),
        "save": _tr("save your changes"),
        "backup": _tr("make a backup"),
        "check": _tr("check your data"),
        "delete": _tr("delete your data"),
        "restore": _tr("restore the backup"),
        "export": _tr("export your data"),
        "import": _tr("import the file"),
    }.get(action, _tr("finish that"))


def describe(error: errors.StorageError) -> str:
    """One or two calm sentences about what went wrong and what to do."""
    doing = _doing(error.action)
    if isinstance(error, errors.NewerDatabaseError):
        return _tr(
            "Your data was saved by a newer version of Prep Companion, so this version will "
            "not open it, to keep it safe. Please install the newer version again. "
            "Your data has not been changed."
        )
    if isinstance(error, errors.DatabaseLockedError):
        return _tr(
            "Could not %1: another program is using your data right now. "
            "Close it and try again. Nothing was changed."
        ).replace("%1", doing)
    if isinstance(error, errors.DiskFullError):
        return _tr(
            "Could not %1: the disk is full. Free some space and try again. Nothing was changed."
        ).replace("%1", doing)
    if isinstance(error, errors.NoPermissionError):
        return (
            _tr("Could not %1: the app is not allowed to write to its data folder (%2).")
            .replace("%1", doing)
            .replace("%2", error.detail)
            + " "
            + _tr("Nothing was changed.")
        )
    return (
        _tr("Could not %1.").replace("%1", doing)
        + " "
        + _tr("Nothing was changed.")
        + (f" ({error.detail})" if error.detail else "")
    )


def describe_invalid_number(error: InvalidNumberError) -> str:
    return {
        "no-name": _tr("Please give the number a name."),
        "no-number": _tr("Please enter a phone number."),
        "no-digit": _tr("A phone number needs at least one digit."),
        "too-long": _tr("That is too long to save; please shorten it."),
    }.get(error.reason, str(error))


def _field(name: str) -> str:
    return {
        "title": _tr("title"),
        "notes": _tr("notes"),
        "name": _tr("name"),
        "relationship": _tr("relationship"),
        "phone": _tr("phone number"),
        "note": _tr("note"),
        "facility": _tr("program name"),
        "place": _tr("place"),
        "due date": _tr("due date"),
        "intake date": _tr("intake date"),
        "time called": _tr("time of the call"),
        "call-back time": _tr("call-back time"),
        "pattern name": _tr("pattern name"),
        "inhale": _tr("in-breath"),
        "hold_in": _tr("hold after the in-breath"),
        "exhale": _tr("out-breath"),
        "hold_out": _tr("hold after the out-breath"),
        "tension before": _tr("rating before"),
        "tension after": _tr("rating after"),
    }.get(name, name)


def describe_invalid_input(error: InvalidInputError) -> str:
    """Why a value was refused, in one short sentence."""
    field = _field(error.field)
    if error.reason == "required":
        return _tr("Please fill in the %1.").replace("%1", field)
    if error.reason == "too-long":
        return _tr("The %1 is too long; please shorten it.").replace("%1", field)
    if error.reason == "bad-date":
        return _tr("That %1 is not a real date.").replace("%1", field)
    if error.reason == "unknown-choice":
        return _tr("That choice is no longer available; please choose again.")
    if error.reason == "duplicate":
        return _tr("That %1 is already used; please choose another.").replace("%1", field)
    if error.reason == "step":
        return _tr("The %1 goes in half seconds, like 4 or 4.5.").replace("%1", field)
    if error.reason in ("out-of-range", "not-a-number"):
        return _tr("The %1 is outside what the pacer allows.").replace("%1", field)
    if error.reason == "missing":
        return _tr("That entry no longer exists; it may have been removed.")
    return str(error)
