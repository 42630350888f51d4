"""Reading the filled xlsx template back into a Programa Anual; errors name sheet and cell.

Every cell is read before anything is refused: a workbook with problems in several cells is
refused once, with each problem by sheet and cell (as the ETCA programme template is).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from io import BytesIO
from typing import Any, TypeVar

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.look_alike import fold_widths
from ism_desktop.domain.paimef.input_parsing import parse_typed_date, parse_year
from ism_desktop.domain.paimef.key_dates import KEY_DATES
from ism_desktop.domain.paimef.programme import Action, AnnualProgramme, Goal
from ism_desktop.domain.wording import count, quoted
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.workbook_guard import check_workbook
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_fields import (
    RefusedValue,
    attempt,
    build_action,
    build_date,
    build_goal,
    convert,
    duplicate_keys,
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
from ism_desktop.exchange.programme_workbook_kinds import year_template_given

# More than any box or terminal shows usefully; the rest are counted («… y 37 más.»).
MAX_LISTED_PROBLEMS = 100
T = TypeVar("T")
_FIGURE_FIELDS = {"monto_programado", "monto_ejercido", "cantidad", "alcanzado"}


def _cell_text(value: object) -> object:
    # Excel gives numbers as float; repr is the shortest text that reads back the same number.
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, str):
        return value.strip()
    return value


def _cell_value(cell: Cell, what: str) -> object:
    """The cell's value as the fields read it; a formula is refused, naming it.

    Read with its formulas (not the values Excel saved): «=G6/2» in a cell Excel never
    computed was read as empty («falta el monto»), and one it did computed passed unseen.
    """
    if cell.data_type == "f":
        formula = cell.value if isinstance(cell.value, str) else getattr(cell.value, "text", "")
        return RefusedValue(f"hay una fórmula («{str(formula)[:40]}»); escriba {what}.")
    return _cell_text(cell.value)


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
        values = {
            field: _cell_value(
                sheet[f"{letter}{row}"], "la cifra" if field in _FIGURE_FIELDS else "el texto"
            )
            for letter, field, *_ in columns
        }
        if all(value in (None, "") for value in values.values()):
            continue
        rows.append((row, values))
    return rows


def _refused(name: str, problems: list[str]) -> PaimefFormatError:
    """The one refusal of a workbook: its only problem as it is, or how many and each."""
    if len(problems) == 1:
        return PaimefFormatError(problems[0])
    return PaimefFormatError(
        f"{name} tiene {count(len(problems), 'problema', 'problemas')}.",
        problems[:MAX_LISTED_PROBLEMS],
        len(problems),
    )


def programme_from_xlsx(data: bytes, name: str = "programa.xlsx") -> AnnualProgramme:
    """Read the template; raise ``PaimefFormatError`` naming the sheet and cell of each problem."""
    try:
        check_workbook(data, name)
        book = load_workbook(BytesIO(data), data_only=False, read_only=False)
    except PackageRefusedError as exc:
        raise PaimefFormatError(str(exc)) from None
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise PaimefFormatError(f"{name}: no es un libro de Excel legible ({exc}).") from None
    if (other := year_template_given(name, book.sheetnames)) is not None:
        raise PaimefFormatError(other)
    for sheet_name in (ACTIONS_SHEET, GOALS_SHEET, DATES_SHEET):
        if sheet_name not in book.sheetnames:
            raise PaimefFormatError(
                f"{name}: falta la hoja «{sheet_name}»; use la plantilla que exporta el programa."
            )
    problems: list[str] = []
    actions_sheet = book[ACTIONS_SHEET]
    where = f"{name}, hoja «{ACTIONS_SHEET}», celda"
    year_place, institution_place = f"{where} {YEAR_CELL}", f"{where} {INSTITUTION_CELL}"
    year = _head(
        problems, actions_sheet[YEAR_CELL], year_place, partial(convert, year_place, parse_year)
    )
    institution = _head(
        problems,
        actions_sheet[INSTITUTION_CELL],
        institution_place,
        partial(_required_text, place=institution_place),
    )
    goal_problems: list[str] = []
    goals = _goals(book[GOALS_SHEET], name, goal_problems)
    actions, known = _actions(actions_sheet, name, goals, problems)
    for owner, _goal, where_read in goals:
        if owner is not None and owner not in known:
            goal_problems.append(f"{where_read}: no hay ninguna acción con la clave «{owner}».")
    # In the order of the sheets: the first one named is the first one met in Excel.
    problems += goal_problems
    dates = _dates(book[DATES_SHEET], name, problems)
    if problems:
        raise _refused(name, problems)
    assert isinstance(year, int)
    assert isinstance(institution, str)
    return AnnualProgramme(year, institution, tuple(actions), dates)


def _head(problems: list[str], cell: Cell, place: str, read: Callable[[object], T]) -> T | None:
    """A value above the table (the year, the institution); ``None`` when refused."""
    value = _cell_value(cell, "la cifra" if cell.coordinate == YEAR_CELL else "el texto")
    if isinstance(value, RefusedValue):
        problems.append(f"{place}: {value.reason}")
        return None
    return attempt(problems, partial(read, value))


def _required_text(value: object, place: str) -> str:
    return text_field(value, place, required=True)


def _actions(
    sheet: Worksheet,
    name: str,
    goals: list[tuple[str | None, Goal | None, str]],
    problems: list[str],
) -> tuple[list[Action], set[str]]:
    """The acciones read whole, and every clave typed: a refused acción's metas have theirs."""
    actions, keys, known = [], [], set()
    for row, values in _rows(sheet, FIRST_ROW, ACTION_COLUMNS):
        place = _placer(name, ACTIONS_SHEET, row, ACTION_COLUMNS)
        key = values.get("clave")
        # Read as the clave is (``programme_fields._key``): «Ａ.１» on a meta's row is «A.1».
        key = fold_widths(key.strip()) if isinstance(key, str) else ""
        known.add(key)
        owned = tuple(goal for owner, goal, _ in goals if owner == key and goal is not None)
        action = build_action(values, owned, place, problems)
        if action is not None:
            actions.append(action)
            keys.append((action.key, place("clave")))
    problems += duplicate_keys(keys)
    return actions, known


