"""Child process for the crash test: the real window, editing without pause until killed.

Edit ``i`` sets the achieved figure of unit 004's meta ``i % 7`` to ``100 + i`` by typing into
the cell and pressing Enter; it prints ``COMMITTED i`` only after the edit is in the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.gui.application import ensure_application
from ism_desktop.gui.main_window import MainWindow
from ism_desktop.gui.report_session import ReportSession
from ism_desktop.store.store import Store


def main(db_path: Path, settings_path: Path) -> None:
    """Open the window and edit forever."""
    app = ensure_application()
    store = Store.open(db_path)
    profile = PcProfile(Role.UNIT, UnitCode("004"), 2024, Quarter.FIRST)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(ReportSession(store, profile), settings)
    window.show()
    metas = window.session.metas()
    counter = {"i": 0}

    def edit() -> None:
        i = counter["i"]
        meta = metas[i % len(metas)]
        window.select_meta(meta.stable_id)
        cell = window.form.grid.cell(RowKind.NUM, Series.ACHIEVED, Quarter.FIRST)
        cell.setFocus()
        cell.selectAll()
        QTest.keyClicks(cell, str(100 + i))
        QTest.keyClick(cell, Qt.Key.Key_Return)
        print(f"COMMITTED {i}", flush=True)
        counter["i"] = i + 1

    timer = QTimer()
    timer.timeout.connect(edit)
    timer.start(0)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
