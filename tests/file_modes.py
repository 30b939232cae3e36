"""Watching a private file being written: the modes of a folder's files, noted at the
moment a not-yet-complete copy there is flushed (filled, not yet in place). Shared by
the core's and the window's tests of owner-only files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def modes(folder: Path) -> dict[str, int]:
    """Each file's permission bits in `folder`, by name."""
    return {path.name: path.stat().st_mode & 0o777 for path in folder.iterdir()}


@contextmanager
def at_the_flush(
    monkeypatch, folder: Path, then: Callable[[], None] | None = None
) -> Iterator[list[dict[str, int]]]:
    """Note every file's mode in `folder` at the moment a not-yet-complete copy in it is
    flushed; then do `then` (raise, to fail half way)."""
    seen: list[dict[str, int]] = []
    real = os.fsync

    def flush(fd: int) -> None:
        name = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if name.parent == folder and name.name.endswith(".partial"):
            seen.append(modes(folder))
            if then is not None:
                then()
        real(fd)

    monkeypatch.setattr(os, "fsync", flush)
    yield seen
