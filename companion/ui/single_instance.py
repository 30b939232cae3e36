"""One running copy per data folder: the data folder's lock, and a local socket to wake
the first copy.

The lock is the one every command that changes the data also holds (core storage's
`lock`), taken before the database is opened. A command at work is waited for; a
window already open is woken. Sockets that killed copies left in the temporary folder
are cleared at start.

The window takes the lock before its first paint and starts listening after it (`listen`):
Qt's network module and the socket's name are not needed for the lock.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

from companion import APP_ID
from companion.core.clock import SystemClock
from companion.core.storage import DataInUseError, lock

if TYPE_CHECKING:  # Qt's network module loads when the window listens, after it paints
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"show"
_NAME = re.compile(rf"^{re.escape(APP_ID)}-[0-9a-f]{{16}}$")
_YOUNG_SECONDS = 10.0  # a socket this new may belong to a copy starting right now


def server_name(data_dir: Path) -> str:
    import hashlib

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


class SingleInstance(QObject):
    """Try to become the one window for a data folder.

    `acquire()` returns True for the first copy, which then listens for later copies
    (with `listen=False`, once `listen()` is called).
    A later copy gets False, after it has asked the first to come forward; `busy_with`
    then says who holds the data ("window", or the name of a command that did not finish
    in time). A lock file that cannot be made (a full disk) raises a StorageError: it is
    never taken for another copy running.
    """

    wakeRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock: lock.DataLock | None = None
        self._server: QLocalServer | None = None
        self.busy_with: str | None = None

    def acquire(self, wait: float | None = None, listen: bool = True) -> bool:
        """`wait`: how long to wait for a command at work (by default COMMAND_WAIT_SECONDS).
        `listen=False` takes only the lock; `listen()` then lets later copies wake this one."""
        wait = lock.COMMAND_WAIT_SECONDS if wait is None else wait
        try:
            self._lock = lock.hold(self._data_dir, lock.WINDOW, wait)
        except DataInUseError as busy:
            self.busy_with = busy.holder
            if busy.holder == lock.WINDOW:
                self._wake_first_copy()
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Once the lock is held: listen for later copies asking this one to come forward."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        clear_stale_sockets()
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _wake_first_copy(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self._data_dir))
        if not socket.waitForConnected(500):
            return False
        socket.write(_WAKE)
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket | None = None) -> None:
        from PySide6.QtNetwork import QLocalSocket

        source = socket if isinstance(socket, QLocalSocket) else self.sender()
        if isinstance(source, QLocalSocket) and bytes(source.readAll().data()).startswith(_WAKE):
            self.wakeRequested.emit()


def clear_stale_sockets(folder: Path | None = None) -> list[str]:
    """Remove the app's sockets that no running copy listens on any more (a killed copy
    leaves its socket behind); return their names. Only this user's, and never one made
    in the last few seconds (a copy may be starting)."""
    folder = folder or Path(QDir.tempPath())
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    removed = []
    for entry in entries:
        if not _NAME.match(entry.name):
            continue
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
            continue
        if SystemClock().now().timestamp() - info.st_mtime < _YOUNG_SECONDS or _listening(
            str(entry)
        ):
            continue
        try:
            entry.unlink()
        except OSError:
            continue
        removed.append(entry.name)
    return removed


def _listening(path: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(path)
    if socket.waitForConnected(200):
        socket.disconnectFromServer()
        return True
    return socket.error() not in (
        QLocalSocket.LocalSocketError.ConnectionRefusedError,
        QLocalSocket.LocalSocketError.ServerNotFoundError,
    )
