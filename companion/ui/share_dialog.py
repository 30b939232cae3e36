"""Share with a helper (the person's side): what the file holds and never holds, which
contacts go into it, and "Save the file…" (a neutral name), then what to do next.

The file itself is written by the core (`operations.write_share`); this dialog only asks
which contacts to include and where to save it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from companion.core import operations, people, share
from companion.core.changes import Area
from companion.ui.context import AppContext
from companion.ui.errors import EXPECTED, explain
from companion.ui.names import contact_line
from companion.ui.protection_dialogs import plain_file_ok
from companion.ui.widgets import dialogs
from companion.ui.widgets.form_dialog import FormDialog
from companion.ui.widgets.page import DownScroll, S, plain_scrolling
from companion.ui.widgets.primary import make_primary
from companion.ui.widgets.text import heading, paragraph


def share_file_name(context: AppContext) -> str:
    """The name a share file is offered under: neutral, and plainer still in discreet mode."""
    if context.setting("discreet_mode"):
        name = QCoreApplication.translate("ShareDialog", "notes")
    else:
        name = QCoreApplication.translate("ShareDialog", "shared-plan")
    return name + share.SHARE_SUFFIX


def share_filter() -> str:
    return QCoreApplication.translate("ShareDialog", "Shared plans (*%1);;All files (*)").replace(
        "%1", share.SHARE_SUFFIX
    )


def _joined(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    last = QCoreApplication.translate("ShareDialog", "%1 and %2")
    return last.replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])


class ShareDialog(FormDialog):
    """Share the plan with a helper: tick the contacts to include, then save the file."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Share with a helper"),
            parent,
            self.tr(
                "Make a file for someone helping you who uses Prep Companion on their own "
                "computer. They see your plan, and can tick their own tasks."
            ),
        )
        self.context = context
        self.saved_to: Path | None = None
        db = context.db
        everyone = people.list_people(db)
        self._with_tasks = [p for p in everyone if people.task_count(db, p.id)]
        # The explanation and the contacts scroll, so the dialog fits a short window.
        self.body = DownScroll()  # never narrower than a contact's line
        plain_scrolling(self.body)
        inner = QWidget()
        holds = QVBoxLayout(inner)
        holds.setContentsMargins(0, 0, S, 0)
        holds.setSpacing(S)
        self.body.setWidget(inner)
        holds.addWidget(heading(self.tr("What the file holds"), level=3))
        holds.addWidget(
            paragraph(
                self.tr(
                    "Your intake date and place, the checklist with who does what, the contacts "
                    "you tick below, your appointments, your plan for after detox, and where "
                    "your naloxone is, with the overdose steps."
                )
            )
        )
        holds.addWidget(heading(self.tr("What it never holds"), level=3))
        holds.addWidget(
            paragraph(
                self.tr(
                    "Your journal, your cravings, the private words of your safety plan, and "
                    "the notes you keep about people."
                )
            )
        )
        holds.addWidget(heading(self.tr("Contacts to include"), level=3))
        holds.addWidget(
            paragraph(
                self.tr("People with a task on your checklist are always included."), muted=True
            )
        )
        self.ticks: dict[int, QCheckBox] = {}
        for person in everyone:
            box = QCheckBox(contact_line(person))
            box.setAccessibleName(self.tr("Include %1").replace("%1", person.name))
            if person in self._with_tasks:
                box.setChecked(True)
                box.setEnabled(False)
                box.setToolTip(self.tr("They have a task, so they are always included."))
            else:
                box.setChecked(person.shared)
                box.setToolTip(self.tr("Include their name and phone in the file."))
            self.ticks[person.id] = box
            holds.addWidget(box)
        if not everyone:
            holds.addWidget(
                paragraph(self.tr("No contacts yet: the file holds no one's number."), muted=True)
            )
        holds.addStretch(1)
        self.body.setMinimumHeight(self.body.fontMetrics().height() * 9)
        self.form.addRow(self.body)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save the file\u2026"))
        save.setAccessibleName(self.tr("Save the file to give to a helper"))
        save.setToolTip(self.tr("Choose where to save the file, for example a USB stick"))
        make_primary(save)
        self.save_button = save

    def chosen(self) -> set[int]:
        """The contacts ticked to be included (those with a task are always included)."""
        return {pid for pid, box in self.ticks.items() if box.isChecked() and box.isEnabled()}

    def save(self) -> None:
        db = self.context.db
        for person in people.list_people(db):
            box = self.ticks.get(person.id)
            if box is not None and box.isEnabled() and box.isChecked() != person.shared:
                people.save_person(db, person.id, shared=box.isChecked())
        self.context.changed(Area.HELPERS)
        if not plain_file_ok(self, self.context):
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the shared plan"), share_file_name(self.context), share_filter()
        )
        if not name:
            raise _NotChosen
        operations.write_share(db, Path(name), self.context.now())
        self.saved_to = Path(name)

    def accept(self) -> None:
        try:
            self.save()
        except _NotChosen:
            return  # the save dialog was closed: stay, nothing more to say
        except EXPECTED as error:
            self.show_problem(explain(error, "export"))
            return
        FormDialog.done(self, 1)
        self._say_what_next()

    def _say_what_next(self) -> None:
        names = [p.name for p in self._with_tasks]
        who = _joined(names) if names else self.tr("the person helping you")
        dialogs.inform(
            self.parentWidget(),
            self.tr("Saved"),
            self.tr("Your plan was saved to %1.").replace("%1", str(self.saved_to)),
            self.tr(
                "Give this file to %1, for example on a USB stick or by email. They open it "
                "with \u201cOpen a shared plan\u201d in their own Prep Companion."
            ).replace("%1", who),
        )


class _NotChosen(Exception):
    """No file was chosen in the save dialog."""
