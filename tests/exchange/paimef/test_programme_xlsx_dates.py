"""The template's «Fechas» sheet holds days as the window shows them, DD/MM/AAAA."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import pytest
from openpyxl import load_workbook

from ism_desktop.exchange.paimef.xlsx_reading import programme_from_xlsx
from ism_desktop.exchange.paimef.xlsx_template import programme_to_xlsx
from tests.paimef_builders import programme

SIGNED = date(2026, 3, 13)


def _signing_row(data: bytes) -> int:
    sheet = load_workbook(BytesIO(data))["Fechas"]
    return next(
        row for row in range(2, sheet.max_row + 1) if sheet[f"B{row}"].value == "firma_instrumento"
    )


def test_the_days_are_dates_shown_day_first() -> None:
    original = programme().with_date("firma_instrumento", SIGNED)
    data = programme_to_xlsx(original)
    sheet = load_workbook(BytesIO(data))["Fechas"]
    cell = sheet[f"C{_signing_row(data)}"]

    assert sheet["C1"].value == "Día (DD/MM/AAAA)"
    assert cell.is_date
    assert cell.value == datetime(2026, 3, 13)
    assert cell.number_format == "DD/MM/YYYY"
    assert programme_from_xlsx(data) == original


@pytest.mark.parametrize("typed", ["2026-03-13", "13/03/2026"])
def test_a_template_with_its_days_as_text_still_imports(typed: str) -> None:
    # Older versions wrote «2026-03-13» as text; a user may type «13/03/2026».
    original = programme().with_date("firma_instrumento", SIGNED)
    data = programme_to_xlsx(original)
    book = load_workbook(BytesIO(data))
    cell = book["Fechas"][f"C{_signing_row(data)}"]
    cell.value, cell.number_format = typed, "@"
    stream = BytesIO()
    book.save(stream)

    assert programme_from_xlsx(stream.getvalue()) == original
