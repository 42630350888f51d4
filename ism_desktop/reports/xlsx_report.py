"""The ETCA-III-04 report as an Excel workbook: a summary sheet and one sheet per unit.

Figures are typed numbers; the % DE AVANCE and the annual totals of cumulative metas are live
formulas, so that a reviewer who corrects a figure sees the percentage follow. The % formula
reproduces the official rule (against the ORIGINAL programme, truncated to hundredths): the
quotient is first rounded to ten decimals so that binary floating point (0.57 × 100 is
56.99999999999999) cannot make Excel's TRUNC cut a whole hundredth too low. A figure not
reported yet is an empty cell, which the formulas count as zero, as the form prints it.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import RowKind
from ism_desktop.domain.limits import without_bad_characters
from ism_desktop.domain.meta import MetaKind
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.report import ProgressReport
from ism_desktop.reports.report_layout import (
    ANNUAL_COLUMNS,
    EVALUATION_LABEL,
    FIGURE_TITLES,
    FORM_CODE,
    GOVERNMENT,
    PROGRAMME_TITLE,
    PROGRESS_TITLE,
    SERIES_TITLES,
    MetaEntry,
    ReportLayout,
    entity_line,
    layout_report,
    print_date,
    quarter_line,
    report_title,
    unit_groups,
)
from ism_desktop.reports.xlsx_styles import (
    COLUMN_WIDTHS,
    FIRST_FIGURE_COLUMN,
    LAST_COLUMN,
    PROGRESS_COLUMN_INDEX,
    ROW_HEIGHT,
    TITLE_ROWS,
    SheetStyles,
    achieved_column,
    apply_print_setup,
    figure_column,
    merge,
    original_column,
    register_styles,
)
from ism_desktop.reports.xlsx_summary import UnitSheet, write_summary

_DESCRIPTION_CHARS_PER_LINE = 44
_NARRATIVE_CHARS_PER_LINE = 230


def progress_formula(entry: MetaEntry, met_row: int, quarter: Quarter) -> str:
    """The official % de avance of the meta whose MET row is ``met_row``, as a formula."""
    original, achieved = original_column(quarter), achieved_column(quarter)
    num = met_row + 1
    if entry.meta.kind is MetaKind.ABSOLUTE:
        return f"=IF({original}{num}=0,0,TRUNC(ROUND({achieved}{num}*100/{original}{num},10),2))"
    den = met_row + 2
    # (achieved NUM / achieved DEN) against (original NUM / original DEN), as one quotient.
    return (
        f"=IF(OR({original}{num}=0,{original}{den}=0,{achieved}{den}=0),0,"
        f"TRUNC(ROUND({achieved}{num}*{original}{den}*100/"
        f"({achieved}{den}*{original}{num}),10),2))"
    )


def _annual_formula(entry: MetaEntry, kind: RowKind, row: int, position: int) -> str | None:
    if not entry.meta.cumulative:
        return None
    first = figure_column(position - 4)
    last = figure_column(position - 1)
    annual = figure_column(position)
    if kind is RowKind.MET and entry.meta.kind is MetaKind.PERCENTAGE:
        return f"=IF({annual}{row + 2}=0,0,{annual}{row + 1}*100/{annual}{row + 2})"
    if kind is RowKind.DEN and entry.meta.kind is MetaKind.ABSOLUTE:
        return None
    return f"=SUM({first}{row}:{last}{row})"


class _UnitSheetWriter:
    """Writes the metas of one unit below the title rows."""

    def __init__(self, sheet: Worksheet, layout: ReportLayout, styles: SheetStyles) -> None:
        self._sheet = sheet
        self._layout = layout
        self._styles = styles
        self._row = TITLE_ROWS + 1

    def write(self, entries: tuple[MetaEntry, ...], entity_text: str) -> int:
        """Write title rows and entries; return the last row used."""
        write_title_rows(self._sheet, self._layout, entity_text, self._styles)
        write_column_titles(self._sheet, self._styles)
        for entry in entries:
            self._write_entry(entry)
        return self._row - 1

    def _put(self, row: int, column: int, value: object, style: str) -> None:
        if isinstance(value, str):
            # Text stored by an older version may hold characters no workbook may contain.
            value = without_bad_characters(value)
        self._sheet.cell(row, column, value).style = style

    def _write_entry(self, entry: MetaEntry) -> None:
        sheet, styles = self._sheet, self._styles
        for heading in entry.headings:
            # Not merged: the text runs over the empty cells to its right, and 5,000 metas
            # worth of merged ranges would make the workbook slow to write and to open.
            self._put(self._row, 1, heading.text, styles.bold)
            self._row += 1
        top = self._row
        self._write_figures(entry, top)
        lines = math.ceil(len(entry.meta.description) / _DESCRIPTION_CHARS_PER_LINE)
        height = max(ROW_HEIGHT, lines * 10.5 / 3)
        for offset in range(3):
            sheet.row_dimensions[top + offset].height = height
        self._row = top + 3
        if entry.evaluation:
            self._put(self._row, 1, EVALUATION_LABEL, styles.bold)
            self._row += 1
            self._put(self._row, 1, entry.evaluation, styles.wrapped)
            merge(sheet, f"A{self._row}:{LAST_COLUMN}{self._row}")
            lines = sum(
                max(1, math.ceil(len(part) / _NARRATIVE_CHARS_PER_LINE))
                for part in entry.evaluation.splitlines() or [""]
            )
            sheet.row_dimensions[self._row].height = lines * 10.5 + 2
            self._row += 1

    def _write_figures(self, entry: MetaEntry, top: int) -> None:
        styles, meta = self._styles, entry.meta
        self._put(top, 1, meta.description, styles.wrapped)
        merge(self._sheet, f"A{top}:A{top + 2}")
        self._put(top, 2, meta.unit_of_measure, styles.wrapped)
        self._put(top, 3, entry.kind_text, styles.centred)
        self._put(top, 4, entry.cumulative_text, styles.centred)
        percent_met = meta.kind is MetaKind.PERCENTAGE
        for offset, printed in enumerate(entry.rows):
            row = top + offset
            self._put(row, 5, printed.kind.value, styles.text)
            if not printed.texts:
                continue
            style = styles.percent if percent_met and printed.kind is RowKind.MET else styles.figure
            for position, value in enumerate(printed.figures):
                formula = (
                    _annual_formula(entry, printed.kind, row, position)
                    if position in ANNUAL_COLUMNS
                    else None
                )
                self._put(row, FIRST_FIGURE_COLUMN + position, formula or value, style)
        formula = progress_formula(entry, top, self._layout.quarter)
        self._put(top, PROGRESS_COLUMN_INDEX, formula, styles.progress)


def write_title_rows(
    sheet: Worksheet, layout: ReportLayout, entity_text: str, styles: SheetStyles
) -> None:
    """Rows 1–4: government, report title, programme, form code, quarter and entity."""
    for row, text in ((1, GOVERNMENT), (2, report_title(layout.year)), (3, PROGRAMME_TITLE)):
        sheet.cell(row, 1, text).style = styles.title
        merge(sheet, f"A{row}:R{row}")
    for row, text in ((1, FORM_CODE), (2, quarter_line(layout.quarter))):
        sheet.cell(row, 19, text).style = styles.right_title
        merge(sheet, f"S{row}:{LAST_COLUMN}{row}")
    sheet.cell(4, 1, entity_text).style = styles.bold
    for letter, width in COLUMN_WIDTHS.items():
        sheet.column_dimensions[letter].width = width


def write_column_titles(sheet: Worksheet, styles: SheetStyles) -> None:
    """Rows 5–6: the form's column titles, in two tiers."""
    for row in (5, 6):
        sheet.row_dimensions[row].height = 22
        for column in range(1, PROGRESS_COLUMN_INDEX + 1):
            sheet.cell(row, column).style = styles.column_title
    for column, title in (
        (1, "META"),
        (2, "UNIDAD DE MEDIDA"),
        (3, "TIPO META"),
        (4, "VAL. ACUM."),
        (5, "DATOS"),
        (PROGRESS_COLUMN_INDEX, PROGRESS_TITLE),
    ):
        letter = get_column_letter(column)
        sheet.cell(5, column, title)
        merge(sheet, f"{letter}5:{letter}6")
    column = FIRST_FIGURE_COLUMN
    for title, span in SERIES_TITLES:
        sheet.cell(5, column, title)
        merge(sheet, f"{get_column_letter(column)}5:{get_column_letter(column + span - 1)}5")
        column += span
    for position, title in enumerate(FIGURE_TITLES):
        sheet.cell(6, FIRST_FIGURE_COLUMN + position, title)
    sheet.freeze_panes = f"A{TITLE_ROWS + 1}"


