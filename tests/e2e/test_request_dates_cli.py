"""The date ``solicitudes --json`` gives a request is when the unit asked, for its annual too.

The annual that follows a quarter's change was dated when its package arrived: the unit's
reasons were looked up by the field, and the annual's own record was not consulted, so a
request asked at 19:51:47 showed its annual asked at 19:53:08, when the package was received.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from tests.e2e.test_coordination_cli import ESTUDIOS
from tests.e2e.test_year_cycle_cli import TYPED_004
from tests.e2e.year_helpers import change_modified, ok, type_quarter

pytestmark = pytest.mark.e2e
UNIT = "004"
# Long before any package of the test is made: a date no clock of the run can give.
ASKED_AT = "2024-03-28T19:51:47-06:00"


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """The coordinating unit after unit 004 sent T1 asking T4 of ESTUDIOS 800 → 5 back then."""
    folder = tmp_path_factory.mktemp("fechas")
    coordinator, unit = folder / "coordinadora.sqlite3", folder / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", folder / "b").strip()
    ok("import-package", "--db", unit, base)
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    change_modified(unit, 2024, ESTUDIOS, Quarter.FOURTH, 5)
    with sqlite3.connect(unit) as conn:  # the unit asked it well before it sent the package
        conn.execute("UPDATE target_changes SET at = ?", [ASKED_AT])
    conn.close()
    package = ok(
        "export", "--db", unit, "--unidad", UNIT, "--trimestre", "1", "--ejercicio", "2024",
        "--out", folder / "t1",
    ).strip()  # fmt: skip
    ok("import-package", "--db", coordinator, package)
    return coordinator


def test_a_request_and_its_annual_carry_when_the_unit_asked(coordinator: Path) -> None:
    pending = json.loads(ok("solicitudes", "--json", "--db", coordinator))["pendientes"]

    [quarter] = [item for item in pending if item["id_meta"] == ESTUDIOS]
    assert quarter["campo"] == "modificado.t4.num"
    assert quarter["anual"]["campo"] == "modificado.anual.num"
    assert (quarter["fecha"], quarter["anual"]["fecha"]) == (ASKED_AT, ASKED_AT)
