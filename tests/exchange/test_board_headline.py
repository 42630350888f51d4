"""The board's headline says what is true of units whose figures came in the official report.

«Todas las unidades entregaron (4 en el informe oficial importado)» was read of 4 units that
sent no package and whose quarter was still open here.
"""

from __future__ import annotations

import pytest

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.unit_summary import summarize_metas
from ism_desktop.exchange.status_board import StatusBoard, UnitState, UnitStatus
from ism_desktop.exchange.status_board_text import board_headline

_NONE = summarize_metas([], Quarter.FIRST)


def _row(unit: str, state: UnitState, closed: bool = False) -> UnitStatus:
    return UnitStatus("30", UnitCode(unit), "DIRECCIÓN", state, _NONE, closed=closed)


def _board(*rows: UnitStatus) -> StatusBoard:
    return StatusBoard(2024, Quarter.FIRST, (_row("002", UnitState.OWN), *rows))


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        (
            (
                _row("001", UnitState.RECEIVED, closed=True),
                _row("003", UnitState.RECEIVED, closed=True),
                _row("004", UnitState.RECEIVED, closed=True),
                _row("005", UnitState.IN_OFFICIAL_REPORT),
                _row("006", UnitState.IN_OFFICIAL_REPORT),
                _row("008", UnitState.IN_OFFICIAL_REPORT),
                _row("009", UnitState.IN_OFFICIAL_REPORT),
            ),
            "Todas las unidades están al día: 3 paquetes recibidos; 4 unidades sin paquete, con "
            "sus cifras en el informe oficial importado y el trimestre abierto aquí.",
        ),
        (
            (
                _row("005", UnitState.IN_OFFICIAL_REPORT, closed=True),
                _row("006", UnitState.IN_OFFICIAL_REPORT),
            ),
            "Todas las unidades están al día: 2 unidades sin paquete, con sus cifras en el informe "
            "oficial importado (1 con el trimestre abierto aquí).",
        ),
        (
            (_row("005", UnitState.IN_OFFICIAL_REPORT, closed=True),),
            "Todas las unidades están al día: 1 unidad sin paquete, con sus cifras en el informe "
            "oficial importado.",
        ),
        (
            (_row("001", UnitState.RECEIVED), _row("003", UnitState.RECEIVED)),
            "Todas las unidades entregaron su paquete.",
        ),
        (
            (_row("001", UnitState.RECEIVED), _row("003", UnitState.MISSING)),
            "Falta 1 unidad: 003.",
        ),
    ],
)
def test_the_headline_says_who_sent_a_package_and_who_is_still_open(
    rows: tuple[UnitStatus, ...], said: str
) -> None:
    assert board_headline(_board(*rows)) == said


def test_the_command_says_a_quarter_closed_in_every_unit_as_the_window_does() -> None:
    from ism_desktop.exchange.status_board_text import status_text

    closed = (
        _row("002", UnitState.OWN, closed=True),
        _row("004", UnitState.RECEIVED, closed=True),
        _row("005", UnitState.IN_OFFICIAL_REPORT, closed=True),
    )
    board = StatusBoard(2024, Quarter.FIRST, closed)

    assert status_text(board, None).splitlines()[1] == (
        "Fecha de entrega: sin fijar. Trimestre 1 cerrado en todas las unidades: no falta "
        "ninguna entrega."
    )
    still_open = StatusBoard(2024, Quarter.FIRST, (*closed[:2], _row("005", UnitState.RECEIVED)))
    assert status_text(still_open, None).splitlines()[1] == "Fecha de entrega: sin fijar."


def test_more_missing_units_than_named_are_pointed_to_as_each_place_shows_them() -> None:
    from ism_desktop.exchange.status_board_text import status_text

    missing = tuple(_row(f"{code:03d}", UnitState.MISSING) for code in range(100, 135))
    board = _board(*missing)
    named = ", ".join(f"{code:03d}" for code in range(100, 130))

    # The window's board paints them red; a terminal has no colours, only the state column.
    assert board_headline(board) == (f"Faltan 35 unidades: {named} y 5 más (en rojo en la tabla).")
    assert status_text(board, None).splitlines()[2] == (
        f"Faltan 35 unidades: {named} y 5 más (estado «falta» en la tabla)."
    )
