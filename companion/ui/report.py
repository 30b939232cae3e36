"""The care-team summary: a PDF of the journal for a range of days.

Made with QTextDocument and QPdfWriter, so it works in the app and from the
command line alike. The data comes from companion.core.journal.

Every PDF the app makes (this one, the questions, the plan packet) is drawn into memory
and handed whole to the one private writer (companion.core.files): the file is
owner-only from its first byte, and a crash or a full disk never leaves part of one.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from statistics import fmean

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from sqlite_utils import Database

from companion.core import files, journal
from companion.core.journal import JournalEntry
from companion.ui.report_charts import CHARTS, add_charts


def _shown(value: float | None) -> str:
    return "" if value is None else QLocale().toString(float(value), "g", 6)


def _average(values: list[float | None]) -> str:
    present = [v for v in values if v is not None]
    return QLocale().toString(fmean(present), "f", 1) if present else "\u2014"


def summary_html(entries: list[JournalEntry], first: date, last: date, include_notes: bool) -> str:
    e = html.escape
    rows = []
    for entry in entries:
        cells = [
            entry.day.isoformat(),
            _shown(entry.mood),
            _shown(entry.craving),
            _shown(entry.sleep_hours),
            _shown(entry.sleep_quality),
            _shown(entry.energy),
            _shown(entry.symptom_total),
        ]
        rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    headers = [
        QCoreApplication.translate("Report", "Date"),
        QCoreApplication.translate("Report", "Mood (1-5)"),
        QCoreApplication.translate("Report", "Craving (0-10)"),
        QCoreApplication.translate("Report", "Sleep (h)"),
        QCoreApplication.translate("Report", "Sleep quality (1-5)"),
        QCoreApplication.translate("Report", "Energy (1-5)"),
        QCoreApplication.translate("Report", "Symptom total"),
    ]
    parts = [
        "<h1>" + e(QCoreApplication.translate("Report", "Daily check-in summary")) + "</h1>",
        "<p>"
        + e(
            QCoreApplication.translate("Report", "From %1 to %2. Days with a check-in: %3.")
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat())
            .replace("%3", str(len(entries)))
        )
        + "</p>",
        "<p>"
        + e(
            QCoreApplication.translate(
                "Report", "Averages: mood %1, craving %2, sleep %3 hours, symptom total %4."
            )
            .replace("%1", _average([x.mood for x in entries]))
            .replace("%2", _average([x.craving for x in entries]))
            .replace("%3", _average([x.sleep_hours for x in entries]))
            .replace("%4", _average([x.symptom_total for x in entries]))
        )
        + "</p>",
        "<p><i>"
        + e(
            QCoreApplication.translate(
                "Report",
                "The symptom check-in is the person's own rating, 0 to 4 for each symptom. "
                "It is not a clinical scale.",
            )
        )
        + "</i></p>",
    ]
    for key, _colour in CHARTS:
        parts.append(f"<p>[[chart-{key}]]</p>")  # add_charts puts the chart here
    parts.append("<h2>" + e(QCoreApplication.translate("Report", "Daily values")) + "</h2>")
    parts.append(
        '<table border="1" cellspacing="0" cellpadding="4"><tr>'
        + "".join(f"<th>{e(h)}</th>" for h in headers)
        + "</tr>"
        + "".join(rows)
        + "</table>"
    )
    wins = [(x.day, win) for x in entries for win in x.wins]
    parts.append("<h2>" + e(QCoreApplication.translate("Report", "Small wins")) + "</h2>")
    parts.append(
        "<ul>" + "".join(f"<li>{d.isoformat()}: {e(w)}</li>" for d, w in wins) + "</ul>"
        if wins
        else "<p>" + e(QCoreApplication.translate("Report", "None recorded in this time.")) + "</p>"
    )
    if include_notes:
        parts.append("<h2>" + e(QCoreApplication.translate("Report", "Notes")) + "</h2>")
        noted = [x for x in entries if x.notes.strip()]
        for entry in noted:
            text = e(entry.notes).replace("\n", "<br>")
            parts.append(f"<p><b>{entry.day.isoformat()}</b><br>{text}</p>")
        if not noted:
            parts.append(
                "<p>" + e(QCoreApplication.translate("Report", "No notes in this time.")) + "</p>"
            )
    return "".join(parts)


def write_summary_pdf(
    db: Database, first: date, last: date, path: Path, include_notes: bool = True
) -> int:
    """Write the summary to `path` (whole or not at all); return the number of days in it."""
    entries = journal.entries_between(db, first, last)
    points = journal.trend(db, first, last)
    document = QTextDocument()
    document.setHtml(summary_html(entries, first, last, include_notes))
    add_charts(document, points, first, last)
    write_document_pdf(
        document, path, QCoreApplication.translate("Report", "Daily check-in summary")
    )
    return len(entries)


def a4_writer(device: QIODevice, title: str) -> QPdfWriter:
    """A PDF writer into `device` for an A4 page with 15 mm margins, at print resolution."""
    writer = QPdfWriter(device)
    writer.setTitle(title)
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    return writer


def pdf_bytes(title: str, paint: Callable[[QPdfWriter], object]) -> bytes:
    """The PDF that `paint` draws on an A4 writer, made in memory (no file is touched)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, title)
    paint(writer)
    del writer  # finishes the PDF, if painting has not already
    buffer.close()
    return bytes(buffer.data().data())


def save_pdf(path: Path, data: bytes) -> None:
    """Put a finished PDF at `path` through the private writer: owner-only from the first
    byte, whole or not at all (a StorageError says why not; nothing is left behind)."""
    files.write_private(Path(path), data, action="export")


def write_document_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """Print `document` to an A4 PDF at `path`, whole or not at all."""
    save_pdf(path, pdf_bytes(title, document.print_))


def questions_html(questions: list[tuple[str, bool]]) -> str:
    """The person's questions for their care team, open ones first."""
    e = html.escape
    title = e(QCoreApplication.translate("Report", "Questions for my care team"))
    if not questions:
        return (
            f"<h1>{title}</h1><p>"
            + e(QCoreApplication.translate("Report", "No questions written yet."))
            + "</p>"
        )
    ordered = [q for q in questions if not q[1]] + [q for q in questions if q[1]]
    items = "".join(
        f"<li>{'&#9745;' if done else '&#9744;'} {e(text)}</li>" for text, done in ordered
    )
    return f"<h1>{title}</h1><ul>{items}</ul>"


def program_questions_html(
    title: str, note: str, labels: tuple[str, str], questions: tuple[str, ...]
) -> str:
    """The questions to ask a detox program, each with an empty box for the answer, and a
    line at the top for the program's name and the date of the call."""
    e = html.escape
    blank = "_" * 24
    head = f"<p>{e(labels[0])}: {blank}</p><p>{e(labels[1])}: {blank}</p>"
    items = "".join(
        f"<p><b>{n}. {e(text)}</b></p>"
        '<table border="1" cellspacing="0" cellpadding="6" width="100%">'
        "<tr><td><br><br><br></td></tr></table>"
        for n, text in enumerate(questions, start=1)
    )
    return f"<h1>{e(title)}</h1><p><i>{e(note)}</i></p>{head}{items}"
