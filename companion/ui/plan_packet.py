"""The plan packet: one PDF for the family, with every part of the plan.

Made with QTextDocument and QPdfWriter (so it works offscreen and from the command
line). Each page carries the date it was made and its page number.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
)
from sqlite_utils import Database

from companion.core import checklist, content, intake, learn, people, plan, settings
from companion.ui.report import pdf_bytes, save_pdf

e = html.escape


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """A table written as one small table per row, so that `keep_rows_whole` can move a row
    that would cross a page boundary onto the next page as a whole."""
    width = f"{100 // len(headers)}%"
    start = "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>"
    head = "".join(f"<th align='left' width='{width}'>{e(h)}</th>" for h in headers)
    lines = [f"{start}{head}</tr></table>"]
    for row in rows:
        cells = "".join(f"<td width='{width}'>{e(c)}</td>" for c in row)
        lines.append(f"{start}{cells}</tr></table>")
    return "".join(lines)


def keep_rows_whole(document: QTextDocument) -> None:
    """Move any table row that would be split by a page break to the start of the next page."""
    page = document.pageSize().height()
    layout = document.documentLayout()
    for _attempt in range(500):
        moved = False
        for frame in document.rootFrame().childFrames():
            rect = layout.frameBoundingRect(frame)
            if rect.height() >= page or int(rect.top() // page) == int((rect.bottom() - 1) // page):
                continue
            form = frame.frameFormat()
            if form.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFrameFormat(form)
            moved = True
            break  # everything after it moved: measure again from the top
        if not moved:
            return


class PacketCounts(QObject):
    """The packet's sentences with a count (lupdate gives plural forms only to `self.tr`)."""

    def left_out(self, count: int) -> str:
        return self.tr(
            "%n saved appointment(s) left out: the date is before 1900 or after 2199.", "", count
        )


def _empty(text: str) -> str:
    return f"<p><i>{e(text)}</i></p>"


