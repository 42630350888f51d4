"""The PAIMEF informe as xlsx: one sheet per part, the 8.1 legend in each sheet and its footer."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.paimef.informe import PaimefInforme
from ism_desktop.reports.paimef.informe_tables import (
    ACTION_HEADINGS,
    DEADLINE_HEADINGS,
    FINDING_HEADINGS,
    INDICATOR_HEADINGS,
    Amount,
    Row,
    action_sections,
    deadline_rows,
    finding_rows,
    indicator_rows,
    total_row,
)
from ism_desktop.reports.xlsx_text import keep_as_text

LEGEND_CELL = "A2"
_MONEY = '"$"#,##0.00'
_PERCENT = '0.00" %"'
_PLAIN = "0.00"
_BOLD = Font(bold=True)
_FILL = PatternFill("solid", fgColor="D9D9D9")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _sheet(
    book: Workbook, title: str, informe: PaimefInforme, widths: tuple[int, ...]
) -> Worksheet:
    sheet = book.create_sheet(title)
    sheet["A1"] = f"{informe.title} — {title}"
    sheet["A1"].font = Font(bold=True, size=12)
    sheet[LEGEND_CELL] = informe.legend
    sheet[LEGEND_CELL].font = Font(italic=True, size=8)
    sheet["A3"] = f"{informe.programme.institution}. Fecha de corte: {informe.as_of:%d/%m/%Y}."
    keep_as_text(sheet["A3"])  # the instancia's name, as typed
    sheet.oddFooter.center.text = informe.legend
    sheet.oddFooter.center.size = 7
    sheet.oddFooter.right.text = "Página &P de &N"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    return sheet


def _put(sheet: Worksheet, headings: tuple[str, ...] | None, rows: list[Row]) -> None:
    if headings is not None:
        sheet.append(list(headings))
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = _BOLD, _FILL
    for row in rows:
        sheet.append([cell.value if isinstance(cell, Amount) else cell for cell in row.cells])
        for cell, source in zip(sheet[sheet.max_row], row.cells, strict=False):
            keep_as_text(cell)
            cell.alignment = _WRAP
            if isinstance(source, Amount):
                cell.number_format = (
                    _PLAIN if source.plain else _PERCENT if source.percent else _MONEY
                )
            if row.total:
                cell.font = _BOLD


def informe_xlsx(informe: PaimefInforme) -> bytes:
    """The informe as xlsx bytes."""
    book = Workbook()
    default = book.active
    assert default is not None
    book.remove(default)
    progress = _sheet(book, "Avance", informe, (8, 50, 40, 16, 16, 11))
    for heading, rows in action_sections(informe):
        progress.append([])
        progress.append([heading])
        progress[progress.max_row][0].font = _BOLD
        _put(progress, ACTION_HEADINGS, rows)
    progress.append([])
    _put(progress, None, [total_row(informe)])
    _put(
        _sheet(book, "Indicadores", informe, (6, 60, 24, 12, 18, 26)),
        INDICATOR_HEADINGS,
        indicator_rows(informe),
    )
    _put(
        _sheet(book, "Plazos", informe, (12, 10, 70, 12, 12, 22)),
        DEADLINE_HEADINGS,
        deadline_rows(informe),
    )
    _put(
        _sheet(book, "Revisión", informe, (10, 18, 8, 110)), FINDING_HEADINGS, finding_rows(informe)
    )
    stream = BytesIO()
    book.save(stream)
    return stream.getvalue()
