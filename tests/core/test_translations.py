"""The interface translations are whole: every string the code marks is in each .ts,
translated, with its placeholders and its keyboard letter. English has a file too, with
only the strings that hold a count (%n), to say "1 day" and "2 days"; and every string
with a count is marked as one, or no language could give its plural forms."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("companion_*.ts"))
TS = ROOT / "resources" / "i18n" / "companion_es.ts"
PLACEHOLDER = re.compile(r"%[0-9n]")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def test_the_spanish_file_is_for_spanish():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "es" and root.get("sourcelanguage") == "en"


def test_there_is_a_file_for_every_language():
    from companion.core.content import LANGUAGES

    assert [path.stem.partition("_")[2] for path in TS_FILES] == sorted(LANGUAGES)
    english = ET.parse(ROOT / "resources" / "i18n" / "companion_en.ts").getroot()
    assert english.get("language") == "en" and english.get("sourcelanguage") == "en"


def test_the_english_file_holds_counts_only_and_says_them_right():
    messages = _messages(ROOT / "resources" / "i18n" / "companion_en.ts")
    assert messages and all(m.get("numerus") == "yes" for _c, m in messages)
    for context, message in messages:
        source = message.findtext("source") or ""
        one, many = _forms(message)
        assert "(s)" not in one + many, f"{context}: {source!r}"
        assert one != many, f"{context}: {source!r}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_every_count_is_marked_as_one(ts):
    """A string with %n that lupdate did not see as a count (QCoreApplication.translate
    with a number does not count; tr on a class does) shows "%n day(s)" as it is."""
    unmarked = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(ts)
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert unmarked == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_no_entry_is_unfinished_missing_or_obsolete(ts):
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        forms = _forms(message)
        expected = 2 if message.get("numerus") == "yes" else 1
        if len(forms) != expected or not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} has no translation")
    assert problems == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_placeholders_and_keyboard_letters_are_kept(ts):
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        for form in _forms(message):
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: placeholders differ in {form!r}")
            if _accelerators(source) != _accelerators(form):
                problems.append(f"{context}: keyboard letter lost or added in {form!r}")
    assert problems == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_every_string_in_the_code_is_in_the_file(ts, tmp_path):
    """lupdate, run on the code now, finds nothing the committed file lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "companion").rglob("*.py"))
    counts_only = ["-pluralonly"] if ts.stem.endswith("_en") else []
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete", *counts_only],
        check=True,
        capture_output=True,
    )
    wanted = {(context, m.findtext("source")) for context, m in _messages(fresh)}
    have = {(context, m.findtext("source")) for context, m in _messages(ts)}
    assert sorted(wanted - have) == []
