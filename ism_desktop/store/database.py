"""Opening the SQLite file: a look at its schema, pragmas for safety, the pending migrations."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ism_desktop import APP_NAME, __version__
from ism_desktop.platform import backups_dir
from ism_desktop.store import backup
from ism_desktop.store.backup import backup_before_upgrade, remove_database_files
from ism_desktop.store.connection import Database
from ism_desktop.store.errors import DISK_FULL as DISK_FULL
from ism_desktop.store.errors import IN_USE as IN_USE
from ism_desktop.store.errors import NOT_OURS as NOT_OURS
from ism_desktop.store.errors import NOTHING_CHANGED as NOTHING_CHANGED
from ism_desktop.store.errors import READ_ONLY as READ_ONLY
from ism_desktop.store.errors import STORE_FAILURES as STORE_FAILURES
from ism_desktop.store.errors import DamagedDataError, is_damaged_data
from ism_desktop.store.errors import StoreError as StoreError
from ism_desktop.store.errors import describe_failure as describe_failure
from ism_desktop.store.errors import describe_os_error as describe_os_error
from ism_desktop.store.log_guard import keep_what_opening_would_lose
from ism_desktop.store.migrations import known_migration_names
from ism_desktop.store.schema import (
    MIGRATIONS_TABLE,
    bring_up_to_date,
    migrations_in,
    table_names,
)

# How long a statement waits for another program's lock before it says the database is busy.
_BUSY_TIMEOUT_MS = 5000


def open_database(path: Path | str, *, held: bool = False) -> Database:
    """Open (creating if needed) a database file and bring its schema up to date.

    A file written by a newer version of the program is refused and left untouched; one written
    by an older version is copied to the backups folder, then migrated, in one step under the
    write lock. A damaged file with a write-ahead log beside it, or a sound one beside a log
    part of which SQLite would drop, is kept as it is, then refused (see ``log_guard``); so is
    a log left without its file (no new file is made over it).
    ``held``: the caller holds the file open with a connection of its own, checked when it was
    opened; its log is that connection's, not one a crash left, and is not checked again.
    """
    target = Path(path)
    created = not target.exists()
    db: Database | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not held:
            keep_what_opening_would_lose(target, backups_dir())
        upgrading = _needs_upgrade(target)
        db = Database(target)
        _configure(db)
        _bring_up_to_date(db, target, upgrading=upgrading)
    except sqlite3.DatabaseError as exc:
        if created:
            _remove_unfinished(db, target)
        else:
            _close(db)
        failure = DamagedDataError if is_damaged_data(exc) else StoreError
        raise failure(
            f"No se pudo abrir la base de datos «{target}»: {describe_failure(exc)}."
        ) from exc
    except OSError as exc:
        _close(db)
        raise StoreError(
            f"No se pudo crear la carpeta de «{target}»: {describe_os_error(exc)}."
        ) from exc
    except BaseException:
        _close(db)
        raise
    return db


def _bring_up_to_date(db: Database, target: Path, *, upgrading: bool) -> None:
    """Migrate the file, the backup of an older one made inside the upgrade's transaction.

    The check of what the file lacks, the backup and the migrations are one step under the
    write lock (see ``bring_up_to_date``): another program opening the same older file at the
    same time waits, then is told the database is busy, or finds it upgraded whole.
    """
    # The lock is waited for as long as a backup waits for it (the store's busy timeout).
    db.execute(f"PRAGMA busy_timeout = {round(backup.BUSY_TIMEOUT_SECONDS * 1000)}")
    not_upgraded = f"No se actualizó la base de datos «{target.name}» a esta versión del programa"
    try:
        bring_up_to_date(db, lambda: _back_up_before_upgrade(target))
    except StoreError as exc:
        if upgrading and _lock_refused(exc):
            raise StoreError(f"{not_upgraded}: {IN_USE}. {NOTHING_CHANGED}") from exc
        raise
    except sqlite3.DatabaseError as exc:
        # A step the file's data refuses (a constraint): the transaction undid every step.
        if not upgrading or is_damaged_data(exc):
            raise
        raise StoreError(f"{not_upgraded}: {describe_failure(exc)}. {NOTHING_CHANGED}") from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")


def _lock_refused(exc: StoreError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, sqlite3.OperationalError) and describe_failure(cause) == IN_USE


def _close(db: Database | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()


def _remove_unfinished(db: Database | None, target: Path) -> None:
    """Remove a database this opening created and could not finish (a full disk, say).

    What is left is a shell, not data, and the failure says nothing was changed. Only while
    no table of the program is in it: a file another process finished meanwhile is kept.
    """
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()
    try:
        with contextlib.closing(
            sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        ) as connection:
            if table_names(connection) - {MIGRATIONS_TABLE}:
                return
    except sqlite3.Error:
        pass  # not even readable as a database: nothing in it to keep
    remove_database_files(target)


def holds_no_data(target: Path) -> bool:
    """Whether a database file holds no row of data: only its schema and its own settings.

    False when it cannot be read: what cannot be looked at may hold data.
    """
    try:
        uri = f"{target.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            for name in table_names(connection) - {MIGRATIONS_TABLE, "settings"}:
                if name.startswith("sqlite_"):
                    continue
                if connection.execute(f'SELECT EXISTS (SELECT 1 FROM "{name}")').fetchone()[0]:
                    return False
    except (sqlite3.Error, OSError, ValueError):
        return False
    return True


def open_memory_database() -> Database:
    """A migrated in-memory database, for tests and dry runs."""
    db = Database(memory=True)
    _configure(db)
    bring_up_to_date(db)
    return db


def _needs_upgrade(target: Path) -> bool:
    # Looked at read-only first: a file this version must not open is refused untouched, not
    # switched to WAL or given a migrations table on the way.
    if not target.is_file() or target.stat().st_size == 0:
        return False
    with contextlib.closing(_connect_read_only(target)) as connection:
        tables = table_names(connection)
        applied = set(migrations_in(connection))
    # A first migration that failed leaves only the migrations table: still a new database.
    if not tables - {MIGRATIONS_TABLE}:
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
    try:
        backup_before_upgrade(target)
    except StoreError as exc:
        raise StoreError(
            f"No se actualizó la base de datos «{target.name}» a esta versión del programa "
            f"porque antes no se pudo guardar una copia de seguridad: {exc}"
        ) from exc


def _configure(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    if not db.memory:
        db.enable_wal()
        # Office PCs lose power; a committed edit must survive that, not only a crash.
        db.execute("PRAGMA synchronous = FULL")
        # What a savepoint must be able to undo is kept in memory, not in a temporary file:
        # a batch of packages (a savepoint each, inside one transaction) wrote every page it
        # touched there too. Only a rollback to a savepoint reads it; a crash needs none of it,
        # since the write-ahead log alone decides what was committed.
        db.execute("PRAGMA temp_store = MEMORY")
