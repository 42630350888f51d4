"""The program's own Programa Anual template, filled with cells typed as a person would."""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

from openpyxl import load_workbook

from ism_desktop.exchange.paimef.xlsx_template import FIRST_ROW, programme_to_xlsx
from tests.paimef_builders import programme

Cell = tuple[str, str]  # sheet, cell


def edited_template(path: Path, edits: Mapping[Cell, object]) -> Path:
    """The sample programme's template with ``edits`` typed in, saved at ``path``."""
    book = load_workbook(BytesIO(programme_to_xlsx(programme())))
    for (sheet, cell), value in edits.items():
        book[sheet][cell] = value
    book.save(path)
    return path


def bad_amounts(rows: int) -> dict[Cell, object]:
    """``rows`` acciones added below the sample's, each with a programmed amount that is none."""
    edits: dict[Cell, object] = {}
    for offset in range(rows):
        row = FIRST_ROW + len(programme().actions) + offset
        typed = (f"A.{offset + 10}", "A", "A-I", "Acción", "NO", "diez", "0")
        for letter, value in zip("ABCDFGH", typed, strict=True):
            edits["Programa Anual", f"{letter}{row}"] = value
    return edits
