"""The programme template prints well from Excel: landscape, one page wide, titles repeated."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import write_year_template
from tests.exchange.next_year import store as store  # the fixture

UNIT_SHEETS = ["001", "002", "003", "004", "005", "006", "008", "009"]


def test_every_unit_sheet_prints_one_page_wide_with_its_titles(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)

    book = openpyxl.load_workbook(path)
    for name in UNIT_SHEETS:
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape", name
        assert sheet.page_setup.paperSize == 1, name  # carta (letter), as paper is in Mexico
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, name
        assert (sheet.page_setup.fitToWidth or 1) == 1, name
        assert sheet.page_setup.fitToHeight == 0, name
        # The unit's title, the year and the column headers on every page.
        assert sheet.print_title_rows == "$1:$4", name


def test_long_texts_wrap_in_columns_that_fit_the_page(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)

    sheet = openpyxl.load_workbook(path)["004"]
    description = sheet["D5"]
    assert description.value == "APOYO Y GESTIONES SOCIALES PARA LA IGUALDAD."
    assert description.alignment.wrap_text is True
    assert description.alignment.vertical == "top"
    # The empty rows for new metas wrap too: their text is typed there.
    last = sheet.max_row
    assert sheet[f"D{last}"].alignment.wrap_text is True
    assert sheet[f"E{last}"].alignment.wrap_text is True
    # The instructions wrap over the columns beside them instead of running off the page.
    assert sheet["D2"].alignment.wrap_text is True
    assert "D2:M2" in {str(merged) for merged in sheet.merged_cells.ranges}
    # Headers wrap in their own column rather than being cut by the next one.
    assert sheet["I4"].alignment.wrap_text is True
    widths = [sheet.column_dimensions[chr(64 + column)].width for column in range(1, 14)]
    # 200 characters printed at under two thirds of their size before; now at most 150.
    assert sum(widths) <= 150
    assert sheet.column_dimensions["D"].width >= 40


def test_a_row_is_as_tall_as_its_wrapped_description(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)

    sheet = openpyxl.load_workbook(path)["001"]
    long_rows = [
        row for row in range(5, sheet.max_row + 1) if len(str(sheet[f"D{row}"].value or "")) > 100
    ]
    assert long_rows
    # Neither Excel nor LibreOffice grows a row on opening: a wrapped text needs its height
    # (15 points a line) or its lines print over the next row's.
    for row in long_rows:
        assert (sheet.row_dimensions[row].height or 15) >= 45, row
