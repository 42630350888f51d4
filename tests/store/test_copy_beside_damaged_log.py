"""A copy asked for (``copia``), or a restore, of a database beside a log it must not lose.

The copy reads the file through a connection that may write: as it closed it replayed the
log into a damaged file and deleted it, or wrote another database's log into a sound one. The
newest work was then in no copy, and the copy itself was refused as damaged. The program keeps
both files' bytes first, as opening does, and says so. Real files, damaged here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.platform import backups_dir
from ism_desktop.store.backup import create_backup, restore_backup
from ism_desktop.store.database import open_database
from ism_desktop.store.errors import StoreError
from tests.e2e.cli_runner import run_cli
from tests.store.test_damaged_wal import damage_pages
from tests.store.test_damaged_wal_alone import (
    crashed_database,
    garbage_header,
    give_it_another_databases_log,
    kept_copies,
    leave_work_in_the_log,
    main_rows,
    wal_of,
)


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    return crashed_database(tmp_path / "unidad", "trabajo")


def test_a_damaged_file_keeps_its_log_when_a_copy_is_asked_for(crashed: Path) -> None:
    damage_pages(crashed)
    main_bytes, log_bytes = crashed.read_bytes(), wal_of(crashed).read_bytes()

    with pytest.raises(StoreError, match="dañad") as refused:
        create_backup(crashed, backups_dir())

    assert crashed.read_bytes() == main_bytes
    assert wal_of(crashed).read_bytes() == log_bytes
    (kept,) = kept_copies(crashed)
    assert kept.path.name in str(refused.value)
    assert wal_of(kept.path).read_bytes() == log_bytes


def test_a_damaged_log_is_kept_then_the_copy_is_of_what_can_be_read(crashed: Path) -> None:
    wal_of(crashed).write_bytes(garbage_header(wal_of(crashed).read_bytes()))
    log_bytes = wal_of(crashed).read_bytes()

    with pytest.raises(StoreError) as refused:
        create_backup(crashed, backups_dir())
    copy = create_backup(crashed, backups_dir())

    said = str(refused.value)
    assert "«avance.sqlite3-wal»" in said
    assert "el archivo principal está intacto" in said
    (kept,) = kept_copies(crashed)
    assert wal_of(kept.path).read_bytes() == log_bytes
    assert main_rows(copy.path) == ["principal"]


def test_a_log_of_another_database_never_reaches_the_main_file(
    tmp_path: Path, crashed: Path
) -> None:
    give_it_another_databases_log(crashed, tmp_path)
    main_bytes = crashed.read_bytes()

    for _ in range(2):
        with pytest.raises(StoreError, match="el archivo principal está intacto"):
            create_backup(crashed, backups_dir())

    assert crashed.read_bytes() == main_bytes
    assert len(kept_copies(crashed)) == 1


def test_the_command_line_copy_says_it_and_leaves_the_log(crashed: Path, tmp_path: Path) -> None:
    damage_pages(crashed)
    log_bytes = wal_of(crashed).read_bytes()

    result = run_cli("copia", "--db", crashed, data_dir=tmp_path / "datos")

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "con sus cambios más recientes" in result.stderr, result.stderr
    assert wal_of(crashed).read_bytes() == log_bytes


def test_restoring_over_a_damaged_log_keeps_its_bytes_in_the_copy_made_first(
    tmp_path: Path,
) -> None:
    crashed = tmp_path / "avance.sqlite3"
    open_database(crashed).close()
    good = create_backup(crashed, backups_dir())
    leave_work_in_the_log(crashed, "trabajo")
    wal_of(crashed).write_bytes(garbage_header(wal_of(crashed).read_bytes()))
    log_bytes = wal_of(crashed).read_bytes()

    safety = restore_backup(good, crashed, backups_dir())

    assert safety is not None
    assert wal_of(safety.path).read_bytes() == log_bytes
