"""A quarter the imported official report holds is delivered: the board and closing agree.

The board listed every unit «falta» for the quarter of the official report just imported,
while closing that unit's quarter was accepted as delivered «in the official report»: two
answers to «did it deliver?» on the same coordinator's database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e
IN_REPORT = "en el informe oficial importado"


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    """The coordinator's database: the official report of 2024's first quarter imported."""
    path = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", path)
    # Sending a unit's base makes the database known as the coordinating unit's.
    ok("export-base", "--db", path, "--unidad", "004", "--out", tmp_path / "bases")
    return path


def _states(printed: str) -> dict[str, str]:
    """Unit code → the «Estado» column of the ``status`` table."""
    lines = printed.splitlines()
    header = next(line for line in lines if line.startswith("Unidad"))
    start, end = header.index("Estado"), header.index("Cerrado")
    return {
        line[:3]: line[start:end].strip() for line in lines if line[:3].isdigit() and " " in line
    }


def test_the_quarter_of_the_official_report_is_delivered_on_the_board(coordinator: Path) -> None:
    printed = ok("status", "--db", coordinator, "--trimestre", "1")

    assert _states(printed) == {
        "001": IN_REPORT,
        "002": "propia",
        "003": IN_REPORT,
        "004": IN_REPORT,
        "005": IN_REPORT,
        "006": IN_REPORT,
        "008": IN_REPORT,
        "009": IN_REPORT,
    }
    assert "Recibidos: 0 de 7; en el informe oficial importado: 7. Faltan: ninguna." in printed
    # And closing agrees: the quarter the board calls delivered closes by hand.
    ok("trimestre", "cerrar", "--db", coordinator, "--unidad", "001", "--trimestre", "1")


def test_a_quarter_past_the_official_report_is_missing_and_not_closed(coordinator: Path) -> None:
    printed = ok("status", "--db", coordinator, "--trimestre", "2")

    assert _states(printed)["001"] == "falta"
    assert "Recibidos: 0 de 7. Faltan: 001, 003, 004, 005, 006, 008, 009." in printed
    refused = run_cli(
        "trimestre", "cerrar", "--db", coordinator, "--unidad", "001", "--trimestre", "2"
    )
    assert refused.returncode != 0
    assert "la unidad 001 no ha entregado el trimestre 2 de 2024" in refused.stderr


def test_the_commands_help_names_the_official_report_as_a_delivery() -> None:
    said = " ".join(ok("status", "--help").split())

    assert "o si el informe oficial importado ya lo trae (entregado en él)" in said


def _closed_column(printed: str) -> dict[str, str]:
    """Unit code → the «Cerrado» column of the ``status`` table."""
    lines = printed.splitlines()
    header = next(line for line in lines if line.startswith("Unidad"))
    start, end = header.index("Cerrado"), header.index("Recibido")
    return {line[:3]: line[start:end].strip() for line in lines if line[:3].isdigit()}


def test_an_open_quarter_of_the_official_report_is_said_closable(coordinator: Path) -> None:
    # «abierto» alone read as still waiting for something from the unit: nothing will come.
    ok("trimestre", "cerrar", "--db", coordinator, "--unidad", "001", "--trimestre", "1")

    printed = ok("status", "--db", coordinator, "--trimestre", "1")

    closed = _closed_column(printed)
    assert (closed["001"], closed["002"], closed["004"]) == (
        "cerrado",
        "abierto",
        "abierto: puede cerrarse",
    )
    assert (
        "Abiertos aquí con sus cifras del informe oficial importado: 003, 004, 005, 006, 008 y "
        "009. Ningún paquete los cerrará: ciérrelos cuando no haya nada que corregir "
        "(«trimestre cerrar»); su programa base lleva entonces lo que entregaron."
        in " ".join(printed.split())
    )
