"""Sending next year's bases says which units still wait for a decision of the year before.

A decision travels only in its own year's programa base or observations package: rejected in
2024, then 2025's bases sent, the unit never learnt it and nothing said so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import approve_year
from tests.change_requests import asked
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import ESTUDIOS
from tests.e2e.year_helpers import ok
from tests.next_year import NEXT_YEAR, prepare_next_year

pytestmark = pytest.mark.e2e


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    """2024's request of unit 004 rejected, then 2025's programme approved (it is current)."""
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    with Store.open(database) as store:
        request = asked(store, UnitCode("004"), ESTUDIOS)
    ok("solicitudes", "--db", database, "rechazar", str(request), "--motivo", "Sin oficio")
    with Store.open(database) as store:
        prepare_next_year(store)
        approve_year(store, NEXT_YEAR, "Unidad coordinadora")
    return database


# The command that sends them, for the one unit waiting.
LEFT = (
    "Aviso: decisiones de 2024 sobre solicitudes de cambio de meta que ningún paquete llevó "
    "aún: unidad 004 (1 meta). Solo las lleva un paquete de 2024: ism-desktop "
    "export-observations --ejercicio 2024 --trimestre 4 --unidad 004"
)


def test_next_years_bases_name_the_unit_left_without_its_decision(
    coordinator: Path, tmp_path: Path
) -> None:
    result = run_cli("export-base", "--db", coordinator, "--out", tmp_path / "bases")

    assert result.returncode == 0, result.stderr
    assert LEFT in result.stderr.splitlines(), result.stderr
    assert "Aviso" not in result.stdout  # the paths alone, as scripts read them


def test_once_the_decision_is_sent_the_bases_say_nothing_of_it(
    coordinator: Path, tmp_path: Path
) -> None:
    ok(
        "export-observations", "--db", coordinator, "--ejercicio", "2024", "--trimestre", "4",
        "--unidad", "004", "--out", tmp_path / "obs",
    )  # fmt: skip

    result = run_cli("export-base", "--db", coordinator, "--out", tmp_path / "bases")

    assert result.returncode == 0, result.stderr
    assert "decisiones de 2024" not in result.stderr, result.stderr
