"""Protected exports: the whole export sealed with a passphrase of its own; it reads back
only with it, a changed file is refused, and the command line writes and imports one."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

import pytest

from companion import cli
from companion.core import journal, operations, sealed, storage
from companion.core.clock import FakeClock
from companion.core.journal import JournalEntry
from companion.core.storage import keys

CHEAP = keys.Cost(n=2**10, r=8, p=1)
WORD = "Quillfeather"
DAY = date(2025, 12, 1)


@pytest.fixture
def store(tmp_path):
    opened = storage.open(tmp_path / "data", clock=FakeClock())
    journal.save_entry(opened.db, JournalEntry(day=DAY, notes=f"{WORD} day"), today=DAY)
    yield opened
    opened.close()


def test_a_protected_export_reads_back_only_with_its_passphrase(store, tmp_path):
    path = tmp_path / "all.json"
    rows = operations.export_everything(
        store.db, path, datetime(2026, 1, 1), "file words here", CHEAP
    )
    raw = path.read_bytes()
    assert rows > 0 and WORD.encode() not in raw
    assert json.loads(raw)["format"] == sealed.FORMAT
    assert path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(sealed.PassphraseNeeded):
        operations.check_import(path)
    with pytest.raises(keys.WrongSecretError):
        operations.check_import(path, "not the words")
    document, problems = operations.check_import(path, "file words here")
    assert problems == [] and WORD in json.dumps(document)


def test_a_changed_protected_export_is_refused(store, tmp_path):
    path = tmp_path / "all.json"
    operations.export_everything(store.db, path, datetime(2026, 1, 1), "file words here", CHEAP)
    document = json.loads(path.read_text())
    data = bytearray(keys.from_base64(document["data"], "data"))
    data[10] ^= 1
    document["data"] = keys.to_base64(bytes(data))
    path.write_text(json.dumps(document))
    with pytest.raises(keys.WrongSecretError):
        operations.check_import(path, "file words here")
    document["version"] = 99
    path.write_text(json.dumps(document))
    _, problems = operations.check_import(path, "file words here")
    assert problems and "cannot be read" in problems[0].what


def test_the_command_line_writes_and_imports_a_protected_export(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "data"
    made = storage.open(folder, clock=FakeClock())
    journal.save_entry(made.db, JournalEntry(day=DAY, notes=f"{WORD} day"), today=DAY)
    made.close()
    secret = tmp_path / "file-passphrase"
    secret.write_text("file words here\n")
    secret.chmod(0o600)
    out = tmp_path / "all.json"
    argv = ["--data-dir", str(folder), "--export-passphrase-file", str(secret)]
    assert cli.main([*argv, "export", "--protect", "--output", str(out)]) == 0
    assert "protected" in capsys.readouterr().out and WORD.encode() not in out.read_bytes()
    assert cli.main([*argv, "import", str(out), "--dry-run"]) == 0
    assert "valid" in capsys.readouterr().out
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert cli.main(["--data-dir", str(folder), "import", str(out), "--dry-run"]) == 1
    assert "--export-passphrase-file" in capsys.readouterr().err
