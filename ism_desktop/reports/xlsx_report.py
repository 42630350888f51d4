"""The ETCA-III-04 report as an Excel workbook: a summary sheet and one sheet per unit.

Figures are typed numbers; the % DE AVANCE, the annual totals of cumulative metas and the MET
row of percentage metas are live formulas (``xlsx_formulas``), so that a reviewer who corrects
a figure sees the percentages follow. Written with XlsxWriter in constant-memory mode: each
sheet is written top to bottom, a row at a time, and a row is on disk as soon as the next one
starts.
"""

from __future__ import annotations

import io
import math
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from ism_desktop import APP_NAME, __version__
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import ZERO
from ism_desktop.domain.limits import without_bad_characters
from ism_desktop.domain.progress import is_reported
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
from ism_desktop.reports.xlsx_formulas import (
    annual_formula,
    met_formula,
    progress_formula,
    progress_value,
)
from ism_desktop.reports.xlsx_narrative import (
    MAX_LINES,
    narrative_height,
    narrative_lines,
    narrative_parts,
)
from ism_desktop.reports.xlsx_page_breaks import DEFAULT_ROW_POINTS, PageBreaks, print_scale
from ism_desktop.reports.xlsx_styles import (
    COLUMN_WIDTHS,
    FIRST_FIGURE_COLUMN,
    PROGRESS_COLUMN_INDEX,
    ROW_HEIGHT,
    TITLE_ROWS,
    SheetStyles,
    apply_print_setup,
    column_pixels,
    merge,
    register_styles,
    set_height,
    set_widths,
    stored_height,
)
from ism_desktop.reports.xlsx_summary import (
    SUMMARY_SHEET,
    SUMMARY_WIDTHS,
    UnitCounts,
    UnitSheet,
    write_summary,
)

_DESCRIPTION_CHARS_PER_LINE = 44
# Told after each sheet written: how many are done, of how many.
SheetCount = Callable[[int, int], None]
_COLUMN_TITLE_POINTS = 22
# The scale at which Excel prints a unit sheet's columns one page wide.
_UNIT_SHEET_SCALE = print_scale(column_pixels(width) for width in COLUMN_WIDTHS.values())
# Rows 1–4 (titles), 5–6 (column titles) and 7 (the unit's line) head every printed page.
_REPEATED_HEIGHTS = (
    *(DEFAULT_ROW_POINTS,) * 4,
    *(stored_height(_COLUMN_TITLE_POINTS),) * 2,
    DEFAULT_ROW_POINTS,
)


def put_text(sheet: Worksheet, row: int, column: int, text: str, style: Format) -> None:
    """Write a text at a one-based cell; an empty text leaves a formatted blank cell."""
    if text:
        # Text stored by an older version may hold characters no workbook may contain.
        sheet.write_string(row - 1, column - 1, without_bad_characters(text), style)
    else:
        sheet.write_blank(row - 1, column - 1, None, style)


