"""A unit's package from a PC whose database holds a report of dependencies 51 and 84.

Both hold a 003: the package took the report's first dependency (51) and carried both
dependencies' metas of the code, although the PC is known as 84's 003.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.exchange.export.check import ExportCheck
from ism_desktop.exchange.export.report_package import export_package
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.store.closure_repository import CLOSE, REOPEN, ClosureEvent
from ism_desktop.store.store import Store
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, printed_descriptions, state_database


def _no_findings(_report: ProgressReport, _quarter: Quarter, _unit: UnitCode) -> ExportCheck:
    return ExportCheck()


def _data(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        data: dict[str, object] = json.loads(archive.read("datos.json"))
    return data


def _descriptions(data: dict[str, object]) -> list[str]:
    metas = data["metas"]
    assert isinstance(metas, list)
    return [str(meta["descripcion"]) for meta in metas]


def test_a_unit_pc_exports_its_own_dependency_s_unit_alone(tmp_path: Path) -> None:
    with Store.open(state_database(tmp_path, "unidad.sqlite3")) as store:
        store.identity.set(PcIdentity(Role.UNIT, AWAITED, SHARED))
        exported = export_package(
            store, SHARED, Quarter.FIRST, tmp_path / "salida", validate=_no_findings
        )
        closed_here = store.closures.is_closed(2024, AWAITED, SHARED, Quarter.FIRST)
        closed_there = store.closures.is_closed(2024, DELIVERED, SHARED, Quarter.FIRST)

    assert exported.manifest.entity == AWAITED
    data = _data(exported.path)
    assert data["entidad"]["clave"] == AWAITED  # type: ignore[index]
    assert _descriptions(data) == printed_descriptions()[(AWAITED, SHARED.value)]
    assert (closed_here, closed_there) == (True, False)


def test_a_named_dependency_is_exported_on_a_pc_known_by_none(tmp_path: Path) -> None:
    with Store.open(state_database(tmp_path, "unidad.sqlite3")) as store:
        exported = export_package(
            store,
            SHARED,
            Quarter.FIRST,
            tmp_path / "salida",
            validate=_no_findings,
            entity=AWAITED,
        )

    assert exported.manifest.entity == AWAITED
    assert _descriptions(_data(exported.path)) == printed_descriptions()[(AWAITED, SHARED.value)]


def test_a_unit_pc_refuses_another_dependency_s_unit_of_its_code(tmp_path: Path) -> None:
    database = state_database(tmp_path, "unidad.sqlite3")
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.UNIT, AWAITED, SHARED))
        with pytest.raises(ExportError, match=f"dependencia {AWAITED}"):
            export_package(
                store,
                SHARED,
                Quarter.FIRST,
                tmp_path / "salida",
                validate=_no_findings,
                entity=DELIVERED,
            )
        assert store.packages.history() == []
        assert not store.closures.unit_closed(2024, SHARED, Quarter.FIRST)
    assert not (tmp_path / "salida").exists() or not any((tmp_path / "salida").iterdir())


def test_the_other_dependency_s_reopening_does_not_travel(tmp_path: Path) -> None:
    with Store.open(state_database(tmp_path, "unidad.sqlite3")) as store:
        store.identity.set(PcIdentity(Role.UNIT, AWAITED, SHARED))
        for action in (CLOSE, REOPEN):  # 51's 003, not this PC's
            event = ClosureEvent(
                2024, DELIVERED, SHARED, Quarter.FIRST, action, "motivo", Author("U", "u"), ""
            )
            assert store.closures.set_state(event)
        exported = export_package(
            store, SHARED, Quarter.FIRST, tmp_path / "salida", validate=_no_findings
        )

    assert "reaperturas" not in _data(exported.path)
