"""The pocket card of the safety plan, as a PDF or printed: the words in the interface's
language for companion.core.pocket_card, which gathers the content, and the Typst template
resources/pdf/pocket-card.typ, which lays it out. In discreet mode the title, the headings
and the offered file name are neutral.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from companion.core import content, pdf, pdf_pages, pocket_card, settings
from companion.ui.names import format_date


def _discreet(db: Database) -> bool:
    return bool(settings.get_setting(db, "discreet_mode"))


def card_title(db: Database) -> str:
    if _discreet(db):
        return QCoreApplication.translate("PocketCard", "Important numbers")
    return QCoreApplication.translate("PocketCard", "My safety plan")


def file_name(db: Database) -> str:
    if _discreet(db):
        return QCoreApplication.translate("PocketCard", "numbers-card.pdf")
    return QCoreApplication.translate("PocketCard", "safety-plan-card.pdf")


def labels(db: Database) -> dict[str, str]:
    """The card's words; neutral in discreet mode."""
    discreet = _discreet(db)
    return {
        "title": card_title(db),
        "fold": QCoreApplication.translate(
            "PocketCard",
            "Cut along the solid line. Fold along the dashed lines, first down the middle, "
            "then in half again, so the numbers are on the front.",
        ),
        "emergency": QCoreApplication.translate("PocketCard", "Emergency"),
        "helpers": QCoreApplication.translate("PocketCard", "People I can ask for help"),
        "professionals": (
            QCoreApplication.translate("PocketCard", "Services I can call")
            if discreet
            else QCoreApplication.translate("PocketCard", "Professionals and services")
        ),
        "helplines": QCoreApplication.translate("PocketCard", "Helplines"),
        "surroundings": (
            QCoreApplication.translate("PocketCard", "At home")
            if discreet
            else QCoreApplication.translate("PocketCard", "Making my surroundings safer")
        ),
        "naloxone": (
            QCoreApplication.translate("PocketCard", "Emergency kit: %1")
            if discreet
            else QCoreApplication.translate("PocketCard", "Naloxone is kept: %1")
        ),
        "nobody": QCoreApplication.translate("PocketCard", "No one named yet."),
        "not_written": QCoreApplication.translate("PocketCard", "Not written yet."),
        "helpline": QCoreApplication.translate("PocketCard", "Helpline"),
    }


def card_data(db: Database, now: datetime) -> dict[str, object]:
    region = str(settings.get_setting(db, "region"))
    data = pocket_card.card_data(db, labels(db), region=region, discreet=_discreet(db))
    data["made"] = QCoreApplication.translate("PocketCard", "Made on %1").replace(
        "%1", format_date(now.date())
    )
    return data


def card_pdf(db: Database, now: datetime) -> bytes:
    """The card as a tagged PDF, in memory."""
    return pdf.render(
        pocket_card.TEMPLATE, card_data(db, now), language=content.language(), title=card_title(db)
    )


def card_pages(db: Database, now: datetime, ppi: int) -> list[bytes]:
    """The card's page as a PNG picture at `ppi`, for printing."""
    return pdf_pages.render_pages(
        pocket_card.TEMPLATE,
        card_data(db, now),
        language=content.language(),
        title=card_title(db),
        ppi=ppi,
    )


def write_card_pdf(db: Database, path: Path, now: datetime) -> Path:
    """Write the card to `path` (owner-only, whole or not at all); the path."""
    pdf.save(path, card_pdf(db, now))
    return path
