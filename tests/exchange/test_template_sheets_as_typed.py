"""A filled template read as a person typed it: VAL. ACUM. in any case, a unit sheet emptied.

«si» passed the check and was stored as NO, and a blanked unit sheet said «0 cambiadas» while
it scrambled the order of the year's metas.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import (
    approve_year,
    import_year_template,
    write_year_template,
)
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture

TYPED = {"MET": (2, 2, 2, 2), "NUM": (10, 10, 10, 10), "DEN": (20, 20, 20, 20)}


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


def snapshot(store: Store) -> list[str]:
    """Every row of the database, positions included."""
    return list(store._db.conn.iterdump())


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


def blank_sheet(path: Path, sheet: str) -> None:
    """Every cell a person can empty in the sheet's rows of metas, emptied."""
    book = openpyxl.load_workbook(path)
    for row in range(5, book[sheet].max_row + 1):
        for column in range(1, 13):
            book[sheet].cell(row, column).value = None
    book.save(path)


@pytest.mark.parametrize("approved", [False, True])
def test_an_emptied_unit_sheet_is_named_and_nothing_changes(
    store: Store, tmp_path: Path, approved: bool
) -> None:
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    if approved:
        approve_year(store, 2025, "Unidad coordinadora")
    blank_sheet(path, "004")
    held = sum(1 for m in store.reports.load_year_metas(2025) if m.key.unit.value == "004")
    before = snapshot(store)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    assert refused.value.problems == (
        f"Hoja 004: la hoja no tiene metas y el programa 2025 tiene {held} metas de la unidad "
        "004; no borre filas",
    )
    assert snapshot(store) == before


def test_a_deleted_unit_sheet_is_named_and_nothing_changes(store: Store, tmp_path: Path) -> None:
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    book = openpyxl.load_workbook(path)
    book.remove(book["004"])
    book.save(path)
    before = snapshot(store)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    (problem,) = refused.value.problems
    assert problem.startswith("falta la hoja 004: el programa 2025 tiene ")
    assert problem.endswith(" metas de la unidad 004; no borre hojas")
    assert snapshot(store) == before


def test_the_same_file_again_changes_nothing_positions_included(
    store: Store, tmp_path: Path
) -> None:
    path = filled(store, tmp_path)
    import_year_template(store, 2025, path, AUTHOR)
    before = snapshot(store)

    done = import_year_template(store, 2025, path, AUTHOR)

    assert (done.added, done.changed, done.retired) == (0, 0, 0)
    assert snapshot(store) == before


def test_a_programme_written_without_some_metas_keeps_every_position_distinct(
    store: Store,
) -> None:
    # Metas neither given nor retired stay; they kept their old positions, between the others.
    metas = store.reports.load_year_metas(2025)
    others = [m for m in metas if m.key.unit.value != "004"]

    store.year_programme.write(2025, others, [], AUTHOR, "2025-01-02T09:00:00+00:00", "prueba")

    positions = [
        row[0] for row in store._db.conn.execute("SELECT position FROM metas WHERE year = 2025")
    ]
    assert len(positions) == len(set(positions)) == len(metas)
    kept = store.reports.load_year_metas(2025)
    assert [m.stable_id for m in kept[: len(others)]] == [m.stable_id for m in others]


# «Sí» is how SI is spelt in Spanish; the decomposed form (i and its accent apart) is what
# some keyboards and pasted text give.
@pytest.mark.parametrize("typed", ["Sí", "SÍ", "sí", " sí ", "Si\u0301"])
def test_val_acum_si_with_its_accent_is_read_as_si(
    store: Store, tmp_path: Path, typed: str
) -> None:
    path = filled(store, tmp_path)
    row = first_row(path, "004")
    book = openpyxl.load_workbook(path)
    book["004"][f"G{row}"] = "NO"
    book.save(path)
    import_year_template(store, 2025, path, AUTHOR)
    book["004"][f"G{row}"] = typed
    book.save(path)
    meta_id = book["004"][f"A{row}"].value

    done = import_year_template(store, 2025, path, AUTHOR)

    meta = next(m for m in store.reports.load_year_metas(2025) if m.stable_id == meta_id)
    assert meta.cumulative is True
    assert done.changed == 1


@pytest.mark.parametrize("typed", ["SÌ", "Sío", "NÓ", "S", "N"])
def test_val_acum_other_words_are_still_refused(store: Store, tmp_path: Path, typed: str) -> None:
    path = filled(store, tmp_path)
    row = first_row(path, "004")
    book = openpyxl.load_workbook(path)
    book["004"][f"G{row}"] = typed
    book.save(path)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    assert refused.value.problems == (
        f"Hoja 004, celda G{row}: VAL. ACUM. debe ser SI o NO, dice «{typed}»",
    )


def test_the_template_tells_excel_that_si_with_its_accent_is_si(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "plantilla.xlsx"
    write_year_template(store, 2025, path)
    sheet = openpyxl.load_workbook(path)["004"]
    row = first_row(path, "004")

    # Excel's annual while staff type: summed for «Sí» as the import will sum it (recalculated
    # for real in test_template_annual_libreoffice).
    assert f"$G{row}" in str(sheet[f"M{row}"].value)
    assert '="SÍ"' in str(sheet[f"M{row}"].value)
    (check,) = (v for v in sheet.data_validations.dataValidation if str(v.sqref).startswith("G"))
    assert check.formula1 == '"SI,NO"'
    assert check.errorStyle == "warning"
    assert "«Sí», con acento, se lee como SI" in str(check.error)
