"""An approved programme's originals hold: no import, template, package or command changes them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import APOYO
from tests.e2e.year_helpers import fill_template, ok
from tests.exchange.package_builders import edit_data

pytestmark = pytest.mark.e2e
APOYO_Q1 = "77.20%NUM 500.00 500.00 400.00 500.00 1900.00"


def _snapshot(database: Path) -> dict[str, bytes]:
    files = [database, Path(f"{database}-wal")]
    return {path.name: path.read_bytes() for path in files if path.exists()}


@pytest.fixture
def approved(tmp_path: Path, seed_path: Path) -> Path:
    """A coordinator whose 2025 programme (from 2024's template) is approved."""
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", "--db", database)
    refused = run_cli("programa", "aprobar", "--ejercicio", "2025", "--db", database)
    assert refused.returncode == 2
    assert "no tienen programado original" in refused.stderr
    template = tmp_path / "plantilla.xlsx"
    ok("programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", database)
    fill_template(template, {"MET": (10, 10, 10, 10), "NUM": (5, 5, 5, 5), "DEN": (10,) * 4})
    ok("programa", "importar", template, "--ejercicio", "2025", "--db", database)
    ok("programa", "aprobar", "--ejercicio", "2025", "--db", database)
    again = run_cli("programa", "aprobar", "--ejercicio", "2025", "--db", database)
    assert again.returncode == 2
    assert "ya estaba aprobado" in again.stderr
    return database


def test_the_template_cannot_change_an_approved_programme(approved: Path, tmp_path: Path) -> None:
    template = tmp_path / "otra.xlsx"
    ok("programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", approved)
    fill_template(template, {"MET": (11, 10, 10, 10)})
    before = _snapshot(approved)

    result = run_cli("programa", "importar", template, "--ejercicio", "2025", "--db", approved)

    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("Hoja ")]
    assert lines
    assert all("está aprobado; lo programado original no cambia (era 10)" in line for line in lines)
    assert _snapshot(approved) == before


def test_an_import_cannot_change_an_approved_programme(tmp_path: Path, seed_path: Path) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("programa", "aprobar", "--ejercicio", "2024", "--db", database)
    text = seed_path.read_text(encoding="utf-8")
    tampered = tmp_path / "cambiado.txt"
    tampered.write_text(
        text.replace(APOYO_Q1, "77.20%NUM 600.00 500.00 400.00 500.00 2000.00"), encoding="utf-8"
    )
    before = _snapshot(database)

    result = run_cli("import-etca", tampered, "--db", database)

    assert result.returncode == 2
    assert "el programa 2024 está aprobado" in result.stderr
    assert _snapshot(database) == before


def test_a_base_package_cannot_change_an_approved_programme(approved: Path, tmp_path: Path) -> None:
    unit = tmp_path / "unidad.sqlite3"
    base = Path(
        ok(
            "export-base",
            "--db",
            approved,
            "--ejercicio",
            "2025",
            "--unidad",
            "004",
            "--out",
            tmp_path / "b",
        ).strip()
    )
    ok("import-package", "--db", unit, base)
    state = json.loads(ok("dump", "--db", unit, "--ejercicio", "2025"))
    assert state["programa_aprobado"] is True

    def raise_original(data: dict[str, Any]) -> None:
        meta = next(m for m in data["metas"] if m["id"] == APOYO)
        meta["num"][0] = 11
        meta["met"][0] = 11

    def newer(manifest: dict[str, Any]) -> None:
        manifest["secuencia"] += 1

    forged = edit_data(base, tmp_path / "forjado.ismpaq", raise_original, manifest=newer)
    before = _snapshot(unit)
    result = run_cli("import-package", "--db", unit, forged)
    assert result.returncode == 2
    assert "el programa 2025 está aprobado: lo programado original no cambia" in result.stderr
    assert _snapshot(unit) == before
