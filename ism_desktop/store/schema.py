"""Bringing a file's schema up to date: a new file whole at once, an older one step by step.

Every migration applied is recorded in ``_sqlite_migrations`` as sqlite-utils' ``Migrations``
recorded it when it ran them (same table, same rows), so files of every version read alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from ism_desktop.store.connection import Database
from ism_desktop.store.migrations import MIGRATION_SET, MIGRATIONS, Migration

MIGRATIONS_TABLE = "_sqlite_migrations"
# Byte for byte what sqlite-utils wrote: SQLite keeps the text, and a test compares it.
_CREATE_MIGRATIONS_TABLE = (
    f'CREATE TABLE "{MIGRATIONS_TABLE}" (\n'
    '   "id" INTEGER PRIMARY KEY,\n'
    '   "migration_set" TEXT,\n'
    '   "name" TEXT,\n'
    '   "applied_at" TEXT\n'
    ")"
)
_CREATE_MIGRATIONS_INDEX = (
    f'CREATE UNIQUE INDEX "idx_{MIGRATIONS_TABLE}_migration_set_name"\n'
    f'    ON "{MIGRATIONS_TABLE}" ("migration_set", "name")'
)
_RECORD = (
    f'INSERT INTO "{MIGRATIONS_TABLE}" ("migration_set", "name", "applied_at") VALUES (?, ?, ?)'
)


def applied_migrations(db: Database) -> list[str]:
    """The names of the migrations the file has had, in the order they were applied."""
    return migrations_in(db.conn)


def migrations_in(connection: sqlite3.Connection) -> list[str]:
    """``applied_migrations`` over any connection (a read-only one, a backup's)."""
    if MIGRATIONS_TABLE not in table_names(connection):
        return []
    rows = connection.execute(
        f'SELECT name FROM "{MIGRATIONS_TABLE}" WHERE migration_set = ? ORDER BY rowid',
        [MIGRATION_SET],
    )
    return [str(name) for (name,) in rows]


def table_names(connection: sqlite3.Connection) -> set[str]:
    """The names of the file's tables."""
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(name) for (name,) in rows}


def bring_up_to_date(db: Database, before_upgrade: Callable[[], None] | None = None) -> None:
    """Apply every migration the file lacks, all in one transaction holding the write lock.

    What the file lacks is looked at again once the lock is held: another program that has
    just made or upgraded it leaves nothing to do, and one that is upgrading it makes this wait
    (past the busy timeout: ``StoreError``, nothing changed). Whole or not at all: no program
    ever sees a file half upgraded, nor two of them apply the same migration.

    ``before_upgrade`` runs inside that transaction when a file that already has data lacks
    migrations: the backup made there is of the very data the upgrade starts from.
    """
    if not _pending(db):
        return
    with db.atomic():
        pending = _pending(db)
        if not pending:
            return
        tables = _tables(db)
        # A first migration that failed leaves only the migrations table: still a new file.
        if tables - {MIGRATIONS_TABLE} and before_upgrade is not None:
            before_upgrade()
        if MIGRATIONS_TABLE not in tables:
            db.conn.execute(_CREATE_MIGRATIONS_TABLE)
            db.conn.execute(_CREATE_MIGRATIONS_INDEX)
        for migration in pending:
            _apply(db, migration)


def _pending(db: Database) -> list[Migration]:
    applied = set(applied_migrations(db))
    return [migration for migration in MIGRATIONS if migration.name not in applied]


def _tables(db: Database) -> set[str]:
    return table_names(db.conn)


def _apply(db: Database, migration: Migration) -> None:
    # Statement by statement: ``executescript`` would commit the open transaction first.
    for statement in _statements(migration.sql):
        db.conn.execute(statement)
    db.conn.execute(_RECORD, [MIGRATION_SET, migration.name, str(datetime.now(UTC))])


def _statements(script: str) -> Iterator[str]:
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending.strip()
            pending = ""
