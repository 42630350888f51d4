"""Opening a database of another version: older ones migrate after a backup, newer ones refused."""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from ism_desktop.domain.observation import Observation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import REASON_UPGRADE
from ism_desktop.store.backup_catalogue import list_backups
from ism_desktop.store.database import StoreError, open_database
from ism_desktop.store.migrations import MIGRATION_SET, known_migration_names
from ism_desktop.store.store import Store
from tests.store.reference_migrations import (
    build_step_by_step,
    migration_records,
    schema_of,
)

FIXTURE = Path(__file__).parent / "fixtures" / "esquema_0001_v0.1.0.sqlite3"
FIRST = "0001_catalogue_and_metas"
FUTURE = "9999_de_una_version_futura"


def applied(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        )
        return [str(row[0]) for row in rows]


def files_in(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "de_la_version_0_1_0.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


def test_the_fixture_was_made_by_the_first_schema() -> None:
    assert applied(FIXTURE) == [FIRST]
    assert len(known_migration_names()) > 1


def test_an_older_database_is_backed_up_then_migrated(old_file: Path) -> None:
    with Store.open(old_file) as store:
        report = store.reports.load()

    assert set(applied(old_file)) == known_migration_names()
    assert report is not None
    assert len(report.metas) == 56
    (backup,) = list_backups(backups_dir(), old_file.name)
    assert backup.reason == REASON_UPGRADE
    assert backup.migrations == (FIRST,)
    assert backup.meta_count == 56
    assert applied(backup.path) == [FIRST]


def test_an_upgraded_database_is_not_backed_up_again(old_file: Path) -> None:
    open_database(old_file).close()
    open_database(old_file).close()

    assert len(list_backups(backups_dir(), old_file.name)) == 1


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    open_database(tmp_path / "nueva.sqlite3").close()

    assert list_backups(backups_dir(), "nueva.sqlite3") == []


@pytest.mark.parametrize("stop_before", sorted(known_migration_names() - {FIRST}))
def test_every_intermediate_schema_is_upgraded(tmp_path: Path, stop_before: str) -> None:
    path = tmp_path / "intermedia.sqlite3"
    build_step_by_step(path, stop_before)
    before = set(applied(path))
    whole = tmp_path / "de_una_vez.sqlite3"
    build_step_by_step(whole)

    open_database(path).close()

    assert set(applied(path)) == known_migration_names()
    (backup,) = list_backups(backups_dir(), path.name)
    assert set(backup.migrations) == before
    assert schema_of(path) == schema_of(whole)
    assert migration_records(path) == migration_records(whole)


def test_a_new_file_is_made_whole_with_the_schema_built_step_by_step(tmp_path: Path) -> None:
    # A new file gets every migration in one transaction; it must be the very file the
    # migrations applied one by one (each in its own transaction) always made.
    new = tmp_path / "nueva.sqlite3"
    reference = tmp_path / "paso_a_paso.sqlite3"
    build_step_by_step(reference)

    open_database(new).close()

    assert schema_of(new) == schema_of(reference)
    assert migration_records(new) == migration_records(reference)
    with contextlib.closing(sqlite3.connect(new)) as connection:
        stamps = [row[0] for row in connection.execute("SELECT applied_at FROM _sqlite_migrations")]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?\+00:00", s) for s in stamps)


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_database_from_a_newer_version_is_refused_untouched(
    old_file: Path, journal_mode: str
) -> None:
    open_database(old_file).close()
    with contextlib.closing(sqlite3.connect(old_file)) as connection, connection:
        connection.execute(f"PRAGMA journal_mode = {journal_mode}")
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, ?, '2030-01-01')",
            [MIGRATION_SET, FUTURE],
        )
    before = files_in(old_file.parent)
    copies_before = list_backups(backups_dir(), old_file.name)

    with pytest.raises(StoreError, match="versión más reciente de ISM Avance") as raised:
        Store.open(old_file)

    assert "no cambió nada" in str(raised.value)
    assert files_in(old_file.parent) == before  # not even a -wal or -shm beside it
    assert list_backups(backups_dir(), old_file.name) == copies_before


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "otra.sqlite3"
    with contextlib.closing(sqlite3.connect(foreign)) as connection, connection:
        connection.execute("CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT)")
    before = files_in(tmp_path)

    with pytest.raises(StoreError, match="no es una base de datos de ISM Avance"):
        open_database(foreign)

    assert files_in(tmp_path) == before


def test_no_upgrade_without_a_backup(old_file: Path) -> None:
    backups_dir().parent.mkdir(parents=True, exist_ok=True)
    backups_dir().write_text("un archivo donde debería estar la carpeta", encoding="utf-8")

    with pytest.raises(StoreError, match="no se pudo guardar una copia de seguridad"):
        open_database(old_file)

    assert applied(old_file) == [FIRST]


def test_observations_keep_their_numbers_through_the_upgrade_that_stops_reusing_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "con_observaciones.sqlite3"
    build_step_by_step(path, stop_before="0110_observation_numbers_never_reused")
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.executemany(
            "INSERT INTO observations (id, year, quarter, meta_stable_id, text, author, at) "
            "VALUES (?, 2024, 1, 'aaaaaaaaaaaaaaaa', ?, 'Lucía', '2024-04-12T09:30:00-07:00')",
            [(4, "Cuatro"), (7, "Siete")],
        )

    with Store.open(path) as store:
        kept = [(o.id, o.text) for o in store.observations.for_meta(2024, "a" * 16)]
        assert store.observations.remove(7, 2024, Quarter.FIRST) is True
        added = store.observations.add(
            Observation(2024, Quarter.FIRST, "a" * 16, "Nueva", "Lucía", "2024-04-13")
        )

    assert kept == [(4, "Cuatro"), (7, "Siete")]
    assert added.id == 8
