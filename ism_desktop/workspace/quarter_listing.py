"""Each unit's quarter as a list of units shows it, and a quarter closed in every unit."""

from __future__ import annotations

from collections.abc import Iterable

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.local_time import local_time_text
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.status_board import awaited_units
from ism_desktop.exchange.status_board_text import closed_everywhere_text
from ism_desktop.store.closure_repository import CLOSE
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import is_closed


def listed_state(
    store: Store, year: int, unit: UnitCode, quarter: Quarter, entity: str | None = None
) -> str:
    """``cerrado el 15/04/2024`` or ``abierto``: a unit's quarter in a list of units.

    ``entity``: the unit's dependency, where several hold its code (None: any of them).
    """
    return _closed_state(store, year, unit, quarter, entity) or "abierto"


def _closed_state(
    store: Store, year: int, unit: UnitCode, quarter: Quarter, entity: str | None = None
) -> str | None:
    """``cerrado el 15/04/2024`` (``cerrado`` with no closing logged), or None when open."""
    if not is_closed(store, year, unit, quarter, entity):
        return None
    closings = [
        event
        for event in store.closures.log(year, unit)
        if event.quarter is quarter and event.action == CLOSE and entity in (None, event.entity)
    ]
    if not closings:
        return "cerrado"
    day = local_time_text(closings[-1].at).partition(" ")[0]
    return f"cerrado el {day}"


def closed_everywhere_said(
    store: Store, year: int, quarter: Quarter, units: Iterable[tuple[str, UnitCode]]
) -> str | None:
    """«Trimestre 1 cerrado en todas las unidades…» when each of ``units`` closed it; else None.

    Closed in every unit, nothing more is awaited: «sin fecha límite fijada» read as if the
    quarter still waited on a date.
    """
    wanted = set(units)
    states = store.closures.states(year)
    if not wanted or awaited_units(store, year, quarter, wanted):
        return None
    if not all(states.get((entity, unit, quarter), False) for entity, unit in wanted):
        return None
    return closed_everywhere_text(quarter)


def unit_closed_said(store: Store, year: int, unit: UnitCode, quarter: Quarter) -> str | None:
    """«Trimestre 1 cerrado el 15/04/2024: su paquete ya se exportó» on a unit's PC; else None.

    Its quarter closes as its package goes out: «Entrega del trimestre 1: sin fecha límite
    fijada» (or its date) read as if it were still to be delivered. Closed by hand, nothing
    went out: the closing alone is said. «Exportó», not «envió»: the program writes the file,
    the person hands it on; «ya se envió» read as if the program had delivered it.
    """
    state = _closed_state(store, year, unit, quarter)
    if state is None:
        return None
    sent = any(code == unit for _entity, code in store.packages.delivered(year, quarter))
    return f"Trimestre {int(quarter)} {state}{': su paquete ya se exportó' if sent else ''}"
