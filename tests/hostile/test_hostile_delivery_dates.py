"""Delivery dates an observations package carries: within the year, as ``trimestre fecha``.

The coordinating unit cannot set a quarter's delivery date before the quarter starts or after
the next year ends («15/01/2023» for the fourth quarter of 2024 made every unit late). A package
carrying one (edited, or from a database of an earlier version) was taken as it came: the unit
was shown late, or never, by a date no one could have typed. It is refused, the unit's database
byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import observations_package, ok
from tests.exchange.package_builders import edit_data
from tests.hostile.generators import before_the_end_due_dates, out_of_range_due_dates

pytestmark = pytest.mark.e2e

CASES = {case: (quarter, text) for case, quarter, text in out_of_range_due_dates(2024)}


def _bytes(database: Path) -> dict[str, bytes]:
    files = [database, Path(f"{database}-wal")]
    return {p.name: p.read_bytes() for p in files if p.exists() and p.stat().st_size}


@pytest.fixture(scope="module")
def two_pcs(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> tuple[Path, Path]:
    """Unit 004 with its base, and the coordinator's observations package of T1; both paths."""
    folder = tmp_path_factory.mktemp("fechas")
    coordinator, unit = folder / "coordinadora.sqlite3", folder / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    ok("trimestre", "fecha", "--trimestre", "1", "--fecha", "2024-04-15", "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", folder / "b")
    ok("import-package", "--db", unit, base.strip())
    return unit, Path(observations_package(coordinator, "004", 1, folder / "o"))


def _unit_copy(two_pcs: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the unit's database (the shared one stays as it is), and the package."""
    shared, package = two_pcs
    unit = tmp_path / "unidad.sqlite3"
    unit.write_bytes(shared.read_bytes())
    return unit, package


@pytest.mark.parametrize("case", CASES)
def test_a_delivery_date_out_of_its_years_is_refused(
    two_pcs: tuple[Path, Path], tmp_path: Path, case: str
) -> None:
    unit, package = _unit_copy(two_pcs, tmp_path)
    quarter, text = CASES[case]

    def edit(data: dict[str, Any]) -> None:
        data["fechas_entrega"] = {quarter: text}

    hostile = edit_data(package, tmp_path / "observaciones.ismpaq", edit)
    before = _bytes(unit)

    result = run_cli("import-package", "--db", unit, hostile)

    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert f"la fecha de entrega del trimestre {quarter} de 2024" in result.stderr
    assert "debe caer entre el" in result.stderr
    assert _bytes(unit) == before


def test_a_delivery_date_within_its_years_is_received(
    two_pcs: tuple[Path, Path], tmp_path: Path
) -> None:
    unit, package = two_pcs

    def edit(data: dict[str, Any]) -> None:
        data["fechas_entrega"] = {"4": "31/12/2025"}  # the last day allowed

    copy = tmp_path / "unidad.sqlite3"
    copy.write_bytes(unit.read_bytes())
    result = run_cli("import-package", "--db", copy, edit_data(package, tmp_path / "o.zip", edit))
    assert result.returncode == 0, result.stderr


BEFORE_THE_END = {case: (q, text) for case, q, text in before_the_end_due_dates(2024)}


def _dates(database: Path) -> dict[int, str]:
    with closing(sqlite3.connect(database)) as connection:
        rows = connection.execute("SELECT quarter, due_date FROM delivery_dates WHERE year = 2024")
        return {int(quarter): str(due) for quarter, due in rows}


@pytest.mark.parametrize(("quarter", "text"), BEFORE_THE_END.values(), ids=BEFORE_THE_END)
def test_a_delivery_date_before_its_quarter_ends_is_not_taken_and_said(
    two_pcs: tuple[Path, Path], tmp_path: Path, quarter: str, text: str
) -> None:
    unit, package = _unit_copy(two_pcs, tmp_path)
    other = "2" if quarter != "2" else "3"
    good = {"2": "2024-07-20", "3": "2024-10-20"}[other]

    def edit(data: dict[str, Any]) -> None:
        data["fechas_entrega"] = {"1": "2024-04-15", quarter: text, other: good}

    before = _dates(unit)
    result = run_cli("import-package", "--db", unit, edit_data(package, tmp_path / "o.zip", edit))

    # The package is taken (its observations are the coordinator's), the impossible date not:
    # the unit keeps what it had for that quarter, and the review says why.
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"la fecha de entrega del trimestre {quarter} de 2024" in result.stdout
    assert "último día del trimestre; no se tomó" in result.stdout
    after = _dates(unit)
    assert after.get(int(quarter)) == before.get(int(quarter))
    assert after[int(other)] == good
