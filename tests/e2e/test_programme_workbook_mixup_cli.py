"""The PAIMEF Programa Anual given as the year's programme template, and the other way round:
one message naming the workbook and the command (and menu) that imports it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    """A coordinator's database: the seed report, a 2025 programme and the PAIMEF one."""
    db = programme_imported(tmp_path)
    for args in (
        ("import-etca", seed_path),
        ("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024"),
    ):
        result = run_cli(*args, "--db", db)
        assert result.returncode == 0, result.stderr
    return db


def test_the_paimef_programme_given_as_the_years_template(coordinator: Path) -> None:
    workbook = coordinator.parent / "F.xlsx"
    exported = run_cli("paimef", "export-programa", workbook, "--db", coordinator)
    assert exported.returncode == 0, exported.stderr

    result = run_cli("programa", "importar", workbook, "--ejercicio", "2025", "--db", coordinator)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "Error: F.xlsx es el Programa Anual del PAIMEF, no la plantilla del programa; "
        "impórtelo con «paimef import-programa» (o en la ventana: PAIMEF → Programa Anual, "
        "plazos e indicadores… → Archivo → Importar…)."
    ]


def test_the_years_template_given_as_the_paimef_programme(coordinator: Path) -> None:
    workbook = coordinator.parent / "programa_2025.xlsx"
    written = run_cli(
        "programa", "plantilla", "--ejercicio", "2025", "--out", workbook, "--db", coordinator
    )
    assert written.returncode == 0, written.stderr

    result = run_cli("paimef", "import-programa", workbook, "--db", coordinator)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "Error: no se importó nada. programa_2025.xlsx es la plantilla del programa del año "
        "(una hoja por unidad), no el Programa Anual del PAIMEF; impórtela con «programa "
        "importar» (o en la ventana: Año → Importar plantilla llenada…)."
    ]
