"""The PAIMEF informe as xlsx: one sheet per part, the 8.1 legend in each sheet and its footer.

Amounts are typed numbers; every subtotal, the total and each % ejercido are live formulas, so a
person who corrects an amount in Excel sees them follow. Written with XlsxWriter, as the ETCA
workbook, so each formula is stored with the value the program computed (exact ``Decimal``
arithmetic): a viewer that does not recalculate shows the same figures as the PDF, and Excel or
LibreOffice recalculate on opening. Deadlines are date cells: they sort and filter as dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from ism_desktop.domain.limits import thousands, without_bad_characters
from ism_desktop.domain.paimef.informe import PaimefInforme
from ism_desktop.reports.paimef.informe_tables import (
    ACTION_HEADINGS,
    DEADLINE_HEADINGS,
    FINDING_HEADINGS,
    INDICATOR_HEADINGS,
    Amount,
    Day,
    Row,
    action_sections,
    deadline_rows,
    finding_rows,
    indicator_rows,
    total_row,
    transversal_line,
)
from ism_desktop.reports.xlsx_page_setup import LINE_POINTS, MAX_ROW_POINTS, wrapped_lines
from ism_desktop.reports.xlsx_styles import column_letter, footer_size

# Zero-based columns of the «Avance» sheet's amounts.
_PROGRAMMED, _EXERCISED, _PERCENT = 3, 4, 5
_TITLE_ROWS = 3
# The characters an Excel cell holds: XlsxWriter cut a longer text there without a word (an
# acción's goals, each of up to 20 000 characters, go in one cell).
_CELL_LIMIT = 32_767
_CUT_NOTE = (
    f"…\n[Texto recortado: una celda de Excel admite {thousands(_CELL_LIMIT)} caracteres; el "
    "informe en PDF lo trae completo.]"
)


def _cell_text(text: str) -> str:
    """``text`` as a cell can hold it: without characters that are not text, cut saying so."""
    text = without_bad_characters(text)
    if len(text) <= _CELL_LIMIT:
        return text
    return text[: _CELL_LIMIT - len(_CUT_NOTE)] + _CUT_NOTE


def percent_formula(row: int) -> str:
    """% ejercido of the one-based ``row``: rounded half up to hundredths, as the program does.

    The quotient is first rounded to ten decimals so that binary floating point cannot put a
    half-hundredth on the wrong side of ROUND.
    """
    programmed, exercised = column_letter(_PROGRAMMED + 1), column_letter(_EXERCISED + 1)
    return f"=IF({programmed}{row}=0,0,ROUND(ROUND({exercised}{row}*100/{programmed}{row},10),2))"


@dataclass(frozen=True, slots=True)
class _Formats:
    title: Format
    legend: Format
    heading: Format
    heading_right: Format
    line: Format
    section: Format
    text: Format
    bold: Format
    numbers: dict[tuple[str, bool, bool], Format]
    date: Format


_MONEY = '"$"#,##0.00'
_PERCENT_FORMAT = '0.00"%"'  # closed up, as the program writes «84.55%»
_PLAIN = "0.00"
_WHOLE = "0"


def _formats(book: Workbook) -> _Formats:
    top = {"valign": "top", "text_wrap": True}
    return _Formats(
        title=book.add_format({"bold": True, "font_size": 12}),
        legend=book.add_format({"italic": True, "font_size": 8}),
        heading=book.add_format({"bold": True, "bg_color": "#D9D9D9"}),
        # Over right-aligned figures, as the PDF prints «Programado», «Ejercido», «% ejercido».
        heading_right=book.add_format({"bold": True, "bg_color": "#D9D9D9", "align": "right"}),
        # A line above a table runs on over the empty cells to its right, unwrapped.
        line=book.add_format({}),
        section=book.add_format({"bold": True}),
        text=book.add_format(top),
        bold=book.add_format({"bold": True, **top}),
        # By code, bold and left-aligned: the indicators' figures stand on the left of their
        # columns, as the PDF prints them; right-aligned, «75.00%» ran into «Porcentaje».
        numbers={
            (code, bold, left): book.add_format(
                {"num_format": code, "bold": bold, **top, **({"align": "left"} if left else {})}
            )
            for code in (_MONEY, _PERCENT_FORMAT, _PLAIN, _WHOLE)
            for bold in (False, True)
            for left in (False, True)
        },
        # «dd/mm/aaaa» in a Spanish Excel: the format code itself is always written in English.
        date=book.add_format({"num_format": "dd/mm/yyyy", "align": "left", **top}),
    )


def _number_format(amount: Amount) -> str:
    if amount.whole:
        return _WHOLE
    return _PLAIN if amount.plain else _PERCENT_FORMAT if amount.percent else _MONEY


class _SheetWriter:
    """Writes one sheet top to bottom, a row at a time, keeping the next row's number."""

    def __init__(
        self,
        book: Workbook,
        formats: _Formats,
        title: str,
        informe: PaimefInforme,
        widths: tuple[int, ...],
    ) -> None:
        self.sheet: Worksheet = book.add_worksheet(title)
        self.formats = formats
        self.widths = widths
        sheet = self.sheet
        sheet.write_string(0, 0, _cell_text(f"{informe.title} — {title}"), formats.title)
        sheet.write_string(1, 0, informe.legend, formats.legend)
        # The instancia's name, as typed: written as text even if it starts with «=».
        place = f"{informe.programme.institution}. Fecha de corte: {informe.as_of:%d/%m/%Y}."
        sheet.write_string(2, 0, _cell_text(place), formats.line)
        self.row = _TITLE_ROWS  # zero-based: the next row to write
        for index, width in enumerate(widths):
            sheet.set_column(index, index, width)
        _print_setup(sheet, informe.legend, footer_size(map(_column_pixels, widths)))

    def skip(self) -> None:
        """An empty row."""
        self.row += 1

    def heading(self, text: str) -> None:
        """A bold line above a table."""
        self.sheet.write_string(self.row, 0, text, self.formats.section)
        self.row += 1

    def headings(self, headings: tuple[str, ...], numeric: int = 0) -> None:
        """A table's grey heading row; the last ``numeric`` stand over right-aligned figures."""
        first_figure = len(headings) - numeric
        for column, text in enumerate(headings):
            style = self.formats.heading_right if column >= first_figure else self.formats.heading
            self.sheet.write_string(self.row, column, text, style)
        self.row += 1

    def write(self, row: Row, formulas: dict[int, str] | None = None, left: bool = False) -> int:
        """Write ``row``; a column in ``formulas`` gets that formula with the row's value.

        ``left``: its figures aligned on the left. Returns the one-based number of the row
        written, as formulas refer to it.
        """
        formats, line = self.formats, self.row
        for column, cell in enumerate(row.cells):
            if isinstance(cell, Amount):
                style = formats.numbers[(_number_format(cell), row.total, left)]
                formula = (formulas or {}).get(column)
                if formula is None:
                    self.sheet.write_number(line, column, float(cell.value), style)
                else:
                    self.sheet.write_formula(line, column, formula, style, float(cell.value))
            elif isinstance(cell, Day):
                self.sheet.write_datetime(line, column, _midnight(cell.value), formats.date)
            elif cell:
                style = formats.bold if row.total else formats.text
                self.sheet.write_string(line, column, _cell_text(cell), style)
        self._fit_height(line, row)
        self.row += 1
        return line + 1

    def _fit_height(self, line: int, row: Row) -> None:
        # Neither Excel nor LibreOffice grows a row when opening a file: without a height, a
        # wrapped text's lines print over the next row's. Excel's tallest row is 409 points; a
        # longer text is cut on screen but whole in its cell.
        lines = max(
            (
                wrapped_lines(cell, width)
                for cell, width in zip(row.cells, self.widths, strict=False)
                if isinstance(cell, str) and cell
            ),
            default=1,
        )
        if lines > 1:
            self.sheet.set_row(line, min(lines * LINE_POINTS, MAX_ROW_POINTS))

    def table(self, headings: tuple[str, ...], rows: list[Row]) -> None:
        """A table of plain rows under its headings."""
        if self.row == _TITLE_ROWS:
            # The sheet's only table: its headings print again on each page, so that a page
            # that starts mid-table still says which column is the value and which the period.
            self.sheet.repeat_rows(0, _TITLE_ROWS)
        self.headings(headings)
        for row in rows:
            self.write(row, left=True)


