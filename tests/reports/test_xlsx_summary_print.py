"""The «Resumen» sheet reads whole on screen and on paper: no cut names, one table."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.reports.conftest import PRINTED_AT


def _summary(path: Path, report: ProgressReport, unit: UnitCode | None) -> Worksheet:
    write_report_xlsx(report, path, unit=unit, printed_at=PRINTED_AT)
    return openpyxl.load_workbook(path)["Resumen"]


@pytest.mark.parametrize("unit", [None, UnitCode("003")])
def test_the_dependency_column_shows_its_whole_name(
    tmp_path: Path, seed_report: ProgressReport, unit: UnitCode | None
) -> None:
    sheet = _summary(tmp_path / "informe.xlsx", seed_report, unit)

    assert sheet["A7"].value == "30 INSTITUTO SONORENSE DE LAS MUJERES"
    # Wide enough for the name on one line (37 characters), and wrapped if a name is longer.
    assert sheet.column_dimensions["A"].width >= 37
    assert sheet["A7"].alignment.wrap_text is True
    assert sheet["C7"].alignment.wrap_text is True


def test_the_whole_table_has_borders_and_one_vertical_alignment(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    sheet = _summary(tmp_path / "informe.xlsx", seed_report, None)
    total = next(row for row in range(7, sheet.max_row + 1) if sheet[f"C{row}"].value == "TOTAL")

    assert total == 15  # eight units, then the total
    for row in range(7, total + 1):
        for letter in "ABCDEFGH":
            cell = sheet[f"{letter}{row}"]
            assert cell.border.left.style == "thin", cell.coordinate
            assert cell.border.bottom.style == "thin", cell.coordinate
            assert cell.alignment.vertical == "top", cell.coordinate