def _goals(
    sheet: Worksheet, name: str, problems: list[str]
) -> list[tuple[str | None, Goal | None, str]]:
    """Each meta with its acción's clave and where that was read; ``None`` where refused."""
    goals = []
    for row, values in _rows(sheet, 2, GOAL_COLUMNS):
        place = _placer(name, GOALS_SHEET, row, GOAL_COLUMNS)
        owner_value = values.get("clave")
        owner = None
        if isinstance(owner_value, RefusedValue):
            problems.append(f"{place('clave')}: {owner_value.reason}")
        else:
            owner = attempt(
                problems, partial(text_field, owner_value, place("clave"), required=True)
            )
            owner = None if owner is None else fold_widths(owner)
        goals.append((owner, build_goal(values, place, problems), place("clave")))
    return goals


def _dates(sheet: Worksheet, name: str, problems: list[str]) -> dict[str, date]:
    dates = {}
    place = f"{name}, hoja «{DATES_SHEET}», celda"
    for row in range(2, sheet.max_row + 1):
        key = _cell_value(sheet[f"B{row}"], "el texto")
        value = _cell_value(sheet[f"C{row}"], "la fecha")
        for refused, letter in ((key, "B"), (value, "C")):
            if isinstance(refused, RefusedValue):
                problems.append(f"{place} {letter}{row}: {refused.reason}")
        if value in (None, "") or RefusedValue in (type(key), type(value)):
            continue
        if isinstance(value, datetime):
            value = value.date()
        key = str(key or "").strip()
        if not key:  # the program's clave cleared: the name beside it says which date it is
            key = _key_named(sheet[f"A{row}"].value, f"{place} B{row}", problems)
            if not key:
                continue
        # As the window reads a typed date: «13/03/2026» as well as 2026-03-13.
        day = attempt(
            problems, partial(build_date, key, value, f"{place} C{row}", parse_typed_date)
        )
        if day is not None:
            dates[key] = day
    return dates


def _key_named(label: object, place: str, problems: list[str]) -> str:
    """The clave of the date named ``label`` as the template names it; "" (said) if none is."""
    named = str(label or "").strip()
    for key, known in KEY_DATES.items():
        if named.casefold() == known.casefold():
            return key
    problems.append(
        f"{place}: falta la clave de la fecha «{quoted(named)}»; escriba la de la plantilla "
        "(columna B) o su nombre como en ella (columna A)."
    )
    return ""
