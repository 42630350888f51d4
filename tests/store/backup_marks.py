"""A mark written into a database, to tell which copy's data a file holds after a restore."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def set_mark(db: Path, value: str) -> None:
    """Write ``value`` as the database's mark (a setting no program reads)."""
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('marca', ?)", [value]
        )


def mark(db: Path) -> str | None:
    """The database's mark, if it has one."""
    with contextlib.closing(sqlite3.connect(db)) as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = 'marca'").fetchone()
    return None if row is None else str(row[0])
