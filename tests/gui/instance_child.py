"""Child process for the single-instance tests: a second start of the program on one database.

``notificar DB MENSAJE``: try to claim DB; if another process has it, send MENSAJE and print
``OCUPADA ENVIADO`` (or ``OCUPADA SIN RESPUESTA``); if not, print ``LIBRE``.
``retener DB``: claim DB, print ``RETENIDA`` (or ``OCUPADA``), then wait until killed.
"""

from __future__ import annotations

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
    guard = SingleInstanceGuard(db_path)
    claimed = guard.try_acquire()
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


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "activar")