def packet_html(db: Database, now: datetime) -> str:
    """The packet as HTML, from the core's data."""
    today = now.date()
    parts = ["<h1>" + e(QCoreApplication.translate("PlanPacket", "Our plan")) + "</h1>"]
    parts.append(
        "<p>"
        + e(
            QCoreApplication.translate("PlanPacket", "Made on %1.").replace("%1", today.isoformat())
        )
        + "</p>"
    )

    when = intake.get_intake(db)
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "Intake")) + "</h2>")
    if when.when is None:
        parts.append(_empty(QCoreApplication.translate("PlanPacket", "No intake date set yet.")))
    else:
        place = f" \u2014 {when.place}" if when.place else ""
        parts.append(f"<p><b>{e(when.when.isoformat() + place)}</b></p>")

    ready = checklist.readiness(db)
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "How ready we are")) + "</h2>")
    overall = QCoreApplication.translate("PlanPacket", "Overall: %1 of %2 done.").replace(
        "%1", str(ready.overall.done)
    )
    parts.append(f"<p>{e(overall.replace('%2', str(ready.overall.total)))}</p>")
    parts.append(
        _table(
            [
                QCoreApplication.translate("PlanPacket", "Category"),
                QCoreApplication.translate("PlanPacket", "Done"),
                QCoreApplication.translate("PlanPacket", "Of"),
            ],
            [[p.title, str(p.done), str(p.total)] for p in ready.categories],
        )
    )

    names: dict[int | None, str] = dict(people.names(db).items())
    names[None] = QCoreApplication.translate("PlanPacket", "Me")
    open_items = checklist.list_items(db, include_done=False)
    parts.append(
        "<h2>" + e(QCoreApplication.translate("PlanPacket", "Open tasks, by person")) + "</h2>"
    )
    if not open_items:
        parts.append(_empty(QCoreApplication.translate("PlanPacket", "Every task is done.")))
    for person in sorted(
        {i.assignee_id for i in open_items}, key=lambda p: (p is not None, names.get(p, ""))
    ):
        mine = [i for i in open_items if i.assignee_id == person]
        due = QCoreApplication.translate("PlanPacket", "(due %1)")
        items = "".join(
            f"<li>{e(i.title)}{e(' ' + due.replace('%1', i.due.isoformat())) if i.due else ''}</li>"
            for i in mine
        )
        parts.append(f"<h3>{e(names.get(person, '?'))}</h3><ul>{items}</ul>")

    packing = [i for i in checklist.list_items(db) if i.category == "packing"]
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "Packing list")) + "</h2>")
    if packing:
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{'&#9745;' if i.done else '&#9744;'} {e(i.title)}</li>" for i in packing
            )
            + "</ul>"
        )
    else:
        parts.append(_empty(QCoreApplication.translate("PlanPacket", "No packing items.")))

    everyone = plan.list_people(db)
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "Contacts")) + "</h2>")
    roles = role_names()
    parts.append(
        _table(
            [
                QCoreApplication.translate("PlanPacket", "Name"),
                QCoreApplication.translate("PlanPacket", "Role"),
                QCoreApplication.translate("PlanPacket", "Phone"),
                QCoreApplication.translate("PlanPacket", "Email"),
                QCoreApplication.translate("PlanPacket", "Available"),
            ],
            [
                [c.name, roles.get(c.role, c.role), c.phone, c.email, c.availability]
                for c in everyone
            ],
        )
        if everyone
        else _empty(QCoreApplication.translate("PlanPacket", "No contacts added yet."))
    )

    coming = plan.upcoming(db, now, limit=50)
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "Appointments")) + "</h2>")
    kinds = kind_names()
    parts.append(
        _table(
            [
                QCoreApplication.translate("PlanPacket", "When"),
                QCoreApplication.translate("PlanPacket", "What"),
                QCoreApplication.translate("PlanPacket", "Where"),
                QCoreApplication.translate("PlanPacket", "With"),
            ],
            [
                [
                    start.strftime("%Y-%m-%d %H:%M")
                    + (
                        " " + QCoreApplication.translate("PlanPacket", "(weekly)")
                        if a.weekly
                        else ""
                    ),
                    f"{a.title} ({kinds.get(a.kind, a.kind)})",
                    a.place,
                    names.get(a.contact_id, "") if a.contact_id is not None else "",
                ]
                for start, a in coming
            ],
        )
        if coming
        else _empty(QCoreApplication.translate("PlanPacket", "No appointments coming up."))
    )
    left_out = plan.unusable_count(db)
    if left_out:
        parts.append(_empty(PacketCounts().left_out(left_out)))

    after = plan.get_aftercare(db)
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "After detox")) + "</h2>")
    step = step_names().get(after.next_step, after.next_step)
    parts.append(
        "<p><b>" + e(QCoreApplication.translate("PlanPacket", "Next step:")) + f"</b> {e(step)}</p>"
    )
    for title, text in (
        (QCoreApplication.translate("PlanPacket", "The first week"), after.first_week),
        (QCoreApplication.translate("PlanPacket", "Warning signs"), after.warning_signs),
        (QCoreApplication.translate("PlanPacket", "What helps"), after.coping_steps),
    ):
        parts.append(f"<h3>{e(title)}</h3>")
        parts.append(
            "<p>" + e(text).replace("\n", "<br>") + "</p>"
            if text.strip()
            else _empty(QCoreApplication.translate("PlanPacket", "Not written yet."))
        )

    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "Medications")) + "</h2>")
    medicines = plan.list_medications(db)
    parts.append(
        _table(
            [
                QCoreApplication.translate("PlanPacket", "Name"),
                QCoreApplication.translate("PlanPacket", "What it is for"),
                QCoreApplication.translate("PlanPacket", "Notes"),
            ],
            [[m.name, m.purpose, m.notes] for m in medicines],
        )
        if medicines
        else _empty(QCoreApplication.translate("PlanPacket", "None listed."))
    )
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "Allergies")) + "</h2>")
    allergies = plan.list_allergies(db)
    parts.append(
        _table(
            [
                QCoreApplication.translate("PlanPacket", "Allergy"),
                QCoreApplication.translate("PlanPacket", "Reaction"),
            ],
            [[a.name, a.reaction] for a in allergies],
        )
        if allergies
        else _empty(QCoreApplication.translate("PlanPacket", "None listed."))
    )

    questions = [q for q in learn.list_questions(db) if not q.done]
    parts.append(
        "<h2>"
        + e(QCoreApplication.translate("PlanPacket", "Questions for the care team"))
        + "</h2>"
    )
    parts.append(
        "<ul>" + "".join(f"<li>{e(q.text)}</li>" for q in questions) + "</ul>"
        if questions
        else _empty(QCoreApplication.translate("PlanPacket", "No open questions."))
    )

    steps = content.load_response_steps()
    parts.append(f"<h2>{e(steps.title)}</h2><p><b>{e(steps.signs_title)}</b></p><ul>")
    parts.append("".join(f"<li>{e(s)}</li>" for s in steps.signs) + "</ul>")
    parts.append(f"<p><b>{e(steps.steps_title)}</b></p><ol>")
    parts.append("".join(f"<li>{e(s)}</li>" for s in steps.steps) + "</ol>")
    parts.append(f"<p><b>{e(steps.note)}</b></p>")

    region = content.region_help(settings.get_setting(db, "region"))
    parts.append("<h2>" + e(QCoreApplication.translate("PlanPacket", "Numbers to call")) + "</h2>")
    parts.append(
        "<p><b>"
        + e(
            QCoreApplication.translate("PlanPacket", "Emergency: %1").replace(
                "%1", region.emergency_number
            )
        )
        + "</b></p>"
    )
    lines = [[h.name, h.number, h.description] for h in region.helplines]
    lines += [
        [c.name, c.phone, QCoreApplication.translate("PlanPacket", "My people")]
        for c in plan.help_people(db)
    ]
    if lines:
        parts.append(
            _table(
                [
                    QCoreApplication.translate("PlanPacket", "Who"),
                    QCoreApplication.translate("PlanPacket", "Number"),
                    QCoreApplication.translate("PlanPacket", "About"),
                ],
                lines,
            )
        )
    return "".join(parts)


