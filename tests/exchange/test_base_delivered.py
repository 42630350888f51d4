"""What a unit delivered for a closed quarter travels back in its base, and is taken with care."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.export.base import export_base
from ism_desktop.exchange.intake.diff import ChangeKind
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.data_reader import MAX_TEXT
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.exchange.package_builders import NOW, edit_data, members

UNIT = UnitCode("004")
ESTUDIOS = "56190ba47cf2b956"
SERVICIOS = "a7787a6376b1c2f5"  # tipo P: NUM, DEN and MET
Q1 = Quarter.FIRST


def _close_first_quarter(coordinator: Store) -> None:
    coordinator.closures.set_state(
        ClosureEvent(
            2024,
            "30",
            UNIT,
            Q1,
            CLOSE,
            "",
            Author("Unidad 002", "prueba"),
            "2024-04-05T09:00:00-07:00",
        )
    )


def _delivered(path: Path) -> dict[str, Any]:
    data = json.loads(members(path)["datos.json"])
    return {meta["id"]: meta.get("entregado") for meta in data["metas"]}


def test_only_a_closed_quarter_travels_back(coordinator: Store, tmp_path: Path) -> None:
    open_base = export_base(coordinator, UNIT, tmp_path / "abierto", now=NOW).path
    _close_first_quarter(coordinator)
    closed_base = export_base(coordinator, UNIT, tmp_path / "cerrado", now=NOW).path

    assert set(_delivered(open_base).values()) == {None}
    delivered = _delivered(closed_base)
    assert delivered[ESTUDIOS]["1"]["num"] == 761
    assert delivered[ESTUDIOS]["1"]["evaluacion"].startswith(
        "SE REALIZARON 761 ESTUDIOS SOCIOECONÓMICOS A LAS USUARIAS"
    )
    assert set(delivered[ESTUDIOS]) == {"1"}
    assert {k: v for k, v in delivered[SERVICIOS]["1"].items() if k != "evaluacion"} == {
        "num": 0,
        "den": 0,
        "met": 0,
    }


def test_a_new_pc_gets_back_every_delivered_figure_and_the_review_says_so(
    coordinator: Store, tmp_path: Path
) -> None:
    _close_first_quarter(coordinator)
    path = export_base(coordinator, UNIT, tmp_path, now=NOW).path

    with Store.in_memory() as unit_store:
        incoming = check_package(unit_store, path)
        assert [note[:63] for note in incoming.diff.notes] == [
            "se recupera lo que la unidad ya había entregado del trimestre 1",
            "la unidad coordinadora cerró el trimestre 1: sus cifras y evalu",
        ]
        kinds = {line.kind for meta in incoming.diff.metas for line in meta.lines}
        assert kinds == {ChangeKind.PROGRAMME, ChangeKind.FIGURE, ChangeKind.NARRATIVE}
        apply_package(unit_store, incoming)
        report = unit_store.reports.load()
        sent = coordinator.reports.load()
        assert report is not None
        assert sent is not None
        for meta in report.metas:
            original = sent.meta_by_id(meta.stable_id)
            assert original is not None
            assert meta.met.achieved == original.met.achieved
            assert meta.num.achieved == original.num.achieved
            assert (meta.den and meta.den.achieved) == (original.den and original.den.achieved)
            assert meta.evaluations == original.evaluations
        assert unit_store.closures.is_closed(2024, "30", UNIT, Q1)
        trail = [entry.change.field for entry in unit_store.edits.history(2024, ESTUDIOS)]
        assert {"realizado.t1.num", "evaluacion.t1"} <= set(trail)


def _first(data: dict[str, Any], meta_id: str = ESTUDIOS) -> dict[str, Any]:
    return next(meta for meta in data["metas"] if meta["id"] == meta_id)


def _set(meta_id: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        _first(data, meta_id)["entregado"] = value

    return edit


def _field(meta_id: str, name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        _first(data, meta_id)["entregado"]["1"][name] = value

    return edit


# Each hostile shape of «entregado», made from the real base by code.
HOSTILE: dict[str, Callable[[dict[str, Any]], None]] = {
    "no es un objeto": _set(ESTUDIOS, [761]),
    "trimestre inexistente": _set(ESTUDIOS, {"5": {"num": 1, "evaluacion": ""}}),
    "trimestre posterior al de la base": _set(ESTUDIOS, {"2": {"num": 1, "evaluacion": ""}}),
    "trimestre que no es objeto": _set(ESTUDIOS, {"1": "761"}),
    "cifra negativa": _field(ESTUDIOS, "num", -3),
    "cifra de texto": _field(ESTUDIOS, "num", "761"),
    "cifra enorme": _field(ESTUDIOS, "num", 10**40),
    "DEN en una meta tipo A": _field(ESTUDIOS, "den", 5),
    "tipo P sin DEN": _field(SERVICIOS, "den", None),
    "tipo P sin NUM": _field(SERVICIOS, "num", None),
    "dato desconocido": _field(ESTUDIOS, "avance", 100),
    "evaluación demasiado larga": _field(ESTUDIOS, "evaluacion", "A" * (MAX_TEXT + 1)),
    "evaluación que no es texto": _field(ESTUDIOS, "evaluacion", 7),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_damaged_delivery_refuses_the_base_and_changes_nothing(
    coordinator: Store, tmp_path: Path, case: str
) -> None:
    _close_first_quarter(coordinator)
    path = edit_data(
        export_base(coordinator, UNIT, tmp_path, now=NOW).path, tmp_path / "b.zip", HOSTILE[case]
    )

    with Store.in_memory() as unit_store:
        with pytest.raises(PackageRefusedError) as caught:
            check_package(unit_store, path)
        assert "entregado" in caught.value.reason
        assert unit_store.reports.load() is None


def test_a_delivery_for_a_quarter_the_base_says_is_open_is_refused(
    coordinator: Store, tmp_path: Path
) -> None:
    # Nothing is closed at the coordinator: a base claiming a delivery contradicts itself.
    path = edit_data(
        export_base(coordinator, UNIT, tmp_path, now=NOW).path,
        tmp_path / "b.zip",
        _set(ESTUDIOS, {"1": {"num": 5, "evaluacion": "INVENTADO"}}),
    )

    with Store.in_memory() as unit_store:
        with pytest.raises(PackageRefusedError) as caught:
            check_package(unit_store, path)
        assert caught.value.reason == (
            "lo entregado de la meta «ESTUDIOS SOCIOECONÓMICOS» nombra el trimestre 1, que la "
            "unidad coordinadora no da por cerrado"
        )


def test_a_delivered_met_is_taken_as_the_coordinator_holds_it(
    coordinator: Store, tmp_path: Path
) -> None:
    # An official report may print a MET its NUM and DEN do not give (it is imported as
    # printed); refusing it refused the whole base, and neither side could correct the figure.
    _close_first_quarter(coordinator)
    path = edit_data(
        export_base(coordinator, UNIT, tmp_path, now=NOW).path,
        tmp_path / "b.zip",
        _field(SERVICIOS, "met", 77),
    )

    with Store.in_memory() as unit_store:
        apply_package(unit_store, check_package(unit_store, path))
        report = unit_store.reports.load()
        assert report is not None
        meta = report.meta_by_id(SERVICIOS)
        assert meta is not None
        assert meta.met.achieved[0] == 77
