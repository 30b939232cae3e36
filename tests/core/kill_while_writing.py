"""Runs one command of the app and kills itself (SIGKILL, as a power cut or an OOM kill
would) the moment a file it writes has been filled but not yet put in place: what is
left on the disk then is what a kill leaves. Used by the permission tests.

Usage: python kill_while_writing.py UMASK ARG... (the app's command-line arguments)
"""

from __future__ import annotations

import os
import signal
import sys

_fsync = os.fsync


def _kill_at_a_partial(fd: int) -> None:
    try:
        name = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        name = ""
    if name.endswith(".partial"):
        os.kill(os.getpid(), signal.SIGKILL)
    _fsync(fd)


def main() -> int:
    os.umask(int(sys.argv[1], 8))
    os.fsync = _kill_at_a_partial
    from companion import cli

    return cli.main(sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
