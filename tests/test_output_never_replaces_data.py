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


def test_no_file_the_program_keeps_is_replaced(tmp_path: Path) -> None:
    """Its settings, error log, word lists and non-working days: a report named like one."""
    from ism_desktop.exchange.paimef.non_working_days import FILE_NAME as DAYS_NAME
    from ism_desktop.gui.application import SETTINGS_FILE_NAME
    from ism_desktop.spelling.word_lists import COORDINATION_FILE_NAME, PERSONAL_FILE_NAME
    from ism_desktop.workspace.error_log import ERROR_LOG_NAME

    names = [
        SETTINGS_FILE_NAME,
        ERROR_LOG_NAME,
        DAYS_NAME,
        PERSONAL_FILE_NAME,
        COORDINATION_FILE_NAME,
    ]
    for name in names:
        (tmp_path / name).write_text("[perfil]\nrol=unidad\n", encoding="utf-8")
        before = (tmp_path / name).read_bytes()

        with pytest.raises(DataFileError) as caught:
            write_atomically(tmp_path / name, b"%PDF-1.4")

        assert (tmp_path / name).read_bytes() == before, name
        assert "lo usa el programa" in describe_os_error(caught.value), name
        assert name in describe_os_error(caught.value)


def test_a_new_file_named_like_one_the_program_keeps_is_written(tmp_path: Path) -> None:
    # Nothing of the program's is there: the name alone is no reason to refuse.
    target = tmp_path / "errores.txt"

    write_atomically(target, b"lista")

    assert target.read_bytes() == b"lista"


def test_the_program_files_are_the_names_it_writes() -> None:
    from ism_desktop.exchange.paimef.non_working_days import FILE_NAME as DAYS_NAME
    from ism_desktop.gui.application import SETTINGS_FILE_NAME
    from ism_desktop.platform import PROGRAM_FILE_NAMES
    from ism_desktop.spelling.word_lists import COORDINATION_FILE_NAME, PERSONAL_FILE_NAME
    from ism_desktop.workspace.error_log import ERROR_LOG_NAME

    written = {
        SETTINGS_FILE_NAME,
        ERROR_LOG_NAME,
        DAYS_NAME,
        PERSONAL_FILE_NAME,
        COORDINATION_FILE_NAME,
    }
    assert written == PROGRAM_FILE_NAMES


@pytest.mark.skipif(os.name == "nt", reason="Windows refuses it as a permission")
def test_a_failed_rename_names_its_destination_not_the_temporary_file(tmp_path: Path) -> None:
    temporary, destination = tmp_path / ".informe.pdf.abc.tmp", tmp_path / "informe.pdf"
    temporary.write_bytes(b"%PDF")
    (destination / "dentro").mkdir(parents=True)

    with pytest.raises(IsADirectoryError) as failed:
        os.replace(temporary, destination)

    said = describe_os_error(failed.value)
    assert f"«{destination}»" in said
    assert ".tmp" not in said
