"""A unit's package this database holds no programme for: what does not match, said."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.exchange.intake.missing_programme import missing_programme
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.reader import read_package
from ism_desktop.store.store import Store
from tests.exchange.package_builders import edit_data


def _reason(store: Store, path: Path) -> str:
    with pytest.raises(PackageRefusedError) as caught:
        check_package(store, path)
    return caught.value.reason


def _elsewhere(
    unit_package: Path, target: Path, *, year: int = 2024, entity: str = "30", unit: str = "004"
) -> Path:
    """The unit's package as if it came from another year, entity or unit."""

    def data(content: dict[str, Any]) -> None:
        content["ejercicio"], content["entidad"]["clave"] = year, entity
        content["unidad"]["clave"] = unit

    def manifest(content: dict[str, Any]) -> None:
        content["ejercicio"], content["entidad"] = year, entity
        content["unidad"]["clave"] = unit

    return edit_data(unit_package, target, data, manifest=manifest)


def test_a_package_of_another_year_names_both_years(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    reason = _reason(coordinator, _elsewhere(unit_package, tmp_path / "p.zip", year=2023))

    assert "del ejercicio 2023" in reason
    assert "2024" in reason
    assert "unidad coordinadora" not in reason


def test_a_package_of_another_entity_names_both_entities(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    reason = _reason(coordinator, _elsewhere(unit_package, tmp_path / "p.zip", entity="31"))

    assert "de la dependencia 31" in reason
    assert "dependencia 30" in reason
    assert "unidad coordinadora" not in reason


def test_a_unit_not_in_the_programme_is_said_so(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    reason = _reason(coordinator, _elsewhere(unit_package, tmp_path / "p.zip", unit="007"))

    assert "la unidad 007 no está en el programa 2024 de esta base de datos" in reason
    assert "unidad coordinadora" not in reason


def test_an_empty_database_still_names_the_unit_and_year(unit_package: Path) -> None:
    with Store.in_memory() as empty:
        reason = _reason(empty, unit_package)

    assert reason.startswith(
        "esta base de datos no tiene metas de la unidad 004 en el ejercicio 2024"
    )


def test_a_coordinators_database_never_sends_the_package_to_the_coordinator(
    coordinator: Store, unit_package: Path, tmp_path: Path
) -> None:
    coordinator.identity.set(PcIdentity(Role.COORDINATOR, "30", UnitCode("002")))

    reason = _reason(coordinator, _elsewhere(unit_package, tmp_path / "p.zip", year=2023))

    assert "se reciben en la base de la unidad coordinadora" not in reason


def test_a_units_database_keeps_the_hint_to_the_coordinator(unit_package: Path) -> None:
    # The receiver refuses such a package before; the reason must still hold if one got here.
    manifest = read_package(unit_package).manifest
    with Store.in_memory() as unit:
        unit.identity.set(PcIdentity(Role.UNIT, "30", UnitCode("009")))

        reason = missing_programme(unit, manifest)

    assert reason.endswith(
        "; los paquetes de las unidades se reciben en la base de la unidad coordinadora"
    )
