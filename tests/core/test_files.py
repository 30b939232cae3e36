"""The one private, atomic writer: 0600 from the first byte, whole or nothing, no symlinks."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from companion.core import files
from companion.core.storage.errors import DiskFullError, NoPermissionError, StorageError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_write_private_writes_owner_only_and_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o644)
    files.write_private(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_owner_only_from_the_first_byte_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        with files.private_writer(tmp_path / "a.pdf") as handle:
            (partial,) = [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
            assert _mode(partial) == 0o600
            handle.write(b"x")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a.pdf") == 0o600


def test_text_mode_writes_utf8(tmp_path: Path) -> None:
    with files.private_writer(tmp_path / "a.csv", "w") as handle:
        handle.write("día,ñ\n")
    assert (tmp_path / "a.csv").read_bytes() == "día,ñ\n".encode()


def test_a_failure_in_the_block_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "keep.txt"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.private_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_a_symlink_at_the_destination_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"untouched")
    victim.chmod(0o644)
    link = tmp_path / "out.txt"
    link.symlink_to(victim)
    files.write_private(link, b"mine")
    assert not link.is_symlink()
    assert link.read_bytes() == b"mine"
    assert victim.read_bytes() == b"untouched"
    assert _mode(victim) == 0o644


def test_full_disk_is_a_named_error_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "window.ini"
    target.write_bytes(b"[geometry]\n")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(DiskFullError) as caught:
        files.write_private(target, b"x" * 100)
    assert "disk is full" in str(caught.value)
    assert target.read_bytes() == b"[geometry]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["window.ini"]


def test_full_disk_while_the_caller_writes_is_a_named_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(DiskFullError), files.private_writer(tmp_path / "a.bin") as handle:
        handle.write(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_it_may_not_write_is_a_named_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(NoPermissionError):
            files.write_private(folder / "a.txt", b"x")
    finally:
        folder.chmod(0o700)


def test_a_folder_at_the_destination_is_refused_without_change(tmp_path: Path) -> None:
    (tmp_path / "a.txt").mkdir()
    with pytest.raises(StorageError):
        files.write_private(tmp_path / "a.txt", b"x")
    assert (tmp_path / "a.txt").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_only_new_file_modes(tmp_path: Path) -> None:
    with pytest.raises(ValueError), files.private_writer(tmp_path / "a", "ab"):
        pass


def test_a_partial_being_written_is_told_from_one_left_by_a_crash(tmp_path: Path) -> None:
    partial, fd = files.create_partial(tmp_path / "copy.sqlite3")
    try:
        assert partial.name.startswith(".copy.sqlite3.") and partial.name.endswith(".partial")
        assert _mode(partial) == 0o600
        assert files.partial_in_use(partial)
    finally:
        os.close(fd)
    assert not files.partial_in_use(partial)  # its writer is gone: a leftover


def test_write_private_says_how_much_space_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(DiskFullError) as caught:
        files.write_private(tmp_path / "export.json", b"x" * 250_000, action="export")
    assert caught.value.needed == 250_000
    assert "250 KB" in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
