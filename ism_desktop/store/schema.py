"""Bringing a file's schema up to date: a new file whole at once, an older one step by step.

Every migration applied is recorded in ``_sqlite_migrations`` as sqlite-utils' ``Migrations``
recorded it when it ran them (same table, same rows), so files of every version read alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
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


def bring_up_to_date(db: Database) -> None:
    """Apply every migration the file lacks.

    A new (empty) file gets them all in one transaction: whole or not at all, and one write to
    disk instead of one per migration. A file that already has some gets the others one by one,
    each in its own transaction with its record, as before.
    """
    if not _pending(db):
        return
    with db.atomic():
        # Looked at again holding the write lock: another program may have just made it.
        new_file = not _tables(db)
        if new_file:
            db.conn.execute(_CREATE_MIGRATIONS_TABLE)
            db.conn.execute(_CREATE_MIGRATIONS_INDEX)
            for migration in MIGRATIONS:
                _apply(db, migration)
    if new_file:
        return
    if MIGRATIONS_TABLE not in _tables(db):
        with db.atomic():
            db.conn.execute(_CREATE_MIGRATIONS_TABLE)
            db.conn.execute(_CREATE_MIGRATIONS_INDEX)
    for migration in _pending(db):
        with db.atomic():
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