class _UnitSheetWriter:
    """Writes the metas of one unit below the title rows, row after row."""

    def __init__(self, sheet: Worksheet, layout: ReportLayout, styles: SheetStyles) -> None:
        self._sheet = sheet
        self._layout = layout
        self._styles = styles
        self._row = TITLE_ROWS + 1
        self.counts = UnitCounts()
        self._pages = PageBreaks(_UNIT_SHEET_SCALE, _REPEATED_HEIGHTS)
        self._heights: list[float] = []  # the rows of the meta being written, in points

    def write(self, entries: tuple[MetaEntry, ...], entity_text: str) -> int:
        """Write title rows and entries; return the last row used."""
        write_title_rows(self._sheet, self._layout, entity_text, self._styles)
        write_column_titles(self._sheet, self._styles)
        for entry in entries:
            first = self._row
            self._heights = []
            self._write_entry(entry)
            # A meta's group lines, figures and evaluation print on one page.
            self._pages.keep_together(first, self._heights)
        self._sheet.set_h_pagebreaks(self._pages.breaks)
        return self._row - 1

    def _write_entry(self, entry: MetaEntry) -> None:
        sheet, styles = self._sheet, self._styles
        for heading in entry.headings:
            # Not merged: the text runs over the empty cells to its right, and 5,000 metas
            # worth of merged ranges would make the workbook slow to write and to open.
            put_text(sheet, self._row, 1, heading.text, styles.bold)
            self._heights.append(DEFAULT_ROW_POINTS)
            self._row += 1
        top = self._row
        lines = math.ceil(len(entry.meta.description) / _DESCRIPTION_CHARS_PER_LINE)
        height = max(ROW_HEIGHT, lines * 10.5 / 3)
        for offset in range(3):
            self._heights.append(set_height(sheet, top + offset, height))
        self._write_figures(entry, top)
        self._row = top + 3
        if entry.evaluation:
            put_text(sheet, self._row, 1, EVALUATION_LABEL, styles.bold)
            self._heights.append(DEFAULT_ROW_POINTS)
            self._row += 1
            lines = narrative_lines(entry.evaluation)
            if lines <= MAX_LINES:
                self._write_narrative(entry.evaluation, lines)
            else:
                # Taller than Excel's tallest row: whatever did not fit was cut when printed.
                for part in narrative_parts(without_bad_characters(entry.evaluation)):
                    self._write_narrative(part, narrative_lines(part))

    def _write_narrative(self, text: str, lines: int) -> None:
        """One row of narrative text across the sheet, as tall as its estimated lines."""
        self._heights.append(set_height(self._sheet, self._row, narrative_height(lines)))
        merge(self._sheet, self._row, 1, self._row, PROGRESS_COLUMN_INDEX)
        put_text(self._sheet, self._row, 1, text, self._styles.wrapped)
        self._row += 1

    def _write_figures(self, entry: MetaEntry, top: int) -> None:
        sheet, styles, meta = self._sheet, self._styles, entry.meta
        merge(sheet, top, 1, top + 2, 1)
        put_text(sheet, top, 1, meta.description, styles.wrapped)
        put_text(sheet, top, 2, meta.unit_of_measure, styles.wrapped)
        put_text(sheet, top, 3, entry.kind_text, styles.centred)
        put_text(sheet, top, 4, entry.cumulative_text, styles.centred)
        for offset, printed in enumerate(entry.rows):
            row = top + offset
            put_text(sheet, row, 5, printed.kind.value, styles.text)
            if printed.printed:
                style = styles.percent if printed.percent else styles.figure
                for position, value in enumerate(printed.figures):
                    column = FIRST_FIGURE_COLUMN + position - 1
                    annual = (
                        met_formula(entry, row, position, self._layout.quarter)
                        if printed.percent
                        else annual_formula(entry, printed, row, position)
                        if position in ANNUAL_COLUMNS
                        else None
                    )
                    if annual is not None:
                        cached = annual[1]
                        # A MET waiting for its NUM and DEN caches "" (an empty cell's look).
                        shown = cached if isinstance(cached, str) else float(cached)
                        sheet.write_formula(row - 1, column, annual[0], style, shown)
                    elif value is None:
                        sheet.write_blank(row - 1, column, None, style)
                    else:
                        sheet.write_number(row - 1, column, float(value), style)
            if offset == 0:
                progress = progress_value(entry)
                formula = progress_formula(entry, top, self._layout.quarter)
                sheet.write_formula(
                    row - 1, PROGRESS_COLUMN_INDEX - 1, formula, styles.progress, float(progress)
                )
                self._count(entry, progress)

    def _count(self, entry: MetaEntry, progress: Decimal) -> None:
        # What the summary's COUNTIFS find on this sheet: MET rows, those with an original
        # target this quarter (> 0), of these the reported ones, and those at 100 % or more.
        met = entry.rows[0]
        original = met.figures[self._layout.quarter.index] if met.printed else None
        self.counts = self.counts.add(
            programmed=(original or ZERO) > ZERO,
            reported=is_reported(entry.meta, self._layout.quarter),
            progress=progress,
        )


def write_title_rows(
    sheet: Worksheet, layout: ReportLayout, entity_text: str, styles: SheetStyles
) -> None:
    """Rows 1–4: government, report title, programme, form code, quarter and entity."""
    rights = {1: FORM_CODE, 2: quarter_line(layout.quarter)}
    for row, text in ((1, GOVERNMENT), (2, report_title(layout.year)), (3, PROGRAMME_TITLE)):
        merge(sheet, row, 1, row, 18)
        put_text(sheet, row, 1, text, styles.title)
        if row in rights:
            merge(sheet, row, 19, row, PROGRESS_COLUMN_INDEX)
            put_text(sheet, row, 19, rights[row], styles.right_title)
    put_text(sheet, 4, 1, entity_text, styles.bold)
    set_widths(sheet, COLUMN_WIDTHS)


def write_column_titles(sheet: Worksheet, styles: SheetStyles) -> None:
    """Rows 5–6: the form's column titles, in two tiers."""
    titles = {
        1: "META",
        2: "UNIDAD DE MEDIDA",
        3: "TIPO META",
        4: "VAL. ACUM.",
        5: "DATOS",
        PROGRESS_COLUMN_INDEX: PROGRESS_TITLE,
    }
    for column in titles:
        merge(sheet, 5, column, 6, column)
    column = FIRST_FIGURE_COLUMN
    for title, span in SERIES_TITLES:
        titles[column] = title
        merge(sheet, 5, column, 5, column + span - 1)
        column += span
    lower = {FIRST_FIGURE_COLUMN + position: title for position, title in enumerate(FIGURE_TITLES)}
    for row, texts in ((5, titles), (6, lower)):
        set_height(sheet, row, _COLUMN_TITLE_POINTS)
        for column in range(1, PROGRESS_COLUMN_INDEX + 1):
            put_text(sheet, row, column, texts.get(column, ""), styles.column_title)
    sheet.freeze_panes(TITLE_ROWS, 0)


