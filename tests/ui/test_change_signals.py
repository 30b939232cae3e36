"""Change signals are typed: after a write, pages are told which `Area` changed, never a
word, and they compare against the `Area` members. Checked at run time and in the source."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from companion.core import aftercare, journal, learn, people
from companion.core.changes import Area

UI = Path(__file__).resolve().parents[2] / "companion" / "ui"
TODAY = date(2026, 1, 1)  # the FakeClock's date in the UI fixtures


@pytest.fixture
def told(context):
    heard: list[object] = []
    context.dataChanged.connect(heard.append)
    return heard


def test_a_word_is_refused_as_an_area(context, told):
    with pytest.raises(TypeError):
        context.changed("journal")  # type: ignore[arg-type]
    ran = []
    with pytest.raises(TypeError):
        context.write("helpers", lambda: ran.append(1))  # type: ignore[arg-type]
    assert ran == [], "the write is not made when its area is not an Area"
    assert told == []


def test_a_write_tells_its_area_once_it_is_made(context, told):
    made = context.write(
        Area.HELPERS, people.save_person, context.db, None, name="Ana", relationship="sister"
    )
    assert made.name == "Ana"
    assert told == [Area.HELPERS]


def test_a_write_that_fails_tells_nothing(context, told):
    def refused() -> None:
        raise ValueError("refused")

    with pytest.raises(ValueError):
        context.write(Area.JOURNAL, refused)
    assert told == []


def test_what_pages_save_is_told_as_an_area(window, context, told):
    window.show_section("journal")
    window.journal.form.craving.setValue(3)
    assert window.journal.flush()
    window.show_section("plan")
    window.plan.first_week.setPlainText("Stay with my sister")
    assert window.plan.flush()
    window.show_section("learn")
    window.learn.read_box.setChecked(True)
    assert journal.get_entry(context.db, TODAY) is not None
    assert aftercare.get_aftercare(context.db).first_week == "Stay with my sister"
    assert learn.read_keys(context.db)
    assert {Area.JOURNAL, Area.PLAN, Area.LEARN} <= set(told)
    assert all(isinstance(area, Area) for area in told)


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in UI.rglob("*.py")]


def _is_word(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(_is_word(element) for element in node.elts)
    return False


def test_no_page_names_an_area_in_words():
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name = node.func.attr
            first = node.args[0] if node.args else None
            if name in ("changed", "write") and first is not None and _is_word(first):
                found.append(f"{path.name}:{node.lineno} {name}({ast.unparse(first)})")
            target = node.func.value
            if (
                name == "emit"
                and isinstance(target, ast.Attribute)
                and target.attr == "dataChanged"
                and path.name != "context.py"
            ):
                found.append(f"{path.name}:{node.lineno} emits dataChanged itself")
    assert found == []


def test_every_receiver_compares_the_area_with_an_area():
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            if any(isinstance(side, ast.Name) and side.id == "area" for side in sides) and any(
                _is_word(side) for side in sides
            ):
                found.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    assert found == []
