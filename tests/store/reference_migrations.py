"""The migrations as every earlier version applied them: sqlite-utils' ``Migrations``, one by one.

The reference the program's own schema code is compared with: same statements, same records.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database, Migrations

from ism_desktop.store.migrations import MIGRATION_SET, MIGRATIONS


def _runs(sql: str) -> Callable[[Database], None]:
    def run(db: Database) -> None:
        db.executescript(sql)

    return run


def reference_migrations() -> Migrations:
    """sqlite-utils' migration set holding the program's migrations, in order."""
    steps = Migrations(MIGRATION_SET)
    for migration in MIGRATIONS:
        steps(name=migration.name)(_runs(migration.sql))
    return steps


def build_step_by_step(path: Path, stop_before: str | None = None) -> None:
    """A file made as earlier versions made it, up to (not including) ``stop_before``."""
    db = Database(path, execute_plugins=False)
    try:
        reference_migrations().apply(db, stop_before=stop_before)
    finally:
        db.close()


def schema_of(path: Path) -> list[tuple[object, ...]]:
    """Every row of ``sqlite_master`` (type, name, table, root page, SQL), in order."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT * FROM sqlite_master ORDER BY rowid").fetchall()


def migration_records(path: Path) -> list[tuple[object, ...]]:
    """Every row of the migrations table but the time it was applied, in order."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY rowid"
        ).fetchall()
