"""A file that cannot be read or written is said in Spanish, never in the system's English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
# What the system itself says on Linux and Windows; a person at the office reads Spanish.
ENGLISH = ("No such file", "Is a directory", "Permission denied", "cannot find")


def _commands(tmp: Path, database: Path) -> dict[str, tuple[tuple[str | Path, ...], str]]:
    missing = tmp / "no-existe" / "salida"
    return {
        "plantilla en carpeta que no existe": (
            ("programa", "plantilla", "--db", database, "--ejercicio", "2024", "--out",
             f"{missing}.xlsx"),
            "no existe el archivo o la carpeta",
        ),
        "importar una carpeta como plantilla": (
            ("programa", "importar", tmp, "--db", database, "--ejercicio", "2024"),
            "es una carpeta, no un archivo",
        ),
        "informe en carpeta que no existe": (
            ("report", "--db", database, "--trimestre", "1", "--pdf", f"{missing}.pdf"),
            f"no existe la carpeta «{missing.parent}»",
        ),
        "importar un informe que es una carpeta": (
            ("import-etca", tmp, "--db", database),
            "es una carpeta, no un archivo",
        ),
    }  # fmt: skip


@pytest.mark.parametrize(
    "case",
    [
        "plantilla en carpeta que no existe",
        "importar una carpeta como plantilla",
        "informe en carpeta que no existe",
        "importar un informe que es una carpeta",
    ],
)
def test_a_file_problem_reads_in_spanish(tmp_path: Path, seed_path: Path, case: str) -> None:
    database = tmp_path / "datos.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    args, said = _commands(tmp_path, database)[case]

    result = run_cli(*args)

    assert result.returncode != 0
    assert said in result.stderr, result.stderr
    assert not any(text in result.stderr for text in ENGLISH), result.stderr
    assert "Traceback" not in result.stderr
