"""validate at a unit, its quarter closed with errors: the result line names the reopening.

«corríjalos antes de exportar el paquete» was said of figures that take nothing until the
quarter is reopened; the command line is told the command that reopens it.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from ism_desktop.domain.profile import Role
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok, seed_database

pytestmark = pytest.mark.e2e


def _result_line(database: Path) -> str:
    result = run_cli("validate", "--db", database, "--trimestre", "2", "--unidad", "004")
    assert result.returncode == 1, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Resultado: ")]
    return line


def test_a_closed_quarter_s_errors_name_the_command_that_reopens_it(
    tmp_path: Path, seed_path: Path
) -> None:
    database = seed_database(tmp_path, seed_path, Role.UNIT, "004")
    ok("trimestre", "cerrar", "--unidad", "004", "--trimestre", "2", "--db", database)

    line = _result_line(database)

    # Unit 004's 7 metas of the seed lack their T2 realizado and evaluations: 15 errors.
    assert line == (
        "Resultado: hay 15 errores. El trimestre 2 está cerrado y el paquete no puede exportarse "
        "con ellos: para corregirlos, reabra el trimestre con un motivo (Año → Cerrar o reabrir "
        "un trimestre…; en la línea de comandos: ism-desktop trimestre reabrir "
        f'--db "{database}" --ejercicio 2024 --unidad 004 --trimestre 2 --motivo "…").'
    )
    # The command said is the real one: run with a reason, it reopens the quarter.
    command = shlex.split(line.split("en la línea de comandos: ism-desktop ")[1][:-2])
    ok(*(arg if arg != "…" else "corregir el realizado" for arg in command))
    assert _result_line(database) == (
        "Resultado: hay 15 errores; corríjalos antes de exportar el paquete."
    )


def test_the_json_output_keeps_its_keys_in_a_closed_quarter(
    tmp_path: Path, seed_path: Path
) -> None:
    database = seed_database(tmp_path, seed_path, Role.UNIT, "004")
    ok("trimestre", "cerrar", "--unidad", "004", "--trimestre", "2", "--db", database)

    result = run_cli(
        "validate", "--db", database, "--trimestre", "2", "--unidad", "004", "--json"
    )  # fmt: skip

    findings = json.loads(result.stdout)
    assert [f["severidad"] for f in findings].count("error") == 15
    assert {tuple(finding) for finding in findings} == {
        (
            "unidad", "descripcion", "regla", "severidad", "mensaje", "campo", "id_meta",
            "trimestre", "justificacion",
        )
    }  # fmt: skip


def test_other_units_errors_are_said_apart_from_the_closed_one_s(
    tmp_path: Path, seed_path: Path
) -> None:
    # No unit chosen: the other units' quarters are open, their errors are corrected.
    database = seed_database(tmp_path, seed_path, Role.UNIT, "004")
    ok("trimestre", "cerrar", "--unidad", "004", "--trimestre", "2", "--db", database)

    result = run_cli("validate", "--db", database, "--trimestre", "2")

    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Resultado: ")]
    assert line.startswith("Resultado: hay 124 errores. De ellos, 15 son de la unidad 004. ")
    assert "ism-desktop trimestre reabrir " in line
    assert line.endswith(
        '--unidad 004 --trimestre 2 --motivo "…"). Los de las unidades 001, 002, 003, 005, '
        "006, 008 y 009: corríjalos antes de exportar sus paquetes."
    ), line
