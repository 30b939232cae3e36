"""Making the safety plan, one step at a time: seven short steps, each with a prompt, a few
examples and its field (a text, or a list of the Plan's contacts to tick).

Every Next, Back, Done and close saves what is on screen, so nothing written is lost:
Esc and the window's close button save too. A text that cannot be saved is said plainly,
the dialog stays open on that step, and every other step keeps what was written in it.
Ctrl+Enter goes to the next step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import checklist, people, pocket_card, safety_plan
from companion.core.changes import Area
from companion.core.safety_plan import HELP, PROFESSIONAL, SafetyPlan
from companion.core.validate import InvalidInputError
from companion.ui.context import AppContext
from companion.ui.errors import EXPECTED, explain
from companion.ui.names import contact_line
from companion.ui.widgets import dialogs
from companion.ui.widgets.limits import hold_to_limit, with_note
from companion.ui.widgets.page import scrolling_column
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.text import heading, paragraph

STEPS = ("warning_signs", "calming", "distractions", HELP, PROFESSIONAL, "surroundings", "reasons")
FIELDS = {  # the core's field names in its refusals, and the step each belongs to
    "warning signs": 0,
    "things that calm me": 1,
    "people and places": 2,
    "safer surroundings": 5,
    "reasons": 6,
}


@dataclass(frozen=True)
class Step:
    title: str
    prompt: str
    examples: str


class SafetyPlanDialog(QDialog):
    """The seven steps with Back, Next and Done; `openLink` asks the window to open a part
    of the app (Breathe) once the plan is saved and the dialog closed."""

    openLink = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, step: int = 0) -> None:
        super().__init__(parent)
        self.context = context
        self.setModal(True)
        self.setWindowTitle(self.tr("My safety plan"))
        self.setAccessibleName(self.tr("My safety plan"))
        self.saved = safety_plan.get_safety_plan(context.db)
        self.chosen = {HELP: list(self.saved.helpers), PROFESSIONAL: list(self.saved.professionals)}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.lists: dict[str, QListWidget] = {}
        self.step = 0
        outer = QVBoxLayout(self)
        margins = outer.contentsMargins()
        outer.addStrut(520 - margins.left() - margins.right())
        self.counter = paragraph(" ", muted=True)
        outer.addWidget(self.counter)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        for key, words in zip(STEPS, self._steps(), strict=True):
            self._add_step(key, words)

        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.back_button.clicked.connect(self.back)
        self.next_button = make_primary(QPushButton(self.tr("&Next")))
        self.next_button.setAccessibleName(self.tr("Save and go to the next step"))
        self.next_button.setToolTip(self.tr("Ctrl+Enter"))
        self.next_button.clicked.connect(self.forward)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Save the safety plan and close"))
        self.done_button.clicked.connect(self.finish)
        for button in (self.back_button, self.next_button, self.done_button):
            button.setAutoDefault(False)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        for field in (*self.texts.values(), *self.lists.values()):
            field.installEventFilter(self)  # Ctrl+Enter goes on, even from a text field
        self.resize(620, 520)
        self._show_step(max(0, min(step, len(STEPS) - 1)))

    # --- the steps -------------------------------------------------------------------------

    def _steps(self) -> list[Step]:
        return [
            Step(
                self.tr("My warning signs"),
                self.tr("What tells you a hard moment is coming? Thoughts, feelings, places."),
                self.tr(
                    "For example: not sleeping, staying in my room, thinking "
                    "\u201cwhat\u2019s the point\u201d."
                ),
            ),
            Step(
                self.tr("Things I can do on my own to feel calmer"),
                self.tr("What helps you settle, even a little, when you are alone?"),
                self.tr("For example: a breathing exercise, a hot shower, music, a short walk."),
            ),
            Step(
                self.tr("People and places that take my mind off things"),
                self.tr("Who or where helps you think about something else for a while?"),
                self.tr("For example: a friend\u2019s kitchen, the library, a café, the park."),
            ),
            Step(
                self.tr("People I can ask for help"),
                self.tr("Tick the people you could call or text when things get hard."),
                self.tr("For example: a friend, a sister, your sponsor."),
            ),
            Step(
                self.tr("Professionals and services"),
                self.tr(
                    "Tick your care team, counsellor or program. Your region\u2019s helplines "
                    "are below."
                ),
                self.tr("For example: your doctor, the detox program, a crisis line."),
            ),
            Step(
                self.tr("Making my surroundings safer"),
                self.tr("What will you do to make home safer for a hard moment?"),
                self.tr(
                    "For example: medicines locked away or given to someone to keep, no supply "
                    "at home, naloxone where others can find it."
                ),
            ),
            Step(
                self.tr("My reasons for living"),
                self.tr(
                    "What matters to you and keeps you going? Write it for the day you need it."
                ),
                self.tr("For example: my daughter, my dog, seeing the sea again."),
            ),
        ]

    def _add_step(self, key: str, step: Step) -> None:
        scroll, column = scrolling_column((0, 0, 0, 0))
        column.setSpacing(8)
        column.addWidget(heading(step.title, level=2))
        column.addWidget(paragraph(step.prompt))
        column.addWidget(paragraph(step.examples, muted=True))
        if key in (HELP, PROFESSIONAL):
            column.addWidget(self._people_field(key, step.title))
        else:
            edit = QPlainTextEdit(getattr(self.saved, key))
            edit.setAccessibleName(step.title)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(110)
            self.texts[key] = edit
            column.addWidget(with_note(edit, hold_to_limit(edit, safety_plan.MAX_TEXT).note))
        if key == "calming":
            column.addWidget(self._breathe_row())
        if key == PROFESSIONAL:
            column.addWidget(self._helplines())
        if key == "surroundings" and (place := pocket_card.naloxone_place(self.context.db)):
            column.addWidget(paragraph(self.tr("Your naloxone is kept: %1").replace("%1", place)))
        column.addStretch(1)
        self.stack.addWidget(scroll)

    def _people_field(self, key: str, name: str) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        chooser = QListWidget()
        chooser.setAccessibleName(name)
        chooser.setMinimumHeight(110)
        chooser.itemChanged.connect(lambda _item, key=key: self._picked(key))
        self.lists[key] = chooser
        layout.addWidget(chooser)
        add = QPushButton(self.tr("&Add a contact\u2026"))
        add.setAccessibleName(self.tr("Add a contact to the Plan and to this step"))
        add.setAutoDefault(False)
        add.clicked.connect(lambda _checked=False, key=key: self._add_contact(key))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        layout.addLayout(row)
        return holder

    def _breathe_row(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr("Breathe has calming exercises, and help for riding out a craving."),
                muted=True,
            )
        )
        self.breathe_button = QPushButton(self.tr("Save and open B&reathe"))
        self.breathe_button.setAccessibleName(self.tr("Save the plan and open Breathe"))
        self.breathe_button.setAutoDefault(False)
        self.breathe_button.clicked.connect(self._open_breathe)
        row = QHBoxLayout()
        row.addWidget(self.breathe_button)
        row.addStretch(1)
        layout.addLayout(row)
        return holder

    def _helplines(self) -> QWidget:
        from companion.core import content

        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        help_ = content.region_help(str(self.context.setting("region")))
        layout.addWidget(heading(self.tr("Helplines for your region"), level=3))
        lines = [f"{line.name}: {line.number}" for line in help_.helplines]
        lines.insert(0, self.tr("Emergency: %1").replace("%1", help_.emergency_number))
        for line in lines:
            label = paragraph(line)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        return holder

    def _fill_people(self, key: str) -> None:
        """The contacts to tick: those ticked first, in their order, then the others; a
        contact ticked in the other step is left out (a person is named once)."""
        other = PROFESSIONAL if key == HELP else HELP
        everyone = {p.id: p for p in people.list_people(self.context.db)}
        self.chosen = {k: [i for i in ids if i in everyone] for k, ids in self.chosen.items()}
        order = self.chosen[key] + [
            i for i in everyone if i not in self.chosen[key] and i not in self.chosen[other]
        ]
        chooser = self.lists[key]
        chooser.blockSignals(True)
        chooser.clear()
        for person_id in order:
            person = everyone[person_id]
            item = QListWidgetItem(contact_line(person))
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = person_id in self.chosen[key]
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            chooser.addItem(item)
        if not order:
            empty = QListWidgetItem(self.tr("No contacts yet: add one below."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            chooser.addItem(empty)
        chooser.blockSignals(False)
        if chooser.count():
            chooser.setCurrentRow(0)

    def _picked(self, key: str) -> None:
        chooser = self.lists[key]
        ticked = []
        for row in range(chooser.count()):
            item = chooser.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(int(item.data(Qt.ItemDataRole.UserRole)))
        kept = [i for i in self.chosen[key] if i in ticked]
        self.chosen[key] = kept + [i for i in ticked if i not in kept]

    def _add_contact(self, key: str) -> None:
        from companion.ui.widgets.plan_dialogs import ContactDialog

        added: list[int] = []

        def save(**values: object) -> None:
            person = people.save_person(self.context.db, None, **values)  # type: ignore[arg-type]
            added.append(person.id)

        if ContactDialog(save, None, self).exec() and added:
            self.context.changed(Area.HELPERS)
            self.chosen[key].append(added[0])
            self._fill_people(key)

    # --- moving through the steps ----------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.step = step
        key = STEPS[step]
        if key in self.lists:
            self._fill_people(key)
        self.stack.setCurrentIndex(step)
        self.counter.setText(
            self.tr("Step %1 of %2").replace("%1", str(step + 1)).replace("%2", str(len(STEPS)))
        )
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(step < len(STEPS) - 1)
        (self.done_button if step == len(STEPS) - 1 else self.next_button).setDefault(True)
        self._focus_step()

    def _focus_step(self) -> None:
        key = STEPS[self.step]
        field: QWidget = self.texts[key] if key in self.texts else self.lists[key]
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and _next_key(event):
            if event.type() == QEvent.Type.KeyPress:
                self.forward()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _next_key(event):
            self.forward()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_step()

    def wanted(self) -> SafetyPlan:
        """The plan as it is on screen."""
        return SafetyPlan(
            **{key: edit.toPlainText() for key, edit in self.texts.items()},
            helpers=tuple(self.chosen[HELP]),
            professionals=tuple(self.chosen[PROFESSIONAL]),
        )

    def save(self) -> bool:
        """Store the plan as it is on screen, when it changed; False (said plainly, and the
        step with the problem shown) when it cannot be saved."""
        wanted = self.wanted()
        if _same(wanted, self.saved):
            return True
        db = self.context.db
        try:
            saved = self.context.write(
                Area.PLAN, safety_plan.save_safety_plan, db, wanted, self.context.now()
            )
            if safety_plan.counts_as_made(saved):
                self.context.write(
                    Area.CHECKLIST, checklist.apply_auto_ticks, db, self.context.today()
                )
        except EXPECTED as error:
            if isinstance(error, InvalidInputError) and error.field in FIELDS:
                self._show_step(FIELDS[error.field])
            dialogs.warn(self, self.tr("Not saved"), explain(error))
            return False
        self.saved = saved
        return True

    def forward(self) -> None:
        if not self.save():
            return
        if self.step < len(STEPS) - 1:
            self._show_step(self.step + 1)
        else:
            self.accept()

    def back(self) -> None:
        if self.save() and self.step > 0:
            self._show_step(self.step - 1)

    def finish(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Esc and the close button keep what was written: saved, then closed."""
        if self.save():
            super().reject()

    def _open_breathe(self) -> None:
        if self.save():
            self.accept()
            self.openLink.emit("breathe")


def _next_key(event: QKeyEvent) -> bool:
    """Ctrl+Enter (either Enter key): the next step."""
    return event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and (
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


def _same(one: SafetyPlan, other: SafetyPlan) -> bool:
    """The same steps and people, whenever each was saved."""
    return (
        all(getattr(one, k).strip() == getattr(other, k) for k in safety_plan.TEXT_STEPS)
        and one.helpers == other.helpers
        and one.professionals == other.professionals
    )


def open_safety_plan(context: AppContext, parent: QWidget, step: int = 0) -> SafetyPlanDialog:
    """Show the dialog over `parent` and wait; a link it asks for is followed by the window
    (when the window can follow links). Returns the dialog (for tests)."""
    dialog = SafetyPlanDialog(context, parent, step)
    follow = getattr(parent.window(), "open_link", None)
    if follow is not None:
        dialog.openLink.connect(follow)
    dialog.exec()
    return dialog
