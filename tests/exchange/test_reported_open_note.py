"""The board's note on units open with the official report's figures, at a state's scale."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.reported_open import open_reported_note
from ism_desktop.exchange.status_board import UnitState, UnitStatus, status_board
from ism_desktop.store.store import Store


def _open_units(coordinator: Store, count: int) -> list[UnitStatus]:
    """``count`` units 001, 002… open with the imported report's figures, as a real row is."""
    board = status_board(coordinator, Quarter.FIRST)
    assert board is not None
    model = next(row for row in board.rows if row.state is UnitState.IN_OFFICIAL_REPORT)
    return [replace(model, unit=UnitCode(f"{index:03d}")) for index in range(1, count + 1)]


@pytest.mark.parametrize(
    ("units", "named"),
    [
        # 425 units open with the imported report's figures, as the state-scale report leaves
        # them: the window's board showed all 425 codes in a paragraph of eleven lines.
        (
            425,
            "425 unidades (001, 002, 003, 004, 005, 006, 007, 008, 009, 010, 011, 012 y 413 más, "
            "«abierto: puede cerrarse» en la tabla)",
        ),
        # A few are still named each.
        (12, "001, 002, 003, 004, 005, 006, 007, 008, 009, 010, 011 y 012"),
    ],
)
def test_many_open_units_are_counted_a_few_named(
    coordinator: Store, units: int, named: str
) -> None:
    note = open_reported_note(_open_units(coordinator, units))

    assert note is not None
    assert note.startswith(
        f"Abiertos aquí con sus cifras del informe oficial importado: {named}. "
        "Ningún paquete los cerrará: "
    )


def test_units_of_several_dependencies_are_named_by_dependency(coordinator: Store) -> None:
    # A report of three dependencies read «001, 003, 001, 003»: the same codes, twice.
    model = _open_units(coordinator, 1)[0]
    rows = [
        replace(model, entity=entity, unit=UnitCode(unit))
        for entity, unit in (("26", "001"), ("26", "003"), ("39", "001"), ("", "004"))
    ]

    note = open_reported_note(rows)

    assert note is not None
    assert note.startswith(
        "Abiertos aquí con sus cifras del informe oficial importado: 001 y 003 de la dependencia "
        "26; 001 de la dependencia 39; 004 sin dependencia. Ningún paquete los cerrará: "
    )
