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


def _headers(sheet: Worksheet, columns: tuple[tuple[str, str, str, int], ...], row: int) -> None:
    for letter, _field, heading, width in columns:
        cell = sheet[f"{letter}{row}"]
        cell.value = heading
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{row + 1}"


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
        values = (
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
        for (letter, *_), value in zip(ACTION_COLUMNS, values, strict=True):
            actions[f"{letter}{row}"] = value
            keep_as_text(actions[f"{letter}{row}"])
        for letter in ("G", "H"):
            actions[f"{letter}{row}"].number_format = MONEY_FORMAT
    _lists(actions)
    goals = book.create_sheet(GOALS_SHEET)
    _headers(goals, GOAL_COLUMNS, 1)
    row = 2
    for action in programme.actions:
        for goal in action.goals:
            for (letter, *_), value in zip(
                GOAL_COLUMNS,
                (action.key, goal.description, goal.unit, goal.quantity, goal.achieved),
                strict=True,
            ):
                goals[f"{letter}{row}"] = value
                keep_as_text(goals[f"{letter}{row}"])
            row += 1
    dates = book.create_sheet(DATES_SHEET)
    _headers(dates, DATE_COLUMNS, 1)
    for offset, (key, label) in enumerate(KEY_DATES.items()):
        dates[f"A{offset + 2}"], dates[f"B{offset + 2}"] = label, key
        cell = dates[f"C{offset + 2}"]
        cell.value, cell.number_format = programme.dates.get(key), DATE_FORMAT
    lines = book.create_sheet(LINES_SHEET)
    lines.append(["Código", "Vertiente", "Línea de acción"])
    for line in LINEAS_DE_ACCION:
        lines.append([line.code, str(line.vertiente), line.name])
    lines.column_dimensions["C"].width = 90
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
