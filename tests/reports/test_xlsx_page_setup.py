"""The page setup shared by the workbooks written with openpyxl (template, PAIMEF programme)."""

from __future__ import annotations

from openpyxl import Workbook

from ism_desktop.reports.xlsx_page_setup import fit_row_height


def test_a_row_is_never_made_taller_than_excel_allows() -> None:
    sheet = Workbook().active
    assert sheet is not None
    # The longest description admitted (2,000 characters) in a 44-wide column.
    fit_row_height(sheet, 5, [("PALABRA " * 250, 44.0)])

    # Excel's tallest row is 409 points; taller, it cuts the row or calls the file damaged.
    assert sheet.row_dimensions[5].height == 409


def test_a_short_text_keeps_the_default_height() -> None:
    sheet = Workbook().active
    assert sheet is not None

    fit_row_height(sheet, 2, [("CONVENIO", 44.0)])

    assert sheet.row_dimensions[2].height is None
