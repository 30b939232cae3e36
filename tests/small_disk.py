"""A real small disk for tests: a tmpfs of a few megabytes, filled to leave a chosen
amount of free space. Mounting needs root (or the right to mount); where that is not
possible the test is skipped with the reason, and the injected-ENOSPC tests still run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FILLER = ".filler"
LEVELS = {"0 bytes": 0, "a few KB": 8 * 1024, "a few hundred KB": 300 * 1024}
"""The free space every full-disk test tries."""


@contextmanager
def small_disk(where: Path, size: str = "8m") -> Iterator[Path]:
    """Mount a tmpfs of `size` at `where` for the block; skip the test if that cannot be."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root here; injected ENOSPC tests cover this")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def leave_free(disk: Path, free: int) -> None:
    """Fill the disk so that about `free` bytes (whole pages) are left."""
    filler = disk / FILLER
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    block = b"\0" * 65536
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError:
                if len(block) == 4096:
                    break
                block = block[:4096]
    finally:
        os.close(fd)
    if free:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - free))


def free_up(disk: Path) -> None:
    """Take the filler away again."""
    (disk / FILLER).unlink(missing_ok=True)


def free_bytes(disk: Path) -> int:
    info = os.statvfs(disk)
    return info.f_bavail * info.f_frsize