def _sheet_name(entity: str, unit: str, entities: int) -> str:
    return unit if entities == 1 else f"{entity}-{unit}"


def build_workbook(layout: ReportLayout) -> Workbook:
    """The workbook of a laid-out report (one sheet per unit, summary first)."""
    workbook = Workbook()
    styles = register_styles(workbook)
    summary = workbook.active
    assert summary is not None
    summary.title = "Resumen"
    footer = f"{FORM_CODE} · {print_date(layout.printed_at)}"
    sheets: list[UnitSheet] = []
    for section in layout.sections:
        for group in unit_groups(section):
            name = _sheet_name(section.entity.code, group.unit.code, len(layout.sections))
            sheet = workbook.create_sheet(name)
            last = _UnitSheetWriter(sheet, layout, styles).write(
                group.entries, entity_line(section.entity)
            )
            apply_print_setup(sheet, f"1:{TITLE_ROWS}", footer)
            sheets.append(UnitSheet(name, section.entity, group.unit, TITLE_ROWS + 1, last))
    write_summary(summary, layout, sheets, styles)
    apply_print_setup(summary, "1:6", footer)
    workbook.properties.title = layout.title
    workbook.properties.subject = layout.subject
    workbook.properties.creator = layout.author
    workbook.properties.lastModifiedBy = f"{APP_NAME} {__version__}"
    workbook.calculation.fullCalcOnLoad = True
    return workbook


def write_xlsx(layout: ReportLayout, target: Path | BinaryIO) -> None:
    """Write a laid-out report as an .xlsx file or into a binary stream."""
    build_workbook(layout).save(target)


def write_report_xlsx(
    report: ProgressReport,
    target: Path | BinaryIO,
    *,
    quarter: Quarter | None = None,
    unit: UnitCode | None = None,
    printed_at: datetime | None = None,
) -> None:
    """Lay out and write a report (one unit's, or the whole institution's) as .xlsx."""
    write_xlsx(layout_report(report, quarter, unit, printed_at), target)
