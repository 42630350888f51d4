"""Opening the SQLite file: a look at its schema, pragmas for safety, the pending migrations."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ism_desktop import APP_NAME, __version__
from ism_desktop.store.migrations import MIGRATION_SET, migrations


class StoreError(Exception):
    """A database that cannot be opened or used; the message is for the user (Spanish)."""


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) a database file and bring its schema up to date.

    A file written by a newer version of the program is refused and left untouched; one written
    by an older version is first copied to the backups folder, then migrated.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if _needs_upgrade(target):
            _back_up_before_upgrade(target)
        # No sqlite-utils plugins: loading them reads the metadata of every installed package
        # (tens of milliseconds an open) and would let any installed plugin hook the connection.
        db = Database(target, execute_plugins=False)
        _configure(db)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"No se pudo abrir la base de datos «{target}»: {_describe(exc)}") from exc
    except OSError as exc:
        raise StoreError(f"No se pudo crear la carpeta de «{target}»: {exc.strerror}") from exc
    return db


def known_migration_names() -> frozenset[str]:
    """The names of every schema migration this version of the program knows."""
    # ``pending`` on an empty database is the public way to list a set's migrations.
    empty = Database(memory=True, execute_plugins=False)
    try:
        return frozenset(migration.name for migration in migrations.pending(empty))
    finally:
        empty.close()


def open_memory_database() -> Database:
    """A migrated in-memory database, for tests and dry runs."""
    db = Database(memory=True, execute_plugins=False)
    _configure(db)
    migrations.apply(db)
    return db


def _needs_upgrade(target: Path) -> bool:
    # Looked at read-only first: a file this version must not open is refused untouched, not
    # switched to WAL or given a migrations table on the way.
    if not target.is_file() or target.stat().st_size == 0:
        return False
    with contextlib.closing(_connect_read_only(target)) as connection:
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        applied: set[str] = set()
        if "_sqlite_migrations" in tables:
            rows = connection.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
            applied = {str(row[0]) for row in rows}
    # A first migration that failed leaves only the migrations table: still a new database.
    if not tables - {"_sqlite_migrations"}:
        return False
    if not applied:
        raise StoreError(
            f"«{target.name}» no es una base de datos de {APP_NAME}: tiene las tablas de otro "
            "programa. No se cambió nada."
        )
    known = known_migration_names()
    if applied - known:
        raise StoreError(
            f"La base de datos «{target.name}» fue guardada por una versión más reciente de "
            f"{APP_NAME}. Esta versión ({__version__}) no puede abrirla sin riesgo de dañarla, y "
            "no cambió nada en ella. Instale la versión más reciente del programa."
        )
    return bool(known - applied)


def _connect_read_only(target: Path) -> sqlite3.Connection:
    uri = f"{target.resolve().as_uri()}?mode=ro"
    if not target.with_name(target.name + "-wal").exists():
        # Without a WAL the file alone is the whole database; immutable then creates no -shm.
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=5)


def _back_up_before_upgrade(target: Path) -> None:
    # Imported here: the backup module uses this one, and most opens need no upgrade.
    from ism_desktop.store.backup import REASON_UPGRADE, create_backup

    try:
        create_backup(target, None, REASON_UPGRADE)
    except StoreError as exc:
        raise StoreError(
            f"No se actualizó la base de datos «{target.name}» a esta versión del programa "
            f"porque antes no se pudo guardar una copia de seguridad: {exc}"
        ) from exc


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
