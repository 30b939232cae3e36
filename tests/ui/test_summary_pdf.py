"""The care-team summary as a tagged PDF: its language and title, a sentence for every
chart, the symptoms by day, dates in the person's language, owner-only, and made by the
command line without a GUI application."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from companion.core import journal
from companion.core.journal import JournalEntry
from companion.ui import i18n
from companion.ui.report import write_summary_pdf

TODAY = date(2026, 3, 14)
FIRST = date(2026, 3, 1)


def _fill(db) -> None:
    symptoms = [s.key for s in journal.load_symptoms()]
    for offset in range(14):
        day = FIRST + timedelta(days=offset)
        entry = JournalEntry(
            day=day,
            mood=1 + offset % 5,
            craving=max(3, 7 - offset // 2),
            sleep_hours=6.5,
            symptoms={key: (offset + n) % 5 for n, key in enumerate(symptoms)},
            wins=("walked to the shop",) if offset == 3 else (),
            notes="slept badly" if offset == 5 else "",
        )
        journal.save_entry(db, entry, TODAY)
    # the fortnight before, for the comparison
    journal.save_entry(db, JournalEntry(day=FIRST - timedelta(days=3), craving=9), TODAY)


def _summary(context, tmp_path, language="en", **options):
    if language != "en":
        i18n.use_language(language)
    target = tmp_path / f"summary-{language}.pdf"
    write_summary_pdf(context.db, FIRST, TODAY, target, True, today=TODAY, **options)
    return target


def _structure(path) -> list[dict]:
    """Every element of the PDF's structure tree, depth first."""
    found = []

    def walk(node):
        node = node.get_object()
        if not isinstance(node, dict):
            return
        if "/S" in node:
            found.append(node)
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") or isinstance(kid, dict):
                walk(kid)

    walk(PdfReader(path).trailer["/Root"]["/StructTreeRoot"])
    return found


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("language", ["en", "es"])
def test_pdfinfo_says_tagged_with_the_language_and_title(
    context, tmp_path, spanish_translations, language
):
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    _fill(context.db)
    path = _summary(context, tmp_path, language)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info
    title = {"en": "Daily check-in summary", "es": "Resumen de los registros del día"}[language]
    assert f"Title:           {title}" in info
    meta = subprocess.run(["pdfinfo", "-meta", path], capture_output=True, text=True).stdout
    assert f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li>" in meta
    assert PdfReader(path).trailer["/Root"]["/Lang"] == language


def test_every_chart_is_a_figure_with_a_sentence_saying_what_it_shows(context, tmp_path):
    _fill(context.db)
    figures = [node for node in _structure(_summary(context, tmp_path)) if node["/S"] == "/Figure"]
    alts = [str(node.get("/Alt", "")) for node in figures]
    assert len(alts) == 4 and all(alts), alts
    assert alts[1].startswith("Craving, 1 Mar 2026 to 14 Mar 2026: from 7 down to 3;"), alts[1]
    assert "highest 7 on 1 Mar 2026" in alts[1]
    assert alts[0].startswith("Mood, 1 Mar 2026 to 14 Mar 2026:")


def test_symptoms_by_day_is_a_table_naming_each_symptom(context, tmp_path):
    _fill(context.db)
    path = _summary(context, tmp_path)
    kinds = [node["/S"] for node in _structure(path)]
    assert kinds.count("/Table") >= 3 and "/TH" in kinds  # header cells are marked as such
    text = _text(path)
    assert "Symptoms by day" in text
    for symptom in journal.load_symptoms():
        assert symptom.label in text


def test_averages_compare_with_the_days_before(context, tmp_path):
    _fill(context.db)
    text = _text(_summary(context, tmp_path))
    assert "The 14 days before" in text
    assert "Craving (0-10)" in text and "lower" in text  # 4.6 now, 9 the fortnight before


def test_dates_and_numbers_are_in_spanish_for_spanish(context, tmp_path, spanish_translations):
    _fill(context.db)
    text = _text(_summary(context, tmp_path, "es"))
    assert "Del 1 mar 2026 al 14 mar 2026" in text
    assert "Síntomas por día" in text and "Página 1 de" in text
    assert "6,5" in text  # the decimal comma
    assert "Mar 2026" not in text and "2026-03-01" not in text


def test_the_name_is_printed_only_when_given(context, tmp_path):
    _fill(context.db)
    assert "Name: Alex" in _text(_summary(context, tmp_path, name="Alex"))
    assert "Name:" not in _text(_summary(context, tmp_path))


def test_notes_stay_out_unless_asked_for(context, tmp_path):
    _fill(context.db)
    target = tmp_path / "no-notes.pdf"
    write_summary_pdf(context.db, FIRST, TODAY, target, False, today=TODAY)
    text = _text(target)
    assert "walked to the shop" in text and "slept badly" not in text
    assert "slept badly" in _text(_summary(context, tmp_path))


def test_discreet_mode_gives_a_plain_title_and_no_word_of_detox(context, tmp_path):
    _fill(context.db)
    journal.save_entry(
        context.db, JournalEntry(day=TODAY, notes="Ready for detox on Monday."), TODAY
    )
    context.set_setting("discreet_mode", True)
    path = _summary(context, tmp_path)
    reader = PdfReader(path)
    assert reader.metadata.title == "Daily notes"
    text = _text(path)
    assert "Ready for treatment on Monday." in text
    assert "detox" not in text.lower() and "check-in summary" not in text


def test_an_emoji_in_a_note_still_makes_the_summary(context, tmp_path):
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=4, notes="Good day 😊"), TODAY)
    text = _text(_summary(context, tmp_path))
    assert "Good day" in text


def test_the_summary_is_owner_only(context, tmp_path):
    _fill(context.db)
    assert _summary(context, tmp_path).stat().st_mode & 0o777 == 0o600


def test_an_empty_time_still_makes_a_whole_summary(context, tmp_path):
    target = tmp_path / "empty.pdf"
    assert write_summary_pdf(context.db, FIRST, TODAY, target, True, today=TODAY) == 0
    text = _text(target)
    assert "No symptom check-ins in this time." in text
    assert "Nothing recorded in these days." in text


def test_verapdf_finds_it_pdf_ua(context, tmp_path):
    if shutil.which("verapdf") is None:
        pytest.skip("veraPDF is not installed (Typst checks PDF/UA-1 rules while it writes)")
    _fill(context.db)
    path = _summary(context, tmp_path)
    run = subprocess.run(
        ["verapdf", "--flavour", "ua1", "--format", "text", path], capture_output=True, text=True
    )
    assert run.stdout.startswith("PASS"), run.stdout


def test_the_command_line_makes_it_without_a_gui_application(context, data_dir, tmp_path):
    _fill(context.db)
    context.storage.db.close()  # the command opens the data itself
    output = tmp_path / "cli.pdf"
    script = (
        "import sys\n"
        "from companion import cli\n"
        f"code = cli.main(['--data-dir', {str(data_dir)!r}, 'journal-pdf', '--from',"
        f" '2026-03-01', '--to', '2026-03-14', '--output', {str(output)!r}, '--name', 'Alex'])\n"
        "assert code == 0, code\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Summary of 14 days written to" in run.stdout
    assert "['PySide6.QtCore']" in run.stdout  # no QtGui, no QGuiApplication, no display
    reader = PdfReader(io.BytesIO(output.read_bytes()))
    assert "Name: Alex" in reader.pages[0].extract_text()
