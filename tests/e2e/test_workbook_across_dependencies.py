"""A unit code printed under two dependencies: its workbook is refused in Spanish, not a crash.

The workbook is made for one dependency's sheet; a report of several dependencies (the state's)
can carry the same unit code under each. The package of that code goes out whole.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.generate_state_report import build
from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import ok

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
