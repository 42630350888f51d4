"""An output named like a file or folder the program keeps in its data folder, made or not yet.

On a fresh data folder a report written as «copias» would stop every later backup (and so every
import); as «configuracion.ini», the window would read a workbook as its settings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.platform import (
    BACKUPS_FOLDER_NAME,
    DATA_DIR_ENV,
    DATABASE_FILE_NAME,
    LOCKS_FOLDER_NAME,
    PROGRAM_FILE_NAMES,
    DataFileError,
    describe_os_error,
    write_atomically,
)
from tests.e2e.cli_runner import run_cli

NAMES = sorted(
    {
        *PROGRAM_FILE_NAMES,
        BACKUPS_FOLDER_NAME,
        LOCKS_FOLDER_NAME,
        DATABASE_FILE_NAME,
        f"{DATABASE_FILE_NAME}-wal",
        f"{DATABASE_FILE_NAME}.secuencias.json",
        BACKUPS_FOLDER_NAME.upper(),
    }
)


@pytest.mark.parametrize("name", NAMES)
def test_no_output_takes_a_name_of_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    data = tmp_path / "datos"
    data.mkdir()
    monkeypatch.setenv(DATA_DIR_ENV, str(data))

    with pytest.raises(DataFileError) as caught:
        write_atomically(data / name, b"%PDF-1.4")

    assert f"«{name}» lo usa el programa" in describe_os_error(caught.value)
    assert list(data.iterdir()) == []


def test_the_same_name_elsewhere_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "datos"))
    (tmp_path / "datos").mkdir()

    write_atomically(tmp_path / BACKUPS_FOLDER_NAME, b"lista")

    assert (tmp_path / BACKUPS_FOLDER_NAME).read_bytes() == b"lista"


@pytest.mark.e2e
@pytest.mark.parametrize("name", [BACKUPS_FOLDER_NAME, LOCKS_FOLDER_NAME, "configuracion.ini"])
def test_a_report_named_like_a_program_folder_is_refused_and_imports_go_on(
    tmp_path: Path, seed_path: Path, name: str
) -> None:
    data = tmp_path / "datos"
    data.mkdir()
    db = tmp_path / "avance.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", db, data_dir=data).returncode == 0

    result = run_cli("report", "--db", db, "--trimestre", "1", "--xlsx", data / name, data_dir=data)

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert f"«{name}» lo usa el programa; no se reemplaza" in result.stderr
    assert not (data / name).is_file()
    again = run_cli("import-etca", seed_path, "--db", db, data_dir=data)
    assert again.returncode == 0, again.stderr
