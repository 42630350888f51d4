"""The «Resumen» counts a meta not yet reported as such, never as an avance under 100 %."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.libreoffice import to_csv
from tests.reports.conftest import PRINTED_AT

HEADINGS = (
    "METAS",
    "CON META ORIGINAL EN EL TRIMESTRE",
    "AVANCE DE 100 % O MÁS",
    "AVANCE MENOR AL 100 %",
    "SIN REPORTAR",
)


def _counts(rows: Sequence[Sequence[object]], unit: str) -> list[int]:
    row = next(row for row in rows if row[1] == unit or row[2] == unit)
    return [int(str(value)) for value in row[4:9]]


def _summary_rows(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path, data_only=True)["Resumen"]
    return list(sheet.iter_rows(min_row=6, values_only=True))


def test_the_summary_has_a_column_for_the_metas_not_reported(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    path = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, path, quarter=Quarter.SECOND, printed_at=PRINTED_AT)

    rows = _summary_rows(path)

    assert rows[0][4:9] == HEADINGS
    # Nothing of the second quarter is reported: 004 has 6 metas with an original target
    # (500, 270, 900, 800, 1600, 50), none of them «behind»; 009's only meta is a percentage.
    assert _counts(rows, "004") == [7, 6, 0, 0, 6]
    assert _counts(rows, "009") == [1, 1, 0, 0, 1]
    assert _counts(rows, "TOTAL") == [56, 45, 0, 0, 45]


def test_a_complete_quarter_has_nothing_unreported(
    tmp_path: Path, seed_report: ProgressReport
) -> None:
    path = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, path, printed_at=PRINTED_AT)

    rows = _summary_rows(path)

    # 004 in the first quarter, from the printed report: 362.22 and 106.81 reach 100 %;
    # 77.20, 84.55, 86.87 and 78.00 do not.
    assert _counts(rows, "004") == [7, 6, 2, 4, 0]
    assert _counts(rows, "TOTAL")[4] == 0


@pytest.mark.slow
def test_libreoffice_counts_the_same(tmp_path: Path, seed_report: ProgressReport) -> None:
    path = tmp_path / "informe.xlsx"
    write_report_xlsx(seed_report, path, quarter=Quarter.SECOND, printed_at=PRINTED_AT)
    # Saved again by openpyxl, which drops every stored value: LibreOffice must compute them.
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    row = next(r for r in range(7, sheet.max_row + 1) if sheet[f"A{r}"].value == "ASESORÍA LEGAL")
    # 004 reports one meta of the second quarter: 800 asesorías of 800, 100 %.
    sheet[f"Q{row}"] = 800
    sheet[f"Q{row + 1}"] = 800
    book.save(path)

    rows = [tuple(row) for row in to_csv(path, tmp_path / "csv", tmp_path / "perfil")["Resumen"]]

    assert _counts(rows, "004") == [7, 6, 1, 0, 5]
    assert _counts(rows, "009") == [1, 1, 0, 0, 1]
