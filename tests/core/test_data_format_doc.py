"""docs/data-format.md and the code say the same thing: every setting with its default
and allowed values, every table and every column, in both directions."""

from __future__ import annotations

import json
import re
from pathlib import Path

from companion.core.export_schema import SPECS, TABLES
from companion.core.settings import SETTINGS, Setting

DOC = Path(__file__).resolve().parents[2] / "docs" / "data-format.md"


def _part(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def _rows(part: str) -> dict[str, list[str]]:
    """The rows of the markdown tables in `part`, by the name in their first cell."""
    found = {}
    for line in part.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        name = re.fullmatch(r"`([a-z_]+)`", cells[0]) if line.startswith("|") else None
        if name:
            found[name.group(1)] = cells[1:]
    return found


def _settings_table() -> dict[str, list[str]]:
    text = DOC.read_text(encoding="utf-8")
    return _rows(_part(text, "| Setting | Default | Allowed values |", "\n\n"))


def _allowed_words(setting: Setting) -> list[str]:
    """What the document must say a setting may hold."""
    choices = setting.choices
    if not choices:  # a rule instead of a list: its format, as the code says it
        quoted = re.search(r'"[^"]*"', setting.rule)  # its example, or the whole rule
        return [quoted.group(0) if quoted else setting.rule]
    numbers = all(type(c) is int for c in choices)
    if numbers and list(choices) == list(range(choices[0], choices[-1] + 1)) and len(choices) > 5:
        return [f"whole numbers `{choices[0]}` to `{choices[-1]}`"]
    return [f"`{json.dumps(choice)}`" for choice in choices]


def test_every_setting_is_documented_with_its_default_and_values():
    documented = _settings_table()
    assert set(documented) == set(SETTINGS), "settings in the code and the document differ"
    for key, setting in SETTINGS.items():
        default, allowed = documented[key]
        assert default.startswith(f"`{json.dumps(setting.default)}`"), (key, default)
        for word in _allowed_words(setting):
            assert word in allowed, f"{key}: {word} is not in the document"
        listed = re.findall(r"`([^`]+)`", allowed)
        if setting.choices and not any("whole numbers" in w for w in _allowed_words(setting)):
            wanted = {json.dumps(choice) for choice in setting.choices}
            assert set(listed) == wanted, f"{key}: the document allows {listed}"


def test_the_text_sizes_and_languages_are_all_there():
    documented = _settings_table()
    assert '`"larger"`' in documented["text_size"][1]
    assert '`"es"`' in documented["language"][1]


def test_every_table_and_column_is_documented_and_nothing_else():
    text = DOC.read_text(encoding="utf-8")
    tables = _part(text, "## Tables", "## How an import checks the file")
    sections = re.split(r"(?m)^### ", tables)[1:]
    documented = {section.split("\n", 1)[0].strip(): section for section in sections}
    assert list(documented) == list(TABLES), "tables, in the order they are imported"
    for name, section in documented.items():
        columns = {
            key: cells
            for key, cells in _rows(section).items()
            if name != "settings" or key in ("key", "value")
        }
        assert list(columns) == list(SPECS[name].columns), name
        for column, cells in columns.items():
            required = "required" in cells[0]
            assert required == (not SPECS[name].columns[column].missing_ok), (name, column)
