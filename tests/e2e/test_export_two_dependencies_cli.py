"""``export --unidad 003`` on a database holding a report of dependencies 51 and 84.

Both hold a 003: the command took the first dependency's and carried both's metas. Where no
identity settles which is meant, it now asks for ``--dependencia``, as the other commands do.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.exchange.package.manifest import PackageManifest
from ism_desktop.store.store import Store
from tests.e2e.cli_runner import run_cli
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, state_database

pytestmark = pytest.mark.e2e


def _export(database: Path, out: Path, *more: str) -> tuple[int, str, str]:
    result = run_cli(
        "export", "--db", database, "--unidad", SHARED.value, "--trimestre", "1", "--out", out,
        *more,
    )  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def _entity(stdout: str) -> str:
    with zipfile.ZipFile(stdout.strip()) as archive:
        return PackageManifest.from_json(json.loads(archive.read("manifest.json"))).entity


def test_an_ambiguous_code_asks_for_its_dependency(tmp_path: Path) -> None:
    database = state_database(tmp_path, "unidad.sqlite3")
    out = tmp_path / "salida"

    code, stdout, stderr = _export(database, out)

    assert code != 0
    assert stdout == ""
    assert f"diga de cuál con --dependencia (por ejemplo, --dependencia {DELIVERED})" in stderr
    assert "Traceback" not in stderr
    assert not out.exists()
    with Store.open(database) as store:
        assert store.packages.history() == []


def test_the_dependency_named_is_the_one_exported(tmp_path: Path) -> None:
    database = state_database(tmp_path, "unidad.sqlite3")

    code, stdout, stderr = _export(database, tmp_path / "salida", "--dependencia", AWAITED)

    assert code == 0, stderr
    assert _entity(stdout) == AWAITED


def test_a_unit_pc_exports_the_dependency_it_is_known_by(tmp_path: Path) -> None:
    database = state_database(tmp_path, "unidad.sqlite3")
    with Store.open(database) as store:
        store.identity.set(PcIdentity(Role.UNIT, AWAITED, SHARED))

    code, stdout, stderr = _export(database, tmp_path / "salida")

    assert code == 0, stderr
    assert _entity(stdout) == AWAITED
