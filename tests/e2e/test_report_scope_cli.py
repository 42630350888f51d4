"""The report command says whose metas the file holds: a unit's database holds only its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.year_helpers import ok

pytestmark = pytest.mark.e2e


def test_a_units_report_says_it_is_the_units(tmp_path: Path, seed_path: Path) -> None:
    # In unit 004's database the line said «todo el Instituto» over unit 004's 7 metas alone.
    coordinator, unit = tmp_path / "coordinadora.sqlite3", tmp_path / "unidad.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    base = ok("export-base", "--db", coordinator, "--unidad", "004", "--out", tmp_path).strip()
    ok("import-package", "--db", unit, base)
    pdf, xlsx = tmp_path / "t2.pdf", tmp_path / "t2.xlsx"

    said = ok("report", "--db", unit, "--trimestre", "2", "--pdf", pdf, "--xlsx", xlsx)

    assert said == (
        f"PDF escrito: {pdf} (1 página, 7 metas, unidad 004).\n"
        f"Excel escrito: {xlsx} (7 metas, unidad 004).\n"
    )
