"""The Programa Anual as an xlsx template staff fill in Excel: where each field goes; writing.

Sheets: «Programa Anual» (year, institution, one acción per row), «Metas» (one meta per row,
tied to its acción by clave), «Fechas» (one recorded date per row), «Líneas de acción» (Anexo 2,
for reference and for the drop-down lists).
"""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.paimef.key_dates import KEY_DATES
from ism_desktop.domain.paimef.programme import AnnualProgramme
from ism_desktop.domain.paimef.vertientes import LINEAS_DE_ACCION
from ism_desktop.reports.xlsx_page_setup import fit_row_height, print_one_page_wide
from ism_desktop.reports.xlsx_text import keep_as_text

ACTIONS_SHEET = "Programa Anual"
GOALS_SHEET = "Metas"
DATES_SHEET = "Fechas"
LINES_SHEET = "Líneas de acción"
YEAR_CELL = "B2"
INSTITUTION_CELL = "B3"
HEADER_ROW = 5
FIRST_ROW = HEADER_ROW + 1
MONEY_FORMAT = "#,##0.00"
# Real dates, shown day first as the window shows them; the reader still takes ISO text.
DATE_FORMAT = "DD/MM/YYYY"
# Column letter, machine field, Spanish heading, width.
ACTION_COLUMNS = (
    ("A", "clave", "Clave", 8),
    ("B", "vertiente", "Vertiente (A, B, C)", 10),
    ("C", "linea_accion", "Línea de acción (Anexo 2)", 12),
    ("D", "nombre", "Nombre de la acción", 40),
    ("E", "justificacion", "Justificación", 40),
    ("F", "transversal", "Transversal (SÍ/NO, numeral 3.5.1)", 14),
    ("G", "monto_programado", "Monto programado", 16),
    ("H", "monto_ejercido", "Monto ejercido", 16),
    ("I", "material_probatorio", "Material probatorio", 30),
)
GOAL_COLUMNS = (
    ("A", "clave", "Clave de la acción", 10),
    ("B", "descripcion", "Descripción de la meta", 50),
    ("C", "unidad", "Unidad de medida", 16),
    ("D", "cantidad", "Cantidad", 10),
    ("E", "alcanzado", "Alcanzado (vacío: sin reportar)", 14),
)
DATE_COLUMNS = (
    ("A", "descripcion", "Fecha", 55),
    ("B", "clave", "Clave", 36),
    ("C", "fecha", "Día (DD/MM/AAAA)", 16),
)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
# Top-aligned, the texts wrapped in their column: on screen and on paper they read whole.
_TOP = Alignment(vertical="top")
_WRAPPED = Alignment(vertical="top", wrap_text=True)
_ACTION_TEXTS = {"linea_accion", "nombre", "justificacion", "material_probatorio"}
_GOAL_TEXTS = {"descripcion", "unidad"}
# Anexo 2's lines of action: code, vertiente and the line's wording, wrapped.
LINE_COLUMNS = (
    ("A", "codigo", "Código", 8),
    ("B", "vertiente", "Vertiente", 10),
    ("C", "linea", "Línea de acción", 90),
)


Columns = tuple[tuple[str, str, str, int], ...]


def _headers(sheet: Worksheet, columns: Columns, row: int) -> None:
    for letter, _field, heading, width in columns:
        cell = sheet[f"{letter}{row}"]
        cell.value = heading
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = width
    fit_row_height(sheet, row, ((heading, width) for _letter, _field, heading, width in columns))
    sheet.freeze_panes = f"A{row + 1}"
    print_one_page_wide(sheet, row)


def _write_row(
    sheet: Worksheet, row: int, columns: Columns, values: tuple[object, ...], texts: set[str]
) -> None:
    """One row's cells kept as typed, its texts wrapped, and the row as tall as they need."""
    for (letter, field, _heading, _width), value in zip(columns, values, strict=True):
        cell = sheet[f"{letter}{row}"]
        cell.value = value
        keep_as_text(cell)
        cell.alignment = _WRAPPED if field in texts else _TOP
    fit_row_height(
        sheet,
        row,
        (
            (str(value), width)
            for (_letter, field, _heading, width), value in zip(columns, values, strict=True)
            if field in texts and value is not None
        ),
    )


def programme_to_xlsx(programme: AnnualProgramme) -> bytes:
    """The programme as the template workbook (an empty programme gives the blank template)."""
    book = Workbook()
    actions = book.active
    assert actions is not None
    actions.title = ACTIONS_SHEET
    actions["A1"] = "Programa Anual PAIMEF"
    actions["A1"].font = Font(bold=True, size=13)
    actions["A2"], actions[YEAR_CELL] = "Ejercicio", programme.year
    actions["A3"], actions[INSTITUTION_CELL] = "Instancia", programme.institution
    keep_as_text(actions[INSTITUTION_CELL])
    _headers(actions, ACTION_COLUMNS, HEADER_ROW)
    for offset, action in enumerate(programme.actions):
        row = FIRST_ROW + offset
        values: tuple[object, ...] = (
            action.key,
            str(action.vertiente),
            action.line,
            action.name,
            action.justification,
            "SÍ" if action.transversal else "NO",
            action.programmed,
            action.exercised,
            action.evidence,
        )
        _write_row(actions, row, ACTION_COLUMNS, values, _ACTION_TEXTS)
        for letter in ("G", "H"):
            actions[f"{letter}{row}"].number_format = MONEY_FORMAT
    _lists(actions)
    goals = book.create_sheet(GOALS_SHEET)
    _headers(goals, GOAL_COLUMNS, 1)
    row = 2
    for action in programme.actions:
        for goal in action.goals:
            values = (action.key, goal.description, goal.unit, goal.quantity, goal.achieved)
            _write_row(goals, row, GOAL_COLUMNS, values, _GOAL_TEXTS)
            row += 1
    dates = book.create_sheet(DATES_SHEET)
    _headers(dates, DATE_COLUMNS, 1)
    for row, (key, label) in enumerate(KEY_DATES.items(), start=2):
        _write_row(
            dates, row, DATE_COLUMNS, (label, key, programme.dates.get(key)), {"descripcion"}
        )
        dates[f"C{row}"].number_format = DATE_FORMAT
    # The key is what the reader takes; staff read the date's name, as the window shows it.
    dates.column_dimensions["B"].hidden = True
    lines = book.create_sheet(LINES_SHEET)
    _headers(lines, LINE_COLUMNS, 1)
    for row, line in enumerate(LINEAS_DE_ACCION, start=2):
        values = (line.code, str(line.vertiente), line.name)
        _write_row(lines, row, LINE_COLUMNS, values, {"linea"})
    stream = BytesIO()
    book.save(stream)
    return stream.getvalue()


def _lists(sheet: Worksheet) -> None:
    last = FIRST_ROW + 500
    for formula, column in (
        ('"A,B,C"', "B"),
        (f"'{LINES_SHEET}'!$A$2:$A${len(LINEAS_DE_ACCION) + 1}", "C"),
        ('"SÍ,NO"', "F"),
    ):
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        validation.add(f"{column}{FIRST_ROW}:{column}{last}")
        sheet.add_data_validation(validation)
