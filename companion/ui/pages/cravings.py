"""Breathe's Cravings part: urge surfing (how strong the craving is, how long, Start) and
the quick check (hungry, angry or anxious, lonely, tired, each with one small thing to do).

`CravingsPart` runs it inside the Breathe page: it owns the Cravings view, the urge-surfing
session and its finish screen, which the page puts in its stack. A session is saved the
moment it starts and updated when it ends or is stopped, so closing the app in the middle
of one loses nothing; the finish screen adds the rating after, a trigger and a note.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core import cravings
from companion.core.changes import Area
from companion.core.cravings import NEEDS, CravingUse
from companion.core.urge_surfing import (
    DEFAULT_LENGTH,
    LENGTHS,
    UrgeSession,
    load_quick_check,
    load_urge_surfing,
)
from companion.ui import theme
from companion.ui.context import AppContext
from companion.ui.pages.breathe_session import started_at
from companion.ui.pages.urge_after import UrgeAfterView, strength_row
from companion.ui.pages.urge_session import UrgeSessionView
from companion.ui.widgets.choice_row import ChoiceRow
from companion.ui.widgets.flow import FlowRow
from companion.ui.widgets.pacer import announce
from companion.ui.widgets.page import card, left_aligned, scrolling_column
from companion.ui.widgets.text import heading, paragraph, set_tone
from companion.ui.writes import attempt

if TYPE_CHECKING:
    from companion.ui.pages.breathe import BreathePage

LENGTH_KEY = "breathe/urge_minutes"


def part_name(discreet: bool) -> str:
    """The Cravings part's name on Breathe (a neutral one in discreet mode)."""
    if discreet:
        return QCoreApplication.translate("Cravings", "Hard moments")
    return QCoreApplication.translate("Cravings", "Cravings")


def craving_button_text(discreet: bool) -> str:
    """The one-click way in, on Today and in Get help now."""
    if discreet:
        return QCoreApplication.translate("Cravings", "I need a moment")
    return QCoreApplication.translate("Cravings", "I'm having a craving")


def need_words() -> dict[str, str]:
    return {
        "hungry": QCoreApplication.translate("Cravings", "Hungry"),
        "angry": QCoreApplication.translate("Cravings", "Angry or anxious"),
        "lonely": QCoreApplication.translate("Cravings", "Lonely"),
        "tired": QCoreApplication.translate("Cravings", "Tired"),
    }


def need_links() -> dict[str, list[tuple[str, str]]]:
    """The buttons under each ticked need: (link, words)."""
    return {
        "angry": [("breathe:calm", QCoreApplication.translate("Cravings", "Calm breathing"))],
        "lonely": [
            ("plan:safety", QCoreApplication.translate("Cravings", "My safety plan")),
            ("plan:people", QCoreApplication.translate("Cravings", "My people")),
            ("help", QCoreApplication.translate("Cravings", "Get help now")),
        ],
    }


class CravingsView(QWidget):
    """What Breathe shows under Cravings."""

    startAsked = Signal(int, object)  # minutes, strength now (int or None)
    quickCheckSaved = Signal(tuple, object)  # needs ticked, strength now
    linkAsked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = load_urge_surfing()
        check = load_quick_check()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller, column = scrolling_column((0, 0, 8, 0))
        outer.addWidget(self.scroller)

        surf, surf_layout = card()
        surf_layout.addWidget(heading(words.name, level=2))
        surf_layout.addWidget(paragraph(words.summary))
        strength_label = QLabel(
            self.tr(
                "How strong is the craving now? 0 is none, 10 is the strongest. You can skip this."
            )
        )
        strength_label.setWordWrap(True)
        self.strength = strength_row(self.tr("Craving now"))
        strength_label.setBuddy(self.strength.buttons[0])
        surf_layout.addWidget(strength_label)
        surf_layout.addWidget(self.strength)
        length_label = QLabel(self.tr("How long:"))
        self.length = ChoiceRow(
            self.tr("Length"),
            [
                (m, self.tr("%1 min").replace("%1", str(m)), self.tr("%n minute(s)", "", m))
                for m in LENGTHS
            ],
        )
        length_label.setBuddy(self.length.buttons[0])
        surf_layout.addWidget(length_label)
        surf_layout.addWidget(self.length)
        self.start_button = QPushButton(self.tr("&Start urge surfing"))
        self.start_button.setAccessibleName(self.tr("Start urge surfing"))
        self.start_button.setObjectName("startButton")
        theme.style(self.start_button, theme.START_BUTTON_QSS)
        start_row = left_aligned(self.start_button)
        surf_layout.addLayout(start_row)
        surf_layout.addWidget(paragraph(words.how, muted=True))
        caution = paragraph(self.tr("Take care: %1").replace("%1", words.caution))
        set_tone(caution, "caution")
        surf_layout.addWidget(caution)
        surf_layout.addWidget(
            paragraph(self.tr("Sources: %1").replace("%1", "; ".join(words.sources)), muted=True)
        )
        column.addWidget(surf)

        quick, quick_layout = card()
        quick_layout.addWidget(heading(self.tr("Quick check"), level=2))
        quick_layout.addWidget(paragraph(check.question))
        self.saved_note = paragraph("", muted=True)
        self.needs: dict[str, QCheckBox] = {}
        self.need_actions: dict[str, QWidget] = {}
        names = need_words()
        links = need_links()
        for need in NEEDS:
            box = QCheckBox(names[need])
            box.setAccessibleName(names[need])
            self.needs[need] = box
            quick_layout.addWidget(box)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(24, 0, 0, 4)
            holder_layout.setSpacing(4)
            holder_layout.addWidget(paragraph(check.action(need)))
            if need in links:
                row = FlowRow(spacing=8)
                for link, text in links[need]:
                    button = QPushButton(text)
                    button.setAccessibleName(text)
                    button.clicked.connect(lambda _on=False, to=link: self.linkAsked.emit(to))
                    row.addWidget(button)
                holder_layout.addLayout(row)
            holder.setVisible(False)
            self.need_actions[need] = holder
            quick_layout.addWidget(holder)
            box.toggled.connect(lambda on, h=holder: h.setVisible(on))
            box.toggled.connect(lambda _on: self.saved_note.setText(""))
        self.save_check = QPushButton(self.tr("Save the &check"))
        self.save_check.setAccessibleName(self.tr("Save the quick check"))
        self.save_check.setToolTip(
            self.tr("Saved with how strong the craving is, if you chose it above")
        )
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_check)
        save_row.addWidget(self.saved_note, 1)
        quick_layout.addLayout(save_row)
        column.addWidget(quick)
        column.addStretch(1)

        self.start_button.clicked.connect(self._start)
        self.save_check.clicked.connect(self._save_check)

    def ready(self) -> None:
        """The keyboard on Start, and Start in sight (large text may put it lower)."""
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroller.ensureWidgetVisible(self.start_button)

    def ticked(self) -> tuple[str, ...]:
        return tuple(need for need in NEEDS if self.needs[need].isChecked())

    def strength_now(self) -> int | None:
        value = self.strength.value()
        return value if isinstance(value, int) else None

    def _start(self) -> None:
        minutes = self.length.value()
        self.startAsked.emit(
            minutes if isinstance(minutes, int) else DEFAULT_LENGTH, self.strength_now()
        )

    def _save_check(self) -> None:
        self.quickCheckSaved.emit(self.ticked(), self.strength_now())

    def check_saved(self) -> None:
        """Clear the check once saved, and say so."""
        for box in self.needs.values():
            box.setChecked(False)
        self.strength.setValue(None)
        self.saved_note.setText(self.tr("Saved. It is in your journal for today."))
        announce(self.save_check, self.saved_note.text())


