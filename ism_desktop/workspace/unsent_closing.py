"""On a unit's PC, closing by hand a quarter whose package never went out: what is said first.

The export delivers a quarter (and closes it); closed by hand, it turned read-only with the
coordinating unit still waiting for it. The window asks before closing; the command warns.
"""

from __future__ import annotations

from ism_desktop.domain.codes import COORDINATING_UNIT_CODE, UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.wording import EXPORT_MENU, export_hint
from ism_desktop.store.store import Store
from ism_desktop.workspace.quarter_closing import (
    ClosingError,
    closing_entity,
    known_as_coordinator,
)

# A unit's code (this PC's dependency's), or (dependency, code).
UnitMeant = UnitCode | tuple[str, UnitCode]


def never_sent_said(
    store: Store, year: int, meant: UnitMeant, quarter: Quarter, *, command: bool = False
) -> str | None:
    """On a unit's PC, why closing by hand an open quarter never exported is not delivering it.

    The export delivers the quarter (and closes it); closed by hand, it turned read-only with
    the coordinating unit still waiting for it, and nothing said so. None: closed already, or
    its package (or a later quarter's, which carries it) went out from here. ``command``: the
    way to export named for the command line first. ``meant``: a code alone is this PC's
    dependency's (``closing_entity``).
    """
    unit, entity = (meant, None) if isinstance(meant, UnitCode) else (meant[1], meant[0])
    try:
        entity = closing_entity(store, year, unit, entity)
    except ClosingError:
        return None  # closing says it: the unit has no metas
    if store.closures.is_closed(year, entity, unit, quarter):
        return None
    if (entity, unit) in store.packages.delivered(year, quarter):
        return None
    n = int(quarter)
    deliver = (
        f"expórtelo (en la línea de comandos: {export_hint(year, str(unit), n)}; en la "
        f"ventana, {EXPORT_MENU})"
        if command
        else f"use {EXPORT_MENU} (al exportarlo, el trimestre se cierra)"
    )
    return (
        f"El paquete del trimestre {n} de {year} de la unidad {unit} no se ha exportado desde "
        "esta computadora: la unidad coordinadora no tiene sus cifras. Cerrar el trimestre no "
        f"lo envía; para entregarlo, {deliver}."
    )


def unsent_closing_said(store: Store, year: int, meant: UnitMeant, quarter: Quarter) -> str | None:
    """For the command line, what the window asks a unit before closing a quarter never sent.

    The command has no profile: a database known as the coordinating unit's, or the
    coordinating unit's own quarter on one not known yet, sends no package of it.
    """
    if known_as_coordinator(store):
        return None
    unit = meant if isinstance(meant, UnitCode) else meant[1]
    if store.identity.get() is None and unit == UnitCode(COORDINATING_UNIT_CODE):
        return None
    return never_sent_said(store, year, meant, quarter, command=True)
