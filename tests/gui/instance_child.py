"""Child process for the single-instance tests: a second start of the program on one database.

``notificar DB MENSAJE``: try to claim DB; if another process has it, send MENSAJE and print
``OCUPADA ENVIADO`` (or ``OCUPADA SIN RESPUESTA``); if not, print ``LIBRE``.
``retener DB``: claim DB, print ``RETENIDA`` (or ``OCUPADA``), then wait until killed.
``cerrar_con_conexion DB``: claim DB, let a start connect and stay connected, release the
database and drop the guard as the program does when its window closes, print ``CERRADA``.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from ism_desktop.gui.single_instance import SingleInstanceGuard


def main(action: str, db_path: Path, message: str) -> None:
    """Run one action and print what happened."""
    app = QCoreApplication(sys.argv[:1])
    if action == "cerrar_con_conexion":
        _close_while_connected(app, db_path)
        return
    guard = SingleInstanceGuard(db_path)
    claimed = guard.claim()
    if claimed:
        guard.listen()
    if action == "retener":
        print("RETENIDA" if claimed else "OCUPADA", flush=True)
        while True:
            app.processEvents()
            time.sleep(0.05)
    if claimed:
        print("LIBRE", flush=True)
        return
    sent = guard.notify_running(message)
    print("OCUPADA ENVIADO" if sent else "OCUPADA SIN RESPUESTA", flush=True)


def _close_while_connected(app: QCoreApplication, db_path: Path) -> None:
    from PySide6.QtNetwork import QLocalSocket

    guard = SingleInstanceGuard(db_path)
    guard.claim()
    guard.listen()
    second_start = QLocalSocket()
    second_start.connectToServer(guard.server_name)
    second_start.waitForConnected(3000)
    deadline = time.monotonic() + 5
    while not guard._sockets and time.monotonic() < deadline:
        app.processEvents()
    guard.release()
    del guard  # collected, as when run_window returns
    gc.collect()
    app.processEvents()
    print("CERRADA", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "activar")
