"""Where things go on a unit sheet, and the styles, number formats and print setup."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.quarter import Quarter

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


def figure_column(position: int) -> str:
    """Column letter of one of the 14 figures (0 = ORIGINAL PRIMERO … 13 = REALIZADO CUARTO)."""
    return str(get_column_letter(FIRST_FIGURE_COLUMN + position))


def original_column(quarter: Quarter) -> str:
    """Column of the ORIGINAL programme of a quarter."""
    return figure_column(quarter.index)


def achieved_column(quarter: Quarter) -> str:
    """Column of the achieved figure of a quarter."""
    return str(get_column_letter(ACHIEVED_COLUMN + quarter.index))


def _thin() -> Border:
    side = Side(style="thin", color="808080")
    return Border(left=side, right=side, top=side, bottom=side)


@dataclass(frozen=True)
class SheetStyles:
    """Names of the workbook's cell styles; assigning a named style is cheap for 5,000 metas."""

    text: str = "ISM texto"
    wrapped: str = "ISM texto ajustado"
    centred: str = "ISM centrado"
    bold: str = "ISM negrita"
    title: str = "ISM título"
    right_title: str = "ISM título derecha"
    column_title: str = "ISM título de columna"
    figure: str = "ISM cifra"
    percent: str = "ISM porcentaje"
    progress: str = "ISM avance"
    count: str = "ISM conteo"
    count_total: str = "ISM conteo total"


def register_styles(workbook: Workbook) -> SheetStyles:
    """Add the report's named styles to a workbook."""
    names = SheetStyles()
    plain = Font(name="Arial", size=BASE_SIZE)
    bold = Font(name="Arial", size=BASE_SIZE, bold=True)
    top_left = Alignment(wrap_text=True, vertical="top", horizontal="left")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top = Alignment(vertical="top")
    grey = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
    for style in (
        NamedStyle(names.text, font=plain, alignment=top),
        NamedStyle(names.wrapped, font=plain, alignment=top_left),
        NamedStyle(
            names.centred, font=plain, alignment=Alignment(horizontal="center", vertical="top")
        ),
        NamedStyle(names.bold, font=bold),
        NamedStyle(names.title, font=Font(name="Arial", size=11, bold=True), alignment=centre),
        NamedStyle(names.right_title, font=bold, alignment=Alignment(horizontal="right")),
        NamedStyle(names.column_title, font=bold, alignment=centre, fill=grey, border=_thin()),
        NamedStyle(names.figure, font=plain, number_format=FIGURE_FORMAT, alignment=top),
        NamedStyle(names.percent, font=plain, number_format=PERCENT_FORMAT, alignment=top),
        NamedStyle(names.progress, font=bold, number_format=PERCENT_FORMAT, alignment=top),
        NamedStyle(names.count, font=plain, number_format=COUNT_FORMAT, border=_thin()),
        NamedStyle(names.count_total, font=bold, number_format=COUNT_FORMAT, border=_thin()),
    ):
        workbook.add_named_style(style)
    return names


def merge(sheet: Worksheet, reference: str) -> None:
    """Merge a range of cells that holds one value in its top-left cell.

    ``Worksheet.merge_cells`` also rebuilds the borders of every covered cell; for the thousands
    of narratives of a state-scale report that took most of a minute, and our merged ranges
    take their borders from their own cells' styles.
    """
    sheet.merged_cells.add(MergedCellRange(sheet, reference))


def apply_print_setup(sheet: Worksheet, title_rows: str, footer_left: str) -> None:
    """Landscape letter, fit to one page wide, title rows repeated, «Página X de Y» footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_LETTER
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.3
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.left.text = footer_left
    sheet.oddFooter.left.size = 7
    sheet.oddFooter.right.text = "Página &P de &N"
    sheet.oddFooter.right.size = 7
