"""The plan packet: one tagged PDF for the family with every part of the plan, and a page
for each helper with their own tasks, the dates and the numbers, to hand to them.

The content is gathered by companion.core.packet (no Qt) and laid out by the Typst
template resources/pdf/plan-packet.typ through companion.core.pdf; this module gives
them the translated words and the person's date formats. In discreet mode the title,
the text and the offered file name say nothing of detox.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from sqlite_utils import Database

from companion.core import content, packet, pdf, pdf_pages, plan, settings
from companion.ui.names import format_date, format_datetime

TEMPLATE = "plan-packet"


class PacketCounts(QObject):
    """The packet's sentences with a count (lupdate gives plural forms only to `self.tr`)."""

    def left_out(self, count: int) -> str:
        return self.tr(
            "%n saved appointment(s) left out: the date is before 1900 or after 2199.", "", count
        )


def person_name(db: Database) -> str:
    """The person's name where the app keeps one; "" when it does not."""
    if "person_name" in settings.SETTINGS:
        return str(settings.get_setting(db, "person_name") or "").strip()
    return ""


def labels(now: datetime, person: str) -> dict[str, str]:
    """The packet's headings and sentences in the interface's language."""

    made = format_datetime(now)
    helper_intro = (
        QCoreApplication.translate(
            "PlanPacket",
            "What you have offered to do to help %1, the dates to know and the numbers to call.",
        )
        if person
        else QCoreApplication.translate(
            "PlanPacket",
            "What you have offered to do to help, the dates to know and the numbers to call.",
        )
    ).replace("%1", person)
    return {
        "title": QCoreApplication.translate("PlanPacket", "Our plan"),
        "made_on": QCoreApplication.translate("PlanPacket", "Made on %1.").replace("%1", made),
        "intake": QCoreApplication.translate("PlanPacket", "Intake"),
        "no_intake": QCoreApplication.translate("PlanPacket", "No intake date set yet."),
        "ready": QCoreApplication.translate("PlanPacket", "How ready we are"),
        "overall": "",
        "category": QCoreApplication.translate("PlanPacket", "Category"),
        "done": QCoreApplication.translate("PlanPacket", "Done"),
        "of": QCoreApplication.translate("PlanPacket", "Of"),
        "open_tasks": QCoreApplication.translate("PlanPacket", "Open tasks, by person"),
        "all_done": QCoreApplication.translate("PlanPacket", "Every task is done."),
        "task": QCoreApplication.translate("PlanPacket", "Task"),
        "due": QCoreApplication.translate("PlanPacket", "Due"),
        "packing": QCoreApplication.translate("PlanPacket", "Packing list"),
        "no_packing": QCoreApplication.translate("PlanPacket", "No packing items."),
        "contacts": QCoreApplication.translate("PlanPacket", "Contacts"),
        "no_contacts": QCoreApplication.translate("PlanPacket", "No contacts added yet."),
        "name": QCoreApplication.translate("PlanPacket", "Name"),
        "role": QCoreApplication.translate("PlanPacket", "Role"),
        "phone": QCoreApplication.translate("PlanPacket", "Phone"),
        "email": QCoreApplication.translate("PlanPacket", "Email"),
        "available": QCoreApplication.translate("PlanPacket", "Available"),
        "appointments": QCoreApplication.translate("PlanPacket", "Appointments"),
        "no_appointments": QCoreApplication.translate("PlanPacket", "No appointments coming up."),
        "when": QCoreApplication.translate("PlanPacket", "When"),
        "what": QCoreApplication.translate("PlanPacket", "What"),
        "where": QCoreApplication.translate("PlanPacket", "Where"),
        "with": QCoreApplication.translate("PlanPacket", "With"),
        "after": QCoreApplication.translate("PlanPacket", "After detox"),
        "next_step": QCoreApplication.translate("PlanPacket", "Next step:"),
        "first_week": QCoreApplication.translate("PlanPacket", "The first week"),
        "warning_signs": QCoreApplication.translate("PlanPacket", "Warning signs"),
        "coping_steps": QCoreApplication.translate("PlanPacket", "What helps"),
        "not_written": QCoreApplication.translate("PlanPacket", "Not written yet."),
        "medicines": QCoreApplication.translate("PlanPacket", "Medications"),
        "medicines_note": QCoreApplication.translate(
            "PlanPacket",
            "Each medicine with the dose and timing the prescriber gave, as written in the "
            "plan. Doses and changes are for the prescriber to decide.",
        ),
        "medicine": QCoreApplication.translate("PlanPacket", "Name"),
        "purpose": QCoreApplication.translate("PlanPacket", "What it is for"),
        "dose": QCoreApplication.translate("PlanPacket", "Dose, timing and notes"),
        "none_listed": QCoreApplication.translate("PlanPacket", "None listed."),
        "allergies": QCoreApplication.translate("PlanPacket", "Allergies"),
        "allergy": QCoreApplication.translate("PlanPacket", "Allergy"),
        "reaction": QCoreApplication.translate("PlanPacket", "Reaction"),
        "questions": QCoreApplication.translate("PlanPacket", "Questions for the care team"),
        "no_questions": QCoreApplication.translate("PlanPacket", "No open questions."),
        "overdose_plan": QCoreApplication.translate("PlanPacket", "My overdose plan"),
        "overdose_plan_discreet": QCoreApplication.translate("PlanPacket", "Staying safe"),
        "no_overdose_plan": QCoreApplication.translate(
            "PlanPacket", "No overdose plan written yet."
        ),
        "naloxone_place": QCoreApplication.translate("PlanPacket", "Naloxone kept in:"),
        "naloxone_doses": QCoreApplication.translate("PlanPacket", "Doses:"),
        "naloxone_expires": QCoreApplication.translate("PlanPacket", "Expires on:"),
        "naloxone_people": QCoreApplication.translate("PlanPacket", "Who knows how to use it"),
        "nobody_yet": QCoreApplication.translate("PlanPacket", "No one named yet."),
        "commitments": QCoreApplication.translate("PlanPacket", "My commitments"),
        "numbers": QCoreApplication.translate("PlanPacket", "Numbers to call"),
        "emergency": QCoreApplication.translate("PlanPacket", "Emergency: %1"),
        "who": QCoreApplication.translate("PlanPacket", "Who"),
        "number": QCoreApplication.translate("PlanPacket", "Number"),
        "about": QCoreApplication.translate("PlanPacket", "About"),
        "helper_title": QCoreApplication.translate("PlanPacket", "For %1"),
        "helper_intro": helper_intro,
        "your_tasks": QCoreApplication.translate("PlanPacket", "Your tasks"),
        "no_tasks_yet": QCoreApplication.translate("PlanPacket", "No tasks given to you yet."),
        "dates": QCoreApplication.translate("PlanPacket", "Dates to know"),
        "made": QCoreApplication.translate("PlanPacket", "Made %1").replace("%1", made),
        "page_of": QCoreApplication.translate("PlanPacket", "Page %1 of %2"),
    }


