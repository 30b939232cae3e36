"""Every file name the app offers is neutral: never "detox" (in any language), and in
discreet mode never "journal", "check-in" or "detox" — so a file left in Downloads or a
recent-files list says nothing about why it was made."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import companion.ui
from companion.ui import i18n

UI_DIR = Path(companion.ui.__file__).parent
NAME = r"([A-Za-z0-9%_.-]+\.(?:pdf|csv|ics|json))"
OFFERED = re.compile(r'(?:tr|translate)\((?:"[A-Za-z]+", )?"' + NAME + '"')
NEVER = re.compile(r"detox|desintox", re.I)
NOT_WHEN_DISCREET = re.compile(r"detox|desintox|journal|diario|check-in|registro", re.I)


def _offered_names() -> list[str]:
    names = []
    for path in sorted(UI_DIR.rglob("*.py")):
        names += OFFERED.findall(path.read_text(encoding="utf-8"))
    return names


def test_the_scan_finds_the_names_the_app_offers():
    names = _offered_names()
    assert {"plan-packet.pdf", "notes.pdf", "check-ins.csv", "notes.csv"} <= set(names)


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_offered_name_says_detox_in_any_language(qapp, language):
    from PySide6.QtCore import QCoreApplication

    i18n.use_language(language)
    try:
        for path in sorted(UI_DIR.rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            for context, source in re.findall(r'translate\("([A-Za-z]+)", "' + NAME + r'"\)', text):
                shown = QCoreApplication.translate(context, source)
                assert not NEVER.search(shown), (path.name, shown)
            classes = re.findall(r"^class (\w+)", text, re.M)
            for source in re.findall(
                r'self\.tr\("([A-Za-z0-9%_.-]+\.(?:pdf|csv|ics|json))"\)', text
            ):
                for context in classes:
                    shown = QCoreApplication.translate(context, source)
                    assert not NEVER.search(shown), (path.name, context, shown)
    finally:
        i18n.use_language("en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_discreet_mode_offers_neutral_names_for_the_journal_and_the_plan(window, context, language):
    i18n.use_language(language)
    try:
        context.set_setting("discreet_mode", True)
        window.show_section("journal")
        window.show_section("plan")
        names = [
            window.journal.csv_file_name(),
            window.journal.summary_file_name(date(2026, 11, 1), date(2026, 11, 30)),
            window.plan.packet_file_name(),
        ]
        for name in names:
            assert not NOT_WHEN_DISCREET.search(name), name
    finally:
        i18n.use_language("en")
