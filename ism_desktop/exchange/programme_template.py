"""The programme template: a workbook with one sheet per unit, written for staff to fill in Excel.

Headers and identity columns are protected; the original targets of each meta, its attributes
and empty rows for new metas are open, with lists for unit of measure, type and SI/NO. Reading
it back names every problem by sheet and cell; nothing is returned unless all of it is right.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.report import Catalogue
from ism_desktop.platform import write_atomically
from ism_desktop.reports.xlsx_page_setup import fit_row_height, print_one_page_wide

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADERS = (
    "ID",
    "Programa",
    "Proceso",
    "Descripción de la meta",
    "Unidad de medida",
    "Tipo",
    "VAL. ACUM.",
    "Fila",
    "Original T1",
    "Original T2",
    "Original T3",
    "Original T4",
    "Original anual",
)
HEADER_ROW = 4
FIRST_ROW = 5
NEW_ROWS = 20
YEAR_CELL = "B2"
LISTS_SHEET = "listas"
COL_ID, COL_PROGRAMME, COL_ACTIVITY, COL_DESCRIPTION, COL_UOM = 1, 2, 3, 4, 5
COL_KIND, COL_CUMULATIVE, COL_ROW, COL_Q1, COL_ANNUAL = 6, 7, 8, 9, 13
# The fill of the cells staff write in (the colour of the quarter being reported on screen).
_OPEN_COLOUR = "FFFFF2CC"
# How far past the last title a shifted one is looked for (a few columns inserted).
_COLUMNS_BEYOND = 5
# Narrow enough to print one page wide at a readable size; long texts wrap (the headers too).
_WIDTHS = (17, 9, 8, 44, 14, 5, 7, 5, 8, 8, 8, 8, 9)
# The texts typed here wrap in their column: a description cut by the next column is unread.
_WRAPPED = range(COL_PROGRAMME, COL_KIND)
# The rows repeated on every printed page: the unit's title, the year and the headers.
_TITLE_ROWS = HEADER_ROW


@dataclass(frozen=True)
class TemplateSheet:
    """One unit's sheet: its code, name and metas in report order."""

    unit: UnitCode
    name: str
    metas: Sequence[Meta]


def sheets_of(metas: Sequence[Meta], catalogue: Catalogue) -> list[TemplateSheet]:
    """The metas grouped by unit, in report order."""
    groups: dict[tuple[str, UnitCode], list[Meta]] = {}
    for meta in metas:
        groups.setdefault((meta.key.entity, meta.key.unit), []).append(meta)
    return [
        TemplateSheet(unit, catalogue.unit_name(entity, unit), items)
        for (entity, unit), items in groups.items()
    ]


def header_misfits(sheet: Worksheet) -> tuple[list[tuple[int, str]], bool]:
    """Each header cell not as written (its column, what to say), and whether columns moved.

    A title whose text was edited leaves its column where it was; a title found in another
    column (one inserted or deleted), or a header row mostly gone, means they moved.
    """
    said = []
    for column, title in enumerate(HEADERS, start=1):
        found = sheet.cell(HEADER_ROW, column).value
        if found != title:
            empty = found is None or not str(found).strip()
            what = " y está vacío" if empty else f", dice «{str(found)[:60]}»"
            said.append((column, f"el encabezado debe decir «{title}»{what}"))
    if not said:
        return said, False
    width = len(HEADERS) + _COLUMNS_BEYOND
    titles = [_title(sheet.cell(HEADER_ROW, column).value) for column in range(1, width + 1)]
    expected = [_title(title) for title in HEADERS]
    in_place = sum(found == title for found, title in zip(titles, expected, strict=False))
    shifted = any(
        titles[column] != title and title in titles for column, title in enumerate(expected)
    )
    return said, shifted or in_place * 2 < len(HEADERS)


def _title(value: object) -> str:
    return "" if value is None else str(value).strip().casefold()


def annual_formula(row: int) -> str:
    """The annual as Excel shows it while staff type: the one the program stores on reading.

    A tipo P meta's NUM and DEN rows take their annual from the same quarter (the domain's
    ``expected_annual``): the last where either row is programmed, so Q4 0 / 100 after three
    quarters of 90 / 100 is 0 / 100, never 90 / 100. The pair is the NUM row and the DEN row
    right below it, as the reader pairs them; VAL. ACUM. is typed on the NUM row only.
    """
    label = f"TRIM($H{row})"

    def programmed(column: str) -> str:
        partner = f'IF({label}="NUM",{column}{row + 1},IF({label}="DEN",{column}{row - 1},0))'
        return f"OR({column}{row}<>0,{partner}<>0)"

    last = f"I{row}"
    for column in "JKL":
        last = f"IF({programmed(column)},{column}{row},{last})"
    # As the reader takes VAL. ACUM.: «Sí» and « si » are SI (Excel's = ignores case only).
    num_row = f'IF({label}="DEN",$G{row - 1},$G{row})'
    accumulates = f'OR(TRIM({num_row})="SI",TRIM({num_row})="SÍ")'
    return f"=IF({accumulates},SUM(I{row}:L{row}),{last})"


