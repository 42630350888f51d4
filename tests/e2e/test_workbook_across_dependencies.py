"""A unit code printed under two dependencies: its workbook is refused in Spanish, not a crash.

The workbook is made for one dependency's sheet; a report of several dependencies (the state's)
can carry the same unit code under each. ``--dependencia`` says whose: the command could write
neither dependency's workbook of that code.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from bench.generate_state_report import build
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok
from tests.two_dependencies import AWAITED, state_database

pytestmark = pytest.mark.e2e


def test_a_unit_code_under_two_dependencies_gets_a_clear_refusal(tmp_path: Path) -> None:
    text, expected = build(metas=80, dependencies=2, seed=7)
    report = tmp_path / "estatal.txt"
    report.write_text(text, encoding="utf-8")
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", report, "--db", database)
    pairs = {(str(meta["dependency"]), str(meta["unit"])) for meta in expected}
    shared = sorted(unit for unit, n in Counter(unit for _, unit in pairs).items() if n > 1)
    assert shared, "the generated report must repeat a unit code across its dependencies"

    result = run_cli(
        "libro", "--unidad", shared[0], "--trimestre", "1", "--out", tmp_path, "--db", database
    )

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"la unidad {shared[0]} tiene metas en 2 dependencias del informe" in result.stderr
    assert list(tmp_path.glob("*.xlsx")) == []


def test_the_dependency_named_gets_its_workbook(tmp_path: Path) -> None:
    database = state_database(tmp_path)
    out = tmp_path / "libros"

    said = ok(
        "libro",
        "--unidad",
        "003",
        "--dependencia",
        AWAITED,
        "--trimestre",
        "1",
        "--out",
        out,
        "--db",
        database,
    )

    path = Path(said.strip())
    assert path.name == f"ETCA-III-04_2024_T1_libro_dependencia_{AWAITED}_unidad_003.xlsx"
    rows = openpyxl.load_workbook(path)["ismavance"].iter_rows(max_row=6, values_only=True)
    header = {row[0]: row[1] for row in rows}
    assert (header["dependencia"], header["unidad"]) == (AWAITED, "003")