def _column_pixels(width: int) -> int:
    """Pixels of a column ``set_column`` makes ``width`` characters wide (XlsxWriter's rule)."""
    return int(width * 7 + 0.5) + 5


def _print_setup(sheet: Worksheet, legend: str, size: int) -> None:
    """Landscape letter, one page wide, the title rows on every page; legend and page below.

    The same print setup as ``xlsx_page_setup.print_one_page_wide`` gives the other workbooks.
    ``size``: the footer's, so that it prints at the ETCA workbook's (``footer_size``).
    """
    sheet.set_landscape()
    sheet.set_paper(1)  # US letter (carta), the paper used in Mexico
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0, _TITLE_ROWS - 1)
    sheet.center_horizontally()
    sheet.set_margins(left=0.3, right=0.3, top=0.5, bottom=0.6)
    # "&&" is a literal ampersand in a footer.
    text = legend.replace("&", "&&")
    sheet.set_footer(f"&C&{size}{text}&R&{size}Página &P de &N", {"margin": 0.3})


def _progress_sheet(writer: _SheetWriter, informe: PaimefInforme) -> None:
    programmed, exercised = column_letter(_PROGRAMMED + 1), column_letter(_EXERCISED + 1)
    subtotals: list[int] = []
    for heading, rows in action_sections(informe):
        writer.skip()
        writer.heading(heading)
        writer.headings(ACTION_HEADINGS, numeric=3)
        *actions, subtotal = rows
        written = [
            writer.write(row, {_PERCENT: percent_formula(writer.row + 1)}) for row in actions
        ]
        sums = {_PERCENT: percent_formula(writer.row + 1)}
        if written:
            first, last = written[0], written[-1]
            sums[_PROGRAMMED] = f"=SUM({programmed}{first}:{programmed}{last})"
            sums[_EXERCISED] = f"=SUM({exercised}{first}:{exercised}{last})"
        subtotals.append(writer.write(subtotal, sums))
    writer.skip()
    line = writer.row + 1
    totals = {_PERCENT: percent_formula(line)}
    if subtotals:
        totals[_PROGRAMMED] = "=" + "+".join(f"{programmed}{row}" for row in subtotals)
        totals[_EXERCISED] = "=" + "+".join(f"{exercised}{row}" for row in subtotals)
    writer.write(total_row(informe), totals)
    writer.heading(transversal_line(informe))


def informe_xlsx(informe: PaimefInforme) -> bytes:
    """The informe as xlsx bytes."""
    stream = BytesIO()
    # The workbook recalculates every formula when opened (XlsxWriter's default), as the ETCA's.
    with Workbook(stream, {"in_memory": True}) as book:
        formats = _formats(book)
        _progress_sheet(
            _SheetWriter(book, formats, "Avance", informe, (8, 50, 40, 16, 16, 11)), informe
        )
        _SheetWriter(book, formats, "Indicadores", informe, (6, 60, 24, 12, 18, 26)).table(
            INDICATOR_HEADINGS, indicator_rows(informe)
        )
        _SheetWriter(book, formats, "Plazos", informe, (12, 10, 70, 12, 12, 22)).table(
            DEADLINE_HEADINGS, deadline_rows(informe)
        )
        _SheetWriter(book, formats, "Revisión", informe, (10, 18, 8, 110)).table(
            FINDING_HEADINGS, finding_rows(informe)
        )
        # The informe's date, not the clock: the same informe gives the same file.
        book.set_properties({"title": informe.title, "created": _midnight(informe.as_of)})
    return stream.getvalue()


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
