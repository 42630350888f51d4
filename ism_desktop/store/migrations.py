"""The schema, as named migrations applied in order (``schema.bring_up_to_date`` applies them).

The SQL of each migration is kept exactly as the version that first applied it wrote it: SQLite
keeps each statement's text, so a file made today has the very schema of one made back then.
The steps live in files named for what they hold; this one puts them in their order.
"""

from __future__ import annotations

from dataclasses import dataclass

from ism_desktop.store.amendment_migrations import AMENDMENT_STEPS
from ism_desktop.store.coordination_migrations import COORDINATION_STEPS
from ism_desktop.store.paimef_migrations import PAIMEF_STEPS
from ism_desktop.store.report_migrations import REPORT_STEPS

MIGRATION_SET = "ism_avance"


@dataclass(frozen=True)
class Migration:
    """One named step of the schema: SQL statements separated by semicolons."""

    name: str
    sql: str


# In the order they are applied. A new migration goes at the end of its file (the last file's
# when it changes a table made before), with a new name.
MIGRATIONS: tuple[Migration, ...] = tuple(
    Migration(name, sql)
    for name, sql in (*REPORT_STEPS, *COORDINATION_STEPS, *PAIMEF_STEPS, *AMENDMENT_STEPS)
)


def known_migration_names() -> frozenset[str]:
    """The names of every schema migration this version of the program knows."""
    return frozenset(migration.name for migration in MIGRATIONS)
