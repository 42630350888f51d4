"""A unit's workbook to fill where a state's report holds its code under two dependencies.

By the code alone the workbook of 003 was refused (both dependencies' 003 metas, one sheet each)
and every 002 was the coordinator's own: dependency 84's 002, which gets a programme base like
any unit, could get no workbook either. Now each dependency's unit gets its own, named apart.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.writer import ExportError
from ism_desktop.exchange.unit_workbook import MAP_SHEET, write_unit_workbook
from ism_desktop.exchange.unit_workbook_reader import read_unit_workbook
from ism_desktop.store.store import Store
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, printed_descriptions, state_database

OWN = UnitCode("002")


def _written(path: Path) -> tuple[dict[str, object], list[str]]:
    """The workbook's hidden header, and the descriptions of the metas on its unit's sheet."""
    book = openpyxl.load_workbook(path)
    header = {str(row[0]): row[1] for row in book[MAP_SHEET].iter_rows(max_row=6, values_only=True)}
    sheet = book[str(header["hoja"])]
    described = [
        " ".join(str(sheet.cell(row, 1).value).split())
        for row in range(7, sheet.max_row + 1)
        if sheet.cell(row, 5).value == "MET"
    ]
    return header, described


@pytest.mark.parametrize("entity", [DELIVERED, AWAITED])
def test_each_dependency_s_unit_gets_a_workbook_of_its_own_metas(
    tmp_path: Path, entity: str
) -> None:
    with Store.open(state_database(tmp_path)) as store:
        path = write_unit_workbook(store, SHARED, Quarter.FIRST, tmp_path, entity=entity)

        header, described = _written(path)
        assert path.name == f"ETCA-III-04_2024_T1_libro_dependencia_{entity}_unidad_003.xlsx"
        assert (header["dependencia"], header["unidad"]) == (entity, "003")
        assert described == printed_descriptions()[(entity, SHARED.value)]
        read = read_unit_workbook(store, path).manifest  # received as that dependency's unit's
        assert (read.entity, read.unit) == (entity, SHARED)


def test_both_003s_workbooks_stand_side_by_side(tmp_path: Path) -> None:
    with Store.open(state_database(tmp_path)) as store:
        first = write_unit_workbook(store, SHARED, Quarter.FIRST, tmp_path, entity=DELIVERED)
        second = write_unit_workbook(store, SHARED, Quarter.FIRST, tmp_path, entity=AWAITED)

    assert first != second
    assert _written(first)[0]["dependencia"] == DELIVERED  # not written over


def test_the_other_dependency_s_002_gets_one_and_the_own_002_none(tmp_path: Path) -> None:
    out = tmp_path / "libros"
    with Store.open(state_database(tmp_path)) as store:
        other = write_unit_workbook(store, OWN, Quarter.FIRST, out, entity=AWAITED)
        with pytest.raises(ExportError) as own:
            write_unit_workbook(store, OWN, Quarter.FIRST, out, entity=DELIVERED)

    assert _written(other)[1] == printed_descriptions()[(AWAITED, OWN.value)]
    assert str(own.value).startswith(
        f"la unidad 002 (dependencia {DELIVERED}) es esta unidad coordinadora"
    )
    assert sorted(p.name for p in out.iterdir()) == [other.name]


def test_a_dependency_without_the_unit_is_refused_and_nothing_written(tmp_path: Path) -> None:
    out = tmp_path / "libros"
    with Store.open(state_database(tmp_path)) as store, pytest.raises(ExportError) as refused:
        write_unit_workbook(store, UnitCode("007"), Quarter.FIRST, out, entity=DELIVERED)

    assert str(refused.value).startswith("la dependencia 51 no tiene la unidad 007 (la tienen: 84)")
    assert not out.exists()


def test_a_code_held_by_both_without_a_dependency_is_refused_naming_them(tmp_path: Path) -> None:
    out = tmp_path / "libros"
    with Store.open(state_database(tmp_path)) as store, pytest.raises(ExportError) as refused:
        write_unit_workbook(store, SHARED, Quarter.FIRST, out)

    said = str(refused.value)
    assert said.startswith("la unidad 003 tiene metas en 2 dependencias del informe (51, 84)")
    assert "--dependencia" in said
    assert not out.exists()
