"""``paimef import-programa`` of a filled workbook with problems: all said at once, none stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.exchange.paimef.xlsx_template import FIRST_ROW
from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import programme_imported
from tests.exchange.paimef.template_edits import bad_amounts, edited_template

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("rows", [3, 120])
def test_every_problem_of_the_workbook_is_printed_and_nothing_changes(
    tmp_path: Path, rows: int
) -> None:
    # Three problems took three imports: «Error: no se importó nada. … celda E2…», then H6, …
    db = programme_imported(tmp_path, data_dir=tmp_path)
    before = run_cli("paimef", "export-programa", tmp_path / "antes.json", "--db", db)
    assert before.returncode == 0
    path = edited_template(tmp_path / "malo.xlsx", bad_amounts(rows))

    result = run_cli("paimef", "import-programa", path, "--db", db, data_dir=tmp_path)

    assert result.returncode == 2
    first, *listed = result.stderr.splitlines()
    assert first == f"Error: no se importó nada. malo.xlsx tiene {rows} problemas."
    shown = min(rows, 100)  # as the reader lists them; the rest counted on the last line
    assert len(listed) == shown + (rows > shown)
    for offset, line in enumerate(listed[:shown]):
        assert line.startswith(
            f"malo.xlsx, hoja «Programa Anual», celda G{FIRST_ROW + 4 + offset}:"
        )
    assert listed[shown:] == ([f"… y {rows - shown} más."] if rows > shown else [])
    after = run_cli("paimef", "export-programa", tmp_path / "despues.json", "--db", db)
    assert after.returncode == 0
    assert (tmp_path / "antes.json").read_text() == (tmp_path / "despues.json").read_text()
