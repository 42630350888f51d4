"""validate at the coordinator of two dependencies: 003 delivered in one, awaited in the other.

Decided by the code alone, the delivered 003's errors were counted among those of units yet to
deliver, and the units awaited were counted by code (5, not 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok
from tests.received_report import received_report
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_report

pytestmark = pytest.mark.e2e


def test_the_units_yet_to_deliver_are_told_apart_by_dependency(tmp_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", state_report(tmp_path), "--db", database)
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.COORDINATOR, DELIVERED, UnitCode("002")))
        store.received.record(received_report(DELIVERED, SHARED, Quarter.SECOND))

    result = run_cli("validate", "--db", database, "--trimestre", "2")

    assert result.returncode == 1, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Resultado: ")]
    # The generated report's second quarter is unwritten: each meta lacks its figures. Of the
    # 131 errors, the 8 of 002 of dependency 51 are the coordinator's (the 23 of 84's 002
    # come in that unit's package), the 11 of 003 of dependency 51 came in its package, and 8
    # units (004 of 51; 001 to 007 of 84) have sent nothing: 9 + 103 errors.
    assert line == (
        "Resultado: hay 131 errores; de ellos, 8 son de la unidad 002: corríjalos antes de "
        "imprimir el informe institucional. De los otros 123, 112 son de 8 unidades que aún no "
        "entregan el trimestre: sus cifras llegan en sus paquetes; 11 son de otras unidades: "
        "los corrige cada unidad y llegan en su próximo paquete."
    )


def test_only_the_coordinator_s_own_002_is_its_to_correct(tmp_path: Path) -> None:
    # Both dependencies hold a 002; «--unidad 002» lists both, each with its dependency, and
    # counted the 23 errors of 84's as the coordinator's own (31).
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", state_report(tmp_path), "--db", database)
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.COORDINATOR, DELIVERED, UnitCode("002")))

    result = run_cli("validate", "--db", database, "--trimestre", "2", "--unidad", "002")

    assert result.returncode == 1, result.stderr
    assert f"Unidad 002 ISV DIRECCIÓN JURÍDICA (dependencia {AWAITED})" in result.stdout
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Resultado: ")]
    assert line == (
        "Resultado: hay 31 errores; de ellos, 8 son de la unidad 002: corríjalos antes de "
        "imprimir el informe institucional. Los otros 23 son de una unidad que aún no entrega "
        "el trimestre: sus cifras llegan en su paquete."
    )
