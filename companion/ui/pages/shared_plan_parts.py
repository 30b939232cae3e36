"""The read-only parts of a plan shared with a helper (Plan's "Shared plan" tab): the
intake, everyone's checklist by category, the people, the coming appointments, the plan
for after detox and what to do in an overdose. Each part is a card; the helper's own,
tickable tasks are built by the tab itself (companion/ui/pages/shared_plan.py)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from companion.core import content
from companion.core.share import SharedPlan, SharedTask
from companion.ui.names import Countdown, format_date, format_datetime
from companion.ui.plan_packet import kind_names, step_names
from companion.ui.widgets.page import card
from companion.ui.widgets.text import heading, paragraph, selectable


def category_titles() -> dict[str, str]:
    """The checklist's category titles by key, in the app's language (the share holds keys)."""
    try:
        template = content.load_checklist_template()
    except content.ContentError:
        return {}
    return {category.key: category.title for category in template.categories}


class SharedWords(QObject):
    """The words of the shared plan's read-only parts."""

    def intake(self, plan: SharedPlan, today: date) -> str:
        if plan.intake_date is None:
            return self.tr("No intake date has been set yet.")
        days = (plan.intake_date - today).days
        day = format_date(plan.intake_date, long=True)
        return Countdown().sentence(days, plan.intake_place, day)

    def doses(self, count: int) -> str:
        return self.tr("%n dose(s) of naloxone", "", count)

    def who(self, task: SharedTask, plan: SharedPlan) -> str:
        if task.mine:
            return self.tr("you")
        return task.assignee_name or plan.person_name

    def task_line(self, task: SharedTask, plan: SharedPlan) -> str:
        who = self.who(task, plan)
        if task.done_on is not None:
            return (
                self.tr("%1 \u2014 done on %2")
                .replace("%2", format_date(task.done_on))
                .replace("%1", who)
            )
        if task.due is not None:
            return (
                self.tr("%1 \u2014 due by %2")
                .replace("%2", format_date(task.due))
                .replace("%1", who)
            )
        return who


def _bold(text: str) -> QLabel:
    label = paragraph(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def intake_card(plan: SharedPlan, today: date) -> QFrame:
    frame, layout = card()
    layout.addWidget(heading(QCoreApplication.translate("SharedPlan", "Intake"), level=2))
    layout.addWidget(paragraph(SharedWords().intake(plan, today)))
    return frame


def checklist_card(plan: SharedPlan, today: date) -> QFrame:
    """Everyone's tasks, by category, with who does each and whether it is done."""
    frame, layout = card()
    layout.addWidget(
        heading(QCoreApplication.translate("SharedPlan", "The whole checklist"), level=2)
    )
    words, titles = SharedWords(), category_titles()
    groups: dict[str, list[SharedTask]] = {}
    for task in plan.tasks:
        groups.setdefault(task.category, []).append(task)
    if not groups:
        layout.addWidget(
            paragraph(QCoreApplication.translate("SharedPlan", "The checklist is empty."))
        )
    for key, tasks in groups.items():
        layout.addWidget(heading(titles.get(key, key), level=3))
        for task in tasks:
            done = task.done_on is not None
            mark = "\u2713 " if done else "\u25cb "
            title = _bold(mark + task.title)
            title.setAccessibleName(
                task.title
                + (
                    QCoreApplication.translate("SharedPlan", ", done")
                    if done
                    else QCoreApplication.translate("SharedPlan", ", not done yet")
                )
            )
            layout.addWidget(title)
            line = words.task_line(task, plan)
            if task.is_overdue(today):
                line += " " + QCoreApplication.translate("SharedPlan", "(overdue)")
            layout.addWidget(paragraph(line, muted=True))
    return frame


def people_card(plan: SharedPlan) -> QFrame:
    frame, layout = card()
    layout.addWidget(heading(QCoreApplication.translate("SharedPlan", "People"), level=2))
    for person in plan.people:
        name = person.name + (f" ({person.relationship})" if person.relationship else "")
        layout.addWidget(_bold(name))
        if person.phone:
            number = selectable(paragraph(person.phone))
            number.setAccessibleName(f"{person.name}: {person.phone}")
            layout.addWidget(number)
    if not plan.people:
        layout.addWidget(
            paragraph(QCoreApplication.translate("SharedPlan", "No one's number was shared."))
        )
    return frame


def appointments_card(plan: SharedPlan, now: datetime) -> QFrame:
    frame, layout = card()
    layout.addWidget(
        heading(QCoreApplication.translate("SharedPlan", "Coming appointments"), level=2)
    )
    kinds = kind_names()
    coming = sorted(
        (a for a in plan.appointments if a.starts_at.replace(tzinfo=None) >= now),
        key=lambda a: a.starts_at.replace(tzinfo=None),
    )
    for appointment in coming:
        layout.addWidget(
            _bold(f"{format_datetime(appointment.starts_at)} \u2014 {appointment.title}")
        )
        details = [kinds.get(appointment.kind, appointment.kind)]
        if appointment.place:
            details.append(appointment.place)
        who = plan.person(appointment.contact)
        if who is not None:
            details.append(
                QCoreApplication.translate("SharedPlan", "with %1").replace("%1", who.name)
            )
        layout.addWidget(paragraph(" \u00b7 ".join(details), muted=True))
    if not coming:
        layout.addWidget(
            paragraph(QCoreApplication.translate("SharedPlan", "No appointments coming up."))
        )
    return frame


def after_detox_card(plan: SharedPlan) -> QFrame:
    frame, layout = card()
    layout.addWidget(heading(QCoreApplication.translate("SharedPlan", "After detox"), level=2))
    after = plan.after_detox
    step = step_names().get(after.next_step, after.next_step)
    layout.addWidget(
        paragraph(QCoreApplication.translate("SharedPlan", "Next step: %1").replace("%1", step))
    )
    for title, text in (
        (QCoreApplication.translate("SharedPlan", "The first week"), after.first_week),
        (
            QCoreApplication.translate("SharedPlan", "What helps when it gets hard"),
            after.coping_steps,
        ),
    ):
        if text:
            layout.addWidget(heading(title, level=3))
            layout.addWidget(paragraph(text))
    return frame


def overdose_card(plan: SharedPlan) -> QFrame:
    """Where the naloxone is, and the overdose steps from this app's own content."""
    frame, layout = card()
    steps = content.load_response_steps()
    layout.addWidget(heading(steps.title, level=2))
    kit = plan.overdose
    if kit.naloxone_place:
        kept = QCoreApplication.translate("SharedPlan", "Naloxone is kept: %1")
        layout.addWidget(paragraph(kept.replace("%1", kit.naloxone_place)))
    if kit.naloxone_doses:
        layout.addWidget(paragraph(SharedWords().doses(kit.naloxone_doses)))
    if kit.naloxone_expires is not None:
        layout.addWidget(
            paragraph(
                QCoreApplication.translate("SharedPlan", "It expires on %1.").replace(
                    "%1", format_date(kit.naloxone_expires)
                )
            )
        )
    layout.addWidget(heading(steps.steps_title, level=3))
    for number, step in enumerate(steps.steps, 1):
        layout.addWidget(paragraph(f"{number}. {step}"))
    layout.addWidget(paragraph(steps.note, muted=True))
    return frame


def clear(layout: QVBoxLayout) -> None:
    """Remove and delete every widget in `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