def _figure(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def attribute_cells(meta: Meta) -> tuple[str, ...]:
    """Programme, process, description, unit of measure, type and VAL. ACUM., as typed."""
    key = meta.key
    return (
        key.programme.value,
        key.activity.value,
        meta.description,
        meta.unit_of_measure,
        meta.kind.value,
        "SI" if meta.cumulative else "NO",
    )


def _fit_height(sheet: Worksheet, row: int, meta: Meta) -> None:
    """Row height for the wrapped description and unit of measure."""
    fit_row_height(
        sheet,
        row,
        (
            (meta.description, _WIDTHS[COL_DESCRIPTION - 1]),
            (meta.unit_of_measure, _WIDTHS[COL_UOM - 1]),
        ),
    )


def _write_meta(sheet: Worksheet, row: int, meta: Meta) -> int:
    rows = [("MET", meta.num)] if meta.kind is MetaKind.ABSOLUTE else [("NUM", meta.num)]
    if meta.den is not None and meta.kind is MetaKind.PERCENTAGE:
        rows.append(("DEN", meta.den))
    for index, (label, figures) in enumerate(rows):
        sheet.cell(row, COL_ID, meta.stable_id)
        if index == 0:
            for column, text in enumerate(attribute_cells(meta), start=COL_PROGRAMME):
                sheet.cell(row, column, text)
            _fit_height(sheet, row, meta)
        sheet.cell(row, COL_ROW, label)
        for offset, figure in enumerate(figures.original):
            sheet.cell(row, COL_Q1 + offset, _figure(figure))
        row += 1
    return row


def _open_cells(sheet: Worksheet, first: int, last: int) -> None:
    from openpyxl.styles import Alignment, PatternFill, Protection

    fill = PatternFill("solid", fgColor=_OPEN_COLOUR)
    # Top-aligned: a row made tall by a wrapped description reads from its first line.
    top, wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    for row in range(first, last + 1):
        for column in range(COL_PROGRAMME, COL_ANNUAL):
            cell = sheet.cell(row, column)
            cell.protection = Protection(locked=False)
            cell.fill = fill
        sheet.cell(row, COL_ANNUAL, annual_formula(row))
        for column in range(COL_ID, COL_ANNUAL + 1):
            sheet.cell(row, column).alignment = wrapped if column in _WRAPPED else top


_CHOOSE = "Elija un valor de la lista"


def _validations(sheet: Worksheet, last: int, units: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    # The title is the box's caption, which Excel caps at 32 characters (a longer one makes it
    # repair the book and drop the lists); the detail goes in the message, capped at 224.
    lists = (
        ("E", f"{LISTS_SHEET}!$A$1:$A${units}", "Unidad de medida", f"{_CHOOSE}."),
        ("F", '"A,P"', "Tipo", f"{_CHOOSE}: A (absoluta) o P (porcentaje)."),
        # Excel's list tells «Sí» from SI: the warning then says it may be kept.
        ("G", '"SI,NO"', "VAL. ACUM.", f"{_CHOOSE}: SI o NO. «Sí», con acento, se lee como SI."),
        ("H", '"MET,NUM,DEN"', "Fila", f"{_CHOOSE}: MET (tipo A), NUM y DEN (tipo P)."),
    )
    for column, formula, title, message in lists:
        # A warning, not a stop: a new meta may need a unit of measure not listed yet.
        check = DataValidation(
            type="list", formula1=formula, allow_blank=True, errorStyle="warning"
        )
        check.errorTitle, check.error = title, message
        check.add(f"{column}{FIRST_ROW}:{column}{last}")
        sheet.add_data_validation(check)


def write_template(year: int, sheets: Sequence[TemplateSheet], path: Path) -> None:
    """Write the template workbook for ``year`` at ``path`` (whole, or not at all)."""
    # openpyxl takes a tenth of a second to import: only when a template is written.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.worksheets[0])
    units = sorted({meta.unit_of_measure for s in sheets for meta in s.metas} | {"PORCENTAJE"})
    for item in sheets:
        sheet = book.create_sheet(item.unit.value)
        sheet["A1"] = f"Programa anual {year} — Unidad {item.unit} {item.name}"
        sheet["A1"].font = Font(bold=True, size=12)
        sheet["A2"], sheet[YEAR_CELL] = "Ejercicio", year
        sheet["D2"] = (
            "Escriba solo en las celdas amarillas. Tipo P: una fila NUM y otra DEN. No borre "
            "filas ni cambie los encabezados; el anual se calcula solo."
        )
        # Over the columns beside it, wrapped: on paper it ran past the page's edge.
        sheet.merge_cells(f"D2:{chr(64 + len(HEADERS))}2")
        sheet["D2"].alignment = Alignment(vertical="top", wrap_text=True)
        sheet.row_dimensions[2].height = 30
        for column, title in enumerate(HEADERS, start=1):
            header = sheet.cell(HEADER_ROW, column, title)
            header.font = Font(bold=True)
            header.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.row_dimensions[HEADER_ROW].height = 30
        row = FIRST_ROW
        for meta in item.metas:
            row = _write_meta(sheet, row, meta)
        last = row + NEW_ROWS - 1
        _open_cells(sheet, FIRST_ROW, last)
        _validations(sheet, last, len(units))
        for column, width in enumerate(_WIDTHS, start=1):
            sheet.column_dimensions[chr(64 + column)].width = width
        sheet.freeze_panes = f"A{FIRST_ROW}"
        print_one_page_wide(sheet, _TITLE_ROWS)
        sheet.protection.sheet = True
        sheet.protection.formatColumns = False
        # A description typed longer than its row shows: staff make the row taller.
        sheet.protection.formatRows = False
    lists = book.create_sheet(LISTS_SHEET)
    for index, name in enumerate(units, start=1):
        lists.cell(index, 1, name)
    lists.sheet_state = "hidden"
    lists.protection.sheet = True
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(path, buffer.getvalue())
