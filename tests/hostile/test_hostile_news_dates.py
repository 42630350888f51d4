"""Dates of the year's news in a coordinator's package: approval and decisions, as we write them.

``programa_aprobado``, a decision's ``fecha`` and its ``fecha_solicitud`` were any text: «NaN»
or a year 9999 was stored as when the programme was approved or a request decided, and shown
as such. A package carrying one is refused, its field named, the unit's database byte for byte
as it was; what our exports write (an empty ``fecha_solicitud`` included) is still received.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok, unit_base
from tests.exchange.package_builders import edit_data
from tests.hostile.generators import hostile_moments, hostile_news_dates
from tests.hostile.test_hostile_package_moments import _copy, _refused, two_pcs

pytestmark = pytest.mark.e2e
__all__ = ["two_pcs"]

MOMENTS = dict(hostile_moments())
WRONG = dict(hostile_news_dates())
REAL = "2024-04-12T10:15:00-07:00"


def _decision(meta: str, **dates: Any) -> dict[str, Any]:
    return {
        "id_meta": meta,
        "campo": "modificado.1.met",
        "etiqueta": "Meta modificada T1",
        "actual": "10",
        "solicitado": "12",
        "motivo_solicitud": "Ampliación",
        "fecha_solicitud": REAL,
        "decision": "aprobada",
        "documento": "Oficio 1/2024",
        "motivo": "",
        "quien": "Lucía",
        "fecha": REAL,
    } | dates


# A request whose change travelled without a date was stored with none: its decision says so.
CASES = [("programa_aprobado", c) for c in {**MOMENTS, **WRONG}]
CASES += [("fecha", c) for c in {**MOMENTS, **WRONG}]
CASES += [("fecha_solicitud", c) for c in {**MOMENTS, **WRONG} if MOMENTS.get(c) != ""]
NAMED = {
    "programa_aprobado": "la fecha de aprobación del programa",
    "fecha": "la fecha de la decisión sobre una solicitud de la meta «",
    "fecha_solicitud": "la fecha de la solicitud de una decisión sobre la meta «",
}


def _value(case: str) -> Any:
    return MOMENTS[case] if case in MOMENTS else WRONG[case]


@pytest.mark.parametrize(("key", "case"), CASES)
def test_a_news_date_no_export_of_ours_wrote_is_refused(
    two_pcs: tuple[Path, Path, str], tmp_path: Path, key: str, case: str
) -> None:
    unit, package, meta = two_pcs

    def edit(data: dict[str, Any]) -> None:
        if key == "programa_aprobado":
            data[key] = _value(case)
        else:
            data["decisiones"] = [_decision(meta, **{key: _value(case)})]

    hostile = edit_data(package, tmp_path / "o.ismpaq", edit)

    # NaN and Infinity are no JSON: the whole file is refused before any field is read.
    value = _value(case)
    named = NAMED[key] if not isinstance(value, float) else "no es un JSON válido"
    _refused(_copy(unit, tmp_path), hostile, named, hostile.name)


@pytest.mark.parametrize(
    ("approved", "asked"),
    [(None, ""), (REAL, REAL), ("2024-04-12T17:15:00+00:00", "2024-04-10T09:30:00")],
)
def test_news_dates_as_our_versions_write_them_are_received(
    two_pcs: tuple[Path, Path, str], tmp_path: Path, approved: str | None, asked: str
) -> None:
    unit, package, meta = two_pcs

    def edit(data: dict[str, Any]) -> None:
        data["programa_aprobado"] = approved
        data["decisiones"] = [_decision(meta, fecha_solicitud=asked)]

    received = edit_data(package, tmp_path / "o.ismpaq", edit)
    result = run_cli("import-package", "--db", _copy(unit, tmp_path), received)

    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> tuple[Path, Path]:
    """Unit 004's database before any package, and the programme base 002 exported for it."""
    folder = tmp_path_factory.mktemp("base")
    coordinator, unit = folder / "coordinadora.sqlite3", folder / "unidad_004.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    with Store.open(unit):
        pass  # a unit's PC that installed the program and received nothing yet
    return unit, unit_base(coordinator, "004", folder / "b")


@pytest.mark.parametrize("case", ["nan", "vacia", "año-2101", "numero", "año-enorme"])
def test_a_base_approved_at_no_moment_is_refused(
    base: tuple[Path, Path], tmp_path: Path, case: str
) -> None:
    unit, package = base

    def edit(data: dict[str, Any]) -> None:
        data["programa_aprobado"] = _value(case)

    hostile = edit_data(package, tmp_path / "b.ismpaq", edit)

    _refused(_copy(unit, tmp_path), hostile, NAMED["programa_aprobado"], hostile.name)


@pytest.mark.parametrize("approved", [None, REAL])
def test_a_base_approved_or_not_is_received(
    base: tuple[Path, Path], tmp_path: Path, approved: str | None
) -> None:
    unit, package = base

    def edit(data: dict[str, Any]) -> None:
        data["programa_aprobado"] = approved

    received = edit_data(package, tmp_path / "b.ismpaq", edit)
    result = run_cli("import-package", "--db", _copy(unit, tmp_path), received)

    assert result.returncode == 0, result.stderr
