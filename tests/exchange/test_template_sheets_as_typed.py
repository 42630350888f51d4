"""A filled template read as a person typed it: VAL. ACUM. in any case.

«si» passed the check and was stored as NO: the annual was silently recalculated.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import (
    import_year_template,
    new_year,
    write_year_template,
)
from tests.exchange.package_builders import seed_store

AUTHOR = Author("Unidad coordinadora (002)", "prueba")
TYPED = {"MET": (2, 2, 2, 2), "NUM": (10, 10, 10, 10), "DEN": (20, 20, 20, 20)}


@pytest.fixture
def store(seed_text: str) -> Iterator[Store]:
    with seed_store(seed_text) as coordinator:
        new_year(coordinator, 2025, 2024, AUTHOR)
        yield coordinator


def filled(store: Store, tmp_path: Path, name: str = "plantilla.xlsx") -> Path:
    """The 2025 template, written by the program and filled in every quarter."""
    path = tmp_path / name
    write_year_template(store, 2025, path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in range(5, sheet.max_row + 1):
            label = sheet.cell(row, 8).value
            if sheet.title != "listas" and sheet.cell(row, 1).value and label in TYPED:
                for offset, value in enumerate(TYPED[label]):
                    sheet.cell(row, 9 + offset, value)
    book.save(path)
    return path


def first_row(path: Path, sheet: str) -> int:
    """The first row of a meta (MET or NUM) in the sheet."""
    book = openpyxl.load_workbook(path)
    return next(r for r in range(5, book[sheet].max_row + 1) if book[sheet][f"A{r}"].value)


@pytest.mark.parametrize("typed", ["si", " Si ", "sI", "no", " No "])
def test_val_acum_is_read_whatever_its_case_and_spaces(
    store: Store, tmp_path: Path, typed: str
) -> None:
    path = filled(store, tmp_path)
    row = first_row(path, "004")
    book = openpyxl.load_workbook(path)
    book["004"][f"G{row}"] = typed
    book.save(path)
    meta_id = book["004"][f"A{row}"].value

    import_year_template(store, 2025, path, AUTHOR)

    meta = next(m for m in store.reports.load_year_metas(2025) if m.stable_id == meta_id)
    assert meta.cumulative is (typed.strip().upper() == "SI")
