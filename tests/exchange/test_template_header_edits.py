"""A unit's sheet whose header was edited: its rows are still checked when they can be.

A title edited in place (E4 «Unidad» for «Unidad de medida») hid every other problem of the
sheet: «Hoja 006, celda J5» was only said once the header was put back and the file imported
again. Where the columns really moved (one inserted or deleted), reading the rows would name
nonsense: the header's message says the rows are checked once it is as in the template.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import approve_year, import_year_template
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.test_template_sheets_as_typed import filled
from tests.exchange.test_template_unread_figures import refused

SHEET = "006"
LATER = "; las filas de esta hoja se revisan cuando el encabezado esté como en la plantilla"


def _of_sheet(problems: tuple[str, ...]) -> list[str]:
    return [p for p in problems if p.startswith(f"Hoja {SHEET}")]


def test_a_title_edited_in_place_still_lets_the_rows_be_checked(
    store: Store, tmp_path: Path
) -> None:
    path = filled(store, tmp_path)
    assert openpyxl.load_workbook(path)[SHEET]["H5"].value in ("MET", "NUM")

    problems = refused(store, path, {(SHEET, "E4"): "Unidad", (SHEET, "J5"): "x"})

    assert _of_sheet(problems) == [
        "Hoja 006, celda E4: el encabezado debe decir «Unidad de medida», dice «Unidad»",
        "Hoja 006, celda J5: «x» no es una cifra",
    ]
    assert problems == tuple(_of_sheet(problems))


def test_a_cleared_title_is_said_to_be_empty_and_the_rows_are_checked(
    store: Store, tmp_path: Path
) -> None:
    path = filled(store, tmp_path)

    problems = refused(store, path, {(SHEET, "F4"): None, (SHEET, "J5"): "x"})

    assert problems == (
        "Hoja 006, celda F4: el encabezado debe decir «Tipo» y está vacío",
        "Hoja 006, celda J5: «x» no es una cifra",
    )


@pytest.mark.parametrize("approved", [False, True], ids=["borrador", "aprobado"])
def test_an_approved_programmes_changed_original_is_named_beside_the_edited_title(
    store: Store, tmp_path: Path, approved: bool
) -> None:
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    if approved:
        approve_year(store, 2025, "Unidad coordinadora")
    was = openpyxl.load_workbook(path)[SHEET]["I5"].value

    problems = refused(store, path, {(SHEET, "D4"): "Descripción", (SHEET, "I5"): 987})

    header = (
        "Hoja 006, celda D4: el encabezado debe decir «Descripción de la meta», dice «Descripción»"
    )
    if approved:
        assert problems == (
            header,
            f"Hoja 006, celda I5: el programa 2025 está aprobado; lo programado original no "
            f"cambia (era {was})",
        )
    else:
        assert problems == (header,)


def _insert_column(sheet: Worksheet) -> None:
    sheet.insert_cols(5)


def _delete_column(sheet: Worksheet) -> None:
    sheet.delete_cols(3)


def _insert_row_above(sheet: Worksheet) -> None:
    sheet.insert_rows(3)


@pytest.mark.parametrize(
    "move",
    [_insert_column, _delete_column, _insert_row_above],
    ids=["columna insertada", "columna borrada", "fila insertada arriba"],
)
def test_a_header_whose_columns_moved_says_the_rows_wait_for_it(
    store: Store, tmp_path: Path, move: Callable[[Worksheet], None]
) -> None:
    path = filled(store, tmp_path)
    book = openpyxl.load_workbook(path)
    move(book[SHEET])
    book.save(path)

    problems = _of_sheet(refused(store, path, {}))

    # Only the header: a row read through moved columns would be named for nonsense.
    assert problems, problems
    assert all(p.startswith("Hoja 006, celda ") and "encabezado" in p for p in problems), problems
    assert problems[0].endswith(LATER), problems
    assert sum(LATER in p for p in problems) == 1, problems
