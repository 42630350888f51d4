"""One window per database: a lock file says who has it, a local socket wakes that window up.

Two windows on one file would be two writers, each overwriting the other's edits with what it
has on screen. The lock file (``QLockFile``: the holder's process id, so a crashed holder's lock
is taken over) decides who owns the database; the local socket, named after the same file, lets
a second start hand its message (``activar``, or a package to open) to the owner and quit.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

from ism_desktop.platform import database_key
from ism_desktop.platform.window_locks import instance_lock_path, lock_left_by_a_crash

if TYPE_CHECKING:
    # QtNetwork loads when the socket is opened: after the window's first paint.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE_MESSAGE = "activar"
_LOCK_WAIT_MS = 200
_NOTIFY_TIMEOUT_S = 3.0
_RETRY_PAUSE_S = 0.1


class SingleInstanceGuard(QObject):
    """Claims a database for this process, or passes a message to the process that has it."""

    message_received = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock_path = instance_lock_path(db_path)
        self._server_name = f"ism-avance-{database_key(db_path)}"
        self._lock: QLockFile | None = None
        # Whether the lock taken was left by a holder that did not end normally (a crash).
        self.left_by_crash = False
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    @property
    def server_name(self) -> str:
        """The local socket (a named pipe on Windows) the owner listens on."""
        return self._server_name

    def claim(self) -> bool:
        """Take the lock; ``False`` if another window of the program already has it open.

        Until ``listen``, a second start's message waits (``notify_running`` tries again).
        """
        try:
            self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # no lock without a folder for it, but never a reason to refuse work
        lock = QLockFile(str(self._lock_path))
        # 0: a lock is stale only when its process is gone, never because it is old.
        lock.setStaleLockTime(0)
        # A normal close removes the lock file: one still there whose holder is gone was left by
        # a crash, a power cut or a killed process (read before Qt takes it over).
        left = self._lock_path.exists() and lock_left_by_a_crash(self._lock_path)
        if not lock.tryLock(_LOCK_WAIT_MS):
            # Only a live holder means «already open»; an unwritable lock file must not lock out.
            return lock.error() != QLockFile.LockError.LockFailedError
        self._lock = lock
        self.left_by_crash = left
        return True

    def listen(self) -> None:
        """Take the messages of later starts (``message_received``); the lock must be held."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        # After a crash the socket file may still be there (Unix); the lock makes this ours.
        QLocalServer.removeServer(self._server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if server.listen(self._server_name):
            self._server = server

    def notify_running(
        self, message: str = ACTIVATE_MESSAGE, timeout_s: float = _NOTIFY_TIMEOUT_S
    ) -> bool:
        """Send ``message`` to the window that has the database; ``False`` if it did not answer."""
        from PySide6.QtNetwork import QLocalSocket

        _allow_other_process_to_take_focus()
        deadline = time.monotonic() + timeout_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self._server_name)
            if socket.waitForConnected(_remaining_ms(deadline)):
                break
            socket.abort()
            # The owner may have taken the lock but not be listening yet: try again shortly.
            if time.monotonic() >= deadline:
                return False
            time.sleep(_RETRY_PAUSE_S)
        socket.write(message.encode("utf-8") + b"\n")
        sent = socket.waitForBytesWritten(_remaining_ms(deadline))
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_remaining_ms(deadline))
        return sent

    def release(self) -> None:
        """Let another window open the database (also done when the process ends)."""
        # A start still connected when the window closes: its socket is the server's child, and
        # deleting it with the guard while Python still holds it crashed the process at exit.
        for socket in self._sockets:
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
            socket.setParent(None)
        self._sockets.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(lambda s=socket: self._read_messages(s))
            socket.disconnected.connect(lambda s=socket: self._on_socket_disconnected(s))
            self._read_messages(socket)  # what arrived before the slots were connected

    def _read_messages(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", errors="replace").rstrip("\n")
            self.message_received.emit(line or ACTIVATE_MESSAGE)

    def _on_socket_disconnected(self, socket: QLocalSocket) -> None:
        self._read_messages(socket)
        if socket in self._sockets:
            self._sockets.remove(socket)
        socket.deleteLater()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` on top of the others, restoring it if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _remaining_ms(deadline: float) -> int:
    return max(1, int((deadline - time.monotonic()) * 1000))


def _allow_other_process_to_take_focus() -> None:
    # Windows lets only the foreground process bring another window to the front; the second
    # start is in the foreground (the user just launched it), so it passes the right on.
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)
