"""``export-base``'s open-quarter warning where dependencies 51 and 84 both hold a 003 and a 004.

Judged by the code alone, each unit's quarter was read as the first dependency's: with 51's
003 closed, 84's 003 (still open) got its base without a word; with 84's closed, its base was
warned of 51's open quarter; and the units only 84 holds were judged by 51's closings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database

pytestmark = pytest.mark.e2e


def _coordinator(tmp_path: Path, *closed: tuple[str, str]) -> Path:
    """The coordinator's database (002 of 51), with the first quarter of ``closed`` closed."""
    database = state_database(tmp_path)
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.COORDINATOR, DELIVERED, UnitCode("002")))
        author = Author("Unidad 002", "prueba")
        for entity, unit in closed:
            event = ClosureEvent(2024, entity, UnitCode(unit), Quarter.FIRST, CLOSE, "", author, "")
            assert store.closures.set_state(event)
    return database


def _warned(database: Path, out: Path, *unit: str) -> str:
    result = run_cli("export-base", "--db", database, "--out", out, *unit)
    assert result.returncode == 0, result.stderr
    return result.stderr.strip()


def test_the_other_dependency_s_open_quarter_is_warned_of(tmp_path: Path) -> None:
    database = _coordinator(tmp_path, (DELIVERED, SHARED.value))

    said = _warned(database, tmp_path / "bases", "--unidad", "003", "--dependencia", AWAITED)

    assert said == (
        "Aviso: el trimestre 1 de la unidad 003 de la dependencia 84 está abierto aquí: su "
        "programa base no lleva lo que la unidad entregó en el informe oficial, y la unidad "
        "tendrá que capturarlo. Si ya lo entregó, ciérrelo («trimestre cerrar») y exporte de "
        "nuevo el programa base."
    )


def test_a_quarter_closed_in_the_unit_s_own_dependency_warns_no_more(tmp_path: Path) -> None:
    database = _coordinator(tmp_path, (AWAITED, SHARED.value))

    said = _warned(database, tmp_path / "bases", "--unidad", "003", "--dependencia", AWAITED)

    assert said == ""


def test_every_base_names_each_dependency_s_open_units(tmp_path: Path) -> None:
    # 51's units closed, its own 002 apart (it is sent no base): 84's all open.
    database = _coordinator(tmp_path, (DELIVERED, "003"), (DELIVERED, "004"), (AWAITED, "005"))

    said = _warned(database, tmp_path / "bases")

    assert said == (
        "Aviso: el trimestre 1 de las unidades 001, 002, 003, 004, 006 y 007 de la dependencia "
        "84 está abierto aquí: sus programas base no llevan lo que las unidades entregaron en "
        "el informe oficial, y cada unidad tendrá que capturarlo. Si ya lo entregaron, ciérrelo "
        "(«trimestre cerrar») y exporte de nuevo los programas base."
    )


def test_the_units_open_in_both_dependencies_are_named_with_each(tmp_path: Path) -> None:
    database = _coordinator(tmp_path)

    said = _warned(database, tmp_path / "bases")

    assert said.startswith(
        "Aviso: el trimestre 1 de las unidades 003 y 004 de la dependencia 51; 001, 002, 003, "
        "004, 005, 006 y 007 de la dependencia 84 está abierto aquí: sus programas base no "
        "llevan"
    )