def role_names() -> dict[str, str]:
    return {
        "care-team": QCoreApplication.translate("PlanPacket", "Care team"),
        "detox-program": QCoreApplication.translate("PlanPacket", "Detox program"),
        "counsellor": QCoreApplication.translate("PlanPacket", "Counsellor"),
        "peer": QCoreApplication.translate("PlanPacket", "Sponsor or peer"),
        "family": QCoreApplication.translate("PlanPacket", "Family or friend"),
        "pharmacy": QCoreApplication.translate("PlanPacket", "Pharmacy"),
        "other": QCoreApplication.translate("PlanPacket", "Other"),
    }


def kind_names() -> dict[str, str]:
    return {
        "intake": QCoreApplication.translate("PlanPacket", "Intake"),
        "medication": QCoreApplication.translate("PlanPacket", "Medication appointment"),
        "therapy": QCoreApplication.translate("PlanPacket", "Therapy"),
        "support-group": QCoreApplication.translate("PlanPacket", "Support group"),
        "other": QCoreApplication.translate("PlanPacket", "Other"),
    }


def step_names() -> dict[str, str]:
    return {
        "not-decided": QCoreApplication.translate("PlanPacket", "Not decided yet"),
        "residential": QCoreApplication.translate("PlanPacket", "Residential treatment"),
        "outpatient": QCoreApplication.translate("PlanPacket", "Outpatient treatment"),
        "therapy": QCoreApplication.translate("PlanPacket", "Therapy"),
        "sober-living": QCoreApplication.translate(
            "PlanPacket", "Sober living (recovery residence)"
        ),
        "support-group": QCoreApplication.translate("PlanPacket", "Support group"),
    }


def write_packet_pdf(db: Database, path: Path, now: datetime, title: str) -> int:
    """Write the packet to `path` (owner-only, whole or not at all); return the number of
    pages."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(packet_html(db, now))
    pages: list[int] = []
    data = pdf_bytes(title, lambda writer: pages.append(_paint_packet(document, writer, now)))
    save_pdf(path, data)
    return pages[0]


def _paint_packet(document: QTextDocument, writer: QPdfWriter, now: datetime) -> int:
    """Lay the packet out on the writer's pages, each with its footer; the page count."""
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    scale = writer.resolution() / 96.0  # lay text out at screen size, print it sharp
    footer = int(70 * scale)
    body = QSizeF(width / scale, (height - footer) / scale)
    document.setPageSize(body)
    keep_rows_whole(document)
    pages = document.pageCount()
    made = QCoreApplication.translate("PlanPacket", "Made %1").replace(
        "%1", now.strftime("%Y-%m-%d %H:%M")
    )
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -page * body.height())
        document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
        painter.restore()
        label = (
            QCoreApplication.translate("PlanPacket", "%1 \u00b7 page %2 of %3")
            .replace("%1", made)
            .replace("%2", str(page + 1))
        )
        painter.drawText(
            QRectF(0, height - footer + footer / 3, width, footer * 2 / 3),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label.replace("%3", str(pages)),
        )
    painter.end()
    return pages
