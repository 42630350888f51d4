"""Two programs opening the same older database at once: one upgrades it, whole, the other waits.

The check of what the file lacks and the upgrade are one step under SQLite's write lock: another
program that comes in between either finds the lock (the Spanish busy message, nothing changed)
or finds the file already upgraded, never half of it. Real files and real second connections,
started at the very moments between the steps of an upgrade.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.platform import backups_dir
from ism_desktop.store import backup, schema
from ism_desktop.store.backup import REASON_UPGRADE
from ism_desktop.store.backup_catalogue import list_backups
from ism_desktop.store.connection import Database
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import IN_USE, StoreError
from ism_desktop.store.migrations import MIGRATION_SET, Migration, known_migration_names
from ism_desktop.store.store import Store

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "esquema_0001_v0.1.0.sqlite3"
FIRST = "0001_catalogue_and_metas"


def applied(path: Path) -> list[str]:
    """The migrations another program reading the file now sees (read-only, as it is)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        rows = connection.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
        return [str(row[0]) for row in rows]


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "de_la_version_0_1_0.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait a fraction of a second for a lock, not the store's five seconds."""
    monkeypatch.setattr(backup, "BUSY_TIMEOUT_SECONDS", 0.3)


def test_the_fixture_lacks_several_migrations(old_file: Path) -> None:
    assert applied(old_file) == [FIRST]
    assert len(known_migration_names()) > 3


def test_another_program_coming_in_after_the_first_write_finds_the_file_upgraded_whole(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As soon as this program's first write to the file is committed, another opens it.
    seen: list[list[str]] = []
    outcomes: list[str] = []
    original = Database.atomic

    @contextlib.contextmanager
    def atomic_then_another_program(self: Database) -> Iterator[Database]:
        changes = self.conn.total_changes
        with original(self) as db:
            yield db
        wrote = self.conn.total_changes != changes
        if wrote and not outcomes and not self.conn.in_transaction:
            outcomes.append("en curso")
            seen.append(applied(old_file))
            try:
                open_database(old_file).close()
            except StoreError as exc:
                outcomes[0] = str(exc)
            else:
                outcomes[0] = "abrió"

    monkeypatch.setattr(Database, "atomic", atomic_then_another_program)

    with Store.open(old_file) as store:
        assert store.reports.is_empty() in (True, False)

    final = applied(old_file)
    assert sorted(final) == sorted(known_migration_names())
    assert seen == [final]
    assert outcomes == ["abrió"]
    copies = list_backups(backups_dir(), old_file)
    assert [(c.reason, c.migrations) for c in copies] == [(REASON_UPGRADE, (FIRST,))]


def test_another_program_during_the_upgrade_waits_and_sees_the_old_file(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In the middle of the upgrade (its second migration), another program reads the file and
    # tries to open it: it sees the file as it was, and is told the database is busy.
    seen: list[list[str]] = []
    refusals: list[str] = []
    calls = 0
    original = schema._apply

    def apply_with_another_program(db: Database, migration: Migration) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            seen.append(applied(old_file))
            with pytest.raises(StoreError) as refused:
                open_database(old_file)
            refusals.append(str(refused.value))
        original(db, migration)

    monkeypatch.setattr(schema, "_apply", apply_with_another_program)

    open_database(old_file).close()

    assert seen == [[FIRST]]
    (refusal,) = refusals
    assert IN_USE in refusal.lower()
    assert "no se cambió nada" in refusal.lower()
    assert sorted(applied(old_file)) == sorted(known_migration_names())
    copies = list_backups(backups_dir(), old_file)
    assert [(c.reason, c.migrations) for c in copies] == [(REASON_UPGRADE, (FIRST,))]


def test_a_failed_migration_leaves_the_file_as_it_was(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One step, all or nothing: a failure halfway leaves no half-upgraded file behind.
    calls = 0
    original = schema._apply

    def apply_failing_third(db: Database, migration: Migration) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise sqlite3.OperationalError("disk I/O error")
        original(db, migration)

    monkeypatch.setattr(schema, "_apply", apply_failing_third)

    with pytest.raises(StoreError, match=r"^El disco está lleno; .*\. No se cambió nada\.$"):
        open_database(old_file)

    assert applied(old_file) == [FIRST]


_ANOTHER_PROCESS = """
import sqlite3
import sys
from pathlib import Path
from ism_desktop.store import backup
from ism_desktop.store.database import StoreError, open_database
backup.BUSY_TIMEOUT_SECONDS = 0.3
path = Path(sys.argv[1])
reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
print(",".join(row[0] for row in reader.execute("SELECT name FROM _sqlite_migrations")))
reader.close()
try:
    open_database(path).close()
except StoreError as exc:
    print(exc)
else:
    print("abrió")
"""


def test_another_process_during_the_upgrade_is_told_the_database_is_busy(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In the middle of the upgrade, another process reads the file, then tries to open it.
    said: list[str] = []
    calls = 0
    original = schema._apply

    def apply_with_another_process(db: Database, migration: Migration) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            done = subprocess.run(
                [sys.executable, "-c", _ANOTHER_PROCESS, str(old_file)],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
            )
            said.extend(done.stdout.strip().splitlines())
        original(db, migration)

    monkeypatch.setattr(schema, "_apply", apply_with_another_process)

    open_database(old_file).close()

    seen, message = said
    assert seen == FIRST
    assert message.startswith("No se actualizó la base de datos")
    assert IN_USE in message
    assert sorted(applied(old_file)) == sorted(known_migration_names())
    copies = list_backups(backups_dir(), old_file)
    assert [(c.reason, c.migrations) for c in copies] == [(REASON_UPGRADE, (FIRST,))]
