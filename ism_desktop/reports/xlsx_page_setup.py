"""Print setup of an openpyxl sheet staff print from Excel: as the ETCA workbook prints."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only named: the template writers import openpyxl when they write, not on start.
    from openpyxl.worksheet.worksheet import Worksheet


def print_one_page_wide(sheet: Worksheet, title_rows: int) -> None:
    """Landscape letter, one page wide (as many long as needed), the first rows on every page.

    Letter (carta) is the paper used in Mexico. ``title_rows`` is how many rows from the top
    repeat on each printed page (0: none); the footer numbers the pages.
    """
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_LETTER
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if title_rows:
        sheet.print_title_rows = f"1:{title_rows}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.3
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.right.text = "Página &P de &N"
    sheet.oddFooter.right.size = 7


# Points per line of Calibri 11, the default font of a workbook openpyxl writes.
LINE_POINTS = 15
# Excel's tallest row: a taller one is cut, or the file offered for repair.
MAX_ROW_POINTS = 409
# About one capital letter per unit of a column's width in Calibri 11: an estimate.
_CHARACTERS_PER_WIDTH = 1.0


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped in a column ``width`` wide, estimated (at least one)."""
    capacity = max(1, int(width * _CHARACTERS_PER_WIDTH))
    return sum(max(1, len(textwrap.wrap(part, capacity))) for part in text.splitlines() or [""])


def fit_row_height(sheet: Worksheet, row: int, texts: Iterable[tuple[str, float]]) -> None:
    """Make ``row`` tall enough for its wrapped texts, each given with its column's width.

    Neither Excel nor LibreOffice grows a row when opening a file: without a height, a wrapped
    text's lines print over the next row's.
    """
    lines = max((wrapped_lines(text, width) for text, width in texts), default=1)
    if lines > 1:
        sheet.row_dimensions[row].height = min(lines * LINE_POINTS, MAX_ROW_POINTS)
