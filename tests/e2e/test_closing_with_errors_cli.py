"""«trimestre cerrar» on a quarter that still has errors closes it, and says so on stderr.

The window asks first («¿Cerrar el trimestre de todos modos?»); the command, which asks
nothing, closed it with «cerrado» alone, and the institutional report printed the errors.
"""

from __future__ import annotations

from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


def _coordinator(tmp_path: Path, seed_path: Path) -> Path:
    db = tmp_path / "coordinadora.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", db).returncode == 0
    return db


def close_own_second_quarter(db: Path) -> CompletedProcess[str]:
    """«trimestre cerrar» of unit 002's second quarter of 2024, which succeeds."""
    result = run_cli(
        "trimestre", "cerrar", "--unidad", "002", "--trimestre", "2", "--ejercicio", "2024",
        "--db", db,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result


def test_closing_the_own_quarter_with_errors_closes_it_and_warns(
    tmp_path: Path, seed_path: Path
) -> None:
    result = close_own_second_quarter(_coordinator(tmp_path, seed_path))

    assert "Trimestre 2 de la unidad 002 (2024): cerrado." in result.stdout
    # Unit 002's 4 metas of the seed lack their realizado and evaluation of T2: 10 errors.
    assert "Aviso: la unidad 002 tiene 10 errores en el trimestre 2 de 2024" in result.stderr
    assert "trimestre reabrir" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_quarter_without_errors_closes_without_a_warning(tmp_path: Path, seed_path: Path) -> None:
    db = _coordinator(tmp_path, seed_path)
    run_cli("trimestre", "reabrir", "--unidad", "002", "--trimestre", "1", "--ejercicio",
            "2024", "--motivo", "revisión", "--db", db)  # fmt: skip

    result = run_cli(
        "trimestre", "cerrar", "--unidad", "002", "--trimestre", "1", "--ejercicio", "2024",
        "--db", db,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert "cerrado" in result.stdout
    assert result.stderr == ""
