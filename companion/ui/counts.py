"""Sentences with a count for code that is not inside a QObject (module functions).

A count must go through Qt's plural forms, `tr("%n record(s)", "", n)`, so that each
language can say "1 record" and "2 records" its own way. pyside6-lupdate marks a string
as plural only when `tr` is called on a class (`self.tr` in a QObject subclass); it does
not for `QCoreApplication.translate(context, text, "", n)`, and such a string then
never gets its plural forms. Widgets use `self.tr`; module functions use these.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    """The counted sentences of the export and import messages."""

    def records_exported(self, records: int, file: str) -> str:
        return self.tr(
            "Everything (%n record(s)) was saved to %1. Keep this file somewhere private.",
            "",
            records,
        ).replace("%1", file)

    def records_imported(self, records: int) -> str:
        return self.tr("Imported %n record(s).", "", records)

    def import_problems(self, problems: int) -> str:
        return self.tr(
            "This file cannot be imported (%n problem(s) found). Nothing was changed.", "", problems
        )
