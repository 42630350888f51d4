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
from tests.two_dependencies import DELIVERED, SHARED, state_report

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
    # 131 errors, the 31 of both 002 are the coordinator's, the 11 of 003 of dependency 51
    # came in its package, and 7 units (004 of 51; 001, 003 to 007 of 84) have sent nothing.
    assert line == (
        "Resultado: hay 131 errores; de ellos, 31 son de la unidad 002: corríjalos antes de "
        "imprimir el informe institucional. De los otros 100, 89 son de 7 unidades que aún no "
        "entregan el trimestre: sus cifras llegan en sus paquetes; 11 son de otras unidades: "
        "los corrige cada unidad y llegan en su próximo paquete."
    )
