"""What the programme's history says of a template's IDs: a copy older than the programme."""

from __future__ import annotations

from ism_desktop.domain.audit import FieldChange
from ism_desktop.domain.local_time import local_time_phrase
from ism_desktop.domain.wording import shortened
from ism_desktop.store.store import Store
from ism_desktop.store.year_programme_repository import NEW_META, RETIRED_META


def _last(store: Store, year: int, meta_id: str, event: FieldChange) -> str | None:
    """When the meta's latest ``event`` was, as staff read it («el 02/12/2026 a las 00:12»)."""
    days = [
        local_time_phrase(entry.at)
        for entry in store.edits.history(year, meta_id)
        if (entry.change.field, entry.change.label) == (event.field, event.label)
    ]
    return days[-1] if days else None


def retired_row_problem(
    store: Store, year: int, meta_id: str, description: str, where: str
) -> str | None:
    """The problem of a row whose ID names a meta retired since; ``None`` if it never was.

    The person did not write the ID: the file is a copy from before another import (or the
    programme's window) retired or replaced the meta, and is to be written again.
    """
    day = _last(store, year, meta_id, RETIRED_META)
    if day is None:
        return None
    return (
        f"{where}: la meta «{shortened(description)}» ya no está en el programa {year}: se "
        f"retiró {day} (se reemplazó al importar otra plantilla o se retiró en la ventana "
        "del programa); esta plantilla es anterior: escriba la plantilla de nuevo"
    )


def added_since(store: Store, year: int, meta_id: str) -> str | None:
    """When the meta was added to the programme, if its history says so."""
    return _last(store, year, meta_id, NEW_META)