def packet_data(db: Database, now: datetime) -> dict[str, object]:
    """The packet's content in the interface's language, neutral in discreet mode."""
    name = person_name(db)
    words = packet.PacketWords(
        person=name or QCoreApplication.translate("PlanPacket", "You"),
        labels=labels(now, name),
        roles=role_names(),
        kinds=kind_names(),
        steps=step_names(),
        weekly=QCoreApplication.translate("PlanPacket", "(weekly)"),
        my_people=QCoreApplication.translate("PlanPacket", "My people"),
        left_out=PacketCounts().left_out(n) if (n := plan.unusable_count(db)) else "",
        day=format_date,
        moment=format_datetime,
    )
    data = packet.packet_data(
        db, now, words, discreet=bool(settings.get_setting(db, "discreet_mode"))
    )
    ready = data["ready"]
    data["labels"]["overall"] = (
        QCoreApplication.translate("PlanPacket", "Overall: %1 of %2 done.")
        .replace("%1", str(ready["done"]))
        .replace("%2", str(ready["total"]))
    )
    data["made"] = data["labels"]["made"]
    data["page_of"] = data["labels"]["page_of"]
    return data


def packet_title(db: Database) -> str:
    """The PDF's title: neutral in discreet mode."""
    if settings.get_setting(db, "discreet_mode"):
        return QCoreApplication.translate("PlanPacket", "Notes")
    return QCoreApplication.translate("PlanPacket", "Plan")


def packet_pdf(db: Database, now: datetime) -> bytes:
    """The packet as a tagged PDF, in memory."""
    return pdf.render(
        TEMPLATE, packet_data(db, now), language=content.language(), title=packet_title(db)
    )


def page_count(document: bytes) -> int:
    """How many pages a PDF made by the engine has."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", document))


def packet_pages(db: Database, now: datetime, ppi: int) -> list[bytes]:
    """The packet's pages as PNG pictures at `ppi`, for printing."""
    return pdf_pages.render_pages(
        TEMPLATE, packet_data(db, now), language=content.language(), title=packet_title(db), ppi=ppi
    )


def write_packet_pdf(db: Database, path: Path, now: datetime) -> int:
    """Write the packet to `path` (owner-only, whole or not at all); return the number of
    pages."""
    document = packet_pdf(db, now)
    pdf.save(path, document)
    return page_count(document)


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
