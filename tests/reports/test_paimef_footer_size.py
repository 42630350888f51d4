"""The PAIMEF workbook's footer prints at about 7 points, as the ETCA workbook's does.

Each sheet prints fitted to one page wide, and its footer shrinks with it: a 7-point footer
printed at 6.5 to 6.9 points. Written as large as the sheet is shrunk, it prints near 7.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.reports.paimef.informe_xlsx import informe_xlsx
from tests.reports.test_paimef_informe import _informe

# Per sheet: its columns' pixels, the scale it prints at, the footer's size written.
# Landscape letter less two 0.3" margins: 748.8 points across. «Avance»: 1017 pixels, 762.75
# points, fits at 98.2 %, 96 % with the program's 2 % slack; 7 / 0.96 = 7.3, so 7 points.
# «Indicadores» 1052 pixels: 94.9 %, 93 %; 7.5, so 8. «Plazos» 996: 100.2 %, 98 %; 7.1, so 7.
# «Revisión» 1042: 95.8 %, 93 %; 7.5, so 8.
_EXPECTED = {
    "Avance": (1017, 96, 7),
    "Indicadores": (1052, 93, 8),
    "Plazos": (996, 98, 7),
    "Revisión": (1042, 93, 8),
}


def _pixels(sheet: Worksheet) -> int:
    """The sheet's columns' width in pixels, as Excel draws them with Calibri 11."""
    # Columns of the same width are read back as one, from ``min`` to ``max``.
    return sum(
        int((256 * column.width + 18) / 256 * 7) * (column.max - column.min + 1)
        for column in sheet.column_dimensions.values()
    )


def test_the_footer_is_written_as_large_as_its_sheet_is_shrunk_in_print() -> None:
    book = load_workbook(BytesIO(informe_xlsx(_informe(date(2026, 4, 1)))))

    assert book.sheetnames == list(_EXPECTED)  # a sheet left out would go unchecked below
    for sheet in book.worksheets:
        pixels, scale, size = _EXPECTED[sheet.title]
        assert _pixels(sheet) == pixels, sheet.title
        footer = sheet.oddFooter
        assert (footer.center.size, footer.right.size) == (size, size), sheet.title
        assert abs(size * scale / 100 - 7) < 0.5, sheet.title
