"""Dialogs follow one pattern: a title, a line saying why, buttons without icons and the
primary button on the right (docs/design.md, Dialogs)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QStyle

from companion.ui import theme
from companion.ui.widgets import dialogs
from companion.ui.widgets.plan_dialogs import ContactDialog
from tests.ui.dialog_answers import answering

UI = Path(__file__).resolve().parents[2] / "companion" / "ui"
LINUX = sys.platform.startswith("linux")


@pytest.fixture(params=["light", "system"])
def styled(qapp, request):
    theme.apply_look(qapp, request.param, "normal")
    yield qapp
    theme.apply_appearance(qapp, "system")  # as every window test leaves it


def _left_to_right(buttons):
    return [b.text() for b in sorted(buttons, key=lambda b: b.mapToGlobal(b.rect().topLeft()).x())]


def test_the_style_gives_dialog_buttons_no_icons(styled):
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert styled.style().styleHint(hint) == 0
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    box.show()
    assert all(button.icon().isNull() for button in box.buttons())
    if LINUX:
        save = box.button(QDialogButtonBox.StandardButton.Save).text()
        assert _left_to_right(box.buttons())[-1] == save, "the primary button is on the right"
    box.close()


def _shown(monkeypatch, ask):
    kept: list[QMessageBox] = []

    def run(box: QMessageBox) -> None:
        box.show()
        kept.append(box)
        answering(True)(box)

    monkeypatch.setattr(dialogs, "run", run)
    answer = ask()
    return kept[0], answer


@pytest.mark.parametrize("danger", [False, True])
def test_a_question_has_title_heading_why_and_the_primary_on_the_right(styled, monkeypatch, danger):
    box, answer = _shown(
        monkeypatch,
        lambda: dialogs.confirm(
            None,
            "Delete check-in",
            "Delete the check-in?",
            "A backup is made.",
            "Delete",
            danger=danger,
        ),
    )
    assert answer is True
    assert box.windowTitle() == "Delete check-in"
    assert box.text() == "Delete the check-in?" and box.informativeText() == "A backup is made."
    assert all(button.icon().isNull() for button in box.buttons())
    assert box.icon() != QMessageBox.Icon.Critical, "no red cross"
    if LINUX:
        assert _left_to_right(box.buttons()) == ["Cancel", "Delete"]
    cancel = next(b for b in box.buttons() if b.text() == "Cancel")
    assert box.escapeButton() is cancel
    assert (box.defaultButton() is cancel) == danger, "a risky question defaults to Cancel"


def test_cancel_answers_no(monkeypatch):
    monkeypatch.setattr(dialogs, "run", answering(False))
    assert dialogs.confirm(None, "Title", "Heading?", "Why.", "Go") is False


@pytest.mark.parametrize("say", [dialogs.inform, dialogs.warn])
def test_a_message_has_a_title_and_one_button(styled, monkeypatch, say):
    box, _ = _shown(monkeypatch, lambda: say(None, "Saved", "Saved to a file.", "Why it helps."))
    assert box.windowTitle() == "Saved" and box.informativeText() == "Why it helps."
    assert [b.icon().isNull() for b in box.buttons()] == [True]


def _ui_sources():
    for path in sorted(UI.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_every_message_box_goes_through_the_one_pattern():
    """No QMessageBox of its own anywhere but widgets/dialogs.py; every box shown has a
    title of its own (not the bare app name) and a heading."""
    for path, tree in _ui_sources():
        if path.name == "dialogs.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "QMessageBox":
                pytest.fail(f"{path.relative_to(UI)}:{node.lineno} uses QMessageBox directly")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, (ast.Attribute, ast.Name))
                and getattr(node.func, "attr", getattr(node.func, "id", ""))
                in ("inform", "warn", "confirm")
            ):
                assert len(node.args) >= 3, f"{path.name}:{node.lineno} needs title and heading"
                title = node.args[1]
                assert not (isinstance(title, ast.Name) and title.id == "APP_NAME"), (
                    f"{path.name}:{node.lineno}: a title that says what the box is about"
                )
                if node.func.__dict__.get("attr", node.func.__dict__.get("id")) == "confirm":
                    assert len(node.args) >= 5, f"{path.name}:{node.lineno}: why and a verb"


def test_every_form_dialog_says_why_it_asks():
    """Each FormDialog passes a line of explanation (the third argument) to FormDialog."""
    found = 0
    for _path, tree in _ui_sources():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            if not any(isinstance(b, ast.Name) and b.id == "FormDialog" for b in cls.bases):
                continue
            found += 1
            calls = [
                n
                for n in ast.walk(cls)
                if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr == "__init__"
            ]
            assert calls and len(calls[0].args) >= 3, f"{cls.name} gives no line saying why"
    assert found >= 8


def test_a_form_dialog_shows_its_why_under_the_title(qtbot):
    dialog = ContactDialog(lambda **_: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Add a contact"
    assert dialog.why.isVisible() and dialog.why.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert all(b.icon().isNull() for b in dialog.buttons.buttons())
    if LINUX:
        assert _left_to_right(dialog.buttons.buttons())[-1] == save.text()


def test_typing_starts_in_the_form_never_on_a_button(qtbot):
    """The first field has the keyboard when a form dialog opens (its offered text
    selected, so typing replaces it): a space typed on Save would save."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from companion.ui.pages.conversations import PlanTitleDialog

    for dialog in (ContactDialog(lambda **_: None), PlanTitleDialog("", lambda _title: None)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: isinstance(QApplication.focusWidget(), QLineEdit))
        field = QApplication.focusWidget()
        assert field is dialog.first_field()
        if isinstance(dialog, PlanTitleDialog):
            assert field.selectedText() == "Our talk"
        dialog.reject()
