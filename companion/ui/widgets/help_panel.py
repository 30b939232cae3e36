"""Get help now: emergency number, helplines, the person's own numbers, and overdose steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from companion.core import contacts, content, plan
from companion.core.changes import Area
from companion.core.settings import REGIONS
from companion.ui.context import AppContext
from companion.ui.models.table_model import Column
from companion.ui.names import region_name
from companion.ui.widgets.fit import keep_all_wrapped_lines
from companion.ui.widgets.own_number_dialog import OwnNumberDialog
from companion.ui.widgets.page import card
from companion.ui.widgets.record_list import RecordList, Words
from companion.ui.widgets.text import ScaledLabel, heading, paragraph, selectable


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class HelpPanel(QDialog):
    """A calm, scrolling panel; opens on the region chosen in Settings.

    Without a context (the data is still locked) it shows what needs no personal data:
    the emergency number, the helplines of `region` and the overdose steps. "My people",
    the safety plan and the person's own numbers appear once the data is unlocked.
    """

    openLearn = Signal(str)

    def __init__(
        self, context: AppContext | None, parent: QWidget | None = None, region: str = ""
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._locked_region = region
        self.setWindowTitle(self.tr("Get help now"))
        self.setAccessibleName(self.tr("Get help now"))
        self.resize(660, 760)
        outer = QVBoxLayout(self)
        outer.setSpacing(0)
        outer.setContentsMargins(0, 0, 0, 12)

        # What matters most stays at the top, outside the scrolling part, so that it is
        # on screen whenever the panel opens, at any text size and window height.
        top = QWidget()
        top.setObjectName("helpTop")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(24, 16, 24, 8)
        top_layout.setSpacing(8)
        top_layout.addWidget(heading(self.tr("Get help now")))
        top_layout.addWidget(
            paragraph(
                self.tr(
                    "You are not alone. If someone's life may be in danger, call the "
                    "emergency number first."
                )
            )
        )
        emergency, emergency_layout = card(border="#0b6b62", width=2)
        emergency.setObjectName("emergencyCard")
        emergency_layout.setContentsMargins(16, 8, 16, 8)
        emergency_layout.setSpacing(4)
        number_row = QHBoxLayout()
        number_row.addWidget(heading(self.tr("Emergency"), level=2))
        self.emergency_number = selectable(ScaledLabel("", 2.0, bold=True))
        self.emergency_number.setAccessibleName(self.tr("Emergency number"))
        number_row.addWidget(self.emergency_number)
        number_row.addStretch(1)
        emergency_layout.addLayout(number_row)
        self.emergency_note = paragraph("")
        emergency_layout.addWidget(self.emergency_note)
        top_layout.addWidget(emergency)
        self.steps_button = QPushButton(self.tr("&Overdose: what to do"))
        self.steps_button.setObjectName("overdoseStepsButton")
        self.steps_button.setAccessibleName(self.tr("Go to the overdose steps"))
        self.steps_button.setToolTip(self.tr("Signs of an overdose and the steps to take"))
        self.steps_button.clicked.connect(self.show_overdose_steps)
        # "I'm having a craving": one click into Breathe's craving toolkit, under the
        # emergency number (a neutral name in discreet mode).
        self.craving_button = QPushButton()
        self.craving_button.setObjectName("cravingButton")
        self.craving_button.clicked.connect(self.open_cravings)
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps_button)
        steps_row.addWidget(self.craving_button)
        steps_row.addStretch(1)
        top_layout.addLayout(steps_row)
        self._name_craving_button()
        outer.addWidget(keep_all_wrapped_lines(top))  # never squeezed, however narrow

        self.scroll_area = scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.inner = inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(24, 8, 24, 12)
        self.column.setSpacing(14)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        # The person's own safety plan comes first, once there is one (never above the
        # emergency number, which stays at the top outside the scrolling part).
        self.safety_box, self.safety_layout = card()
        self.safety_box.setObjectName("safetyPlanCard")
        self.column.addWidget(self.safety_box)

        region_row = QHBoxLayout()
        region_label = QLabel(self.tr("Numbers for:"))
        self.region = QComboBox()
        for code in REGIONS:
            self.region.addItem(region_name(code), code)
        self.region.setAccessibleName(self.tr("Show numbers for region"))
        self.region.setToolTip(self.tr("Change your usual region in Settings"))
        region_label.setBuddy(self.region)
        region_row.addWidget(region_label)
        region_row.addWidget(self.region, 1)
        self.column.addLayout(region_row)

        self.people_box, self.people_layout = card()
        self.column.addWidget(self.people_box)

        self.helplines_box, self.helplines_layout = card()
        self.column.addWidget(self.helplines_box)
        if context is not None:
            self.column.addWidget(self._own_numbers_section())
        self.response_box = self._response_section()
        self.column.addWidget(self.response_box)
        self.safety_offer = self._safety_offer()
        self.column.addWidget(self.safety_offer)
        if context is None:  # nothing of the person's, and no way into the pages
            for hidden in (self.craving_button, self.learn_button, self.safety_offer):
                hidden.hide()
            self.people_box.hide()
            self.safety_box.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 24, 0)
        row.addWidget(buttons)
        outer.addLayout(row)

        self.region.currentIndexChanged.connect(self.show_region)
        if context is None:
            self.region.setCurrentIndex(max(0, self.region.findData(region)))
            self.show_region()
            return
        context.settingChanged.connect(self._on_setting)
        context.dataReset.connect(self.reload)
        context.dataChanged.connect(
            lambda area: self.show_people() if area is Area.HELPERS else None
        )
        context.dataChanged.connect(
            lambda area: self.show_safety_plan() if area in (Area.PLAN, Area.HELPERS) else None
        )
        self.reload()

    @property
    def context(self) -> AppContext:
        assert self._context is not None, "the data is locked"
        return self._context

    # --- building blocks -------------------------------------------------------------------

    def _own_numbers_section(self) -> QFrame:
        box, layout = card()
        layout.addWidget(heading(self.tr("Your own numbers"), level=2))
        layout.addWidget(
            paragraph(
                self.tr("People you can call: family, a friend, a sponsor, your clinic."),
                muted=True,
            )
        )
        db: Callable[[], Database] = lambda: self.context.db  # noqa: E731 - the database can be replaced (delete all)
        self.own_numbers = RecordList[contacts.OwnNumber](
            [
                Column(
                    self.tr("Your own numbers"),
                    lambda n: f"{n.name} \u2014 {n.number}" + (f"\n{n.note}" if n.note else ""),
                    tooltip=lambda n: n.note,
                    spoken=lambda n: ", ".join(part for part in (n.name, n.number, n.note) if part),
                )
            ],
            Words(
                self.tr("&Add a number\u2026"),
                self.tr("Add a number"),
                self.tr("Edit the selected number"),
                self.tr("Remove the selected number"),
                self.tr("Your own numbers"),
                self.tr(
                    "No numbers yet. Add someone you trust so they are here when you need them."
                ),
            ),
            lambda: contacts.list_own_numbers(db()),
            self._edit_number,
            lambda n: self.context.write(Area.OWN_NUMBERS, contacts.delete_own_number, db(), n.id),
            lambda gone: self.context.write(
                Area.OWN_NUMBERS, contacts.restore_own_number, db(), gone
            ),
            lambda n: n.name,
            as_list=True,
            forget_on=self.context.dataReset,
        )
        self.own_numbers.view.setMinimumHeight(80)
        self.own_numbers.view.setMaximumHeight(170)
        layout.addWidget(self.own_numbers)
        return box

    def _safety_offer(self) -> QWidget:
        """One quiet line offering to make a safety plan, while there is none."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Make a &safety plan\u2026"))
        button.setAccessibleName(self.tr("Make a safety plan"))
        button.setToolTip(self.tr("A few lines in your own words for a hard moment"))
        button.clicked.connect(self.make_safety_plan)
        row.addWidget(button)
        row.addStretch(1)
        return holder

    def show_safety_plan(self) -> None:
        """The steps to act on in a crisis, from the person's safety plan, when there is one:
        what calms them, the people to call and the professionals, with their numbers."""
        from companion.core import safety_plan
        from companion.ui.pages.plan_safety import people_lines, step_titles

        while self.safety_layout.count():
            item = self.safety_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
            elif item is not None and (inner := item.layout()) is not None:
                _clear(inner)
        found = safety_plan.get_safety_plan(self.context.db)
        made = safety_plan.has_safety_plan(found)
        self.safety_box.setVisible(made)
        self.safety_offer.setVisible(not made)
        if not made:
            return
        titles = step_titles()
        self.safety_layout.addWidget(heading(self.tr("My safety plan"), level=2))
        parts = (
            (titles[1], [found.calming]),
            (titles[3], people_lines(self.context, found.helpers)),
            (titles[4], people_lines(self.context, found.professionals)),
        )
        for title, lines in parts:
            written = "\n".join(line for line in lines if line)
            if written:
                self.safety_layout.addWidget(heading(title, level=3))
                shown = selectable(paragraph(written))
                shown.setAccessibleName(f"{title}: {written}")
                self.safety_layout.addWidget(shown)
        self.safety_button = QPushButton(self.tr("Open my safety &plan"))
        self.safety_button.setAccessibleName(self.tr("Open my safety plan"))
        self.safety_button.clicked.connect(self.open_safety_plan)
        row = QHBoxLayout()
        row.addWidget(self.safety_button)
        row.addStretch(1)
        self.safety_layout.addLayout(row)

    def _name_craving_button(self) -> None:
        if self._context is None or self.context.setting("discreet_mode"):
            self.craving_button.setText(self.tr("I need a &moment"))
            self.craving_button.setAccessibleName(self.tr("I need a moment: something to help now"))
        else:
            self.craving_button.setText(self.tr("I'm having a &craving"))
            self.craving_button.setAccessibleName(self.tr("I'm having a craving: ride it out now"))

    def open_cravings(self) -> None:
        """Breathe's Cravings part, ready to start; the panel steps aside."""
        self.openLearn.emit("breathe:cravings")
        self.hide()

    def open_safety_plan(self) -> None:
        """The safety plan in the Plan, where it can be read whole, edited and printed."""
        self.openLearn.emit("plan:safety")
        self.hide()

    def make_safety_plan(self) -> None:
        from companion.ui.safety_plan_dialog import SafetyPlanDialog

        dialog = SafetyPlanDialog(self.context, self)
        dialog.openLink.connect(self.openLearn)
        dialog.exec()
        self.show_safety_plan()

    def _response_section(self) -> QFrame:
        steps = content.load_response_steps()
        box, layout = card()
        box.setObjectName("responseCard")
        layout.addWidget(heading(steps.title, level=2))
        layout.addWidget(heading(steps.signs_title, level=3))
        for sign in steps.signs:
            layout.addWidget(paragraph("\u2022  " + sign))
        layout.addWidget(heading(steps.steps_title, level=3))
        for number, step in enumerate(steps.steps, start=1):
            layout.addWidget(paragraph(f"{number}.  {step}"))
        note = paragraph(steps.note)
        note.setObjectName("importantNote")
        font = note.font()
        font.setBold(True)
        note.setFont(font)
        layout.addWidget(note)
        layout.addWidget(
            paragraph(self.tr("Sources: %1").replace("%1", "; ".join(steps.sources)), muted=True)
        )
        self.learn_button = QPushButton(self.tr("Read more in &Learn"))
        self.learn_button.setAccessibleName(self.tr("Read more about staying safe after detox"))
        self.learn_button.clicked.connect(lambda: self.openLearn.emit("learn:overdose-naloxone"))
        row = QHBoxLayout()
        row.addWidget(self.learn_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # --- behaviour -------------------------------------------------------------------------

    def open_at_top(self) -> None:
        """Show the panel from its beginning, sized to fit the window it opens over, so
        that the emergency number and the way to the overdose steps are in sight."""
        parent = self.parentWidget()
        if parent is not None:
            room = parent.window().frameGeometry()
            needed = self.inner.minimumSizeHint().width() + 24
            width = min(max(660, needed), max(room.width(), 480))
            self.resize(width, min(760, max(room.height(), 420)))
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scroll_area.horizontalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()
        self.steps_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_overdose_steps(self) -> None:
        self.scroll_area.horizontalScrollBar().setValue(0)
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(min(bar.maximum(), self.response_box.y()))
        self.learn_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.scroll_area.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        region = self.context.setting("region")
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.show_region()
        self.show_people()
        self.show_safety_plan()
        self.refresh_numbers()

    def show_people(self) -> None:
        """The person's own people from Plan, with large numbers that can be copied."""
        while self.people_layout.count():
            item = self.people_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        people = plan.help_people(self.context.db)
        self.people_box.setVisible(bool(people))
        if not people:
            return
        self.people_layout.addWidget(heading(self.tr("My people"), level=2))
        for person in people:
            self.people_layout.addWidget(heading(person.name, level=3))
            number = selectable(ScaledLabel(person.phone, 1.5, bold=True))
            number.setAccessibleName(f"{person.name}: {person.phone}")
            self.people_layout.addWidget(number)
            if person.availability:
                self.people_layout.addWidget(paragraph(person.availability, muted=True))

    def _on_setting(self, key: str, _value: object) -> None:
        if key == "region":
            self.reload()
        elif key == "discreet_mode":
            self._name_craving_button()

    def show_region(self) -> None:
        help_ = content.region_help(self.region.currentData())
        self.emergency_number.setText(help_.emergency_number)
        self.emergency_note.setText(help_.emergency_note)
        while self.helplines_layout.count():
            item = self.helplines_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        self.helplines_layout.addWidget(heading(self.tr("Helplines"), level=2))
        if not help_.helplines:
            self.helplines_layout.addWidget(
                paragraph(
                    self.tr(
                        "We do not list helplines for this region. Add the ones you find "
                        "under Your own numbers."
                    ),
                    muted=True,
                )
            )
        for index, line in enumerate(help_.helplines):
            if index:
                self.helplines_layout.addSpacing(10)
            self.helplines_layout.addWidget(heading(line.name, level=3))
            number = selectable(ScaledLabel(line.number, 1.3, bold=True))
            number.setAccessibleName(f"{line.name}: {line.number}")
            self.helplines_layout.addWidget(number)
            extras = []
            if line.text:
                extras.append(self.tr("Text: %1").replace("%1", line.text))
            if line.tty:
                extras.append(self.tr("TTY: %1").replace("%1", line.tty))
            if extras:
                self.helplines_layout.addWidget(selectable(paragraph(" \u00b7 ".join(extras))))
            if line.description:
                self.helplines_layout.addWidget(paragraph(line.description))
            self.helplines_layout.addWidget(
                paragraph(
                    self.tr("Source: %1 \u00b7 last checked %2")
                    .replace("%1", line.source)
                    .replace("%2", line.last_checked),
                    muted=True,
                )
            )

    def refresh_numbers(self) -> None:
        self.own_numbers.refresh()

    def _edit_number(self, current: contacts.OwnNumber | None) -> bool:
        """Open the dialog for a new number, or for `current`; True when it was saved."""

        def save(name: str, number: str, note: str) -> None:
            """A refused value or a storage problem is said in the dialog, which stays
            open with everything typed (FormDialog.accept)."""
            number_id = None if current is None else current.id
            self.context.write(
                Area.OWN_NUMBERS,
                contacts.save_own_number,
                self.context.db,
                number_id,
                name=name,
                number=number,
                note=note,
            )

        return bool(OwnNumberDialog(save, current, parent=self).exec())
