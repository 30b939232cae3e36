"""The Spanish interface translation is whole: every string the code marks is in the .ts,
translated, with its placeholders and its keyboard letter."""

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


def test_there_is_a_file_for_every_language_but_english():
    from companion.core.content import LANGUAGES

    assert [path.stem.partition("_")[2] for path in TS_FILES] == sorted(LANGUAGES[1:])


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
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    wanted = {(context, m.findtext("source")) for context, m in _messages(fresh)}
    have = {(context, m.findtext("source")) for context, m in _messages(ts)}
    assert sorted(wanted - have) == []
