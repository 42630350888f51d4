"""A figure held as text in a workbook means what it means in the window, or is named.

The window refuses «1.5e3»; the programme template and a unit's workbook read the same text
as 1500. Text in exponent notation, «inf» and «nan» are named by sheet and cell in both; a
number in the cell, even shown by Excel in scientific format, stays a number.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.figures import Series
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.programme_template_reader import TemplateError
from ism_desktop.exchange.unit_workbook import series_column
from ism_desktop.store.store import Store
from ism_desktop.workspace.year_programme import import_year_template
from tests.exchange.next_year import AUTHOR
from tests.exchange.next_year import store as store  # the fixture
from tests.exchange.test_template_sheets_as_typed import filled, first_row, snapshot
from tests.exchange.test_unit_workbook import _unprotected
from tests.exchange.workbook_builders import first_quarter_cell


def _exponents() -> list[str]:
    """Exponent notation as it may be typed: point or none, any case, signed, spaced."""
    mantissas = ("1.5", "1", "2", ".5", "15.", "0")
    marks = ("e", "E")
    powers = ("3", "-1", "+2", "0")
    typed = {f"{m}{e}{p}" for m, e, p in itertools.product(mantissas, marks, powers)}
    return sorted(typed | {" 2e-1 ", "1.5 e3", "1,5e3", "1,500e3", "1e999999", "-1e3"})


EXPONENTS = _exponents()
NOT_NUMBERS = ["inf", "-inf", "Infinity", "+Infinity", "nan", "NaN", "sNaN", "Inf", "1_000"]


def _template_figure_cells(path: Path) -> list[tuple[str, str]]:
    """Every (sheet, cell) of an original quarterly figure in the filled template."""
    book = openpyxl.load_workbook(path)
    return [
        (sheet.title, f"{column}{row}")
        for sheet in book.worksheets
        if sheet.title != "listas"
        for row in range(5, sheet.max_row + 1)
        if sheet.cell(row, 1).value and sheet.cell(row, 8).value in ("MET", "NUM", "DEN")
        for column in "IJKL"
    ]


def test_every_text_figure_the_window_refuses_is_named_in_the_template(
    store: Store, tmp_path: Path
) -> None:
    path = filled(store, tmp_path)
    hostile = EXPONENTS + NOT_NUMBERS
    cells = _template_figure_cells(path)[: len(hostile)]
    assert len(cells) == len(hostile)
    book = openpyxl.load_workbook(path)
    for (sheet, cell), typed in zip(cells, hostile, strict=True):
        book[sheet][cell] = typed
    book.save(path)
    before = snapshot(store)

    with pytest.raises(TemplateError) as refused:
        import_year_template(store, 2025, path, AUTHOR)

    problems = refused.value.problems
    assert len(problems) == len(hostile), problems
    for problem, (sheet, cell), typed in zip(problems, cells, hostile, strict=True):
        assert problem.startswith(f"Hoja {sheet}, celda {cell}: «{typed.strip()}»"), problem
        if typed in EXPONENTS and typed != "1e999999":
            assert "no se aceptan exponentes" in problem, problem
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("value", "shown_as"), [(1500, "0.00E+00"), (1500.0, "0.0E+0"), (2.5e3, "0.00E+00")]
)
def test_a_number_excel_shows_in_scientific_format_is_read_in_the_template(
    store: Store, tmp_path: Path, value: float, shown_as: str
) -> None:
    path = filled(store, tmp_path)
    row = first_row(path, "004")
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    assert sheet[f"H{row}"].value == "MET"
    sheet[f"I{row}"] = value
    sheet[f"I{row}"].number_format = shown_as
    book.save(path)

    import_year_template(store, 2025, path, AUTHOR)

    meta_id = sheet[f"A{row}"].value
    meta = next(m for m in store.reports.load_year_metas(2025) if m.stable_id == meta_id)
    assert meta.num.value(Series.ORIGINAL, Quarter.FIRST) == Decimal(str(value))


@pytest.mark.parametrize("typed", EXPONENTS + NOT_NUMBERS)
def test_every_text_figure_the_window_refuses_is_named_in_a_unit_workbook(
    coordinator: Store, tmp_path: Path, typed: str
) -> None:
    path = first_quarter_cell(tmp_path, coordinator, typed)
    book = openpyxl.load_workbook(path)
    top = book["ismavance"]["B8"].value
    column = series_column(book["004"], "REALIZADO") + Quarter.FIRST.index
    cell = f"{chr(64 + column)}{top + 1}"
    before = coordinator.reports.load_year_metas(2024)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, path)

    assert f"Hoja 004, celda {cell}: «{typed.strip()}»" in str(refused.value)
    if typed in EXPONENTS and typed != "1e999999":
        assert "no se aceptan exponentes" in str(refused.value)
    assert coordinator.reports.load_year_metas(2024) == before


@pytest.mark.parametrize("shown_as", ["0.00E+00", "General"])
def test_a_number_excel_shows_in_scientific_format_is_read_in_a_unit_workbook(
    coordinator: Store, tmp_path: Path, shown_as: str
) -> None:
    path = first_quarter_cell(tmp_path, coordinator, 900)
    book = openpyxl.load_workbook(path)
    top = book["ismavance"]["B8"].value
    column = series_column(book["004"], "REALIZADO") + Quarter.FIRST.index
    book["004"].cell(top + 1, column).number_format = shown_as
    book.save(path)

    apply_package(coordinator, check_package(coordinator, path))

    meta = coordinator.reports.load_unit_metas(2024, "30", UnitCode("004"))[0]
    assert meta.num.value(Series.ACHIEVED, Quarter.FIRST) == Decimal(900)


def test_exponent_text_in_a_locked_cell_is_named_not_read_as_the_same_figure(
    coordinator: Store, tmp_path: Path
) -> None:
    # «4e2» over a locked 400 was read as 400: the cell typed over went without a note.
    path, book, (top, *_) = _unprotected(coordinator, tmp_path)
    sheet = book["004"]
    column = series_column(sheet, "MODIFICADO") + Quarter.THIRD.index
    sheet.cell(top + 1, column).value = "4e2"
    book.save(path)

    incoming = check_package(coordinator, path)

    assert incoming.diff.notes == (
        f"hoja 004, celda {chr(64 + column)}{top + 1}: lo modificado NUM de T3 dice «4e2» y "
        "esta base tiene 400; esa celda está bloqueada en el libro y no se toma; se conserva lo "
        "de esta base",
    )
