"""A command on a damaged database says which backups can mend it, and how, from the shell.

The window offers the copies; the command line said only «el archivo … está dañado», and a
person at a console was not told that «copias» and «restaurar» put the work back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


def _damaged(tmp_path: Path, seed_path: Path, data: Path, copies: int) -> Path:
    """A real database, ``copies`` backups made of it, then garbage written over its pages."""
    path = tmp_path / "avance.sqlite3"
    with Store.open(path) as store:
        import_etca_file(seed_path, store.reports)
    for _ in range(copies):
        made = run_cli("copia", "--db", path, data_dir=data)
        assert made.returncode == 0, made.stderr
    with path.open("r+b") as file:
        file.seek(8192)
        file.write(b"\xde\xad" * 20_000)
    return path


@pytest.mark.parametrize(
    ("copies", "said"),
    [
        (1, "Hay una copia de seguridad de esta base de datos"),
        (2, "Hay 2 copias de seguridad de esta base de datos"),
    ],
)
def test_the_refusal_names_the_copies_and_the_commands_that_restore_one(
    tmp_path: Path, seed_path: Path, copies: int, said: str
) -> None:
    data = tmp_path / "datos"
    data.mkdir()
    damaged = _damaged(tmp_path, seed_path, data, copies)

    result = run_cli("status", "--db", damaged, "--trimestre", "1", data_dir=data)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "está dañado" in result.stderr
    assert said in result.stderr, result.stderr
    assert "«ism-desktop copias»" in result.stderr
    assert "«ism-desktop restaurar NÚMERO»" in result.stderr


def test_without_copies_nothing_is_promised(tmp_path: Path, seed_path: Path) -> None:
    data = tmp_path / "datos"
    data.mkdir()
    damaged = _damaged(tmp_path, seed_path, data, 0)

    result = run_cli("status", "--db", damaged, "--trimestre", "1", data_dir=data)

    assert result.returncode == 2
    assert "está dañado" in result.stderr
    assert "copia" not in result.stderr
