"""The command line on protected data: the passphrase comes from a private file given with
--passphrase-file, or is typed at a terminal without being shown; never from the command
line or the environment. Every command works once it fits, and nothing changes when it
does not."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import subprocess
import sys
from datetime import date

import pytest

from companion import cli
from companion.core import journal, paths, storage
from companion.core.clock import FakeClock
from companion.core.journal import JournalEntry
from companion.core.storage import db as sql
from companion.core.storage import keys, protection

CHEAP = keys.Cost(n=2**10, r=8, p=1)
PASSPHRASE = "a calm and steady passphrase"
RECOVERY = "7K2QM-4PXRT-9WBCD-EFGH1-JK3MN"
TODAY = date(2025, 12, 1)


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    store = storage.open(folder, clock=FakeClock())
    journal.save_entry(store.db, JournalEntry(day=TODAY, notes="kept safe"), today=TODAY)
    store = protection.turn_on(store, PASSPHRASE, RECOVERY, CHEAP)
    store.close()
    return folder


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _digest(folder) -> str:
    return hashlib.sha256(paths.database_path(folder).read_bytes()).hexdigest()


def test_without_a_passphrase_nothing_is_opened(data, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    before = _digest(data)
    code, out, err = _run(capsys, "--data-dir", str(data), "check")
    assert code == 1 and out == ""
    assert "protected with a passphrase" in err and "--passphrase-file" in err
    assert _digest(data) == before


def test_a_passphrase_file_others_can_read_is_refused(data, secret_file, capsys):
    secret_file.chmod(0o644)
    code, _, err = _run(
        capsys, "--data-dir", str(data), "--passphrase-file", str(secret_file), "check"
    )
    assert code == 1 and "chmod 600" in err


def test_a_wrong_passphrase_changes_nothing(data, tmp_path, capsys):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    wrong.chmod(0o600)
    before = _digest(data)
    for command in (["check"], ["backup"], ["export", "--output", str(tmp_path / "x.json")]):
        code, _, err = _run(
            capsys, "--data-dir", str(data), "--passphrase-file", str(wrong), *command
        )
        assert code == 1 and "does not open the data" in err
    assert _digest(data) == before and not (tmp_path / "x.json").exists()
    assert len(storage.list_backups(paths.backups_dir(data))) == 1


def test_every_command_works_with_the_passphrase_file(data, secret_file, tmp_path, capsys):
    common = ["--data-dir", str(data), "--passphrase-file", str(secret_file)]
    code, out, _ = _run(capsys, *common, "check")
    assert code == 0 and "sound" in out
    code, out, _ = _run(capsys, *common, "backup")
    assert code == 0
    made = out.split(": ", 1)[1].strip()
    assert not sql.is_plain(paths.backups_dir(data) / made.rsplit("/", 1)[-1])
    exported = tmp_path / "all.json"
    code, _, _ = _run(capsys, *common, "export", "--output", str(exported))
    assert code == 0 and "kept safe" in exported.read_text(encoding="utf-8")
    code, out, _ = _run(capsys, *common, "import", str(exported), "--dry-run")
    assert code == 0 and "valid" in out
    code, _, _ = _run(capsys, *common, "import", str(exported), "--replace")
    assert code == 0
    code, _, err = _run(capsys, *common, "restore", made.rsplit("/", 1)[-1])
    assert code == 0, err
    # the PDF commands start Qt: in a process of their own, as they are run
    made_pdf = subprocess.run(
        [sys.executable, "-m", "companion", *common, "journal-pdf", "--from", "2025-11-01",
         "--to", "2025-12-01", "--output", str(tmp_path / "j.pdf")],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert made_pdf.returncode == 0, made_pdf.stderr
    assert (tmp_path / "j.pdf").read_bytes().startswith(b"%PDF")
    assert not sql.is_plain(paths.database_path(data))
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"]


def test_the_recovery_key_works_at_a_terminal_prompt(data, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or RECOVERY)
    code, out, _ = _run(capsys, "--data-dir", str(data), "check")
    assert code == 0 and "sound" in out
    assert asked and "Passphrase" in asked[0] and PASSPHRASE not in out
