"""One running copy per data folder: a lock file, and a local socket to wake the first copy."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from companion import APP_ID
from companion.core import paths

_WAKE = b"show"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


class SingleInstance(QObject):
    """Try to become the one writer for a data folder.

    `acquire()` returns True for the first copy, which then listens for later
    copies; a later copy gets False, after it has asked the first to come forward.
    """

    wakeRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(paths.lock_path(data_dir)))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(200):
            self._wake_first_copy()
            return False
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _wake_first_copy(self) -> bool:
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
        source = socket if isinstance(socket, QLocalSocket) else self.sender()
        if isinstance(source, QLocalSocket) and bytes(source.readAll().data()).startswith(_WAKE):
            self.wakeRequested.emit()
