"""Reading the filled xlsx template back into a Programa Anual; errors name sheet and cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.paimef.input_parsing import parse_year
from ism_desktop.domain.paimef.programme import AnnualProgramme, Goal
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.workbook_guard import check_workbook
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_fields import (
    build_action,
    build_date,
    build_goal,
    check_unique_keys,
    convert,
    text_field,
)
from ism_desktop.exchange.paimef.xlsx_template import (
    ACTION_COLUMNS,
    ACTIONS_SHEET,
    DATES_SHEET,
    FIRST_ROW,
    GOAL_COLUMNS,
    GOALS_SHEET,
    INSTITUTION_CELL,
    YEAR_CELL,
)


def _cell_text(value: object) -> object:
    # Excel gives numbers as float; repr is the shortest text that reads back the same number.
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, str):
        return value.strip()
    return value


def _placer(
    name: str, sheet: str, row: int, columns: tuple[tuple[str, str, str, int], ...]
) -> Callable[[str], str]:
    letters = {field: letter for letter, field, *_ in columns}
    return lambda field: f"{name}, hoja «{sheet}», celda {letters.get(field, 'A')}{row}"


def _rows(
    sheet: Worksheet, first: int, columns: tuple[tuple[str, str, str, int], ...]
) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    for row in range(first, sheet.max_row + 1):
        values = {field: _cell_text(sheet[f"{letter}{row}"].value) for letter, field, *_ in columns}
        if all(value in (None, "") for value in values.values()):
            continue
        rows.append((row, values))
    return rows


def programme_from_xlsx(data: bytes, name: str = "programa.xlsx") -> AnnualProgramme:
    """Read the template; raise ``PaimefFormatError`` naming the sheet and cell of a problem."""
    try:
        check_workbook(data, name)
        book = load_workbook(BytesIO(data), data_only=True, read_only=False)
    except PackageRefusedError as exc:
        raise PaimefFormatError(str(exc)) from None
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise PaimefFormatError(f"{name}: no es un libro de Excel legible ({exc}).") from None
    for sheet_name in (ACTIONS_SHEET, GOALS_SHEET, DATES_SHEET):
        if sheet_name not in book.sheetnames:
            raise PaimefFormatError(
                f"{name}: falta la hoja «{sheet_name}»; use la plantilla que exporta el programa."
            )
    actions_sheet = book[ACTIONS_SHEET]
    where = f"{name}, hoja «{ACTIONS_SHEET}», celda"
    year = convert(f"{where} {YEAR_CELL}", parse_year, _cell_text(actions_sheet[YEAR_CELL].value))
    institution = text_field(
        _cell_text(actions_sheet[INSTITUTION_CELL].value),
        f"{where} {INSTITUTION_CELL}",
        required=True,
    )
    goals = _goals(book[GOALS_SHEET], name)
    actions, keys = [], []
    for row, values in _rows(actions_sheet, FIRST_ROW, ACTION_COLUMNS):
        place = _placer(name, ACTIONS_SHEET, row, ACTION_COLUMNS)
        key = str(values.get("clave") or "").strip()
        action = build_action(
            values, tuple(goal for owner, goal, _ in goals if owner == key), place
        )
        actions.append(action)
        keys.append((action.key, place("clave")))
    check_unique_keys(keys)
    known = {action.key for action in actions}
    for owner, _goal, where_read in goals:
        if owner not in known:
            raise PaimefFormatError(f"{where_read}: no hay ninguna acción con la clave «{owner}».")
    return AnnualProgramme(year, institution, tuple(actions), _dates(book[DATES_SHEET], name))


def _goals(sheet: Worksheet, name: str) -> list[tuple[str, Goal, str]]:
    goals = []
    for row, values in _rows(sheet, 2, GOAL_COLUMNS):
        place = _placer(name, GOALS_SHEET, row, GOAL_COLUMNS)
        owner = text_field(values.get("clave"), place("clave"), required=True)
        goals.append((owner, build_goal(values, place), place("clave")))
    return goals


def _dates(sheet: Worksheet, name: str) -> dict[str, date]:
    dates = {}
    for row in range(2, sheet.max_row + 1):
        key, value = sheet[f"B{row}"].value, sheet[f"C{row}"].value
        if value in (None, ""):
            continue
        if isinstance(value, datetime):
            value = value.date()
        place = f"{name}, hoja «{DATES_SHEET}», celda C{row}"
        dates[str(key or "").strip()] = build_date(str(key or "").strip(), _cell_text(value), place)
    return dates
