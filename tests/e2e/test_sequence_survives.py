"""A unit's sequence numbers survive restoring a backup and reinstalling on a new PC.

Otherwise the coordinating unit refuses its next package as «not newer» than the last one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import TYPED_009, _unit_pc
from tests.e2e.unit_typing import type_first_quarter

pytestmark = pytest.mark.e2e

TRANSPARENCIA = "d8b0c7a337b76ab1"


def _ok(*args: str | Path, data: Path | None = None) -> str:
    result = run_cli(*args, data_dir=data)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _export(database: Path, out: Path, data: Path | None = None) -> Path:
    return Path(
        _ok(
            "export",
            "--db",
            database,
            "--unidad",
            "009",
            "--trimestre",
            "1",
            "--out",
            out,
            data=data,
        ).strip()
    )


def _reopen(database: Path, data: Path | None = None) -> None:
    # A received (or exported) quarter is closed; sending it again takes a reopening.
    _ok(
        "trimestre", "reabrir", "--db", database, "--unidad", "009", "--trimestre", "1",
        "--motivo", "corrección de cifras", data=data,
    )  # fmt: skip


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    _ok("import-etca", seed_path, "--db", database)
    return database


def test_after_restoring_a_backup_the_next_package_is_accepted(
    coordinator: Path, tmp_path: Path
) -> None:
    data = tmp_path / "datos_unidad"
    unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    _ok("import-package", "--db", coordinator, first)
    _reopen(unit, data)
    _ok("copia", "--db", unit, "--motivo", "antes del segundo envío", data=data)
    type_first_quarter(unit, {TRANSPARENCIA: ((99, 100), "SE CUMPLIÓ CON EL 99 %.")}, "U")
    _reopen(coordinator)
    _ok("import-package", "--db", coordinator, _export(unit, tmp_path / "dos", data))

    _ok("restaurar", "1", "--si", "--db", unit, data=data)
    _reopen(coordinator)
    third = _export(unit, tmp_path / "tres", data)
    received = run_cli("import-package", "--db", coordinator, third)

    assert received.returncode == 0, received.stderr
    assert "envío número 3" in received.stdout


def test_a_reinstalled_pc_starts_after_the_last_package_the_coordinator_received(
    coordinator: Path, tmp_path: Path
) -> None:
    _unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    _ok("import-package", "--db", coordinator, first)
    _reopen(coordinator)

    new_pc = tmp_path / "computadora_nueva" / "unidad_009.sqlite3"
    base = Path(
        _ok(
            "export-base", "--db", coordinator, "--unidad", "009", "--out", tmp_path / "base2"
        ).strip()
    )
    _ok("import-package", "--db", new_pc, base)
    type_first_quarter(new_pc, TYPED_009, "Unidad 009")
    package = _export(new_pc, tmp_path / "desde_la_nueva")
    received = run_cli("import-package", "--db", coordinator, package)

    assert received.returncode == 0, received.stderr
    assert "envío número 2" in received.stdout


@pytest.mark.parametrize("mark", [999_999_999_999, 5_000_000])
def test_a_damaged_numbering_file_stops_the_export_before_anything_is_sent(
    coordinator: Path, tmp_path: Path, mark: int
) -> None:
    # Taken as it was, the next package got a number the coordinating unit refuses, and so
    # every later one: the unit could never deliver again, and the export closed its quarter.
    data = tmp_path / "datos_unidad"
    unit, _first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    _reopen(unit, data)
    marks = Path(f"{unit}.secuencias.json")
    marks.write_text(json.dumps({"30/009": mark}), encoding="utf-8")
    out = tmp_path / "segundo"

    result = run_cli(
        "export", "--db", unit, "--unidad", "009", "--trimestre", "1", "--out", out, data_dir=data
    )

    assert result.returncode != 0
    assert "unidad_009.sqlite3.secuencias.json" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or not list(out.iterdir())
    closed = run_cli("dump", "--db", unit, data_dir=data)
    assert '"cerrado": false' in closed.stdout or '"cerrado":false' in closed.stdout
