"""A tipo P meta's NUM or DEN left empty in a unit's workbook: the empty cell is named."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.unit_workbook import series_column, write_unit_workbook
from ism_desktop.store.store import Store

QUALITY = "ÍNDICE DE CALIDAD EN LOS INFORMES TRIMESTRALES"  # unit 003: T1 100 of 100
# What the unit leaves in each cell of T1 (NUM, DEN); None is a cell emptied.
LEFT: dict[str, tuple[object, object]] = {
    "NUM vaciado": (None, 100),
    "NUM en blanco": ("  ", 100),
    "DEN vaciado": (100, None),
    "DEN en blanco": (100, ""),
}


def _filled(store: Store, folder: Path, num: object, den: object) -> tuple[Path, str, int]:
    """Unit 003's T1 workbook with the meta's NUM and DEN cells set; its path, column, row."""
    path = write_unit_workbook(store, UnitCode("003"), Quarter.FIRST, folder)
    book = openpyxl.load_workbook(path)
    (sheet,) = [s for s in book.worksheets if s.title.endswith("003")]
    (top,) = [r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == QUALITY]
    column = series_column(sheet, "REALIZADO") + Quarter.FIRST.index
    # Assigned, not passed to ``cell``: openpyxl leaves a cell as it was when given None.
    sheet.cell(top + 1, column).value = num
    sheet.cell(top + 2, column).value = den
    book.save(path)
    return path, get_column_letter(column), top


@pytest.mark.parametrize(("num", "den"), LEFT.values(), ids=list(LEFT))
def test_the_empty_one_of_num_and_den_is_named_by_its_cell(
    coordinator: Store, tmp_path: Path, num: object, den: object
) -> None:
    path, column, top = _filled(coordinator, tmp_path, num, den)
    before = coordinator.reports.load_year_metas(2024)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, path)

    empty, other, row = ("NUM", "DEN", top + 1) if num in (None, "  ") else ("DEN", "NUM", top + 2)
    said = str(refused.value)
    assert (
        f"Hoja 003, celda {column}{row}: falta el realizado {empty} de T1 (el {other} dice 100)"
        in said
    )
    assert f"realizado {other}" not in said.replace(f"(el {other} dice", "")
    assert coordinator.reports.load_year_metas(2024) == before


def test_both_left_empty_is_still_an_unreported_quarter(coordinator: Store, tmp_path: Path) -> None:
    # As its export would be: a quarter with nothing in it is refused by the rules, as before.
    path, column, top = _filled(coordinator, tmp_path, None, None)

    with pytest.raises(PackageRefusedError) as refused:
        check_package(coordinator, path)

    said = str(refused.value)
    assert "tiene errores que impiden recibirlo" in said
    # Each named by its cell, as a locked cell's note is: the NUM row, then the DEN row.
    assert f"hoja 003, celda {column}{top + 1}, meta «" in said
    assert f"hoja 003, celda {column}{top + 2}, meta «" in said
    assert "Falta el realizado NUM de T1" in said
    assert "Falta el realizado DEN de T1" in said


def test_a_zero_num_is_a_figure_and_is_received(coordinator: Store, tmp_path: Path) -> None:
    path, _column, _top = _filled(coordinator, tmp_path, 0, 100)

    apply_package(coordinator, check_package(coordinator, path))

    metas = coordinator.reports.load_unit_metas(2024, "30", UnitCode("003"))
    (meta,) = [m for m in metas if m.description == QUALITY]
    assert meta.den is not None
    assert (meta.num.achieved[0], meta.den.achieved[0]) == (Decimal(0), Decimal(100))
    assert meta.met.achieved[0] == Decimal("0.00")
