"""A meta's type changed in an approved programme: one message, at the type's cell.

It was said as the meta's rows being out of order («una meta de tipo A empieza con la fila
MET», «una fila DEN va justo debajo…»), never at the cell the person changed. Before approval
the type may change, and the rows the new type needs are what is named.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.meta import MetaKind
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import import_year_template
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.test_template_unread_figures import imported, refused

LOCKED = "el programa 2025 está aprobado;"
OTHER = {"A": "P", "P": "A"}
UNIT_SHEETS = ("004", "009")


def first_rows(path: Path, sheet: str) -> list[tuple[int, str]]:
    """Each meta's first row in ``sheet`` and its type as written, in order."""
    rows = openpyxl.load_workbook(path)[sheet]
    return [
        (row, str(rows[f"F{row}"].value))
        for row in range(5, rows.max_row + 1)
        if rows[f"H{row}"].value in ("MET", "NUM")
    ]


def kind_refusal(sheet: str, row: int, was: str) -> str:
    """What a type changed in an approved programme is refused for."""
    return f"Hoja {sheet}, celda F{row}: {LOCKED} el tipo no cambia (era {was}, dice {OTHER[was]})"


@pytest.mark.parametrize("was", ["A", "P"])
def test_a_type_changed_in_an_approved_programme_is_named_at_its_type_cell(
    store: Store, tmp_path: Path, was: str
) -> None:
    path = imported(store, tmp_path, approved=True)
    row = next(row for row, kind in first_rows(path, "004") if kind == was)

    assert refused(store, path, {("004", f"F{row}"): OTHER[was]}) == (
        kind_refusal("004", row, was),
    )


def test_every_type_changed_at_once_is_one_message_per_meta(store: Store, tmp_path: Path) -> None:
    path = imported(store, tmp_path, approved=True)
    metas = [(sheet, row, was) for sheet in UNIT_SHEETS for row, was in first_rows(path, sheet)]
    assert {was for _sheet, _row, was in metas} == {"A", "P"}

    problems = refused(store, path, {(sheet, f"F{row}"): OTHER[was] for sheet, row, was in metas})

    assert problems == tuple(kind_refusal(sheet, row, was) for sheet, row, was in metas)


@pytest.mark.parametrize("was", ["A", "P"])
def test_before_approval_a_type_changed_alone_still_names_its_rows(
    store: Store, tmp_path: Path, was: str
) -> None:
    # The type may change before approval: what is missing are the rows of the new type.
    path = imported(store, tmp_path, approved=False)
    row = next(row for row, kind in first_rows(path, "004") if kind == was)

    problems = refused(store, path, {("004", f"F{row}"): OTHER[was]})

    assert problems == (
        (f"Hoja 004, celda H{row}: una meta de tipo P empieza con la fila NUM",)
        if was == "A"
        else (
            f"Hoja 004, celda H{row}: una meta de tipo A empieza con la fila MET",
            f"Hoja 004, celda H{row + 1}: una fila DEN va justo debajo de la fila NUM de su meta",
        )
    )


@pytest.mark.parametrize("was", ["A", "P"])
def test_before_approval_a_type_changed_with_its_rows_changes_the_meta(
    store: Store, tmp_path: Path, was: str
) -> None:
    path = imported(store, tmp_path, approved=False)
    row = next(row for row, kind in first_rows(path, "004") if kind == was)
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    meta_id = sheet[f"A{row}"].value
    sheet[f"F{row}"] = OTHER[was]
    if was == "A":
        sheet[f"H{row}"] = "NUM"
        sheet.insert_rows(row + 1)
        sheet[f"H{row + 1}"] = "DEN"
        for column in "IJKL":
            sheet[f"{column}{row + 1}"] = 20
    else:
        sheet[f"H{row}"] = "MET"
        sheet.delete_rows(row + 1)
    book.save(path)

    done = import_year_template(store, 2025, path, AUTHOR)

    assert done.changed == 1
    meta = next(m for m in store.reports.load_year_metas(2025) if m.stable_id == meta_id)
    assert meta.kind is MetaKind(OTHER[was])


@pytest.mark.parametrize("was", ["A", "P"])
@pytest.mark.parametrize("rows_too", [False, True], ids=["sin-filas", "con-filas"])
def test_a_type_changed_with_its_row_label_in_an_approved_programme_is_one_message(
    store: Store, tmp_path: Path, was: str, rows_too: bool
) -> None:
    # The row label typed to fit the new type (MET for A, NUM for P), the DEN row added or
    # deleted too (``rows_too``) or not: the type is still what may not change.
    path = imported(store, tmp_path, approved=True)
    row = next(row for row, kind in first_rows(path, "004") if kind == was)
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    sheet[f"F{row}"] = OTHER[was]
    sheet[f"H{row}"] = "NUM" if was == "A" else "MET"
    if rows_too and was == "A":
        sheet.insert_rows(row + 1)
        sheet[f"H{row + 1}"] = "DEN"
        for column in "IJKL":
            sheet[f"{column}{row + 1}"] = 20
    elif rows_too:
        sheet.delete_rows(row + 1)
    book.save(path)

    assert refused(store, path, {}) == (kind_refusal("004", row, was),)
