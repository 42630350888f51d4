"""«trimestre cerrar|reabrir --unidad 003» where dependencies 51 and 84 both hold a 003.

By the code alone the command closed the first dependency's 003 (51), with no way to name
84's: it now asks which with --dependencia, and closes the one named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_report

pytestmark = pytest.mark.e2e


def _database(tmp_path: Path) -> Path:
    database = tmp_path / "estatal.sqlite3"
    ok("import-etca", state_report(tmp_path), "--db", database)
    return database


def _closed(database: Path) -> dict[str, bool]:
    with Store.open(database) as store:
        return {
            entity: store.closures.is_closed(2024, entity, SHARED, Quarter.SECOND)
            for entity in (DELIVERED, AWAITED)
        }


def _quarter(action: str, database: Path, *more: str) -> list[str | Path]:
    return [
        "trimestre", action, "--unidad", SHARED.value, "--trimestre", "2",
        "--ejercicio", "2024", "--db", database, *more,
    ]  # fmt: skip


def test_the_dependency_named_is_the_one_closed_and_reopened(tmp_path: Path) -> None:
    database = _database(tmp_path)

    said = ok(*_quarter("cerrar", database, "--dependencia", AWAITED))

    assert "unidad 003 de la dependencia 84" in said
    assert _closed(database) == {DELIVERED: False, AWAITED: True}
    ok(*_quarter("cerrar", database, "--dependencia", DELIVERED))
    ok(*_quarter("reabrir", database, "--dependencia", AWAITED, "--motivo", "Corregir T2"))
    assert _closed(database) == {DELIVERED: True, AWAITED: False}


@pytest.mark.parametrize("action", ["cerrar", "reabrir"])
def test_a_code_two_dependencies_hold_is_refused_without_one(tmp_path: Path, action: str) -> None:
    database = _database(tmp_path)
    before = database.read_bytes()

    result = run_cli(*_quarter(action, database, "--motivo", "Corregir T2"))

    assert result.returncode != 0
    assert "la unidad 003 está en 2 dependencias (51, 84)" in result.stderr
    assert "--dependencia" in result.stderr
    assert "Traceback" not in result.stderr
    assert database.read_bytes() == before


def test_a_dependency_that_does_not_hold_the_unit_is_refused(tmp_path: Path) -> None:
    database = _database(tmp_path)

    result = run_cli(*_quarter("cerrar", database, "--dependencia", "30"))

    assert result.returncode != 0
    assert "la dependencia 30 no tiene la unidad 003" in result.stderr
    assert _closed(database) == {DELIVERED: False, AWAITED: False}
