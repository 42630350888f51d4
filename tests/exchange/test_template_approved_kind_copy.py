"""A row of an approved meta copied with its ID and given the other type is refused at that row.

Only the approved meta's own row, its type edited, is said at its F cell; the problem of its
rows is dropped for that one. A copy of the row (its ID in column A too) whose type was changed,
a DEN row missing under it, passed silently: «0 cambiadas», and the copy ignored, because the
meta its ID names had been read whole from the original row.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import import_year_template
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.test_template_approved_kind import OTHER, first_rows
from tests.exchange.test_template_sheets_as_typed import snapshot
from tests.exchange.test_template_unread_figures import imported

# Where the copy goes: above the meta, right under its first row, after its rows, at the end.
PLACES = ("encima", "bajo-la-primera", "debajo", "al-final")


def copy_row(path: Path, was: str, place: str) -> tuple[Path, int]:
    """The template with the first row of a meta of type ``was`` copied at ``place``.

    The copy keeps its ID (column A) and has the other type, its label fitting that type, and
    no DEN row. Returns the file and the copy's row.
    """
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    row = next(row for row, kind in first_rows(path, "004") if kind == was)
    values = [sheet.cell(row, column).value for column in range(1, sheet.max_column + 1)]
    last = row + (1 if was == "P" else 0)
    at = {
        "encima": row,
        "bajo-la-primera": row + 1,
        "debajo": last + 1,
        "al-final": sheet.max_row + 1,
    }[place]
    sheet.insert_rows(at)
    for column, value in enumerate(values, start=1):
        sheet.cell(at, column).value = value
    sheet[f"F{at}"] = OTHER[was]
    sheet[f"H{at}"] = "MET" if was == "P" else "NUM"
    changed = path.with_name("copiada.xlsx")
    book.save(changed)
    return changed, at


def names_row(problem: str, row: int) -> bool:
    """Whether ``problem`` is said at a cell of ``row`` or names ``row``."""
    return bool(re.search(rf"celda [A-Z]{row}:|fila {row}\b", problem))


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("was", ["A", "P"])
def test_a_copied_row_with_the_other_type_is_refused_at_the_copy(
    store: Store, tmp_path: Path, was: str, place: str
) -> None:
    path = imported(store, tmp_path, approved=True)
    changed, at = copy_row(path, was, place)
    before = snapshot(store)

    with pytest.raises(TemplateError) as raised:
        import_year_template(store, 2025, changed, AUTHOR)

    assert snapshot(store) == before
    problems = raised.value.problems
    assert any(names_row(problem, at) for problem in problems), problems


def test_the_reviewed_copy_is_refused_for_its_missing_den_row(store: Store, tmp_path: Path) -> None:
    # The case found: a tipo A meta's MET row copied under it as NUM of tipo P.
    path = imported(store, tmp_path, approved=True)
    changed, at = copy_row(path, "A", "bajo-la-primera")
    description = openpyxl.load_workbook(changed)["004"][f"D{at}"].value

    with pytest.raises(TemplateError) as raised:
        import_year_template(store, 2025, changed, AUTHOR)

    assert (
        f"Hoja 004, celda H{at + 1}: falta la fila DEN de la meta «{description}» (fila {at}); "
        "no borre filas"
    ) in raised.value.problems
