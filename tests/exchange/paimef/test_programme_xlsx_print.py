"""The Programa Anual workbook prints well from Excel, and «Fechas» speaks Spanish."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook

from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from tests.paimef_builders import programme

SHEETS_AND_TITLE_ROWS = [
    ("Programa Anual", "$1:$5"),
    ("Metas", "$1:$1"),
    ("Fechas", "$1:$1"),
    ("Líneas de acción", "$1:$1"),
]


@pytest.mark.parametrize(("name", "titles"), SHEETS_AND_TITLE_ROWS)
def test_each_sheet_prints_one_page_wide_with_its_headers(name: str, titles: str) -> None:
    sheet = load_workbook(BytesIO(programme_to_xlsx(programme())))[name]

    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 1  # carta (letter)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (sheet.page_setup.fitToWidth or 1) == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == titles


def test_long_texts_wrap() -> None:
    book = load_workbook(BytesIO(programme_to_xlsx(programme())))

    lines = book["Líneas de acción"]
    assert lines["C2"].alignment.wrap_text is True
    assert lines["A1"].font.b is True
    actions = book["Programa Anual"]
    for letter in "DEI":
        assert actions[f"{letter}6"].alignment.wrap_text is True, letter
    assert book["Metas"]["B2"].alignment.wrap_text is True


def test_the_dates_show_their_spanish_names_and_hide_the_keys() -> None:
    original = programme().with_date("sesion_mesa_analisis", date(2026, 2, 20))
    data = programme_to_xlsx(original)
    sheet = load_workbook(BytesIO(data))["Fechas"]

    assert (sheet["A1"].value, sheet["C1"].value) == ("Fecha", "Día (DD/MM/AAAA)")
    assert sheet["A2"].value == "Sesión de la Mesa de Análisis"
    # The key stays for reading the workbook back, out of sight and off the paper.
    assert sheet["B2"].value == "sesion_mesa_analisis"
    assert sheet.column_dimensions["B"].hidden is True
    assert programme_from_xlsx(data) == original


def test_the_header_row_is_tall_enough_for_its_wrapped_headings() -> None:
    sheet = load_workbook(BytesIO(programme_to_xlsx(programme())))["Programa Anual"]

    # «Transversal (SÍ/NO, numeral 3.5.1)» in a column 14 wide: three lines of 15 points.
    assert sheet["F5"].value == "Transversal (SÍ/NO, numeral 3.5.1)"
    assert sheet.row_dimensions[5].height == 45
