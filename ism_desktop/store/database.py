"""Opening the SQLite file: pragmas for safety, then the pending migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ism_desktop.store.migrations import migrations


class StoreError(Exception):
    """A database that cannot be opened or used; the message is for the user (Spanish)."""


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) a database file and bring its schema up to date."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        db = Database(target)
        _configure(db)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"No se pudo abrir la base de datos «{target}»: {_describe(exc)}") from exc
    except OSError as exc:
        raise StoreError(f"No se pudo crear la carpeta de «{target}»: {exc.strerror}") from exc
    return db


def open_memory_database() -> Database:
    """A migrated in-memory database, for tests and dry runs."""
    db = Database(memory=True)
    _configure(db)
    migrations.apply(db)
    return db


def _configure(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    if not db.memory:
        db.enable_wal()
        # Office PCs lose power; a committed edit must survive that, not only a crash.
        db.execute("PRAGMA synchronous = FULL")


def _describe(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "file is not a database" in text or "file is encrypted" in text:
        return "el archivo no es una base de datos de ISM Avance."
    if "locked" in text:
        return "otro programa la tiene abierta."
    return text
