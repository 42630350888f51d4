"""``programa importar`` names a sheet's row problems beside its edited header, in one run.

A header title edited in Excel («Unidad» for «Unidad de medida») left the sheet's other
problems unsaid: the person fixed the header, imported again, and only then met J5.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.year_helpers import fill_template, ok

pytestmark = pytest.mark.e2e


def test_an_edited_title_and_a_row_problem_are_named_together(
    tmp_path: Path, seed_path: Path
) -> None:
    database = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", database)
    ok("programa", "nuevo", "--ejercicio", "2025", "--desde", "2024", "--db", database)
    template = tmp_path / "plantilla.xlsx"
    ok("programa", "plantilla", "--ejercicio", "2025", "--out", template, "--db", database)
    fill_template(template, {"MET": (10, 10, 10, 10), "NUM": (5, 5, 5, 5), "DEN": (10,) * 4})
    book = openpyxl.load_workbook(template)
    book["006"]["E4"], book["006"]["J5"] = "Unidad", "x"
    book.save(template)
    before = database.read_bytes()

    result = run_cli("programa", "importar", template, "--ejercicio", "2025", "--db", database)

    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.lstrip().startswith("Hoja ")]
    assert [line.strip() for line in lines] == [
        "Hoja 006, celda E4: el encabezado debe decir «Unidad de medida», dice «Unidad»",
        "Hoja 006, celda J5: «x» no es una cifra",
    ], result.stderr
    assert database.read_bytes() == before
