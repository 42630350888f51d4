"""The workbook's summary sheet: one line per unit, counted by formulas over the unit sheets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from xlsxwriter.worksheet import Worksheet

from ism_desktop.domain.annual import ANNUAL_RULE_ES
from ism_desktop.domain.codes import Entity
from ism_desktop.domain.progress import HUNDRED, PROGRESS_RULE_ES
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
    achieved_column,
    column_letter,
    merge,
    original_column,
    set_height,
    set_widths,
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
    "SIN REPORTAR",
)
SUMMARY_FIRST_ROW = 7
# DEPENDENCIA as wide as «30 INSTITUTO SONORENSE DE LAS MUJERES»; a longer name wraps.
SUMMARY_WIDTHS = {
    "A": 38.0,
    "B": 7.0,
    "C": 52.0,
    "D": 9.0,
    "E": 9.0,
    "F": 16.0,
    "G": 14.0,
    "H": 14.0,
    "I": 12.0,
}
BLANK_NOTE = (
    "Una celda vacía en REALIZADO significa «no reportado»: el formato oficial la imprime como "
    "0.00. Los % y los totales anuales de las metas con VAL. ACUM. SI son fórmulas: si corrige "
    "una cifra, se recalculan."
)


@dataclass(frozen=True, slots=True)
class UnitCounts:
    """What the summary's formulas count on a unit sheet, counted as its metas are written."""

    metas: int = 0
    programmed: int = 0
    reported: int = 0
    reached: int = 0

    @property
    def values(self) -> tuple[int, int, int, int, int]:
        """METAS, CON META ORIGINAL, AVANCE DE 100 % O MÁS, MENOR AL 100 %, SIN REPORTAR."""
        return (
            self.metas,
            self.programmed,
            self.reached,
            self.reported - self.reached,
            self.programmed - self.reported,
        )

    def add(self, *, programmed: bool, reported: bool, progress: Decimal) -> UnitCounts:
        """The counts with one more meta (its % is counted only when it has a target and is in).

        A meta not yet reported prints 0 %, which is no avance «menor al 100 %»: it is counted
        apart, as the footer's «INFORME INCOMPLETO» does.
        """
        counted = programmed and reported
        return UnitCounts(
            self.metas + 1,
            self.programmed + programmed,
            self.reported + counted,
            self.reached + (counted and progress >= HUNDRED),
        )


@dataclass(frozen=True, slots=True)
class UnitSheet:
    """Where one unit's metas were written: sheet name, the rows its metas occupy, counts."""

    name: str
    entity: Entity
    unit: Heading
    first_row: int
    last_row: int
    counts: UnitCounts = field(default_factory=UnitCounts)

    def column(self, letter: str) -> str:
        """An absolute reference to a column of this sheet's meta rows."""
        quoted = self.name.replace("'", "''")
        return f"'{quoted}'!${letter}${self.first_row}:${letter}${self.last_row}"


def _count_formulas(sheet: UnitSheet, layout: ReportLayout) -> tuple[str, ...]:
    data = sheet.column(DATA_COLUMN)
    original = sheet.column(original_column(layout.quarter))
    achieved = sheet.column(achieved_column(layout.quarter))
    progress = sheet.column(PROGRESS_COLUMN)
    programmed = f'{data},"MET",{original},">0"'
    # Reported: the MET row's achieved cell holds a number. A numeric criterion skips both an
    # empty cell and the "" of a percentage MET still waiting for its NUM and DEN.
    reported = f'{programmed},{achieved},">=0"'
    return (
        f'=COUNTIF({data},"MET")',
        f"=COUNTIFS({programmed})",
        f'=COUNTIFS({reported},{progress},">=100")',
        f'=COUNTIFS({reported},{progress},"<100")',
        f"=COUNTIFS({programmed})-COUNTIFS({reported})",
    )


def write_summary(
    summary: Worksheet, layout: ReportLayout, sheets: Sequence[UnitSheet], styles: SheetStyles
) -> None:
    """Title rows, one line per unit sheet, a total line, and how the figures are computed."""
    for row, text in enumerate(
        (GOVERNMENT, report_title(layout.year), f"{PROGRAMME_TITLE} · {FORM_CODE}"), start=1
    ):
        summary.write_string(row - 1, 0, text, styles.bold)
    summary.write_string(3, 0, quarter_line(layout.quarter), styles.bold)
    # «3 dependencias: 01 …; 05 …» for a report of several, each named as its sheets are.
    who = (
        f"Informe de {layout.author}"
        if len(layout.sections) > 1
        else (f"Unidad o entidad del informe: {layout.author}")
    )
    summary.write_string(3, 2, who, styles.text)
    summary.write_string(4, 0, f"Fecha de impresión: {print_date(layout.printed_at)}", styles.text)
    set_height(summary, 6, 24)
    for column, title in enumerate(SUMMARY_TITLES):
        summary.write_string(5, column, title, styles.column_title)
    row = SUMMARY_FIRST_ROW
    totals = [0, 0, 0, 0, 0]
    for sheet in sheets:
        texts = (
            f"{sheet.entity.code} {sheet.entity.name}".strip(),
            sheet.unit.code,
            sheet.unit.name,
            sheet.name,
        )
        for column, text in enumerate(texts):
            if text:
                summary.write_string(row - 1, column, text, styles.table_text)
            else:
                summary.write_blank(row - 1, column, None, styles.table_text)
        formulas = _count_formulas(sheet, layout)
        for offset, (formula, value) in enumerate(zip(formulas, sheet.counts.values, strict=True)):
            summary.write_formula(row - 1, 4 + offset, formula, styles.count, value)
            totals[offset] += value
        row += 1
    last = row - 1
    for column in (0, 1, 3):
        summary.write_blank(row - 1, column, None, styles.table_text)
    summary.write_string(row - 1, 2, "TOTAL", styles.table_total)
    for offset, total in enumerate(totals):
        letter = column_letter(5 + offset)
        formula = f"=SUM({letter}{SUMMARY_FIRST_ROW}:{letter}{last})"
        summary.write_formula(row - 1, 4 + offset, formula, styles.count_total, total)
    notes = (PROGRESS_RULE_ES, ANNUAL_RULE_ES, BLANK_NOTE)
    for offset, note in enumerate(notes, start=2):
        set_height(summary, row + offset, 24)
        merge(summary, row + offset, 1, row + offset, len(SUMMARY_TITLES))
        summary.write_string(row + offset - 1, 0, note, styles.wrapped)
    set_widths(summary, SUMMARY_WIDTHS)
    summary.freeze_panes(SUMMARY_FIRST_ROW - 1, 0)
