"""The care-team summary's Cravings part, read back with pdftotext: how many, how strong,
how much they fell, the top triggers; one line when there were none; a neutral heading in
discreet mode; in English and Spanish."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, time, timedelta

import pytest

from companion.core.cravings import QUICK_CHECK, URGE_SURFING, record_craving
from companion.ui import i18n
from companion.ui.report import write_summary_pdf

TODAY = date(2026, 3, 14)
FIRST = date(2026, 3, 1)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _fill(db) -> None:
    for offset, (before, after, trigger) in enumerate(
        ((8, 4, "place"), (7, 5, "feeling"), (6, 3, "place"), (9, None, None))
    ):
        record_craving(
            db,
            started_at=datetime.combine(FIRST + timedelta(days=offset * 3), time(20)),
            kind=URGE_SURFING,
            seconds=600,
            completed=True,
            strength_before=before,
            strength_after=after,
            trigger=trigger,
        )
    record_craving(
        db,
        started_at=datetime.combine(TODAY, time(9)),
        kind=QUICK_CHECK,
        strength_before=4,
        needs=("tired",),
    )
    # outside the period: not counted
    record_craving(
        db, started_at=datetime.combine(FIRST - timedelta(days=1), time(9)), kind=QUICK_CHECK
    )


def _text(context, tmp_path, language="en") -> str:
    if language != "en":
        i18n.use_language(language)
    target = tmp_path / f"summary-{language}.pdf"
    write_summary_pdf(context.db, FIRST, TODAY, target, False, today=TODAY)
    done = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_the_summary_has_a_short_cravings_part(context, tmp_path):
    _fill(context.db)
    text = _text(context, tmp_path)
    assert "Cravings Worked through in the app In these days" in text
    assert "Times 5 in all (4 urge-surfing sessions, 1 quick check)" in text
    assert "Strength before, average (0-10) 6.8 (rated 5 times)" in text
    assert "Fall during urge surfing, average 3 (3 sessions rated before and after)" in text
    assert "Most common triggers a place (2), a feeling (1), not noted (1)" in text
    assert "Quick checks found most tired (1)" in text


def test_no_cravings_is_one_line(context, tmp_path):
    text = _text(context, tmp_path)
    assert "Cravings No urge surfing or quick checks logged in this time." in text
    assert "Most common triggers" not in text


def test_discreet_mode_heads_the_part_without_the_word(context, tmp_path):
    _fill(context.db)
    context.set_setting("discreet_mode", True)
    text = _text(context, tmp_path)
    assert "Urges worked through Worked through in the app" in text
    assert "Cravings" not in text


def test_the_cravings_part_in_spanish(context, tmp_path, spanish_translations):
    _fill(context.db)
    text = _text(context, tmp_path, "es")
    assert "Deseos de consumir" in text
    assert "5 en total (4 sesiones de surfear el impulso, 1 repaso" in text
    assert "6,8 (valorado 5 veces)" in text  # the decimal comma
    assert "un lugar (2)" in text and "Cravings" not in text
