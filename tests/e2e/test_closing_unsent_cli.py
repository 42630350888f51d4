"""«trimestre cerrar» on a unit's quarter never exported closes it, and says so on stderr.

The window asks first («¿Cerrar el trimestre sin exportar su paquete?»): closing by hand
delivers nothing. The command, which asks nothing, said «cerrado» alone, and the unit believed
its quarter delivered. As with a quarter closed with errors, it closes (command lines written
before keep working) and warns.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from ism_desktop.domain.quarter import Quarter
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import TYPED_004 as TYPED_ANY
from tests.e2e.year_helpers import Typing, ok, type_quarter, unit_base

pytestmark = pytest.mark.e2e
CLOSE_T1 = ("trimestre", "cerrar", "--unidad", "004", "--trimestre", "1", "--ejercicio", "2024")
WARNING = (
    "Aviso: el paquete del trimestre 1 de 2024 de la unidad 004 no se ha exportado desde esta "
    "computadora: la unidad coordinadora no tiene sus cifras. Cerrar el trimestre no lo envía; "
    "para entregarlo, expórtelo (en la línea de comandos: ism-desktop export --ejercicio 2024 "
    "--unidad 004 --trimestre 1 --out CARPETA; en la ventana, Archivo → Exportar paquete…).\n"
)


def _unit(tmp_path: Path, seed_path: Path) -> Path:
    """Unit 004's database from the base its coordinating unit sent, its first quarter typed."""
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    ok("import-package", "--db", unit, unit_base(coordinator, "004", tmp_path))
    type_quarter(unit, cast(Typing, TYPED_ANY), "Unidad 004", Quarter.FIRST, 2024)
    return unit


def test_closing_a_quarter_never_exported_closes_it_and_warns(
    tmp_path: Path, seed_path: Path
) -> None:
    unit = _unit(tmp_path, seed_path)

    result = run_cli(*CLOSE_T1, "--db", unit)

    assert result.returncode == 0, result.stderr
    assert result.stdout == "Trimestre 1 de la unidad 004 (2024): cerrado.\n"
    assert result.stderr == WARNING
    assert "Traceback" not in result.stderr


def test_a_quarter_already_closed_is_not_warned_of_again(tmp_path: Path, seed_path: Path) -> None:
    unit = _unit(tmp_path, seed_path)
    ok(*CLOSE_T1, "--db", unit)

    result = run_cli(*CLOSE_T1, "--db", unit)

    assert result.returncode == 0, result.stderr
    assert "ya estaba cerrado" in result.stdout
    assert "no se ha exportado" not in result.stderr


def test_a_quarter_sent_closes_without_that_warning(tmp_path: Path, seed_path: Path) -> None:
    unit = _unit(tmp_path, seed_path)
    ok("export", "--unidad", "004", "--trimestre", "1", "--out", tmp_path / "t1", "--db", unit)
    ok("trimestre", "reabrir", "--unidad", "004", "--trimestre", "1", "--motivo", "Revisión",
       "--db", unit)  # fmt: skip

    result = run_cli(*CLOSE_T1, "--db", unit)

    assert result.returncode == 0, result.stderr
    assert "cerrado." in result.stdout
    assert "no se ha exportado" not in result.stderr


def test_the_coordinating_units_database_is_not_warned(tmp_path: Path, seed_path: Path) -> None:
    coordinator = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    unit_base(coordinator, "004", tmp_path)  # known from then on as the coordinating unit's
    ok("trimestre", "reabrir", "--unidad", "002", "--trimestre", "1", "--motivo", "Revisión",
       "--db", coordinator)  # fmt: skip

    result = run_cli("trimestre", "cerrar", "--unidad", "002", "--trimestre", "1", "--db",
                     coordinator)  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert "no se ha exportado" not in result.stderr
