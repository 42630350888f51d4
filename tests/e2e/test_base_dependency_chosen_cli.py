"""«export-base» on a report of dependencies 51 and 84 that both hold units 002, 003 and 004.

By the code alone one base per code carried both dependencies' metas of that code, addressed
to the first dependency's unit: each dependency's unit now gets its own base.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database

pytestmark = pytest.mark.e2e
OWN = UnitCode("002")


def _coordinator(tmp_path: Path) -> tuple[Path, dict[tuple[str, str], int]]:
    """The coordinator's database (002 of 51), and how many metas each dependency's unit has."""
    database = state_database(tmp_path)
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.COORDINATOR, DELIVERED, OWN))
        report = store.reports.load(year=2024)
        assert report is not None
        held: dict[tuple[str, str], int] = {}
        for meta in report.metas:
            key = (meta.key.entity, meta.key.unit.value)
            held[key] = held.get(key, 0) + 1
    return database, held


def _data(path: str) -> dict[str, Any]:
    with zipfile.ZipFile(path) as package:
        data: dict[str, Any] = json.loads(package.read("datos.json"))
    return data


def _addressed(data: dict[str, Any]) -> tuple[str, str]:
    return data["entidad"]["clave"], data["unidad"]["clave"]


def test_each_dependency_s_unit_gets_its_own_base(tmp_path: Path) -> None:
    database, held = _coordinator(tmp_path)

    paths = ok("export-base", "--db", database, "--out", tmp_path / "bases").split()

    bases = {_addressed(data): len(data["metas"]) for data in map(_data, paths)}
    assert bases == {key: n for key, n in held.items() if key != (DELIVERED, "002")}
    assert len(set(paths)) == len(paths) == len(held) - 1  # none written over another


def test_a_unit_of_one_dependency_is_named_with_it(tmp_path: Path) -> None:
    database, held = _coordinator(tmp_path)
    out = tmp_path / "bases"

    (path,) = ok(
        "export-base", "--db", database, "--unidad", "003", "--dependencia", AWAITED, "--out", out
    ).split()

    data = _data(path)
    assert _addressed(data) == (AWAITED, "003")
    assert len(data["metas"]) == held[(AWAITED, "003")]


def test_an_ambiguous_code_is_refused(tmp_path: Path) -> None:
    database, _held = _coordinator(tmp_path)
    out = tmp_path / "bases"

    result = run_cli("export-base", "--db", database, "--unidad", SHARED.value, "--out", out)

    assert result.returncode != 0
    assert "la unidad 003 está en 2 dependencias (51, 84)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
