"""«export-observations --unidad 003» where dependencies 51 and 84 both hold a 003 (and a 002).

By the code alone the package took both 003's observations, addressed to the first
dependency's 003; and another dependency's 002 was refused as the coordinator itself.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import PcProfile, Role
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.store import Store
from ism_desktop.workspace.workspace import Workspace
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database

pytestmark = pytest.mark.e2e
OWN = UnitCode("002")


def _observed(tmp_path: Path) -> Path:
    """The coordinator (002 of 51) wrote one observation on a meta of each 003 and of 84's 002."""
    database = state_database(tmp_path)
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.COORDINATOR, DELIVERED, OWN))
        workspace = Workspace(store, PcProfile(Role.COORDINATOR, OWN, 2024, Quarter.FIRST))
        workspace.reload(validate=False)
        for unit, entity in ((SHARED, DELIVERED), (SHARED, AWAITED), (OWN, AWAITED)):
            meta = next(
                meta
                for meta in workspace.metas()
                if (meta.key.entity, meta.key.unit) == (entity, unit)
            )
            workspace.observe(meta.stable_id, f"Revise la unidad {unit} de {entity}.")
    return database


def _export(database: Path, out: Path, unit: UnitCode, *more: str) -> list[str | Path]:
    return [
        "export-observations", "--db", database, "--unidad", unit.value, "--trimestre", "1",
        "--out", out, *more,
    ]  # fmt: skip


def _data(path: str) -> dict[str, Any]:
    with zipfile.ZipFile(path.strip()) as package:
        data: dict[str, Any] = json.loads(package.read("datos.json"))
    return data


def test_the_package_carries_the_dependency_named_s_observations_only(tmp_path: Path) -> None:
    database = _observed(tmp_path)

    data = _data(ok(*_export(database, tmp_path / "salida", SHARED, "--dependencia", AWAITED)))

    assert data["entidad"]["clave"] == AWAITED
    assert data["unidad"]["clave"] == "003"
    assert [item["texto"] for item in data["observaciones"]] == ["Revise la unidad 003 de 84."]


def test_another_dependency_s_002_may_be_sent_to(tmp_path: Path) -> None:
    database = _observed(tmp_path)

    data = _data(ok(*_export(database, tmp_path / "salida", OWN, "--dependencia", AWAITED)))

    assert data["entidad"]["clave"] == AWAITED
    assert [item["texto"] for item in data["observaciones"]] == ["Revise la unidad 002 de 84."]


@pytest.mark.parametrize(
    ("unit", "more", "said"),
    [
        (SHARED, (), "la unidad 003 está en 2 dependencias (51, 84)"),
        (OWN, (), "la unidad 002 está en 2 dependencias (51, 84)"),
        (
            OWN,
            ("--dependencia", DELIVERED),
            f"la unidad 002 (dependencia {DELIVERED}) es esta unidad coordinadora",
        ),
    ],
)
def test_an_ambiguous_code_or_the_own_002_is_refused(
    tmp_path: Path, unit: UnitCode, more: tuple[str, ...], said: str
) -> None:
    database = _observed(tmp_path)
    out = tmp_path / "salida"

    result = run_cli(*_export(database, out, unit, *more))

    assert result.returncode != 0
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_each_dependency_s_package_has_its_own_file(tmp_path: Path) -> None:
    database = _observed(tmp_path)
    out = tmp_path / "salida"

    first = ok(*_export(database, out, SHARED, "--dependencia", DELIVERED)).strip()
    second = ok(*_export(database, out, SHARED, "--dependencia", AWAITED)).strip()

    assert Path(second).name == "ETCA-III-04_2024_T1_observaciones_dependencia_84_unidad_003.ismpaq"
    assert first != second
    assert _data(first)["entidad"]["clave"] == DELIVERED  # not written over by 84's
