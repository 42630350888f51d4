"""The errors a quarter still has when it is closed by hand, and how both doors say it.

A unit's export refuses a quarter with errors; closing by hand (the coordinator's own unit,
whose metas travel in no package) made it read-only with them, and the institutional report
printed them, without a word. The window asks first; the command, which asks nothing, warns.
"""

from __future__ import annotations

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.own_unit import own_unit
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.engine import DEFAULT_SETTINGS
from ism_desktop.domain.validation.settings import ValidationSettings
from ism_desktop.domain.wording import count
from ism_desktop.exchange.status_board import unit_errors
from ism_desktop.store.store import Store


def errors_left(
    store: Store,
    year: int,
    unit: UnitCode | tuple[str, UnitCode],
    quarter: Quarter,
    settings: ValidationSettings = DEFAULT_SETTINGS,
) -> int:
    """The unit's errors in an open quarter (none once closed), counted as the board does.

    ``unit``: a code, or (dependency, code). A code repeated under several dependencies is the
    one closing it closes (``own_unit``): the coordinator's 002, not every dependency's.
    """
    units = [(entity, UnitCode(code)) for entity, code in store.reports.year_units(year)]
    key = unit if isinstance(unit, tuple) else own_unit(units, unit)
    if key is None or key not in units or store.closures.is_closed(year, *key, quarter):
        return 0
    return unit_errors(store, year, quarter, key, settings)


def errors_left_said(unit: UnitCode, quarter: Quarter, year: int, errors: int) -> str:
    """The errors said, e.g. «La unidad 002 tiene 10 errores en el trimestre 2 de 2024.»."""
    return (
        f"La unidad {unit} tiene {count(errors, 'error', 'errores')} en el trimestre "
        f"{int(quarter)} de {year}."
    )
