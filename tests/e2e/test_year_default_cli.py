"""The year a command takes without ``--ejercicio``: the newest approved one, once approved.

Before, a coordinator's commands stayed on the year of its last ``import-etca``: after 2025 was
approved, ``status`` showed 2024, and a reopening suggested without the year reopened 2024.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_approval_cli import approved as approved  # the fixture
from tests.e2e.year_helpers import fill_template, ok

pytestmark = pytest.mark.e2e


def test_approving_the_next_year_makes_it_the_year_of_the_commands(
    approved: Path,
) -> None:
    status = ok("status", "--db", approved, "--trimestre", "1")

    assert "ejercicio 2025, trimestre 1" in status.splitlines()[0], status
    assert "0 pendientes" in ok("solicitudes", "--db", approved).splitlines()[0]
    assert "ejercicio 2025" in ok("solicitudes", "--db", approved).splitlines()[0]


def _programmed(tmp_path: Path, seed_path: Path, year: str, source: str = "2024") -> Path:
    """A coordinator with 2024's report and ``year``'s programme filled, not yet approved."""
    database = tmp_path / "coordinadora.sqlite3"
    if not database.exists():
        ok("import-etca", seed_path, "--db", database)
    ok("programa", "nuevo", "--ejercicio", year, "--desde", source, "--db", database)
    template = tmp_path / f"plantilla-{year}.xlsx"
    ok("programa", "plantilla", "--ejercicio", year, "--out", template, "--db", database)
    fill_template(template, {"MET": (10, 10, 10, 10), "NUM": (5, 5, 5, 5), "DEN": (10,) * 4})
    ok("programa", "importar", template, "--ejercicio", year, "--db", database)
    return database


def test_approving_the_next_year_says_so(tmp_path: Path, seed_path: Path) -> None:
    database = _programmed(tmp_path, seed_path, "2025")

    said = ok("programa", "aprobar", "--ejercicio", "2025", "--db", database)

    assert "Los comandos toman ahora el ejercicio 2025 cuando no se indica --ejercicio" in said


def test_approving_an_earlier_year_leaves_the_year_of_the_commands(
    tmp_path: Path, seed_path: Path
) -> None:
    # A new programme is only made for a year after the one copied: 2026 from 2025 goes first.
    _programmed(tmp_path, seed_path, "2025")
    database = _programmed(tmp_path, seed_path, "2026", source="2025")
    ok("programa", "aprobar", "--ejercicio", "2026", "--db", database)

    said = ok("programa", "aprobar", "--ejercicio", "2025", "--db", database)

    assert "toman ahora" not in said
    status = ok("status", "--db", database, "--trimestre", "1")
    assert "ejercicio 2026, trimestre 1" in status.splitlines()[0], status


def test_an_earlier_year_s_report_imported_after_leaves_the_year_of_the_commands(
    approved: Path, seed_path: Path
) -> None:
    # January: last year's fourth quarter comes in after this year's programme was approved.
    # It moved the commands back to last year, without a word.
    ok("import-etca", seed_path, "--db", approved)

    status = ok("status", "--db", approved, "--trimestre", "1")

    assert "ejercicio 2025, trimestre 1" in status.splitlines()[0], status


@pytest.mark.parametrize(
    "command", [("validate",), ("export",), ("trimestre", "fecha"), ("justify",), ("status",)]
)
def test_the_help_says_which_year_is_taken_without_ejercicio(command: tuple[str, ...]) -> None:
    # It said «el del último informe importado»: a unit never imports one (its year comes in
    # its programme base), and after approving the next year the commands take that one.
    said = " ".join(ok(*command, "--ayuda").split())

    assert "el del último informe importado)" not in said
    assert "--ejercicio AÑO año del ejercicio (por omisión: el año en que se trabaja" in said
    assert "programa base" in said
    assert "aprobado" in said


def test_validate_json_is_said_to_list_errors_and_warnings() -> None:
    # «la lista de observaciones»: observations are what the coordinating unit writes.
    said = " ".join(ok("validate", "--ayuda").split())

    assert "--json escribe la lista de errores y avisos en JSON" in said
