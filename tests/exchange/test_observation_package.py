"""Observations go back to the unit in a return package and appear next to each meta."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.observation import Observation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.export.observations import export_observations
from ism_desktop.exchange.intake.diff import ChangeKind
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.store import Store
from tests.exchange.package_builders import NOW, edit_data, members

UNIT = UnitCode("004")
ESTUDIOS = "56190ba47cf2b956"
ASESORIA = "8e0d8bcb2d3ec980"


def _observe(store: Store, meta_id: str, text: str) -> Observation:
    return store.observations.add(
        Observation(2024, Quarter.FIRST, meta_id, text, "Lucía", "2024-04-15T09:00:00-07:00")
    )


def _unit_with_base(coordinator: Store, tmp_path: Path) -> Store:
    unit = Store.in_memory()
    path = export_base(coordinator, UNIT, tmp_path / "base", now=NOW).path
    apply_package(unit, check_package(unit, path))
    return unit


def test_the_return_package_carries_the_units_observations(
    coordinator: Store, tmp_path: Path
) -> None:
    _observe(coordinator, ESTUDIOS, "Anexe la lista de usuarias.")
    _observe(coordinator, "d1b7c2d7a2c4e9f0", "De otra unidad.")  # not a 004 meta: stays home

    exported = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path, now=NOW)

    assert exported.path.name == "ETCA-III-04_2024_T1_observaciones_unidad_004.ismpaq"
    data = json.loads(members(exported.path)["datos.json"])
    assert data["observaciones"] == [
        {
            "id_meta": ESTUDIOS,
            "descripcion": "ESTUDIOS SOCIOECONÓMICOS",
            "texto": "Anexe la lista de usuarias.",
            "autor": "Lucía",
            "fecha": "2024-04-15T09:00:00-07:00",
        }
    ]


def test_the_unit_sees_them_next_to_each_meta_and_a_newer_package_replaces_them(
    coordinator: Store, tmp_path: Path
) -> None:
    with _unit_with_base(coordinator, tmp_path) as unit:
        first = _observe(coordinator, ESTUDIOS, "Anexe la lista de usuarias.")
        path = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "1", now=NOW).path
        incoming = check_package(unit, path)
        [meta] = incoming.diff.metas
        assert [(line.kind, line.old, line.new) for line in meta.lines] == [
            (ChangeKind.OBSERVATION, "", "Anexe la lista de usuarias.")
        ]
        apply_package(unit, incoming)
        assert [o.text for o in unit.observations.for_meta(2024, ESTUDIOS)] == [
            "Anexe la lista de usuarias."
        ]

        assert first.id is not None
        coordinator.observations.remove(first.id, 2024, Quarter.FIRST)
        _observe(coordinator, ASESORIA, "Revise la cifra de asesorías.")
        path = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path / "2", now=NOW).path
        apply_package(unit, check_package(unit, path))

        assert unit.observations.for_meta(2024, ESTUDIOS) == []
        assert [o.text for o in unit.observations.for_meta(2024, ASESORIA)] == [
            "Revise la cifra de asesorías."
        ]


def test_an_observation_on_a_meta_the_unit_lacks_is_refused(
    coordinator: Store, tmp_path: Path
) -> None:
    with _unit_with_base(coordinator, tmp_path) as unit:
        path = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path, now=NOW).path

        def foreign(data: dict[str, object]) -> None:
            data["observaciones"] = [
                {"id_meta": "0" * 16, "texto": "x", "autor": "Lucía", "fecha": ""}
            ]

        with pytest.raises(PackageRefusedError) as caught:
            check_package(unit, edit_data(path, tmp_path / "o.zip", foreign))

    assert caught.value.reason.startswith(
        "una observación es sobre la meta «0000000000000000», que no es de la unidad 004"
    )


def test_a_too_long_observation_text_is_refused_as_largo(
    coordinator: Store, tmp_path: Path
) -> None:
    _observe(coordinator, ESTUDIOS, "Anexe la lista de usuarias.")
    with _unit_with_base(coordinator, tmp_path) as unit:
        path = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path, now=NOW).path

        def long_text(data: dict[str, object]) -> None:
            observations = data["observaciones"]
            assert isinstance(observations, list)
            observations[0]["texto"] = "x" * 20_001

        with pytest.raises(PackageRefusedError) as caught:
            check_package(unit, edit_data(path, tmp_path / "o.zip", long_text))

    assert caught.value.reason == (
        "el texto de una observación es demasiado largo: máx. 20\u00a0000 caracteres "
        "(tiene 20\u00a0001)"
    )


def test_a_unit_without_its_programme_refuses_observations(
    coordinator: Store, tmp_path: Path
) -> None:
    path = export_observations(coordinator, UNIT, Quarter.FIRST, tmp_path, now=NOW).path

    with Store.in_memory() as empty, pytest.raises(PackageRefusedError) as caught:
        check_package(empty, path)

    assert caught.value.reason == (
        "esta base de datos no tiene metas de la unidad 004 en el ejercicio 2024; importe "
        "primero su programa base"
    )


def test_no_package_of_observations_goes_to_the_coordinating_unit_itself(
    coordinator: Store, tmp_path: Path
) -> None:
    # «export-observations --unidad 002» wrote one, and nobody would ever receive it.
    from ism_desktop.exchange.package.writer import ExportError

    with pytest.raises(ExportError) as refused:
        export_observations(coordinator, UnitCode("002"), Quarter.FIRST, tmp_path, now=NOW)

    assert str(refused.value) == (
        "la unidad 002 es esta unidad coordinadora: las observaciones son para las otras "
        "unidades, y un paquete para ella misma no lo recibiría nadie. No se escribió nada."
    )
    assert list(tmp_path.iterdir()) == []
