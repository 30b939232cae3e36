"""A conversation plan on one page: its title and every step's words in the PDF's text,
one page even with every field at its limit (the type is made smaller, nothing is cut),
lines to write on for the steps left empty, neutral words in discreet mode, and the page
as a picture for printing."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest

from companion.core import conversations, settings
from companion.core.conversations import MAX_STEP, MAX_TITLE, STEPS
from companion.core.validate import InvalidInputError
from companion.ui import i18n
from companion.ui.conversation_pdf import (
    conversation_data,
    conversation_pages,
    write_conversation_pdf,
)

NOW = datetime(2026, 12, 1, 18, 20)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def _plan(db, title="Sunday talk", **steps):
    return conversations.save_plan(db, None, helper_id=None, title=title, steps=steps, now=NOW)


def _text(path) -> str:
    made = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return made.stdout.replace("\u200b", "")


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _word_height(path, word: str) -> float:
    """The height of the first `word` on the page, in points (the size of its type)."""
    made = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True
    ).stdout
    found = re.search(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
        + re.escape(word)
        + "</word>",
        made,
    )
    assert found, word
    return float(found.group(2)) - float(found.group(1))


def test_the_page_holds_the_title_and_each_step_with_its_words(context, tmp_path):
    words = {key: f"Words for {key} here" for key in STEPS}
    plan = _plan(context.db, **words)
    path = write_conversation_pdf(context.db, plan.id, tmp_path / "plan.pdf", NOW)
    text = " ".join(_text(path).split())
    assert "Sunday talk" in text
    for number, step in enumerate(conversations.load_steps(), start=1):
        assert f"{number}. {step.question}" in text
        assert f"Words for {step.key} here" in text
    assert _pages(path) == 1
    assert path.stat().st_mode & 0o077 == 0


def test_every_field_at_its_limit_still_fits_one_page_in_smaller_type(context, tmp_path):
    short = _plan(context.db, "Short", moment="Saturday")
    long_words = {key: (f"{key}{n} " * 200)[:MAX_STEP].strip() for n, key in enumerate(STEPS)}
    long = _plan(context.db, "Long " + "t" * (MAX_TITLE - 5), **long_words)
    small = write_conversation_pdf(context.db, short.id, tmp_path / "short.pdf", NOW)
    big = write_conversation_pdf(context.db, long.id, tmp_path / "long.pdf", NOW)
    assert _pages(big) == 1
    text = _text(big)
    squeezed = "".join(text.split())
    for key, words in long_words.items():
        assert "".join(words.split()) in squeezed, key  # every word, none cut
    assert "".join(long.title.split()) in squeezed
    assert _word_height(big, "moment0") < _word_height(small, "Saturday") * 0.8


def test_many_short_lines_run_on_rather_than_spill_onto_a_second_page(context, tmp_path):
    steps = {key: "\n".join(f"{key} line {n}" for n in range(60))[:MAX_STEP] for key in STEPS}
    plan = _plan(context.db, "Lines", **steps)
    path = write_conversation_pdf(context.db, plan.id, tmp_path / "lines.pdf", NOW)
    assert _pages(path) == 1
    text = " ".join(_text(path).split())
    assert "moment line 0" in text and "fallback line 40" in text


def test_empty_steps_leave_room_to_write_by_hand(context):
    plan = _plan(context.db, opening="Hello")
    data = conversation_data(context.db, plan.id, NOW)
    lines = [step["lines"] for step in data["steps"]]
    assert lines[1] == ["Hello"]
    assert lines[0] == [] and lines[7] == []


def test_blank_lines_are_kept_once(context):
    plan = _plan(context.db, noticed="One\n\n\n\nTwo\n")
    data = conversation_data(context.db, plan.id, NOW)
    assert data["steps"][2]["lines"] == ["One", "", "Two"]


def test_discreet_mode_uses_neutral_words(context, tmp_path):
    settings.set_setting(context.db, "discreet_mode", True)
    plan = _plan(context.db, "Talk", asking="Would you come to the detox unit?")
    data = conversation_data(context.db, plan.id, NOW)
    assert data["labels"]["kind"] == "Notes for a talk"
    text = _text(write_conversation_pdf(context.db, plan.id, tmp_path / "d.pdf", NOW))
    assert "detox" not in text.lower()


def test_spanish_page(context, tmp_path):
    i18n.use_language("es")
    plan = _plan(context.db, "Charla", moment="El sábado")
    text = " ".join(
        _text(write_conversation_pdf(context.db, plan.id, tmp_path / "es.pdf", NOW)).split()
    )
    assert "¿Cuándo y dónde hablará?" in text and "El sábado" in text


def test_a_removed_plan_is_not_printed(context, tmp_path):
    plan = _plan(context.db)
    conversations.delete_plan(context.db, plan.id)
    with pytest.raises(InvalidInputError):
        write_conversation_pdf(context.db, plan.id, tmp_path / "gone.pdf", NOW)
    assert not (tmp_path / "gone.pdf").exists()


def test_the_printed_page_is_one_picture(context):
    plan = _plan(context.db, moment="Saturday")
    pages = conversation_pages(context.db, plan.id, NOW, 40)
    assert len(pages) == 1 and pages[0].startswith(b"\x89PNG")
