"""A figure cell the template reader could not read is named once, by what was typed there.

A formula that works out to the approved figure was named twice at its cell: the formula, and
the approved figure «changed» to the 0 read in its place; a DEN formula even before approval a
second time, as a DEN 0 under a NUM.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import approve_year, import_year_template
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.test_template_sheets_as_typed import filled, snapshot


def imported(store: Store, tmp_path: Path, *, approved: bool) -> Path:
    """The filled template, imported, and its programme approved if ``approved``."""
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    if approved:
        approve_year(store, 2025, "Unidad coordinadora")
    return path


def refused(store: Store, path: Path, cells: dict[tuple[str, str], object]) -> tuple[str, ...]:
    """The problems the template with ``cells`` (sheet, cell) typed is refused for; none stored."""
    book = openpyxl.load_workbook(path)
    for (sheet, cell), value in cells.items():
        book[sheet][cell] = value
    changed = path.with_name("cambiada.xlsx")
    book.save(changed)
    before = snapshot(store)
    with pytest.raises(TemplateError) as raised:
        import_year_template(store, 2025, changed, AUTHOR)
    assert snapshot(store) == before
    return raised.value.problems


def figure_rows(path: Path, sheet: str) -> list[tuple[int, str]]:
    """Each row of figures in ``sheet`` (MET, NUM, DEN) and its label, in order."""
    rows = openpyxl.load_workbook(path)[sheet]
    return [
        (row, str(rows[f"H{row}"].value))
        for row in range(5, rows.max_row + 1)
        if rows[f"H{row}"].value in ("MET", "NUM", "DEN")
    ]


@pytest.mark.parametrize("approved", [False, True], ids=["borrador", "aprobado"])
@pytest.mark.parametrize("label", ["MET", "NUM", "DEN"])
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("={figure}*1", "hay una fórmula («={figure}*1»); escriba la cifra"),
        ("dos", "«dos» no es una cifra"),
    ],
    ids=["formula", "texto"],
)
def test_a_figure_cell_that_cannot_be_read_is_named_once(
    store: Store, tmp_path: Path, approved: bool, label: str, typed: str, said: str
) -> None:
    path = imported(store, tmp_path, approved=approved)
    row = next(row for row, kind in figure_rows(path, "004") if kind == label)
    figure = openpyxl.load_workbook(path)["004"][f"J{row}"].value

    problems = refused(store, path, {("004", f"J{row}"): typed.format(figure=figure)})

    assert problems == (f"Hoja 004, celda J{row}: {said.format(figure=figure)}",)


def test_a_formula_for_every_approved_figure_is_one_message_per_cell(
    store: Store, tmp_path: Path
) -> None:
    # Each formula works out to the approved figure: the formula is the only thing wrong.
    path = imported(store, tmp_path, approved=True)
    sheet = openpyxl.load_workbook(path)["004"]
    formulas = {
        f"{column}{row}": f"={sheet[f'{column}{row}'].value}*1"
        for row, _label in figure_rows(path, "004")
        for column in "IJKL"
    }

    problems = refused(store, path, {("004", cell): typed for cell, typed in formulas.items()})

    assert problems == tuple(
        f"Hoja 004, celda {cell}: hay una fórmula («{typed}»); escriba la cifra"
        for cell, typed in formulas.items()
    )
