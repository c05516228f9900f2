"""One Deskmate window per data folder: a second start brings the running window forward.

A lock file decides who runs (it survives crashes: stale locks are taken over); a local
socket carries the "show yourself" request to the running window.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAKE = b"show"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, home: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = "deskmate-" + hashlib.sha1(str(Path(home).resolve()).encode()).hexdigest()[:16]
        self.lock = QLockFile(str(Path(home) / "window.lock"))
        self.lock.setStaleLockTime(0)  # a lock whose process is gone is taken over at once
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this process is now the one Deskmate window for this data folder."""
        if not self.lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.name)  # a socket left by a crashed run
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._woken)
        self.server.listen(self.name)
        return True

    def wake_running_instance(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(WAKE)
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def _woken(self) -> None:
        connection = self.server.nextPendingConnection() if self.server is not None else None
        if connection is not None:
            connection.waitForReadyRead(500)
            if bytes(connection.readAll().data()).startswith(WAKE):
                self.activated.emit()
            connection.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
