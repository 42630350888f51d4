"""The workbook's summary sheet: one line per unit, counted by formulas over the unit sheets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.annual import ANNUAL_RULE_ES
from ism_desktop.domain.codes import Entity
from ism_desktop.domain.progress import PROGRESS_RULE_ES
from ism_desktop.reports.report_layout import (
    FORM_CODE,
    GOVERNMENT,
    PROGRAMME_TITLE,
    Heading,
    ReportLayout,
    print_date,
    quarter_line,
    report_title,
)
from ism_desktop.reports.xlsx_styles import (
    DATA_COLUMN,
    PROGRESS_COLUMN,
    SheetStyles,
    merge,
    original_column,
)

SUMMARY_SHEET = "Resumen"
SUMMARY_TITLES = (
    "DEPENDENCIA",
    "CLAVE",
    "UNIDAD ADMINISTRATIVA",
    "HOJA",
    "METAS",
    "CON META ORIGINAL EN EL TRIMESTRE",
    "AVANCE DE 100 % O MÁS",
    "AVANCE MENOR AL 100 %",
)
SUMMARY_FIRST_ROW = 7
_WIDTHS = {"A": 13.0, "B": 7.0, "C": 52.0, "D": 9.0, "E": 9.0, "F": 16.0, "G": 14.0, "H": 14.0}
BLANK_NOTE = (
    "Una celda vacía en REALIZADO significa «no reportado»: el formato oficial la imprime como "
    "0.00. Los % y los totales anuales de las metas con VAL. ACUM. SI son fórmulas: si corrige "
    "una cifra, se recalculan."
)


@dataclass(frozen=True, slots=True)
class UnitSheet:
    """Where one unit's metas were written: sheet name and the rows its metas occupy."""

    name: str
    entity: Entity
    unit: Heading
    first_row: int
    last_row: int

    def column(self, letter: str) -> str:
        """An absolute reference to a column of this sheet's meta rows."""
        quoted = self.name.replace("'", "''")
        return f"'{quoted}'!${letter}${self.first_row}:${letter}${self.last_row}"


def _count_formulas(sheet: UnitSheet, layout: ReportLayout) -> tuple[str, str, str, str]:
    data = sheet.column(DATA_COLUMN)
    original = sheet.column(original_column(layout.quarter))
    progress = sheet.column(PROGRESS_COLUMN)
    programmed = f'{data},"MET",{original},">0"'
    return (
        f'=COUNTIF({data},"MET")',
        f"=COUNTIFS({programmed})",
        f'=COUNTIFS({programmed},{progress},">=100")',
        f'=COUNTIFS({programmed},{progress},"<100")',
    )


def write_summary(
    summary: Worksheet, layout: ReportLayout, sheets: Sequence[UnitSheet], styles: SheetStyles
) -> None:
    """Title rows, one line per unit sheet, a total line, and how the figures are computed."""
    for row, text in enumerate(
        (GOVERNMENT, report_title(layout.year), f"{PROGRAMME_TITLE} · {FORM_CODE}"), start=1
    ):
        summary.cell(row, 1, text).style = styles.bold
    summary.cell(4, 1, quarter_line(layout.quarter)).style = styles.bold
    summary.cell(4, 3, f"Unidad o entidad del informe: {layout.author}").style = styles.text
    summary.cell(5, 1, f"Fecha de impresión: {print_date(layout.printed_at)}").style = styles.text
    for column, title in enumerate(SUMMARY_TITLES, start=1):
        cell = summary.cell(6, column, title)
        cell.style = styles.column_title
    summary.row_dimensions[6].height = 24
    row = SUMMARY_FIRST_ROW
    for sheet in sheets:
        values: tuple[str, ...] = (
            f"{sheet.entity.code} {sheet.entity.name}".strip(),
            sheet.unit.code,
            sheet.unit.name,
            sheet.name,
            *_count_formulas(sheet, layout),
        )
        for column, value in enumerate(values, start=1):
            cell = summary.cell(row, column, value)
            cell.style = styles.count if column > 4 else styles.text
        row += 1
    last = row - 1
    summary.cell(row, 3, "TOTAL").style = styles.bold
    for column in range(5, 9):
        letter = "ABCDEFGH"[column - 1]
        cell = summary.cell(row, column, f"=SUM({letter}{SUMMARY_FIRST_ROW}:{letter}{last})")
        cell.style = styles.count_total
    notes = (PROGRESS_RULE_ES, ANNUAL_RULE_ES, BLANK_NOTE)
    for offset, note in enumerate(notes, start=2):
        cell = summary.cell(row + offset, 1, note)
        cell.style = styles.wrapped
        merge(summary, f"A{row + offset}:H{row + offset}")
        summary.row_dimensions[row + offset].height = 24
    for letter, width in _WIDTHS.items():
        summary.column_dimensions[letter].width = width
    summary.freeze_panes = f"A{SUMMARY_FIRST_ROW}"
