"""Where things go on a unit sheet, and the cell formats, column widths and print setup."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from ism_desktop.domain.quarter import Quarter
from ism_desktop.reports.xlsx_page_breaks import MARGIN_X_INCHES, MARGIN_Y_INCHES, print_scale

FIGURE_FORMAT = "0.00"
PERCENT_FORMAT = '0.00"%"'  # figures are already in percent units (100 means 100 %)
COUNT_FORMAT = "0"
BASE_SIZE = 8
ROW_HEIGHT = 11.5
TITLE_ROWS = 6
LAST_COLUMN = "T"
FIRST_FIGURE_COLUMN = 6  # F: PROGRAMADO ORIGINAL, PRIMERO
ACHIEVED_COLUMN = FIRST_FIGURE_COLUMN + 10  # P: REALIZADO, PRIMERO
DATA_COLUMN = "E"
PROGRESS_COLUMN = LAST_COLUMN
PROGRESS_COLUMN_INDEX = 20
COLUMN_WIDTHS = {
    "A": 38.0,
    "B": 12.0,
    "C": 5.0,
    "D": 6.0,
    "E": 6.0,
    **{letter: 9.5 for letter in "FGHIJKLMNOPQRS"},
    "T": 11.0,
}


def column_letter(column: int) -> str:
    """Letter of a one-based column number (1 = A)."""
    return str(xl_col_to_name(column - 1))


def figure_column(position: int) -> str:
    """Column letter of one of the 14 figures (0 = ORIGINAL PRIMERO … 13 = REALIZADO CUARTO)."""
    return column_letter(FIRST_FIGURE_COLUMN + position)


def original_column(quarter: Quarter) -> str:
    """Column of the ORIGINAL programme of a quarter."""
    return figure_column(quarter.index)


def achieved_column(quarter: Quarter) -> str:
    """Column of the achieved figure of a quarter."""
    return column_letter(ACHIEVED_COLUMN + quarter.index)


@dataclass(frozen=True)
class SheetStyles:
    """The workbook's cell formats, one object each, shared by every sheet."""

    text: Format
    wrapped: Format
    centred: Format
    bold: Format
    title: Format
    right_title: Format
    column_title: Format
    figure: Format
    percent: Format
    progress: Format
    count: Format
    count_total: Format
    table_text: Format
    table_total: Format


def register_styles(workbook: Workbook) -> SheetStyles:
    """Add the report's cell formats to a workbook."""
    plain: dict[str, Any] = {"font_name": "Arial", "font_size": BASE_SIZE}
    bold = {**plain, "bold": True}
    top = {"valign": "top"}
    centre = {"align": "center", "valign": "vcenter", "text_wrap": True}
    border = {"border": 1, "border_color": "#808080"}

    def add(*parts: Mapping[str, Any]) -> Format:
        properties: dict[str, Any] = {}
        for part in parts:
            properties.update(part)
        return workbook.add_format(properties)

    return SheetStyles(
        text=add(plain, top),
        wrapped=add(plain, {"text_wrap": True, "valign": "top", "align": "left"}),
        centred=add(plain, {"align": "center", "valign": "top"}),
        bold=add(bold),
        title=add(plain, {"font_size": 11, "bold": True}, centre),
        right_title=add(bold, {"align": "right"}),
        column_title=add(bold, centre, border, {"pattern": 1, "fg_color": "#D9D9D9"}),
        figure=add(plain, top, {"num_format": FIGURE_FORMAT}),
        percent=add(plain, top, {"num_format": PERCENT_FORMAT}),
        progress=add(bold, top, {"num_format": PERCENT_FORMAT}),
        # The summary's table: every cell bordered and top-aligned, its texts wrapped.
        count=add(plain, top, border, {"num_format": COUNT_FORMAT}),
        count_total=add(bold, top, border, {"num_format": COUNT_FORMAT}),
        table_text=add(plain, top, border, {"text_wrap": True}),
        table_total=add(bold, top, border),
    )


