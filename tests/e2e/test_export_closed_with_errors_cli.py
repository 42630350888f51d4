"""«export» of a closed quarter that has errors says to reopen it first, as the window does.

Closed by hand («trimestre cerrar», which warns of the errors kept), its figures are read-only:
«corríjalos y vuelva a exportar» alone sent the person to correct what takes no correction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


def _export_q2(tmp_path: Path, db: Path) -> str:
    result = run_cli(
        "export", "--unidad", "004", "--trimestre", "2", "--ejercicio", "2024",
        "--out", tmp_path, "--db", db,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr.splitlines()[0]


def test_a_closed_quarter_with_errors_is_refused_saying_to_reopen_it_first(
    tmp_path: Path, seed_path: Path
) -> None:
    db = tmp_path / "unidad.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", db).returncode == 0
    closed = run_cli(
        "trimestre", "cerrar", "--unidad", "004", "--trimestre", "2", "--ejercicio", "2024",
        "--db", db,
    )  # fmt: skip
    assert closed.returncode == 0, closed.stderr

    # Unit 004's 7 metas of the seed lack their T2 realizado and evaluations: 15 errors.
    assert _export_q2(tmp_path, db) == (
        "Error: no se exporta el paquete: la validación del trimestre 2 de 2024 encontró 15 "
        "errores y el trimestre está cerrado (sus cifras son de solo lectura): reábralo con un "
        "motivo (Año → Cerrar o reabrir un trimestre…; en la línea de comandos: ism-desktop "
        'trimestre reabrir --ejercicio 2024 --unidad 004 --trimestre 2 --motivo "…"), corrija '
        "los errores y vuelva a exportar."
    )


def test_an_open_quarter_with_errors_just_says_to_correct_them(
    tmp_path: Path, seed_path: Path
) -> None:
    db = tmp_path / "unidad.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", db).returncode == 0

    assert _export_q2(tmp_path, db) == (
        "Error: no se exporta el paquete: la validación del trimestre 2 de 2024 encontró 15 "
        "errores; corríjalos y vuelva a exportar."
    )
