"""Print setup of an openpyxl sheet staff print from Excel: as the ETCA workbook prints."""

from __future__ import annotations

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
# A column's width counts digits of the sheet's font (Calibri 11, or the font that stands in for
# it): a letter's share of a digit, estimated from Calibri's and DejaVu Sans's widths and rounded
# up. Counting each letter as a whole digit (as a capital) made rows a line too tall in print.
_NARROW, _WIDE, _CAPITAL, _WIDE_CAPITAL = "fijlrt.,;:'!|()[] ", "mw", 1.25, "MW@%"


def _units(text: str) -> float:
    """How many digits wide ``text`` prints, estimated."""
    return sum(_character_units(character) for character in text)


def _character_units(character: str) -> float:
    if character in _NARROW:
        return 0.6
    if character in _WIDE:
        return 1.5
    if character in _WIDE_CAPITAL:
        return 1.75
    if character.isupper():
        return _CAPITAL
    return 0.9 if character.islower() else 1.0


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped at its spaces in a column ``width`` wide (at least one)."""
    return sum(_part_lines(part, max(1.0, width)) for part in text.splitlines() or [""])


def _part_lines(part: str, width: float) -> int:
    lines, used = 1, 0.0
    for word in part.split():
        size = _units(word)
        needed = size if used == 0 else used + _units(" ") + size
        if needed <= width:
            used = needed
            continue
        if used:
            lines += 1
        # A word wider than the column is broken where it reaches the edge.
        full, used = divmod(size, width)
        lines += int(full) - (1 if used == 0 and full else 0)
        used = used or (width if full else 0.0)
    return lines


def fit_row_height(sheet: Worksheet, row: int, texts: Iterable[tuple[str, float]]) -> None:
    """Make ``row`` tall enough for its wrapped texts, each given with its column's width.

    Neither Excel nor LibreOffice grows a row when opening a file: without a height, a wrapped
    text's lines print over the next row's.
    """
    lines = max((wrapped_lines(text, width) for text, width in texts), default=1)
    if lines > 1:
        sheet.row_dimensions[row].height = min(lines * LINE_POINTS, MAX_ROW_POINTS)
