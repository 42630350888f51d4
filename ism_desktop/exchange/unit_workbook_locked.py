"""The locked cells of a unit's filled workbook that no longer show what this database holds.

Only the quarter's achieved NUM and DEN (and the evaluation) are read from a workbook; its other
figures are locked. A unit can still unprotect the sheet and type a correction of an earlier
quarter, a later quarter's figure or a new modified target there: it is not taken, and the
coordinator must be told so instead of seeing it vanish. A locked cell also differs when this
database changed after the workbook was made; the same note then says which value stays.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.domain.figures import RowKind, Series
from ism_desktop.domain.meta import Meta, MetaKind
from ism_desktop.domain.number_input import FigureInputError, parse_figure
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.unit_workbook import series_column

# The series a unit may not write in a workbook, with the words a note names them by.
_LOCKED_SERIES = ((Series.MODIFIED, "lo modificado"), (Series.ACHIEVED, "el realizado"))
# MET last: looked at only where NUM and DEN agree (a NUM typed anew changes its MET too).
_ROWS = (RowKind.NUM, RowKind.DEN, RowKind.MET)
# Each row's place under the meta's first (MET) row.
_OFFSETS = {RowKind.MET: 0, RowKind.NUM: 1, RowKind.DEN: 2}
_LOCKED = "esa celda está bloqueada en el libro y no se toma; se conserva lo de esta base"
_MADE = "esa celda está bloqueada en el libro y no se toma"


def _as_number(value: object) -> float | str | None:
    """A cell's figure as the float the workbook stored; its text when it is not a figure."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip()
    try:
        # Read as the open cells are: «1.5e3» is text to name, not 1500.
        number = parse_figure(text, percent=False)
    except FigureInputError:
        return text[:40]
    return text[:40] if number is None else float(number)


def _shown(value: float | str) -> str:
    if isinstance(value, str):
        return f"«{value}»"
    return f"{value:.10f}".rstrip("0").rstrip(".")


def _differs(cell: float | str | None, stored: Decimal | None) -> bool:
    # The workbook holds each figure as the float of its decimal: compared as written.
    return cell != (None if stored is None else float(stored))


def _note(sheet: Worksheet, where: tuple[int, int], what: str, told: str, held: str) -> str:
    row, column = where
    # A cell typed over is named by sheet and cell, as a problem of the workbook is.
    return f"hoja {sheet.title}, celda {get_column_letter(column)}{row}: {what} {told} y {held}"


def _told(cell: float | str | None) -> str:
    return "está vacío" if cell is None else f"dice {_shown(cell)}"


def _held(stored: Decimal | None) -> str:
    shown = (
        "en esta base está vacío" if stored is None else f"esta base tiene {_shown(float(stored))}"
    )
    return f"{shown}; {_LOCKED}"


def _percent_formula(meta: Meta, value: object) -> bool:
    """Whether a MET cell holds a formula of a percentage meta (the program writes MET so)."""
    return meta.kind is MetaKind.PERCENTAGE and isinstance(value, str) and value.startswith("=")


def _same_figures(before: Meta, read: Meta, quarter: Quarter) -> bool:
    """Whether the quarter's achieved NUM and DEN read are those the base holds."""
    return all(
        (stored := before.row(kind)) is None
        or (typed := read.row(kind)) is None
        or stored.value(Series.ACHIEVED, quarter) == typed.value(Series.ACHIEVED, quarter)
        for kind in (RowKind.NUM, RowKind.DEN)
    )


def locked_notes(
    sheet: Worksheet, before: Meta, read: Meta, top: int, quarter: Quarter
) -> list[str]:
    """One note per locked figure of the meta that differs from this database.

    ``before`` is the meta as stored, ``read`` as read from the workbook. The quarter's
    achieved NUM and DEN are read, not compared; its MET is made of them, and compared with
    what they make. MET only where NUM and DEN agree: one figure typed anew is one note.
    """
    notes: list[str] = []
    for series, words in _LOCKED_SERIES:
        first = series_column(sheet, "MODIFICADO" if series is Series.MODIFIED else "REALIZADO")
        for q in Quarter:
            found: list[str] = []
            is_read = series is Series.ACHIEVED and q is quarter
            for kind in _ROWS:
                row = before.row(kind)
                # An absolute meta prints no DEN figures, as ``_check_original`` knows.
                absolute_den = kind is RowKind.DEN and before.kind is MetaKind.ABSOLUTE
                skipped = is_read and kind is not RowKind.MET
                if row is None or skipped or absolute_den or (kind is RowKind.MET and found):
                    continue
                where = (top + _OFFSETS[kind], first + q.index)
                value = sheet.cell(*where).value
                if kind is RowKind.MET and _percent_formula(before, value):
                    continue  # made of its NUM and DEN, which are compared
                # The program writes no other formula in a quarter's cell: one there was typed.
                cell = _as_number(value)
                what = f"{words} {kind.value} de T{int(q)}"
                if is_read:
                    # The cell holds the MET of the day the workbook was made, which the
                    # figures typed change, and the base may have changed since (a first copy
                    # received): a MET typed over shows only where the figures it is made of
                    # were left as the base has them (the figure typed in the MET row instead
                    # of its own). A blank cell changes nothing: the MET is always made anew.
                    made = read.met.value(series, q)
                    if (
                        cell is not None
                        and _same_figures(before, read, q)
                        and _differs(cell, made)
                        and _differs(cell, row.value(series, q))
                    ):
                        shown = "vacío" if made is None else _shown(float(made))
                        held = f"se calcula de lo realizado del libro: {shown}; {_MADE}"
                        found.append(_note(sheet, where, what, _told(cell), held))
                elif _differs(cell, stored := row.value(series, q)):
                    found.append(_note(sheet, where, what, _told(cell), _held(stored)))
            notes += found
    return notes
