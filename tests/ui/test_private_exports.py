"""Every file the app writes where the person chooses (the journal summary, the questions,
the plan packet, the check-ins CSV, the calendar file, the full export) is owner-only
(0600) from its first byte: while it is being written, when the writing fails or is cut
short half way (nothing is left), when the program is killed (only an owner-only partial
copy is left), and when it is done, whatever the umask."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from companion.core import journal, learn, plan
from companion.core.journal import JournalEntry
from companion.ui.pages import journal as journal_page
from companion.ui.widgets import dialogs
from tests.file_modes import at_the_flush, modes
from tests.ui.dialog_answers import told_into

KILL_WHILE_WRITING = Path(__file__).parents[1] / "core" / "kill_while_writing.py"
TODAY = date(2026, 1, 1)


class Interrupted(BaseException):
    """Stands for anything that stops a program half way (as KeyboardInterrupt does)."""


@contextmanager
def _umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _journal_pdf(window, monkeypatch) -> None:
    monkeypatch.setattr(journal_page.SummaryDialog, "exec", lambda self: 1)
    window.show_section("journal")
    window.journal.export_pdf()  # as its button does; called so a BaseException reaches here


def _journal_csv(window, monkeypatch) -> None:
    window.show_section("journal")
    window.journal.export_csv()


def _questions_pdf(window, monkeypatch) -> None:
    window.show_section("learn")
    window.learn.questions_view.save_pdf()


def _plan_packet(window, monkeypatch) -> None:
    window.show_section("plan")
    window.plan.save_packet()


def _calendar(window, monkeypatch) -> None:
    window.show_section("plan")
    window.plan.export_ics()


def _everything(window, monkeypatch) -> None:
    from companion.ui.pages.settings_data import export_everything

    export_everything(window, window.context)


WRITERS = {
    "journal summary PDF": (_journal_pdf, "summary.pdf"),
    "check-ins CSV": (_journal_csv, "journal.csv"),
    "questions PDF": (_questions_pdf, "questions.pdf"),
    "plan packet PDF": (_plan_packet, "packet.pdf"),
    "calendar file": (_calendar, "appointments.ics"),
    "full export": (_everything, "export.json"),
}


@pytest.fixture
def out(tmp_path, context, monkeypatch) -> Path:
    """A folder to write to, chosen in every save dialog; some data in every writer."""
    folder = tmp_path / "out"
    folder.mkdir()
    journal.save_entry(context.db, JournalEntry(day=TODAY, mood=3, notes="private"), TODAY)
    learn.save_question(context.db, None, text="Can my sister visit?")
    plan.save_appointment(
        context.db, None, kind="therapy", title="Therapy", starts_at=datetime(2026, 1, 5, 10, 0)
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return folder


def _choose(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize("umask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_a_written_file_is_owner_only_from_its_first_byte(window, out, monkeypatch, writer, umask):
    write, name = WRITERS[writer]
    _choose(monkeypatch, out / name)
    with _umask(umask), at_the_flush(monkeypatch, out) as seen:
        write(window, monkeypatch)
    assert len(seen) == 1, seen  # written once, through the private writer
    assert set(seen[0].values()) == {0o600}, seen
    assert modes(out) == {name: 0o600}
    assert (out / name).stat().st_size > 0


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize(
    "failure", [OSError(28, "No space left on device"), Interrupted()], ids=["full", "cut-short"]
)
def test_a_file_failing_half_way_leaves_nothing_behind(window, out, monkeypatch, writer, failure):
    write, name = WRITERS[writer]
    (out / name).write_bytes(b"the file before")
    (out / name).chmod(0o644)  # the person's own older file, as they left it
    _choose(monkeypatch, out / name)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "run", told_into(told))

    def fail() -> None:
        raise failure

    with _umask(0), at_the_flush(monkeypatch, out, fail) as seen:
        if isinstance(failure, Interrupted):
            with pytest.raises(Interrupted):
                write(window, monkeypatch)
        else:
            write(window, monkeypatch)
    assert seen and all(mode == 0o600 for n, mode in seen[0].items() if n != name), seen
    assert sorted(modes(out)) == [name]
    assert (out / name).read_bytes() == b"the file before"
    if not isinstance(failure, Interrupted):
        assert told and "disk is full" in told[0], told


@pytest.mark.parametrize(
    "command",
    [
        ["journal-pdf", "--from", "2025-12-01", "--to", "2026-01-01"],
        ["plan-pdf"],
    ],
    ids=["journal-pdf", "plan-pdf"],
)
@pytest.mark.parametrize("umask", ["022", "000"])
def test_a_killed_pdf_command_leaves_only_an_owner_only_partial(
    context, data_dir, out, command, umask
):
    context.storage.db.close()  # the command opens the data itself
    run = subprocess.run(
        [sys.executable, str(KILL_WHILE_WRITING), umask, "--data-dir", str(data_dir),
         *command, "--output", str(out / "made.pdf")],
        capture_output=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert run.returncode == -signal.SIGKILL, run.stderr
    left = modes(out)
    assert len(left) == 1 and next(iter(left)).endswith(".partial"), left
    assert set(left.values()) == {0o600}
