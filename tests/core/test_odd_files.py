"""Something other than a plain file where the database should be: a named pipe, a folder,
a device or a link. Nothing hangs, nothing is followed; `check` reports it, and opening
treats it as damage: it is moved aside as itself and the newest good backup restored
(the window then tells the person, as for any damage)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion.core import storage
from companion.core.settings import get_setting, set_setting

DB = "companion.sqlite3"
OPEN_AND_SAY = (
    "import json, sys; from companion.core import storage; "
    "from companion.core.settings import get_setting\n"
    "store = storage.open(sys.argv[1]); r = store.recovery\n"
    "print(json.dumps({'damaged': str(r.damaged_path) if r else None, "
    "'restored': bool(r and r.restored_from), 'region': get_setting(store.db, 'region')}))\n"
    "store.close()"
)


def _with_backup(data: Path) -> None:
    store = storage.open(data)
    set_setting(store.db, "region", "UK")
    store.close()  # backs up, since something changed
    for name in (DB, DB + "-wal", DB + "-shm"):
        (data / name).unlink(missing_ok=True)


def _check(data: Path) -> subprocess.CompletedProcess:
    """`prep-companion check`, which must end (a pipe once made it wait for ever)."""
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data), "check"],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _open(data: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_SAY, str(data)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _make_odd(path: Path, kind: str, tmp_path: Path) -> Path | None:
    """Put a `kind` thing at `path`; return what a link points to, if it is one."""
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
        (path / "inside.txt").write_text("kept")
    elif kind == "device":
        try:
            os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        except (PermissionError, AttributeError):
            pytest.skip("making a device node needs root")
    else:
        target = tmp_path / "someone-elses.sqlite3"
        target.write_bytes(b"SQLite format 3\x00 but not ours" * 100)
        target.chmod(0o644)
        path.symlink_to(target)
        return target
    return None


@pytest.mark.parametrize("kind", ["pipe", "folder", "device", "link"])
def test_check_reports_it_and_never_hangs(tmp_path, kind):
    data = tmp_path / "data"
    _with_backup(data)
    _make_odd(data / DB, kind, tmp_path)
    done = _check(data)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Problem found" in done.stdout
    assert "not a plain file" in done.stdout
    assert os.path.lexists(data / DB)  # check changes nothing


@pytest.mark.parametrize("kind", ["pipe", "folder", "device", "link"])
def test_opening_moves_it_aside_as_itself_and_restores_the_newest_backup(tmp_path, kind):
    data = tmp_path / "data"
    _with_backup(data)
    target = _make_odd(data / DB, kind, tmp_path)
    before = target.read_bytes() if target else None
    said = _open(data)
    assert said["restored"] and said["region"] == "UK"
    moved = Path(said["damaged"])
    assert moved.parent == data / "damaged"
    assert {"pipe": stat.S_ISFIFO, "folder": stat.S_ISDIR, "device": stat.S_ISCHR}.get(
        kind, stat.S_ISLNK
    )(moved.lstat().st_mode)
    assert stat.S_ISREG((data / DB).lstat().st_mode)
    if target is not None:  # the file a link pointed to was never touched
        assert target.read_bytes() == before
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        assert os.readlink(moved) == str(target)


def test_a_linked_wal_file_is_damage_too_and_never_followed(tmp_path):
    data = tmp_path / "data"
    _with_backup(data)
    store = storage.open(data)
    store.close()
    target = tmp_path / "not-a-wal"
    target.write_bytes(b"x" * 1000)
    target.chmod(0o644)
    (data / (DB + "-wal")).symlink_to(target)
    said = _open(data)
    assert said["region"] == "UK"
    assert target.read_bytes() == b"x" * 1000 and stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not (data / (DB + "-wal")).is_symlink()


def test_a_linked_backups_folder_is_moved_aside_and_never_written_through(tmp_path):
    data = tmp_path / "data"
    store = storage.open(data)
    store.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    elsewhere.chmod(0o755)
    (data / "backups").symlink_to(elsewhere)
    store = storage.open(data)
    set_setting(store.db, "region", "IE")
    store.backup_now()
    assert get_setting(store.db, "region") == "IE"
    store.close()
    assert list(elsewhere.iterdir()) == []
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755
    assert (data / "backups").is_dir() and not (data / "backups").is_symlink()
    assert [p for p in data.iterdir() if p.name.startswith("backups.moved-")]
