"""Checking packages (a rehearsal, all undone) is not «another program» saving, however large.

A rehearsal writes what the packages would, then undoes it all. Larger than the connection's
page cache, SQLite writes its pages into the write-ahead log before the end; right after a
checkpoint had emptied that log, doing so starts the log again, and the window's connection
took the new log for another program's commit: «Otro programa guardó cambios en la base de
datos», with nothing saved by anyone. (Found looking for the cause of the one seen at stop 59.)
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.quarter import Quarter
from tests.workspace.conftest import STUDIES, WorkspaceFactory, by_name, unit

# Well past SQLite's default page cache (2 MB) in text: its pages cannot all stay in memory.
TEXTS = 160
TEXT = "REVISAR LA EVIDENCIA DEL TRIMESTRE. " * 500  # about 18,000 characters


def _checkpoint(db_path: Path) -> None:
    """Copy the log into the file, as SQLite does by itself every thousand pages or so."""
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()


def test_a_large_rehearsal_is_not_written_elsewhere(
    open_workspace: WorkspaceFactory, db_path: Path
) -> None:
    window = open_workspace(unit())
    worker = open_workspace(unit())  # the worker's own connection that checks the packages
    meta = by_name(window, STUDIES)
    window.edit_meta(with_achieved(meta, Quarter.FIRST, Decimal(855)))  # the log holds it
    _checkpoint(db_path)  # and now the file too: the next write starts the log again
    assert not window.written_elsewhere()
    meta_id = meta.stable_id

    with worker.store.rehearsal():
        for n in range(TEXTS):
            worker.store.observations.add(
                Observation(2024, Quarter.FIRST, meta_id, f"{n} {TEXT}", "Lucía", "2024-04-15")
            )

    assert worker.store.observations.for_meta(2024, meta_id) == []  # all undone
    assert not window.written_elsewhere()
