"""Reading one meta's cells from a unit's filled workbook: its figures, targets and evaluation.

Every problem is named by sheet and cell, in the words the window uses for the same slip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.editing import with_achieved, with_evaluation
from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.limits import figure_problem
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.number_input import FigureInputError, NotANumberError, parse_figure
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import shortened
from ism_desktop.exchange.unit_workbook import PLACEHOLDER, series_column

_ROWS = (RowKind.MET, RowKind.NUM, RowKind.DEN)


@dataclass
class CellProblems:
    """The problems found on one sheet, each named by its cell."""

    sheet: str
    found: list[str] = field(default_factory=list)

    def add(self, column: int, row: int, text: str) -> None:
        """Note ``text`` as the problem of the cell at ``column``, ``row``."""
        self.found.append(f"Hoja {self.sheet}, celda {chr(64 + column)}{row}: {text}")


def is_blank(value: object) -> bool:
    """Whether a cell holds nothing: empty, or spaces only."""
    return value is None or (isinstance(value, str) and not value.strip())


def read_figure(problems: CellProblems, sheet: Worksheet, column: int, row: int) -> Decimal | None:
    """The figure in a cell, or None when it is blank or not one (its problem noted)."""
    value = sheet.cell(row, column).value
    if is_blank(value):
        return None
    if isinstance(value, bool):
        problems.add(column, row, f"«{value}» no es una cifra")
        return None
    if isinstance(value, str) and value.startswith("="):
        problems.add(column, row, f"hay una fórmula («{value[:40]}»); escriba la cifra")
        return None
    if isinstance(value, str):
        try:
            # As the window reads it: a decimal comma is never read as ten times, nor «1.5e3»
            # as 1500, «NaN» or «Infinity» as decimals.
            number = parse_figure(value.strip(), percent=False)
        except NotANumberError as exc:
            problems.add(column, row, f"«{exc.shown}» no es una cifra")
            return None
        except FigureInputError as exc:
            problems.add(column, row, str(exc).rstrip("."))
            return None
        if number is None:
            return None
    elif isinstance(value, int | float):
        number = Decimal(str(value))
    else:  # a date, a time: Excel's, not a figure
        problems.add(column, row, f"«{str(value)[:40]}» no es una cifra")
        return None
    if not number.is_finite():  # a float cell's nan or inf
        problems.add(column, row, f"«{str(value)[:40]}» no es una cifra")
        return None
    # The one bound every entry point shares (domain/limits.py), said in its own words.
    problem = "es negativa" if number < 0 else figure_problem(number)
    if problem:
        problems.add(column, row, f"«{str(value)[:40]}» {problem}")
        return None
    return number


def _check_original(problems: CellProblems, sheet: Worksheet, meta: Meta, top: int) -> None:
    """The original targets as written: a unit does not change its programme.

    The modified targets and other quarters' figures (locked cells) are not read: they show
    what this database held when the workbook was made, and may differ since, untouched.
    """
    original = series_column(sheet, "PROGRAMADO ORIGINAL")
    for offset, kind in enumerate(_ROWS):
        row = meta.row(kind)
        if row is None or (kind is RowKind.DEN and meta.kind is MetaKind.ABSOLUTE):
            continue
        if kind is RowKind.MET and meta.kind is MetaKind.PERCENTAGE:
            continue  # a formula of its NUM and DEN, which are checked
        for q in Quarter:
            value = read_figure(problems, sheet, original + q.index, top + offset)
            expected = row.value(Series.ORIGINAL, q)
            if value is not None and value != expected:
                problems.add(
                    original + q.index,
                    top + offset,
                    f"lo programado original no cambia (es {expected}, dice {value})",
                )


def read_meta(
    problems: CellProblems,
    sheet: Worksheet,
    meta: Meta,
    place: tuple[int, int, int],
    quarter: Quarter,
) -> Meta:
    """The meta as its cells say: the quarter's achieved figures and its evaluation."""
    top, evaluation_row, evaluation_rows = place
    if sheet.cell(top, 1).value != meta.description:
        problems.add(1, top, f"debe decir «{shortened(meta.description)}»; no cambie las metas")
    _check_original(problems, sheet, meta, top)
    column = series_column(sheet, "REALIZADO") + quarter.index
    num = read_figure(problems, sheet, column, top + 1)
    den = None
    if meta.kind is MetaKind.PERCENTAGE:
        den = read_figure(problems, sheet, column, top + 2)
        _half_reported(problems, sheet, (column, top), quarter, (num, den))
    parts = []
    # A long evaluation continues in the rows below its first, in order.
    for row in range(evaluation_row, evaluation_row + evaluation_rows):
        text = sheet.cell(row, 1).value
        if isinstance(text, str) and text.startswith("="):
            # Received as its text, it was printed so («="SE REALIZARON "&P11»).
            problems.add(1, row, f"hay una fórmula («{text[:40]}»); escriba el texto")
        elif text is not None:
            parts.append(str(text))
    whole = "".join(parts).strip()
    evaluation = "" if whole == PLACEHOLDER else whole
    return with_evaluation(with_achieved(meta, quarter, num, den), quarter, evaluation)


def _half_reported(
    problems: CellProblems,
    sheet: Worksheet,
    place: tuple[int, int],
    quarter: Quarter,
    read: tuple[Decimal | None, Decimal | None],
) -> None:
    """Name the empty one of a tipo P's NUM and DEN cells when the other holds something.

    Both empty is a quarter not reported, which the rules refuse as an export would; one
    alone is a slip in that very cell, and the rules could only name the meta.
    """
    column, top = place
    cells = [(RowKind.NUM, top + 1, read[0]), (RowKind.DEN, top + 2, read[1])]
    blank = [is_blank(sheet.cell(row, column).value) for _kind, row, _value in cells]
    if blank[0] == blank[1]:
        return
    (empty, row, _none), (other, other_row, value) = cells if blank[0] else cells[::-1]
    # A figure as read; a cell that is not one is named by its own problem, and quoted here.
    said = value if value is not None else f"«{str(sheet.cell(other_row, column).value)[:40]}»"
    problems.add(
        column,
        row,
        f"falta el realizado {empty.value} de T{int(quarter)} (el {other.value} dice {said}); "
        "si no hubo avance capture 0",
    )
