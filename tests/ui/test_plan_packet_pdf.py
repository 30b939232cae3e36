"""The plan packet on the tagged-PDF engine: tagged, in the person's language, the person's
own tasks under their name (or "You"), a page for each helper with their own tasks, the
medicines' dose and timing as written, and nothing of detox in discreet mode."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta

import pytest

from companion.core import checklist, content, plan
from companion.ui import i18n, plan_packet
from companion.ui.plan_packet import write_packet_pdf

NOW = datetime(2026, 1, 1, 9, 0)


def _pages(path) -> list[str]:
    """The text of each page, as pdftotext reads it (spaces folded)."""
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def _info(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


def _fill(db) -> None:
    checklist.ensure_template(db, content.load_checklist_template())
    maria = plan.save_person(db, None, name="Maria", role="family", phone="555 0142")
    plan.save_person(db, None, name="Tom", role="peer", phone="555 0199")
    plan.save_person(db, None, name="Riverside", role="detox-program", phone="555 0100")
    checklist.save_item(
        db, None, category="home", title="Feed the cat", assignee_id=maria.id, due=date(2026, 1, 5)
    )
    checklist.save_item(db, None, category="home", title="Water the plants")
    plan.save_appointment(
        db, None, kind="intake", title="Intake at Riverside", starts_at=NOW + timedelta(days=3)
    )
    plan.save_medication(
        db, None, name="Sertraline", purpose="Low mood", notes="50 mg each morning with food"
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_packet_is_tagged_and_says_its_language(
    context, tmp_path, language, spanish_translations
):
    _fill(context.db)
    assert i18n.use_language(language)
    try:
        target = tmp_path / "packet.pdf"
        write_packet_pdf(context.db, target, NOW)
    finally:
        i18n.use_language("en")
    info = _info(target)
    assert "Tagged:          yes" in info
    assert f"/Lang({language})".encode() in target.read_bytes()
    assert target.stat().st_mode & 0o777 == 0o600


def test_each_helper_has_a_page_with_their_own_tasks(context, tmp_path):
    _fill(context.db)
    target = tmp_path / "packet.pdf"
    pages = write_packet_pdf(context.db, target, NOW)
    text = _pages(target)
    assert len(text) == pages
    maria = [page for page in text if page.startswith("For Maria")]
    tom = [page for page in text if page.startswith("For Tom")]
    assert len(maria) == 1 and len(tom) == 1
    assert "Feed the cat" in maria[0] and "Water the plants" not in maria[0]
    assert "Intake at Riverside" in maria[0] and "555 0142" not in maria[0].split("Numbers")[0]
    assert "Emergency: 911" in maria[0]
    assert "No tasks given to you yet." in tom[0]
    assert not any(page.startswith("For Riverside") for page in text)  # a program, not a helper


def test_the_persons_own_tasks_are_under_their_name_or_you(context, tmp_path, monkeypatch):
    _fill(context.db)
    target = tmp_path / "packet.pdf"
    write_packet_pdf(context.db, target, NOW)
    first = " ".join(_pages(target))
    assert "Open tasks, by person You Task" in first and " Me " not in first
    monkeypatch.setattr(plan_packet, "person_name", lambda _db: "Alex")
    write_packet_pdf(context.db, target, NOW)
    text = _pages(target)
    assert "Open tasks, by person Alex Task" in " ".join(text)
    maria = next(page for page in text if page.startswith("For Maria"))
    assert "to help Alex" in maria


def test_medicines_keep_the_dose_and_timing_as_written(context, tmp_path):
    _fill(context.db)
    target = tmp_path / "packet.pdf"
    write_packet_pdf(context.db, target, NOW)
    text = " ".join(_pages(target))
    assert "50 mg each morning with food" in text
    assert "Doses and changes are for the prescriber to decide." in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_discreet_mode_says_nothing_of_detox(context, tmp_path, language, spanish_translations):
    _fill(context.db)
    checklist.save_item(context.db, None, category="home", title="Tell work about the detox")
    context.set_setting("discreet_mode", True)
    assert i18n.use_language(language)
    try:
        target = tmp_path / "notes.pdf"
        write_packet_pdf(context.db, target, NOW)
    finally:
        i18n.use_language("en")
    text = " ".join(_pages(target)).lower()
    assert "detox" not in text and "desintox" not in text
    assert "tell work about the treatment" in text or "treatment" in text
    info = _info(target).lower()
    assert "detox" not in info and "desintox" not in info
    assert b"detox" not in target.read_bytes().lower()
