"""validate at the coordinating unit, its own quarter closed with errors: reopen it first."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.profile import Role
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok, seed_database

pytestmark = pytest.mark.e2e


def test_own_errors_in_a_closed_quarter_say_to_reopen_it(tmp_path: Path, seed_path: Path) -> None:
    # «corríjalos antes de imprimir» was said of a quarter closed: nothing could be corrected.
    database = seed_database(tmp_path, seed_path, Role.COORDINATOR, "002")
    ok("trimestre", "cerrar", "--unidad", "002", "--trimestre", "2", "--db", database)

    result = run_cli("validate", "--db", database, "--trimestre", "2", "--unidad", "002")

    assert result.returncode == 1
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Resultado: ")]
    assert line.startswith("Resultado: hay ")
    assert line.endswith(
        " errores; el trimestre 2 está cerrado: reábralo (Año → Cerrar o reabrir un trimestre…) "
        "y corríjalos antes de imprimir el informe institucional."
    ), line


def test_an_earlier_quarter_s_figures_are_said_to_be_typed_in_it(
    tmp_path: Path, seed_path: Path
) -> None:
    # The fourth closed, the second and third never written: reopening the fourth opens none
    # of their cells, and the third closed too is reopened before writing in it.
    database = seed_database(tmp_path, seed_path, Role.COORDINATOR, "002")
    for quarter in ("3", "4"):
        ok("trimestre", "cerrar", "--unidad", "002", "--trimestre", quarter, "--db", database)

    result = run_cli("validate", "--db", database, "--trimestre", "4", "--unidad", "002")

    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Resultado: ")]
    assert line.endswith(
        " errores; el trimestre 4 está cerrado: reábralo (Año → Cerrar o reabrir un trimestre…) "
        "y corrija los del trimestre 4 antes de imprimir el informe institucional; lo realizado "
        "de los trimestres 2 y 3 se escribe eligiendo cada uno como trimestre que se informa "
        "(Archivo → Configuración de esta computadora…). El trimestre 3 está cerrado: para "
        "escribir en él, reábralo antes con un motivo (Año → Cerrar o reabrir un trimestre…)."
    ), line
