"""A whole year between two PCs through the real CLI, and the next year started from it.

Year 2024 from the official report; quarters 1 and 2 delivered and closed; a target-change
request approved; quarter 2 reopened with a reason and delivered again; year 2025 from 2024's
template, approved, its base out and a unit's first quarter delivered. After every exchange the
dumps of the coordinating unit and of the unit agree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import openpyxl
import pytest

from ism_desktop.domain.quarter import Quarter
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import APOYO
from tests.e2e.test_coordination_cli import TYPED_004 as TYPED_ANY
from tests.e2e.year_helpers import (
    Typing,
    change_modified,
    dump,
    fill_template,
    observations_package,
    ok,
    type_quarter,
)

pytestmark = pytest.mark.e2e
UNIT = "004"
TYPED_004 = cast(Typing, TYPED_ANY)


def _agree(coordinator: Path, unit: Path, year: int, quarter: int) -> Any:
    mine, theirs = dump(unit, year, quarter, UNIT), dump(coordinator, year, quarter, UNIT)
    assert mine == theirs
    assert len(mine["metas"]) == 7
    assert len(mine["cierres"]) == 4
    return mine


def _closed(state: Any) -> dict[int, bool]:
    return {item["trimestre"]: item["cerrado"] for item in state["cierres"]}


def _apoyo_achieved(coordinator: Path, folder: Path, quarter: int) -> list[object]:
    path = folder / f"informe_t{quarter}.xlsx"
    ok("report", "--db", coordinator, "--trimestre", str(quarter), "--unidad", UNIT, "--xlsx", path)
    sheet = openpyxl.load_workbook(path)[UNIT]
    achieved = next(int(c.column) for c in sheet[5] if c.value == "REALIZADO")
    top = next(
        row
        for row in range(7, sheet.max_row + 1)
        if str(sheet.cell(row, 1).value).startswith("APOYO Y GESTIONES")
    )
    return [sheet.cell(top + 1, achieved + index).value for index in range(4)]


def _deliver(unit: Path, coordinator: Path, year: int, quarter: int, out: Path) -> str:
    package = ok(
        "export",
        "--db",
        unit,
        "--unidad",
        UNIT,
        "--trimestre",
        str(quarter),
        "--ejercicio",
        str(year),
        "--out",
        out,
    ).strip()
    return ok("import-package", "--db", coordinator, package)


def _return(coordinator: Path, unit: Path, quarter: int, out: Path) -> str:
    back = observations_package(coordinator, UNIT, quarter, out)
    return ok("import-package", "--db", unit, back)


def test_a_year_and_the_next(tmp_path: Path, seed_path: Path) -> None:
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    ok("trimestre", "fecha", "--trimestre", "1", "--fecha", "2024-04-15", "--db", coordinator)
    ok("trimestre", "fecha", "--trimestre", "2", "--fecha", "2024-07-15", "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", tmp_path / "b").strip()
    ok("import-package", "--db", unit, base)

    # Quarter 1: typed, exported (closed at the unit), received (closed at the coordinator).
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    _deliver(unit, coordinator, 2024, 1, tmp_path / "t1")
    state = _agree(coordinator, unit, 2024, 1)
    assert _closed(state) == {1: True, 2: False, 3: False, 4: False}
    assert [item["fecha_entrega"] for item in state["cierres"]][:2] == ["2024-04-15", "2024-07-15"]

    # Quarter 2 with a request to change a modified target, approved with its document.
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.SECOND, 2024)
    change_modified(unit, 2024, APOYO, Quarter.THIRD, 777)
    received = _deliver(unit, coordinator, 2024, 2, tmp_path / "t2")
    assert "trimestre 2" in received
    # Listed as the window lists it: the annual on its quarter's line, figures as written.
    listing = ok("solicitudes", "--db", coordinator)
    assert "ejercicio 2024: 1 pendiente." in listing
    assert "Modificado T3 (NUM): 400 → 777 (anual: 1900 → 2277) (motivo: " in listing
    requests = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [quarterly] = [r for r in requests["pendientes"] if r["campo"] == "modificado.t3.num"]
    assert (quarterly["id_meta"], quarterly["solicitado"]) == (APOYO, "777")
    approved = ok(
        "solicitudes",
        "aprobar",
        str(quarterly["id"]),
        "--documento",
        "OF-ISM-123/2024",
        "--db",
        coordinator,
    )
    assert "aprobada" in approved
    assert json.loads(ok("solicitudes", "--json", "--db", coordinator))["pendientes"] == []
    _return(coordinator, unit, 2, tmp_path / "o2")
    state = _agree(coordinator, unit, 2024, 2)
    assert _closed(state) == {1: True, 2: True, 3: False, 4: False}
    apoyo = next(m for m in state["metas"] if m["id"] == APOYO)
    assert apoyo["num"][7] == 777  # modificado T3

    # Quarter 2 reopened by the coordinator with a reason; the unit corrects and sends again.
    refused = run_cli(
        "trimestre", "reabrir", "--unidad", UNIT, "--trimestre", "2", "--db", coordinator
    )
    assert refused.returncode == 2
    assert "motivo" in refused.stderr
    ok(
        "trimestre",
        "reabrir",
        "--unidad",
        UNIT,
        "--trimestre",
        "2",
        "--motivo",
        "La unidad corrige la cifra de apoyos",
        "--db",
        coordinator,
    )
    _return(coordinator, unit, 2, tmp_path / "o2b")
    assert _closed(_agree(coordinator, unit, 2024, 2))[2] is False
    type_quarter(unit, {APOYO: (420, TYPED_004[APOYO][1])}, "Unidad 004", Quarter.SECOND, 2024)
    package = ok(
        "export", "--db", unit, "--unidad", UNIT, "--trimestre", "2", "--out", tmp_path / "t2b"
    ).strip()
    review = ok("import-package", "--db", coordinator, package, "--dry-run")
    assert "La unidad corrige la cifra de apoyos" in review
    assert "Realizado T2 (NUM): 400 → 420" in review
    ok("import-package", "--db", coordinator, package)
    state = _agree(coordinator, unit, 2024, 2)
    assert _closed(state)[2] is True
    status = ok("status", "--trimestre", "2", "--db", coordinator)
    assert "Fecha de entrega: 15/07/2024" in status  # day first (it read 2024-07-15)
    # Received today, long after its date of 2024: late, as the window's board says it.
    row = next(line for line in status.splitlines() if line.startswith("004 "))
    assert row.split()[-14:-11] == ["recibido", "(tarde)", "cerrado"]

    # The report of quarter N shows achieved figures up to N, never beyond.
    assert _apoyo_achieved(coordinator, tmp_path, 2) == [400, 420, None, None]
    assert _apoyo_achieved(coordinator, tmp_path, 1) == [400, None, None, None]

    # Year 2025 from 2024's metas, targets through the template, approved, base out.
    ok("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", "--db", coordinator)
    template = tmp_path / "programa_2025.xlsx"
    ok("programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", coordinator)
    fill_template(
        template, {"MET": (100, 100, 100, 100), "NUM": (50, 50, 50, 50), "DEN": (100,) * 4}
    )
    ok("programa", "importar", template, "--ejercicio", "2025", "--db", coordinator)
    not_yet = run_cli("export-base", "--db", coordinator, "--ejercicio", "2025", "--out", tmp_path)
    assert not_yet.returncode == 2
    assert "no está aprobado" in not_yet.stderr
    ok("programa", "aprobar", "--ejercicio", "2025", "--db", coordinator)
    base = ok(
        "export-base",
        "--db",
        coordinator,
        "--ejercicio",
        "2025",
        "--unidad",
        UNIT,
        "--out",
        tmp_path / "b25",
    ).strip()
    # The unit's commands move to 2025, and say so: its 2024 fourth quarter is still due.
    received = ok("import-package", "--db", unit, base)
    assert "Los comandos toman ahora el ejercicio 2025 cuando no se indica --ejercicio" in received
    assert "--ejercicio 2024" in received
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2025)
    _deliver(unit, coordinator, 2025, 1, tmp_path / "t25")
    state = _agree(coordinator, unit, 2025, 1)
    assert state["aprobado"] is True
    assert _closed(state) == {1: True, 2: False, 3: False, 4: False}
    estudios = next(m for m in state["metas"] if m["unidad"] == UNIT)
    assert estudios["met"][:5] == [100, 100, 100, 100, 400] or estudios["tipo"] == "P"
    # The first year is still there, as it was.
    assert _closed(_agree(coordinator, unit, 2024, 2)) == {1: True, 2: True, 3: False, 4: False}
