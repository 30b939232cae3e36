"""Answering the app's message boxes in tests: what each said, and which button to press."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox

from companion.ui.widgets import dialogs


@dataclass
class Shown:
    title: str
    heading: str
    why: str
    details: str

    @property
    def text(self) -> str:
        return f"{self.heading}\n\n{self.why}".strip()


@dataclass
class Answers:
    """Installed with `answer_dialogs`; `yes` presses the primary button, else Cancel."""

    yes: bool = False
    shown: list[Shown] = field(default_factory=list)
    boxes: list[QMessageBox] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # heading and explanation of each

    def run(self, box: QMessageBox) -> None:
        self.boxes.append(box)
        shown = Shown(box.windowTitle(), box.text(), box.informativeText(), box.detailedText())
        self.shown.append(shown)
        self.texts.append(shown.text)
        wanted = (
            QMessageBox.ButtonRole.AcceptRole if self.yes else QMessageBox.ButtonRole.RejectRole
        )
        for button in box.buttons():
            if box.buttonRole(button) == wanted:
                button.click()
                return


def answer_dialogs(monkeypatch, yes: bool = False) -> Answers:
    answers = Answers(yes)
    monkeypatch.setattr(dialogs, "run", answers.run)
    return answers


def text_of(box: QMessageBox) -> str:
    """A box's heading and its line of explanation, as one text."""
    return f"{box.text()}\n\n{box.informativeText()}".strip()


def press(box: QMessageBox, yes: bool) -> None:
    """Press the box's primary button (yes), or its Cancel."""
    wanted = QMessageBox.ButtonRole.AcceptRole if yes else QMessageBox.ButtonRole.RejectRole
    for button in box.buttons():
        if box.buttonRole(button) == wanted:
            button.click()
            return


def told_into(texts: list) -> Callable[[QMessageBox], None]:
    """A `dialogs.run` that keeps each box's text and answers Cancel (or OK)."""

    def run(box: QMessageBox) -> None:
        texts.append(text_of(box))
        press(box, False)

    return run


def answering(yes: bool, asked: list | None = None) -> Callable[[QMessageBox], None]:
    """A `dialogs.run` that answers every box with its primary button, or Cancel."""

    def run(box: QMessageBox) -> None:
        if asked is not None:
            asked.append(text_of(box))
        press(box, yes)

    return run
