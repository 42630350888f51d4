"""A request of a quarter closed again by hand is refused, though its package delivered it.

A target-change request that came in the package delivering its quarter is decided without
reopening that quarter: receiving the package closed it. Once the coordinating unit reopened
that quarter and closed it again by hand, the request was still approved so: the closed
quarter's modified target changed without a word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import ESTUDIOS
from tests.e2e.test_year_cycle_cli import TYPED_004
from tests.e2e.year_helpers import change_modified, ok, type_quarter

pytestmark = pytest.mark.e2e
UNIT = "004"


def _quarter_args(quarter: int) -> list[str]:
    return ["--unidad", UNIT, "--trimestre", str(quarter), "--ejercicio", "2024"]


def _base_to_unit(coordinator: Path, unit: Path, out: Path) -> None:
    base = ok("export-base", "--db", coordinator, "--unidad", UNIT, "--out", out).strip()
    ok("import-package", "--db", unit, base)


def _package(unit: Path, quarter: int, out: Path) -> str:
    return ok("export", "--db", unit, *_quarter_args(quarter), "--out", out).strip()


def _modified_t1(database: Path) -> object:
    with Store.open(database) as store:
        report = store.reports.load(year=2024)
        assert report is not None
        meta = report.meta_by_id(ESTUDIOS)
        assert meta is not None
        return meta.num.modified[Quarter.FIRST.index]


def test_a_request_of_a_quarter_closed_by_hand_needs_it_reopened(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    _base_to_unit(coordinator, unit, tmp_path / "b1")
    type_quarter(unit, TYPED_004, "Unidad 004", Quarter.FIRST, 2024)
    ok("import-package", "--db", coordinator, _package(unit, 1, tmp_path / "t1"))
    # Reopened for the unit, which learns it from its next base, asks a T1 target change and
    # sends T1 again: receiving it closes T1, the request pending.
    ok("trimestre", "reabrir", "--db", coordinator, *_quarter_args(1), "--motivo", "Revisión")
    _base_to_unit(coordinator, unit, tmp_path / "b2")
    change_modified(unit, 2024, ESTUDIOS, Quarter.FIRST, 7)
    ok("import-package", "--db", coordinator, _package(unit, 1, tmp_path / "t1b"))
    # Then reopened and closed by hand: a person's closing, no longer the package's receipt.
    ok("trimestre", "reabrir", "--db", coordinator, *_quarter_args(1), "--motivo", "Otra vez")
    ok("trimestre", "cerrar", "--db", coordinator, *_quarter_args(1))
    with Store.open(coordinator) as store:
        assert store.closures.is_closed(2024, "30", UnitCode(UNIT), Quarter.FIRST)
    listing = json.loads(ok("solicitudes", "--json", "--db", coordinator))
    [request] = [r for r in listing["pendientes"] if r["campo"] == "modificado.t1.num"]
    before = _modified_t1(coordinator)

    result = run_cli(
        "solicitudes", "--db", coordinator, "aprobar", str(request["id"]), "--documento", "OF-9"
    )

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert "trimestre reabrir --ejercicio 2024 --unidad 004 --trimestre 1" in result.stderr
    assert _modified_t1(coordinator) == before != 7
