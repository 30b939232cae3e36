"""Storage and input problems, said plainly in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.core.storage import db, errors
from companion.core.validate import InvalidInputError

# Failures of the disk or the database that the app expects and explains.
STORAGE_FAILURES: tuple[type[Exception], ...] = (errors.StorageError, *db.FAILURES)
# Every failure a dialog, an autosave or a page action meets and explains; anything
# else is a defect and goes to the last-resort handler (companion/ui/crash.py).
EXPECTED: tuple[type[Exception], ...] = (InvalidInputError, *STORAGE_FAILURES)


def explain(error: BaseException, action: str = "save") -> str:
    """The one boundary: any expected error as a short message in the person's language.

    Refused input says what to fix; a storage problem (named, or a raw sqlite3/OS
    error while trying to `action`) says what happened and that nothing was changed.
    """
    if isinstance(error, InvalidInputError):
        return describe_invalid_input(error)
    return describe(errors.explain(error, action))


def _doing(action: str) -> str:
    return {
        "open": QCoreApplication.translate("Errors", "open your data"),
        "folder": QCoreApplication.translate("Errors", "open the data folder"),
        "upgrade": QCoreApplication.translate("Errors", "update your data to this version"),
        "save": QCoreApplication.translate("Errors", "save your changes"),
        "backup": QCoreApplication.translate("Errors", "make a backup"),
        "check": QCoreApplication.translate("Errors", "check your data"),
        "delete": QCoreApplication.translate("Errors", "delete your data"),
        "restore": QCoreApplication.translate("Errors", "restore the backup"),
        "export": QCoreApplication.translate("Errors", "export your data"),
        "import": QCoreApplication.translate("Errors", "import the file"),
        "protect": QCoreApplication.translate("Errors", "protect your data"),
        "unprotect": QCoreApplication.translate("Errors", "turn protection off"),
    }.get(action, QCoreApplication.translate("Errors", "finish that"))


def describe(error: errors.StorageError) -> str:
    """One or two calm sentences about what went wrong and what to do."""
    doing = _doing(error.action)
    if isinstance(error, errors.NewerDatabaseError):
        return QCoreApplication.translate(
            "Errors",
            "Your data was saved by a newer version of Prep Companion, so this version will "
            "not open it, to keep it safe. Please install the newer version again. "
            "Your data has not been changed.",
        )
    if isinstance(error, errors.DatabaseLockedError):
        return QCoreApplication.translate(
            "Errors",
            "Could not %1: another program is using your data right now. "
            "Close it and try again. Nothing was changed.",
        ).replace("%1", doing)
    if isinstance(error, errors.DiskFullError):
        if error.needed:
            size = QLocale().formattedDataSize(
                error.needed, 1, QLocale.DataSizeFormat.DataSizeSIFormat
            )
            return (
                QCoreApplication.translate(
                    "Errors",
                    "Could not %1: the disk is full. It needs about %2 of free space. "
                    "Free some space and try again. Nothing was changed.",
                )
                .replace("%1", doing)
                .replace("%2", size)
            )
        return QCoreApplication.translate(
            "Errors",
            "Could not %1: the disk is full. Free some space and try again. Nothing was changed.",
        ).replace("%1", doing)
    if isinstance(error, errors.DataReplacedError):
        return QCoreApplication.translate(
            "Errors",
            "Your data file was replaced or removed by another program while Prep Companion "
            "had it open, so nothing more is saved in this window, to keep both copies safe. "
            "Please close Prep Companion and open it again. The last change was not saved.",
        )
    if isinstance(error, errors.DataInUseError):
        if error.holder == "window":
            return QCoreApplication.translate(
                "Errors",
                "Prep Companion is open with this data in another window. Close it first, "
                "then try again. Nothing was changed.",
            )
        return QCoreApplication.translate(
            "Errors",
            "A command (%1) is working on your data right now. Try again when it has "
            "finished. Nothing was changed.",
        ).replace("%1", error.holder)
    if isinstance(error, errors.NoPermissionError):
        return (
            QCoreApplication.translate(
                "Errors", "Could not %1: the app is not allowed to write to its data folder (%2)."
            )
            .replace("%1", doing)
            .replace("%2", error.detail)
            + " "
            + QCoreApplication.translate("Errors", "Nothing was changed.")
        )
    return (
        QCoreApplication.translate("Errors", "Could not %1.").replace("%1", doing)
        + " "
        + QCoreApplication.translate("Errors", "Nothing was changed.")
        + (f" ({error.detail})" if error.detail else "")
    )


def _field(name: str) -> str:
    return _fields().get(name, name)


def _fields() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("Errors", "title"),
        "notes": QCoreApplication.translate("Errors", "notes"),
        "name": QCoreApplication.translate("Errors", "name"),
        "relationship": QCoreApplication.translate("Errors", "relationship"),
        "phone": QCoreApplication.translate("Errors", "phone number"),
        "passphrase": QCoreApplication.translate("Errors", "passphrase"),
        "recovery_key": QCoreApplication.translate("Errors", "recovery key"),
        "note": QCoreApplication.translate("Errors", "note"),
        "facility": QCoreApplication.translate("Errors", "program name"),
        "place": QCoreApplication.translate("Errors", "place"),
        "due date": QCoreApplication.translate("Errors", "due date"),
        "intake date": QCoreApplication.translate("Errors", "intake date"),
        "time called": QCoreApplication.translate("Errors", "time of the call"),
        "call-back time": QCoreApplication.translate("Errors", "call-back time"),
        "pattern name": QCoreApplication.translate("Errors", "pattern name"),
        "inhale": QCoreApplication.translate("Errors", "in-breath"),
        "hold_in": QCoreApplication.translate("Errors", "hold after the in-breath"),
        "exhale": QCoreApplication.translate("Errors", "out-breath"),
        "hold_out": QCoreApplication.translate("Errors", "hold after the out-breath"),
        "tension before": QCoreApplication.translate("Errors", "rating before"),
        "tension after": QCoreApplication.translate("Errors", "rating after"),
        "number": QCoreApplication.translate("Errors", "phone number"),
        "question": QCoreApplication.translate("Errors", "question"),
        "wins": QCoreApplication.translate("Errors", "wins"),
        "tags": QCoreApplication.translate("Errors", "tags"),
        "first week": QCoreApplication.translate("Errors", "first week"),
        "warning signs": QCoreApplication.translate("Errors", "warning signs"),
        "coping steps": QCoreApplication.translate("Errors", "what helps"),
        "purpose": QCoreApplication.translate("Errors", "what it is for"),
        "reaction": QCoreApplication.translate("Errors", "reaction"),
        "email": QCoreApplication.translate("Errors", "email"),
        "address": QCoreApplication.translate("Errors", "address"),
        "availability": QCoreApplication.translate("Errors", "when to reach them"),
        "start": QCoreApplication.translate("Errors", "start time"),
        "until": QCoreApplication.translate("Errors", "last repeat"),
        "day": QCoreApplication.translate("Errors", "day"),
        "last use": QCoreApplication.translate("Errors", "time of last use"),
        "things that calm me": QCoreApplication.translate("Errors", "things that calm you"),
        "people and places": QCoreApplication.translate("Errors", "people and places"),
        "safer surroundings": QCoreApplication.translate("Errors", "safer surroundings"),
        "reasons": QCoreApplication.translate("Errors", "reasons"),
        "people": QCoreApplication.translate("Errors", "chosen contacts"),
        "naloxone place": QCoreApplication.translate("Errors", "place the naloxone is kept"),
        "naloxone doses": QCoreApplication.translate("Errors", "number of doses"),
        "naloxone expiry date": QCoreApplication.translate("Errors", "expiry date"),
        "commitments": QCoreApplication.translate("Errors", "commitments"),
        "strength before": QCoreApplication.translate("Errors", "rating before"),
        "strength after": QCoreApplication.translate("Errors", "rating after"),
        "trigger": QCoreApplication.translate("Errors", "trigger"),
        "needs": QCoreApplication.translate("Errors", "quick check"),
        "time and place": QCoreApplication.translate("Errors", "time and place"),
        "opening": QCoreApplication.translate("Errors", "opening"),
        "what I noticed": QCoreApplication.translate("Errors", "what you noticed"),
        "how I feel": QCoreApplication.translate("Errors", "how you feel"),
        "what I am asking": QCoreApplication.translate("Errors", "what you are asking for"),
        "how I can help": QCoreApplication.translate("Errors", "how you can help"),
        "what I will avoid": QCoreApplication.translate("Errors", "what you will avoid"),
        "if it goes badly": QCoreApplication.translate("Errors", "what to do if it goes badly"),
        "stress": QCoreApplication.translate("Errors", "stress"),
        "sleep hours": QCoreApplication.translate("Errors", "hours of sleep"),
        "self care": QCoreApplication.translate("Errors", "one thing you did for yourself"),
        "helper": QCoreApplication.translate("Errors", "helper"),
    }


def _bad_text(name: str) -> str:
    """A character that cannot be saved (a lone surrogate from a broken paste)."""
    if name not in _fields():
        return QCoreApplication.translate(
            "Errors", "Something typed has a character that cannot be saved. Please type it again."
        )
    return QCoreApplication.translate(
        "Errors", "There is a character in the %1 that cannot be saved. Please type it again."
    ).replace("%1", _field(name))


def _reasons() -> dict[str, str]:
    """Why a value was refused, by core's reason; "%1" stands for the field's name."""
    out_of_range = QCoreApplication.translate(
        "Errors", "The %1 is outside what can be chosen; please pick another."
    )
    return {
        "required": QCoreApplication.translate("Errors", "Please fill in the %1."),
        "too-long": QCoreApplication.translate(
            "Errors", "Please shorten the %1: it is longer than can be saved."
        ),
        "bad-date": QCoreApplication.translate("Errors", "That %1 is not a real date."),
        "too-short": QCoreApplication.translate(
            "Errors", "The %1 is too short: a few words you will remember are best."
        ),
        "not-a-key": QCoreApplication.translate(
            "Errors", "A recovery key is 25 letters and digits, in five groups of five."
        ),
        "date-range": QCoreApplication.translate(
            "Errors", "The %1 must be a date from the year 1900 to 2199."
        ),
        "unknown-choice": QCoreApplication.translate(
            "Errors", "That choice is no longer available; please choose again."
        ),
        "duplicate": QCoreApplication.translate(
            "Errors", "That %1 is already used; please choose another."
        ),
        "step": QCoreApplication.translate("Errors", "The %1 goes in half seconds, like 4 or 4.5."),
        "out-of-range": out_of_range,
        "not-a-number": out_of_range,
        "missing": QCoreApplication.translate(
            "Errors", "That entry no longer exists; it may have been removed."
        ),
        "no-name": QCoreApplication.translate("Errors", "Please give the number a name."),
        "no-number": QCoreApplication.translate("Errors", "Please enter a phone number."),
        "no-digit": QCoreApplication.translate(
            "Errors", "A phone number needs at least one digit."
        ),
        "not-a-phone": QCoreApplication.translate(
            "Errors",
            "A phone number has digits, and only spaces and + - ( ) . / between them.",
        ),
        "not-an-email": QCoreApplication.translate(
            "Errors", "That does not look like an email address (name@example.org)."
        ),
        "before-start": QCoreApplication.translate(
            "Errors", "A repeat cannot end before the first appointment."
        ),
        "future": QCoreApplication.translate(
            "Errors", "A check-in can only be for today or a day before."
        ),
        "not-empty": QCoreApplication.translate(
            "Errors",
            "The app already holds data, and replacing it was not chosen. Nothing was changed.",
        ),
        "document-failed": QCoreApplication.translate(
            "Errors", "The PDF could not be made, so no file was written. Please try again."
        ),
        "bad-share-file": QCoreApplication.translate(
            "Errors",
            "This file cannot be used: it is damaged or not a shared plan or progress "
            "file. Nothing was changed.",
        ),
        "stale-share": QCoreApplication.translate(
            "Errors",
            "This shared plan is older than the one you already have open, so it was not "
            "opened. Ask for a newer one. Nothing was changed.",
        ),
        "other-plan": QCoreApplication.translate(
            "Errors",
            "This file belongs to another plan, not the one open here. Nothing was changed.",
        ),
        "never-shared": QCoreApplication.translate(
            "Errors",
            "This progress is for a plan shared from another computer: you have not shared "
            "your plan yet. Nothing was changed.",
        ),
        "not-my-task": QCoreApplication.translate(
            "Errors", "Only your own tasks can be ticked or given a note. Nothing was changed."
        ),
        "no-shared-plan": QCoreApplication.translate(
            "Errors", "Please open a shared plan first. Nothing was changed."
        ),
        "no-helper-chosen": QCoreApplication.translate(
            "Errors", "Please choose which of the people in the plan you are. Nothing was changed."
        ),
    }


def describe_invalid_input(error: InvalidInputError) -> str:
    """Why a value was refused, in one short sentence."""
    if error.reason == "bad-text":
        return _bad_text(error.field)
    if error.reason == "typed":  # a field's own words, already in the person's language
        return str(error)
    sentence = _reasons().get(error.reason)
    if sentence is None:
        return QCoreApplication.translate(
            "Errors", "That could not be saved; please check what you typed."
        )
    return sentence.replace("%1", _field(error.field))
