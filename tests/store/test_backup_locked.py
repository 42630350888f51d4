"""Backups while another program holds the database's write lock: refused, and no copy piled up.

Real files and a real second connection holding ``BEGIN IMMEDIATE``; the store's busy timeout is
set short so that each refusal comes quickly (no test measures time).
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ism_desktop.platform import backups_dir
from ism_desktop.store import backup
from ism_desktop.store.backup import BackupError, create_backup, restore_backup
from ism_desktop.store.backup_catalogue import BackupInfo, list_backups
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import IN_USE, StoreError
from ism_desktop.store.store import Store

T0 = datetime(2024, 5, 2, 10, 30, 0)


def digest(db: Path) -> str:
    """The database's bytes and its write-ahead log's, as one hash."""
    parts = [db, db.with_name(db.name + "-wal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts if p.exists())).hexdigest()


@contextlib.contextmanager
def write_lock(db: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write: it holds the lock and has written a row."""
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO settings (key, value) VALUES ('ocupada', '1')")
        yield holder
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait a fraction of a second for a lock, not the store's five seconds."""
    monkeypatch.setattr(backup, "BUSY_TIMEOUT_SECONDS", 0.3, raising=False)


def _chosen(db: Path, folder: Path) -> BackupInfo:
    chosen = create_backup(db, folder, "manual", now=T0)
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('despues', '1')")
    return chosen


@pytest.mark.timeout(30, method="thread")
@pytest.mark.parametrize("attempts", [1, 3])
def test_restoring_a_database_in_use_is_refused_without_new_copies(
    db: Path, folder: Path, attempts: int
) -> None:
    chosen = _chosen(db, folder)
    with write_lock(db):
        before = digest(db)
        for _ in range(attempts):
            with pytest.raises(BackupError) as refused:
                restore_backup(chosen, db, folder)
            assert IN_USE in str(refused.value).lower()
            assert "no se restauró nada" in str(refused.value)
        assert digest(db) == before
    assert list_backups(folder, db) == [chosen]


@pytest.mark.timeout(30, method="thread")
def test_a_lock_taken_after_the_copy_stops_the_restore_and_removes_that_copy(
    db: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another program takes the lock between the copy of the current data and the restore:
    # the backup API would retry for ever; the copy of data left unchanged is not kept.
    chosen = _chosen(db, folder)
    make_backup = backup._make_backup
    holders: list[contextlib.ExitStack] = []

    def then_lock(*args: object, **kwargs: object) -> BackupInfo | None:
        made = make_backup(*args, **kwargs)  # type: ignore[arg-type]
        stack = contextlib.ExitStack()
        stack.enter_context(write_lock(db))
        holders.append(stack)
        return made

    monkeypatch.setattr(backup, "_make_backup", then_lock)
    try:
        with pytest.raises(BackupError) as refused:
            restore_backup(chosen, db, folder)
        before = digest(db)
    finally:
        for stack in holders:
            stack.close()

    assert IN_USE in str(refused.value).lower()
    assert digest(db) == before
    assert list_backups(folder, db) == [chosen]


FIXTURE = Path(__file__).parent / "fixtures" / "esquema_0001_v0.1.0.sqlite3"


@pytest.mark.timeout(60, method="thread")
def test_an_import_refused_for_a_lock_makes_no_copy(db: Path, seed_path: Path) -> None:
    from ism_desktop.workspace.transfers import import_report

    with Store.open(db) as store:
        store.reports._db.execute("PRAGMA busy_timeout = 300")
        with write_lock(db):
            before = digest(db)
            for _ in range(3):
                with pytest.raises(StoreError) as refused:
                    import_report(store, seed_path)
                assert IN_USE in str(refused.value).lower()
            assert digest(db) == before
    assert list_backups(backups_dir(), db) == []


@pytest.mark.timeout(60, method="thread")
def test_an_upgrade_refused_for_a_lock_makes_no_copy(tmp_path: Path) -> None:
    old = tmp_path / "de_la_version_0_1_0.sqlite3"
    shutil.copyfile(FIXTURE, old)
    holder = sqlite3.connect(old, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        for _ in range(3):
            with pytest.raises(StoreError) as refused:
                open_database(old)
            assert IN_USE in str(refused.value).lower()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert list_backups(backups_dir(), old) == []
    assert FIXTURE.read_bytes() == old.read_bytes()
