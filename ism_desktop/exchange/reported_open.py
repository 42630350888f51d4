"""The board's word for a unit's quarter: closed, open, or open with nothing more to come.

A unit's quarter closes on the coordinator's database as its package is received. One whose
figures came in the imported official report never gets a package: it read «abierto» as if
something were still awaited from the unit, and nothing said that closing it is the coordinator's
to do (or that the unit's programme base carries its delivered figures only once it is closed).
"""

from __future__ import annotations

from collections.abc import Sequence

from ism_desktop.domain.wording import REOPEN_MENU, spoken_list
from ism_desktop.exchange.status_board import UnitState, UnitStatus, units_named

OPEN_REPORTED = "abierto: puede cerrarse"
# As many units as the note names one by one: a state's report leaves hundreds open, and the
# board's note above its table read as a paragraph of 425 codes, eleven lines tall.
_NAMED = 12


def closed_text(status: UnitStatus) -> str:
    """«cerrado», «abierto», or «abierto: puede cerrarse» for the official report's figures."""
    if status.closed:
        return "cerrado"
    return OPEN_REPORTED if status.state is UnitState.IN_OFFICIAL_REPORT else "abierto"


def open_reported_note(rows: Sequence[UnitStatus], *, command: bool = False) -> str | None:
    """What the units open with the official report's figures wait for; None: there are none.

    ``command``: the way to close named for the command line (its table ends with no «…»,
    the mark of a name cut short).
    """
    units = [row for row in rows if closed_text(row) == OPEN_REPORTED]
    if not units:
        return None
    one = len(units) == 1
    how = "«trimestre cerrar»" if command else REOPEN_MENU
    several = len({row.entity for row in rows}) > 1  # codes repeat across dependencies
    named = units_named(units, several, spoken_list)
    if len(units) > _NAMED:
        named = (
            f"{len(units)} unidades ({units_named(units[:_NAMED], several)} y "
            f"{len(units) - _NAMED} más, «{OPEN_REPORTED}» en la tabla)"
        )
    return (
        f"{'Abierto' if one else 'Abiertos'} aquí con sus cifras del informe oficial importado: "
        f"{named}. Ningún paquete {'lo' if one else 'los'} cerrará: "
        f"{'ciérrelo' if one else 'ciérrelos'} cuando no haya nada que corregir ({how}); su "
        f"programa base lleva entonces lo que {'entregó' if one else 'entregaron'}."
    )
