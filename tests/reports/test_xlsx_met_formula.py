"""The MET formulas of percentage metas: truncated as the form prints them, and live where typed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.report_layout import meta_entry
from ism_desktop.reports.xlsx_report import write_report_xlsx
from tests.builders import meta, row
from tests.reports.conftest import PRINTED_AT

# Cumulative: 2/3 and 7/9 in the first two quarters, annual 10/18 (55.555… %). Its MET as the
# program stores and prints it, cut to hundredths (written by hand).
CUMULATIVE = meta(
    row([2, 7, 1, 0]),
    row([3, 9, 3, 3]),
    met=row(["66.66", "77.77", "33.33", 0], original_annual="55.55", modified_annual="55.55"),
    description="ACUMULADA",
    cumulative=True,
)
# VAL. ACUM. NO: the annual pair is typed, 7 of 9 (77.777… %).
NOT_CUMULATIVE = meta(
    row([2, 7, 0, 0], original_annual=7, modified_annual=7),
    row([3, 9, 0, 0], original_annual=9, modified_annual=9),
    description="NO ACUMULADA",
    cumulative=False,
)


def _met_row(sheet: Worksheet, description: str) -> int:
    for (cell,) in sheet.iter_rows(min_col=1, max_col=1):
        if cell.value == description:
            assert sheet[f"E{cell.row}"].value == "MET"
            return int(cell.row)
    raise AssertionError(description)


def _truncated(column: str, met: int) -> str:
    num, den = met + 1, met + 2
    return f"=IF({column}{den}=0,0,TRUNC(ROUND({column}{num}*100/{column}{den},10),2))"


def _guarded(column: str, met: int) -> str:
    # An achieved quarter's MET waits for both its figures, as the form does.
    num, den = met + 1, met + 2
    return (
        f'=IF(OR({column}{num}="",{column}{den}=""),"",'
        f"IF({column}{den}=0,0,TRUNC(ROUND({column}{num}*100/{column}{den},10),2)))"
    )


def _report(tmp_path: Path, quarter: Quarter, *metas: object) -> Path:
    path = tmp_path / "informe.xlsx"
    report = ProgressReport(2024, quarter, tuple(metas))  # type: ignore[arg-type]
    write_report_xlsx(report, path, printed_at=PRINTED_AT)
    return path


def test_the_met_of_a_percentage_meta_truncates_as_the_form_prints(tmp_path: Path) -> None:
    # 2 of 3 printed 66.66 % in the PDF and 66.67 % in the workbook: the MET formula rounded.
    reported = with_achieved(CUMULATIVE, Quarter.FIRST, Decimal(2), Decimal(3))
    typed = with_achieved(NOT_CUMULATIVE, Quarter.FIRST, Decimal(7), Decimal(9))
    path = _report(tmp_path, Quarter.FIRST, reported, typed)

    sheet = openpyxl.load_workbook(path)["004"]
    cached = openpyxl.load_workbook(path, data_only=True)["004"]
    first, second = _met_row(sheet, "ACUMULADA"), _met_row(sheet, "NO ACUMULADA")
    for met in (first, second):
        for column in "FGHIJKLMNO":
            assert sheet[f"{column}{met}"].value == _truncated(column, met), (met, column)
        assert sheet[f"P{met}"].value == _guarded("P", met)
    # Written by hand: 2/3, 7/9, 1/3, 0/3, annual 10/18 (twice), achieved 2/3 — cut, not rounded.
    expected = [66.66, 77.77, 33.33, 0, 55.55, 66.66, 77.77, 33.33, 0, 55.55, 66.66]
    assert [cached[f"{c}{first}"].value for c in "FGHIJKLMNOP"] == expected
    assert [cached[f"{c}{second}"].value for c in "JOP"] == [77.77, 77.77, 77.77]
    # The figure each viewer shows is the one the PDF prints.
    printed = meta_entry(reported, Quarter.FIRST).rows[0].texts
    shown = [f"{cached[f'{c}{first}'].value:.2f}%" for c in "FGHIJKLMNOP"]
    assert [text for text in printed[:11] if text != "0.00%"] == [
        text for text in shown if text != "0.00%"
    ]


def test_the_met_of_the_quarter_being_filled_waits_for_its_figures(tmp_path: Path) -> None:
    # The unit's workbook of the second quarter left that quarter's MET empty and without a
    # formula: the unit typed NUM and DEN, the % followed and the MET stayed blank.
    reported = with_achieved(CUMULATIVE, Quarter.FIRST, Decimal(2), Decimal(3))
    path = _report(tmp_path, Quarter.SECOND, reported)

    sheet = openpyxl.load_workbook(path)["004"]
    cached = openpyxl.load_workbook(path, data_only=True)["004"]
    met = _met_row(sheet, "ACUMULADA")
    assert sheet[f"Q{met}"].value == _guarded("Q", met)
    assert cached[f"Q{met}"].value in (None, "")  # empty until both figures are typed
    assert sheet[f"P{met}"].value == _guarded("P", met)
    assert cached[f"P{met}"].value == 66.66
    # Quarters after the one reported stay empty, as the form leaves them.
    assert [sheet[f"{c}{met}"].value for c in "RS"] == [None, None]