def set_widths(sheet: Worksheet, widths: Mapping[str, float]) -> None:
    """Column widths in Excel's stored units (what the file says, not what Excel's box shows).

    Excel draws a column ``trunc((256 × width + trunc(128 / 7)) / 256 × 7)`` pixels wide for
    Calibri 11; giving those pixels keeps the columns exactly as wide as they always were.
    """
    for letter, width in widths.items():
        index = ord(letter) - ord("A")
        sheet.set_column_pixels(index, index, column_pixels(width))


def column_pixels(width: float) -> int:
    """Pixels of a column ``width`` stored units wide, as ``set_widths`` sets it."""
    return int((256 * width + 18) / 256 * 7)


# The tallest row Excel keeps (546 pixels).
MAX_ROW_POINTS = 409.5


def set_height(sheet: Worksheet, row: int, points: float) -> float:
    """Height of a one-based row, rounded up to whole pixels (XlsxWriter stores pixels).

    Up, not to the nearest: a wrapped text never gets less room than the height asked for.
    Never above Excel's 409.5 points (a longer evaluation continues in the rows below it:
    ``xlsx_narrative``). Returns the height set, in points.
    """
    pixels = _height_pixels(points)
    sheet.set_row_pixels(row - 1, pixels)
    return pixels * 0.75


def stored_height(points: float) -> float:
    """The height in points that ``set_height`` gives a row asked to be ``points`` tall."""
    return _height_pixels(points) * 0.75


# The footer's size as printed, in points: smaller than the sheet's 8-point figures, readable.
_FOOTER_POINTS = 7


def footer_size(pixels: Iterable[int]) -> int:
    """The font size to write a footer in, on a sheet whose columns are ``pixels`` wide.

    LibreOffice shrinks the footer with the sheet, whatever the «scale with document» flag
    says: a 7-point footer printed at about 4 points on a unit sheet. Written as large as the
    sheet is shrunk, and shrunk with it by Excel too, it prints at about 7 points in both.
    """
    return round(_FOOTER_POINTS * 100 / print_scale(pixels))


def _height_pixels(points: float) -> int:
    return math.ceil(min(points, MAX_ROW_POINTS) * 4 / 3 - 1e-9)


def merge(sheet: Worksheet, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
    """Merge a range (one-based, inclusive) whose top-left cell is written on its own.

    No value and no format: ``merge_range`` then writes nothing into the covered cells, so the
    rows below stay open for writing in constant-memory mode, which flushes a row as soon as a
    later one is written.
    """
    sheet.merge_range(first_row - 1, first_col - 1, last_row - 1, last_col - 1, None, None)


def apply_print_setup(
    sheet: Worksheet,
    widths: Mapping[str, float],
    title_rows: int,
    footer_left: str,
    footer_centre: str | None = None,
) -> None:
    """Landscape letter, fit to one page wide, title rows repeated, «Página X de Y» footer.

    ``widths``: the sheet's columns (``set_widths``), which set the scale it prints at.
    """
    sheet.set_landscape()
    sheet.set_paper(1)  # US letter
    # One page wide, as long as needed: LibreOffice still honours the manual row breaks of a
    # unit sheet (``xlsx_page_breaks``), which a fixed number of pages tall would override.
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0, title_rows - 1)
    sheet.center_horizontally()
    # The margins the page breaks of a unit sheet are measured with.
    sheet.set_margins(
        left=MARGIN_X_INCHES, right=MARGIN_X_INCHES, top=MARGIN_Y_INCHES, bottom=MARGIN_Y_INCHES
    )
    # Header and footer inside the 0.5" margins: on the margin's edge LibreOffice gives the footer
    # no height and prints none of it.
    sheet.set_header("", {"margin": 0.2})
    size = footer_size(column_pixels(w) for w in widths.values())
    # "&&" is a literal ampersand in a footer; the space after the size keeps a text that starts
    # with a digit from being read as part of it.
    left = footer_left.replace("&", "&&")
    centre = "" if footer_centre is None else f"&C&{size}&B {footer_centre.replace('&', '&&')}&B"
    sheet.set_footer(f"&L&{size} {left}{centre}&R&{size} Página &P de &N", {"margin": 0.2})