def _untold(_number: int, _count: int) -> None:
    """No one asked how far the workbook is."""


def _sheet_name(entity: str, unit: str, entities: int, taken: set[str]) -> str:
    name = unit if entities == 1 else f"{entity}-{unit}"
    # A unit split in two by the report's order still gets two sheets, as it always did.
    unique, number = name, 0
    while unique.lower() in taken:
        number += 1
        unique = f"{name}{number}"
    taken.add(unique.lower())
    return unique


def build_workbook(layout: ReportLayout, on_sheet: SheetCount | None = None) -> bytes:
    """The workbook of a laid-out report (one sheet per unit, summary first), as bytes.

    ``on_sheet(number, count)`` is called after each sheet is written, the summary last; what
    it raises stops the writing there, nothing left behind.
    """
    target = io.BytesIO()
    # Each sheet's rows wait in a file of ``scratch`` until the workbook is put together.
    with tempfile.TemporaryDirectory(prefix="ism_libro_") as scratch:
        # The workbook recalculates every formula when opened (XlsxWriter's default).
        workbook = Workbook(target, {"constant_memory": True, "tmpdir": scratch})
        try:
            _write_sheets(workbook, layout, on_sheet or _untold)
        except BaseException:
            # Stopped (the export cancelled) or failed: the sheets' files are closed unread.
            # ``close()`` first put the workbook together, seconds at state scale after
            # «Cancelar», and left the summary's file behind (no rows yet: never removed).
            for sheet in workbook.worksheets():
                sheet._opt_close()
            raise
        workbook.close()
    return target.getvalue()


def _write_sheets(workbook: Workbook, layout: ReportLayout, told: SheetCount) -> None:
    """Write each unit's sheet, then the summary (the first sheet), telling each one ``told``."""
    groups = [(section, group) for section in layout.sections for group in unit_groups(section)]
    styles = register_styles(workbook)
    summary = workbook.add_worksheet(SUMMARY_SHEET)
    footer = f"{FORM_CODE} · {print_date(layout.printed_at)}"
    mark = layout.incomplete_mark
    sheets: list[UnitSheet] = []
    taken = {SUMMARY_SHEET.lower()}
    for number, (section, group) in enumerate(groups, start=1):
        name = _sheet_name(section.entity.code, group.unit.code, len(layout.sections), taken)
        sheet = workbook.add_worksheet(name)
        writer = _UnitSheetWriter(sheet, layout, styles)
        last = writer.write(group.entries, entity_line(section.entity))
        # The unit's line (the first row under the titles) repeats too: a printed page
        # has no sheet tab to say whose metas it holds.
        apply_print_setup(sheet, COLUMN_WIDTHS, TITLE_ROWS + 1, footer, mark)
        sheets.append(
            UnitSheet(name, section.entity, group.unit, TITLE_ROWS + 1, last, writer.counts)
        )
        told(number, len(groups) + 1)
    # The summary is the first sheet but is written last: it counts over the unit sheets.
    write_summary(summary, layout, sheets, styles)
    apply_print_setup(summary, SUMMARY_WIDTHS, 6, footer, mark)
    told(len(groups) + 1, len(groups) + 1)
    workbook.set_properties(
        {
            "title": layout.title,
            "subject": layout.subject,
            "author": layout.author,
            "comments": f"{APP_NAME} {__version__}",
            # The print date, not the clock: the same report gives the same file.
            "created": layout.printed_at.astimezone(UTC).replace(tzinfo=None),
        }
    )


def write_xlsx(
    layout: ReportLayout, target: Path | BinaryIO, on_sheet: SheetCount | None = None
) -> None:
    """Write a laid-out report as an .xlsx file or into a binary stream (``build_workbook``)."""
    # Built in memory first: a failure half-way writes nothing to the target.
    data = build_workbook(layout, on_sheet)
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)


def write_report_xlsx(
    report: ProgressReport,
    target: Path | BinaryIO,
    *,
    quarter: Quarter | None = None,
    unit: UnitCode | None = None,
    printed_at: datetime | None = None,
    entity: str | None = None,
) -> None:
    """Lay out and write a report (one unit's, or the whole institution's) as .xlsx.

    ``entity``: the dependency of ``unit``, where several hold its code.
    """
    write_xlsx(layout_report(report, quarter, unit, printed_at, entity), target)