class CravingsPart(QObject):
    """The Cravings part's views and what they do, for the Breathe page."""

    def __init__(self, page: BreathePage, remembered: QSettings) -> None:
        super().__init__(page)
        self.page = page
        self.context: AppContext = page.context
        self.remembered = remembered
        clock = self.context.storage.clock
        self.view = CravingsView()
        self.session_view = UrgeSessionView(clock)
        self.after_view = UrgeAfterView()
        self.use: CravingUse | None = None
        minutes = remembered.value(LENGTH_KEY, DEFAULT_LENGTH, type=int)
        self.view.length.setValue(minutes if minutes in LENGTHS else DEFAULT_LENGTH)
        self.view.length.valueChanged.connect(self._remember_length)
        self.view.startAsked.connect(self.start)
        self.view.quickCheckSaved.connect(self.save_quick_check)
        self.session_view.finished.connect(self._finished)
        self.after_view.done.connect(self._save_after)
        self.after_view.skipped.connect(self.back)

    def views(self) -> tuple[QWidget, QWidget, QWidget]:
        return self.view, self.session_view, self.after_view

    def _remember_length(self, minutes: object) -> None:
        if isinstance(minutes, int):
            self.remembered.setValue(LENGTH_KEY, minutes)
            self.remembered.sync()

    def _write(self, action: Callable[[], CravingUse]) -> CravingUse | None:
        return attempt(self.page, lambda: self.context.write(Area.CRAVINGS, action))

    def save_quick_check(self, needs: tuple[str, ...], strength: int | None) -> None:
        db = self.context.db
        when = started_at(self.context.storage.clock)
        saved = self._write(
            lambda: cravings.record_craving(
                db,
                started_at=when,
                kind=cravings.QUICK_CHECK,
                needs=needs,
                strength_before=strength,
            )
        )
        if saved is not None:
            self.view.check_saved()

    def start(self, minutes: int, strength: int | None) -> None:
        """Save the use now (so nothing is lost if the app closes), then run the session."""
        db = self.context.db
        when = started_at(self.context.storage.clock)
        self.use = self._write(
            lambda: cravings.record_craving(
                db, started_at=when, kind=cravings.URGE_SURFING, strength_before=strength
            )
        )
        words = load_urge_surfing()
        self.page.show_part_view(self.session_view, focus=True)
        self.session_view.begin(words.name, UrgeSession(minutes, words), self.page.reduced_motion())

    def running(self) -> bool:
        return self.session_view.session.started

    def _finished(self, seconds: float, completed: bool) -> None:
        before = self.use.strength_before if self.use is not None else None
        if self.use is not None:
            use = self.use
            done = CravingUse(**{**use.__dict__, "seconds": seconds, "completed": completed})
            db = self.context.db
            self.use = self._write(lambda: cravings.update_craving(db, done)) or use
        self.page.show_part_view(self.after_view, focus=False)
        self.after_view.show_result(seconds, completed, before)

    def _save_after(self, after: int | None, trigger: str | None, note: str) -> None:
        use = self.use
        if use is not None:
            db = self.context.db
            changed = CravingUse(
                **{**use.__dict__, "strength_after": after, "trigger": trigger, "note": note}
            )
            if self._write(lambda: cravings.update_craving(db, changed)) is None:
                return  # said; the answers stay on screen
        self.back()

    def back(self) -> None:
        self.use = None
        self.view.strength.setValue(None)
        self.page.show_part_view(self.view, focus=False)
        self.view.ready()
