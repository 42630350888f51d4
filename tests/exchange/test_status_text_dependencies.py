"""«status» on a report of several dependencies names each unit's dependency in its lists.

The window's board said «001 de la dependencia 26; 001 de la dependencia 39»; the command still
read «Faltan: 001, 001.».
"""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.unit_summary import summarize_metas
from ism_desktop.exchange.status_board import StatusBoard, UnitState, UnitStatus
from ism_desktop.exchange.status_board_text import status_text


def _missing(entity: str, unit: str) -> UnitStatus:
    none = summarize_metas([], Quarter.FIRST)
    return UnitStatus(entity, UnitCode(unit), "DIRECCIÓN GENERAL", UnitState.MISSING, none)


def test_the_missing_units_are_named_by_dependency() -> None:
    board = StatusBoard(2024, Quarter.FIRST, (_missing("26", "001"), _missing("39", "001")))

    text = status_text(board, None)

    assert "Recibidos: 0 de 2. Faltan: 001 de la dependencia 26; 001 de la dependencia 39." in text


def test_the_table_has_a_dependency_column_only_with_several() -> None:
    # The window's board had its «Dependencia» column; the command's table, two rows «001».
    board = StatusBoard(2024, Quarter.FIRST, (_missing("26", "001"), _missing("39", "001")))

    table = status_text(board, None).splitlines()[4:7]

    assert [line.split()[:3] for line in table] == [
        ["Unidad", "Dependencia", "Nombre"],
        ["001", "26", "DIRECCIÓN"],
        ["001", "39", "DIRECCIÓN"],
    ]
    # Under its header, as the other columns are.
    column = table[0].index("Dependencia")
    assert [line[column : column + 2] for line in table[1:]] == ["26", "39"]


def test_one_dependency_keeps_its_table_as_it_was() -> None:
    board = StatusBoard(2024, Quarter.FIRST, (_missing("26", "001"), _missing("26", "002")))

    header = status_text(board, None).splitlines()[4]

    assert header.split()[:3] == ["Unidad", "Nombre", "Estado"]
