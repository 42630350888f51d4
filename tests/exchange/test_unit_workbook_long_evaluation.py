"""A unit's workbook with an evaluation continued over rows: open to write, read back whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_evaluation
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.unit_workbook import write_unit_workbook
from ism_desktop.exchange.unit_workbook_reader import read_unit_workbook
from ism_desktop.store.store import Store

UNIT = UnitCode("004")
LONG = "\n".join(f"{n}. SE REALIZÓ LA ASESORÍA NÚMERO {n} EN PEÑASCO." for n in range(1, 300))


def _with_long_evaluation(store: Store) -> str:
    """Give the unit's first meta the long evaluation; its id."""
    meta = store.reports.load_unit_metas(2024, "30", UNIT)[0]
    author = Author("Unidad 004", "prueba")
    store.edits.save(2024, meta, with_evaluation(meta, Quarter.FIRST, LONG), author)
    return meta.stable_id


def _evaluations(store: Store, path: Path) -> dict[str, Any]:
    data = read_unit_workbook(store, path).data
    return {item["id"]: item["evaluacion"].get("1", "") for item in data["metas"]}


def _map(book: openpyxl.Workbook) -> dict[str, list[Any]]:
    hidden = book["ismavance"]
    return {str(row[0].value): [c.value for c in row[1:]] for row in hidden.iter_rows()}


def test_a_long_evaluation_is_open_in_every_row_and_read_back_whole(
    coordinator: Store, tmp_path: Path
) -> None:
    meta_id = _with_long_evaluation(coordinator)

    path = write_unit_workbook(coordinator, UNIT, Quarter.FIRST, tmp_path)

    book = openpyxl.load_workbook(path)
    places = _map(book)
    _top, first, rows = places[meta_id]
    assert places["formato"][0] == 2  # an older program reads one row: it refuses the book
    assert rows > 1
    sheet = book["004"]
    assert all(not sheet.cell(r, 1).protection.locked for r in range(first, first + rows))
    assert sheet.cell(first + rows, 1).protection.locked
    assert "".join(str(sheet.cell(r, 1).value) for r in range(first, first + rows)) == LONG
    assert _evaluations(coordinator, path)[meta_id] == LONG


def test_a_workbook_with_short_evaluations_keeps_its_format(
    coordinator: Store, tmp_path: Path
) -> None:
    path = write_unit_workbook(coordinator, UNIT, Quarter.FIRST, tmp_path)

    places = _map(openpyxl.load_workbook(path))

    assert places["formato"][0] == 1
    assert places["id_meta"] == ["fila", "fila_evaluacion", "filas_evaluacion"]
    metas = list(places)[list(places).index("id_meta") + 1 :]
    assert {places[meta_id][2] for meta_id in metas} == {1}


def test_a_map_written_before_evaluations_continued_is_read(
    coordinator: Store, tmp_path: Path
) -> None:
    path = write_unit_workbook(coordinator, UNIT, Quarter.FIRST, tmp_path)
    expected = _evaluations(coordinator, path)
    book = openpyxl.load_workbook(path)
    book["ismavance"].delete_cols(4)
    book.save(path)

    assert _evaluations(coordinator, path) == expected


def test_evaluation_rows_reaching_the_next_meta_are_refused(
    coordinator: Store, tmp_path: Path
) -> None:
    # One more row for the first meta would read the next meta's description as its text.
    meta_id = _with_long_evaluation(coordinator)
    path = write_unit_workbook(coordinator, UNIT, Quarter.FIRST, tmp_path)
    book = openpyxl.load_workbook(path)
    hidden = book["ismavance"]
    row = next(r for r in range(1, hidden.max_row + 1) if hidden[f"A{r}"].value == meta_id)
    hidden[f"D{row}"] = int(hidden[f"D{row}"].value) + 1
    book.save(path)

    with pytest.raises(PackageRefusedError) as refused:
        read_unit_workbook(coordinator, path)

    assert "la hoja oculta del libro fue modificada" in str(refused.value)
