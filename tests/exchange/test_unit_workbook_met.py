"""The MET of a percentage meta in a unit's workbook: a formula the reader takes for what it is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.diff import diff_text
from ism_desktop.exchange.intake.packages import check_package
from ism_desktop.exchange.unit_workbook import series_column, write_unit_workbook
from ism_desktop.store.store import Store

PERCENTAGE_META = "SERVICIOS OTORGADOS EN LA ATENCIÓN"


def _second_quarter(store: Store, folder: Path) -> tuple[Path, openpyxl.Workbook, int, int]:
    """The unit's workbook of the second quarter (not reported yet); the P meta's MET row.

    Every other meta is filled (1 achieved, an evaluation), so that the workbook is received.
    """
    path = write_unit_workbook(store, UnitCode("004"), Quarter.SECOND, folder)
    book = openpyxl.load_workbook(path)
    sheet = book["004"]
    column = series_column(sheet, "REALIZADO") + Quarter.SECOND.index
    met = None
    for _, top, *_ in book["ismavance"].iter_rows(min_row=8, values_only=True):
        assert isinstance(top, int)
        sheet.cell(top + 4, 1).value = "Se realizó lo programado."
        if str(sheet.cell(top, 1).value).startswith(PERCENTAGE_META):
            met = top
            continue
        sheet.cell(top + 1, column).value = 1
        if sheet.cell(top, 3).value == "P":
            sheet.cell(top + 2, column).value = 1
    assert met is not None
    return path, book, met, column


def test_the_met_of_the_quarter_to_fill_is_a_formula_read_back_quietly(
    coordinator: Store, tmp_path: Path
) -> None:
    # The MET of the quarter being filled was an empty cell: the unit typed NUM and DEN, the %
    # followed and the MET stayed blank.
    path, book, met, column = _second_quarter(coordinator, tmp_path)
    sheet = book["004"]
    letter = sheet.cell(met, column).column_letter
    assert sheet.cell(met, column).value == (
        f'=IF(OR({letter}{met + 1}="",{letter}{met + 2}=""),"",'
        f"IF({letter}{met + 2}=0,0,TRUNC(ROUND({letter}{met + 1}*100/{letter}{met + 2},10),2)))"
    )
    assert sheet.cell(met, column + 1).value is None  # the third quarter: not yet
    sheet.cell(met + 1, column).value = 2
    sheet.cell(met + 2, column).value = 3
    book.save(path)

    incoming = check_package(coordinator, path)

    assert incoming.diff.notes == ()
    text = diff_text(incoming.diff)
    assert "Realizado T2 (NUM): (vacío) → 2" in text
    assert "Realizado T2 (DEN): (vacío) → 3" in text


def test_a_figure_typed_over_that_met_is_named(coordinator: Store, tmp_path: Path) -> None:
    # This database has 2 of 3 in the second quarter, which the workbook shows; a unit that
    # unprotected the sheet typed 75 over the MET formula instead.
    meta = next(
        m
        for m in coordinator.reports.load_unit_metas(2024, "30", UnitCode("004"))
        if m.description.startswith(PERCENTAGE_META)
    )
    reported = with_achieved(meta, Quarter.SECOND, Decimal(2), Decimal(3))
    coordinator.edits.save(2024, meta, reported, Author("Unidad coordinadora (002)", "prueba"))
    path, book, met, column = _second_quarter(coordinator, tmp_path)
    sheet = book["004"]
    assert (sheet.cell(met + 1, column).value, sheet.cell(met + 2, column).value) == (2, 3)
    sheet.protection.sheet = False
    sheet.cell(met, column).value = 75
    book.save(path)

    notes = check_package(coordinator, path).diff.notes

    letter = sheet.cell(met, column).column_letter
    assert notes == (
        f"hoja 004, celda {letter}{met}: el realizado MET de T2 dice 75 y se calcula de lo "
        "realizado del libro: 66.66; esa celda está bloqueada en el libro y no se toma",
    )
