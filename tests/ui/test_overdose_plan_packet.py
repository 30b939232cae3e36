"""The plan packet's Overdose plan part: the naloxone details, who knows how to use it
(names and numbers), the commitments, and the overdose steps printed with it; in English
and Spanish, with a neutral heading in discreet mode."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

import pytest

from companion.core import content, overdose_plan, people
from companion.core.overdose_plan import OverdosePlan
from companion.ui import i18n
from companion.ui.plan_packet import write_packet_pdf

NOW = datetime(2026, 1, 1, 9, 0)


def _text(path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def _fill(db) -> None:
    mum = people.save_person(db, None, name="Mum", phone="555 0101")
    people.save_person(db, None, name="Sam", phone="555 0199")
    overdose_plan.save_overdose_plan(
        db,
        OverdosePlan("Kitchen drawer", 2, date(2027, 5, 31), "Never use alone\nCall Sam first"),
        NOW,
    )
    overdose_plan.set_naloxone_people(db, [mum.id])


def test_the_packet_has_the_overdose_plan_with_the_steps(context, tmp_path):
    _fill(context.db)
    target = tmp_path / "packet.pdf"
    write_packet_pdf(context.db, target, NOW)
    text = _text(target)
    part = text.split("My overdose plan", 1)[1]
    assert "Naloxone kept in: Kitchen drawer" in part
    assert "Doses: 2" in part
    assert "Expires on: 31 May 2027" in part
    people_part = part.split("Who knows how to use it", 1)[1].split("My commitments")[0]
    assert "Mum" in people_part and "555 0101" in people_part and "Sam" not in people_part
    assert "Never use alone" in part and "Call Sam first" in part
    steps = content.load_response_steps()
    assert part.index("Call Sam first") < part.index(steps.title)


def test_an_empty_overdose_plan_says_so(context, tmp_path):
    target = tmp_path / "packet.pdf"
    write_packet_pdf(context.db, target, NOW)
    assert "My overdose plan No overdose plan written yet." in _text(target)


def test_the_packet_in_spanish(context, tmp_path, spanish_translations):
    _fill(context.db)
    assert i18n.use_language("es")
    try:
        target = tmp_path / "packet.pdf"
        write_packet_pdf(context.db, target, NOW)
    finally:
        i18n.use_language("en")
    text = _text(target)
    assert "Mi plan ante una sobredosis" in text
    assert "Naloxona guardada en: Kitchen drawer" in text
    assert "Quién sabe usarla" in text and "Mis compromisos" in text
    assert "My overdose plan" not in text


def test_discreet_mode_gives_the_part_a_neutral_heading(context, tmp_path):
    _fill(context.db)
    context.set_setting("discreet_mode", True)
    target = tmp_path / "packet.pdf"
    write_packet_pdf(context.db, target, NOW)
    text = _text(target)
    assert "My overdose plan" not in text
    assert "Staying safe Naloxone kept in: Kitchen drawer" in text


@pytest.mark.parametrize("doses", [None, 0])
def test_doses_not_written_or_none(context, tmp_path, doses):
    overdose_plan.save_overdose_plan(context.db, OverdosePlan("Bag", doses), NOW)
    target = tmp_path / "packet.pdf"
    write_packet_pdf(context.db, target, NOW)
    text = _text(target)
    assert ("Doses: Not written yet." if doses is None else "Doses: 0") in text
