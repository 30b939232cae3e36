"""A helper's conversation plan on one page, as a PDF or printed: the words in the
interface's language, the plan from companion.core.conversations, and the Typst template
resources/pdf/conversation.typ, which lays it out on one page (smaller type when the words
are many; nothing is cut). In discreet mode the offered file name and the heading are
neutral, and the words say "treatment" for "detox", as every document in that mode does.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from companion.core import content, conversations, pdf, pdf_pages, settings
from companion.core.discreet import neutral_data
from companion.core.validate import InvalidInputError
from companion.ui.names import format_date

TEMPLATE = "conversation"


def _discreet(db: Database) -> bool:
    return bool(settings.get_setting(db, "discreet_mode"))


def file_name(db: Database) -> str:
    """The name offered when saving: neutral in discreet mode."""
    if _discreet(db):
        return QCoreApplication.translate("ConversationPdf", "talk-notes.pdf")
    return QCoreApplication.translate("ConversationPdf", "conversation-plan.pdf")


def _lines(text: str) -> list[str]:
    """The words' lines, without the blank ones at either end or more than one in a row."""
    lines: list[str] = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return lines


def conversation_data(db: Database, plan_id: int, now: datetime) -> dict[str, object]:
    """What the page prints; InvalidInputError when the plan no longer exists."""
    plan = conversations.get_plan(db, plan_id)
    if plan is None:
        raise InvalidInputError(
            "conversation plan", "missing", "That conversation plan no longer exists."
        )
    kind = (
        QCoreApplication.translate("ConversationPdf", "Notes for a talk")
        if _discreet(db)
        else QCoreApplication.translate("ConversationPdf", "My conversation plan")
    )
    steps = [
        {
            "question": QCoreApplication.translate("ConversationPdf", "%1. %2")
            .replace("%1", str(number))
            .replace("%2", step.question),
            "lines": _lines(plan.steps.get(step.key, "")),
        }
        for number, step in enumerate(conversations.load_steps(), start=1)
    ]
    data: dict[str, object] = {
        "labels": {"kind": kind},
        "title": plan.title,
        "steps": steps,
        "made": QCoreApplication.translate("ConversationPdf", "Made on %1").replace(
            "%1", format_date(now.date())
        ),
        "page_of": QCoreApplication.translate("ConversationPdf", "Page %1 of %2"),
    }
    return neutral_data(data) if _discreet(db) else data


def conversation_pdf(db: Database, plan_id: int, now: datetime) -> bytes:
    """The plan as a tagged PDF of one page, in memory."""
    data = conversation_data(db, plan_id, now)
    return pdf.render(TEMPLATE, data, language=content.language(), title=str(data["title"]))


def conversation_pages(db: Database, plan_id: int, now: datetime, ppi: int) -> list[bytes]:
    """The plan's page as a PNG picture at `ppi`, for printing."""
    data = conversation_data(db, plan_id, now)
    return pdf_pages.render_pages(
        TEMPLATE, data, language=content.language(), title=str(data["title"]), ppi=ppi
    )


def write_conversation_pdf(db: Database, plan_id: int, path: Path, now: datetime) -> Path:
    """Write the plan to `path` (owner-only, whole or not at all); the path."""
    pdf.save(path, conversation_pdf(db, plan_id, now))
    return path
