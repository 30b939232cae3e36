"""The words for cravings worked through in Breathe, as the journal, the trends and the
care-team summary say them: what may have set one off, what a quick check found, and one
day's uses in a line ("Cravings worked through: 2 — urge surfing 10 min, 8 → 4 (trigger:
a place); quick check: tired, lonely").

Only QtCore: the command line makes the summary without a window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject

from companion.core.craving_stats import NOT_NOTED, CravingStats
from companion.core.cravings import URGE_SURFING, CravingUse

ARROW = "\u2192"
TOP = 3
"""The care-team summary names this many triggers and needs, the most frequent."""


def _number(value: float) -> str:
    """4.5, or 4,5 in Spanish; whole numbers without decimals."""
    if float(round(value, 1)).is_integer():
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", 1)


class CravingWords(QObject):
    """A class, so that lupdate sees the plural forms; every word is in the person's
    language through `tr`."""

    def trigger(self, key: str) -> str:
        """A trigger as said inside a sentence: "a place", "not noted"."""
        names = {
            "place": self.tr("a place"),
            "person": self.tr("a person"),
            "feeling": self.tr("a feeling"),
            "time": self.tr("a time of day"),
            "other": self.tr("something else"),
            NOT_NOTED: self.tr("not noted"),
        }
        return names.get(key, key)

    def need(self, key: str) -> str:
        """What a quick check found, inside a sentence: "tired", "angry or anxious"."""
        names = {
            "hungry": self.tr("hungry"),
            "angry": self.tr("angry or anxious"),
            "lonely": self.tr("lonely"),
            "tired": self.tr("tired"),
        }
        return names.get(key, key)

    def minutes(self, seconds: float) -> str:
        """A session's length, short: "10 min", or "under 1 min"."""
        if seconds < 60:
            return self.tr("under 1 min")
        return self.tr("%1 min").replace("%1", str(int(seconds / 60 + 0.5)))

    def use(self, use: CravingUse) -> str:
        """One use in a few words: "urge surfing 10 min, 8 → 4 (trigger: a place)"."""
        if use.kind == URGE_SURFING:
            words = self.tr("urge surfing")
            if use.seconds > 0:
                words += " " + self.minutes(use.seconds)
        else:
            words = self.tr("quick check")
            if use.needs:
                words += ": " + ", ".join(self.need(need) for need in use.needs)
        before, after = use.strength_before, use.strength_after
        if before is not None and after is not None:
            words += f", {before} {ARROW} {after}"
        elif before is not None:
            words += ", " + self.tr("%1 before").replace("%1", str(before))
        if use.trigger:
            words += " " + self.tr("(trigger: %1)").replace("%1", self.trigger(use.trigger))
        return words

    def day_line(self, uses: Sequence[CravingUse]) -> str:
        """One day's uses in a line; empty when there were none."""
        if not uses:
            return ""
        head = self.tr("Cravings worked through: %1").replace("%1", str(len(uses)))
        return f"{head} \u2014 " + "; ".join(self.use(use) for use in uses)

    def counted(self, pairs: Sequence[tuple[str, int]], words: dict[str, str]) -> str:
        """ "a place (3), a feeling (2)": each with how often, most first."""
        return ", ".join(f"{words.get(key, key)} ({count})" for key, count in pairs)

    def summary_part(self, found: CravingStats | None, *, discreet: bool) -> dict[str, object]:
        """The care-team summary's Cravings part: a heading and rows of what and how much,
        or one line saying none were worked through. In discreet mode the heading does
        not say "craving"."""
        heading = self.tr("Urges worked through") if discreet else self.tr("Cravings")
        part: dict[str, object] = {
            "heading": heading,
            "columns": [self.tr("Worked through in the app"), self.tr("In these days")],
            "rows": [],
            "empty": self.tr("No urge surfing or quick checks logged in this time."),
        }
        if found is None or not found.total:
            return part
        triggers = {key: self.trigger(key) for key, _count in found.triggers}
        needs = {key: self.need(key) for key, _count in found.needs}
        rows = [
            [
                self.tr("Times"),
                self.tr("%1 in all").replace("%1", str(found.total))
                + " ("
                + self.tr("%n urge-surfing session(s)", "", found.sessions)
                + ", "
                + self.tr("%n quick check(s)", "", found.quick_checks)
                + ")",
            ],
            [
                self.tr("Strength before, average (0-10)"),
                _number(found.average_before)
                + " ("
                + self.tr("rated %n time(s)", "", found.rated_before)
                + ")"
                if found.average_before is not None
                else self.tr("Not rated"),
            ],
            [
                self.tr("Fall during urge surfing, average"),
                _number(found.average_fall)
                + " ("
                + self.tr("%n session(s) rated before and after", "", found.rated_both)
                + ")"
                if found.average_fall is not None
                else self.tr("Not rated before and after"),
            ],
        ]
        if found.triggers:
            rows.append(
                [self.tr("Most common triggers"), self.counted(found.triggers[:TOP], triggers)]
            )
        if found.needs:
            rows.append(
                [self.tr("Quick checks found most"), self.counted(found.needs[:TOP], needs)]
            )
        part["rows"] = rows
        return part
