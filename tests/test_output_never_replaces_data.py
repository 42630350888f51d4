"""An output file (a report, a workbook, a template) never replaces the program's own data.

A name picked by mistake, in a dialog or a command, may be the database itself, its journal,
the numbering file beside it or a backup: the write is refused and each stays as it was.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from ism_desktop.platform import DataFileError, describe_os_error, write_atomically
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "datos.sqlite3"
    Store.open(path).close()
    return path


def _companions(database: Path) -> list[Path]:
    """Files the program keeps beside a database, each made for real."""
    wal = Path(f"{database}-wal")
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE IF NOT EXISTS prueba (x)")
    connection.execute("INSERT INTO prueba VALUES (1)")
    connection.commit()
    # Copied while the connection keeps its journal: as a stray one is left after a crash.
    kept = wal.read_bytes()
    connection.close()
    wal.write_bytes(kept)
    numbering = Path(f"{database}.secuencias.json")
    numbering.write_text('{"004": 3}', encoding="utf-8")
    backup = database.parent / "copias" / "datos-20261204.sqlite3"
    backup.parent.mkdir()
    backup.write_bytes(database.read_bytes())
    record = Path(f"{backup}.json")
    record.write_text("{}", encoding="utf-8")
    return [database, wal, numbering, backup, record]


def test_no_file_of_the_database_is_replaced(database: Path) -> None:
    for target in _companions(database):
        before = target.read_bytes()

        with pytest.raises(DataFileError) as caught:
            write_atomically(target, b"%PDF-1.4 informe")

        assert target.read_bytes() == before, target.name
        assert "base de datos" in describe_os_error(caught.value), target.name
        assert target.name in describe_os_error(caught.value)
        leftovers = [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_device_or_a_pipe_is_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "tuberia"
    os.mkfifo(pipe)
    device = tmp_path / "nulo"
    device.symlink_to("/dev/null")

    for target in (pipe, device):
        with pytest.raises(DataFileError) as caught:
            write_atomically(target, b"datos")

        assert "no es un archivo común" in describe_os_error(caught.value)
    assert pipe.is_fifo()
    assert device.is_symlink()


def test_an_ordinary_file_is_still_replaced(tmp_path: Path) -> None:
    target = tmp_path / "informe.pdf"
    target.write_bytes(b"%PDF-1.4 anterior")

    write_atomically(target, b"%PDF-1.4 nuevo")

    assert target.read_bytes() == b"%PDF-1.4 nuevo"


@pytest.mark.e2e
def test_report_refuses_to_write_over_its_own_database(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "informe.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    before = database.read_bytes()

    result = run_cli("report", "--db", database, "--trimestre", "1", "--pdf", database)

    assert result.returncode != 0
    assert "es una base de datos" in result.stderr
    assert "Traceback" not in result.stderr
    assert database.read_bytes() == before
