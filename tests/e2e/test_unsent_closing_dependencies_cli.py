"""«trimestre cerrar» on a unit's PC that holds its 003 under dependencies 51 and 84.

The warning that closing by hand delivers nothing was judged by the code alone, on the first
dependency's 003: with 51's quarter closed, closing 84's (this PC's, never exported) said
nothing. The unit this PC is known as (its programme base's dependency) is now the one meant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database

pytestmark = pytest.mark.e2e

UNSENT = "no se ha exportado desde esta computadora"


def _unit_pc(tmp_path: Path, known: bool) -> Path:
    """A unit's database holding both 003s, 51's second quarter closed; known as 84's 003."""
    database = state_database(tmp_path, "unidad.sqlite3")
    with Store.open(database) as store:
        if known:
            store.identity.set(PcIdentity(Role.UNIT, AWAITED, SHARED))
        author = Author("Unidad 003", "prueba")
        event = ClosureEvent(2024, DELIVERED, SHARED, Quarter.SECOND, CLOSE, "", author, "")
        assert store.closures.set_state(event)
    return database


def _close(database: Path, *more: str) -> tuple[str, dict[str, bool]]:
    result = run_cli(
        "trimestre", "cerrar", "--unidad", SHARED.value, "--trimestre", "2",
        "--ejercicio", "2024", "--db", database, *more,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Store.open(database) as store:
        closed = {
            entity: store.closures.is_closed(2024, entity, SHARED, Quarter.SECOND)
            for entity in (DELIVERED, AWAITED)
        }
    return result.stdout + result.stderr, closed


@pytest.mark.parametrize("known", [False, True])
def test_closing_the_dependency_named_warns_of_its_unsent_quarter(
    tmp_path: Path, known: bool
) -> None:
    said, closed = _close(_unit_pc(tmp_path, known), "--dependencia", AWAITED)

    assert f"Aviso: el paquete del trimestre 2 de 2024 de la unidad 003 {UNSENT}" in said
    assert closed == {DELIVERED: True, AWAITED: True}


def test_a_unit_pc_closes_the_dependency_it_is_known_as(tmp_path: Path) -> None:
    said, closed = _close(_unit_pc(tmp_path, known=True))

    assert "Trimestre 2 de la unidad 003 de la dependencia 84 (2024): cerrado." in said
    assert UNSENT in said
    assert closed == {DELIVERED: True, AWAITED: True}
