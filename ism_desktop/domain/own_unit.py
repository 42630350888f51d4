"""The coordinator's own unit where a state's report repeats its code under several dependencies.

The coordinating unit is 002 of one dependency; a report of several dependencies may hold a 002
under each. Nothing names the coordinator's dependency (not the profile, not the report's
header, which is only its first heading), so it is decided here, once for every list:
- the only dependency that holds the unit (the Institute's own report: as always);
- else the Institute's (``30``), if it holds the unit;
- else the first that holds it, as a report lists them (dependency 9 before 10).
"""

from __future__ import annotations

from collections.abc import Iterable

from ism_desktop.domain.dependency_words import dependency_order
from ism_desktop.domain.report import DEFAULT_ENTITY
from ism_desktop.domain.unit_code import UnitCode

OwnUnit = tuple[str, UnitCode]


def own_unit(units: Iterable[tuple[str, UnitCode]], unit: UnitCode) -> OwnUnit | None:
    """Of ``units`` (dependency, code), the coordinator's own ``unit``; None if none holds it."""
    holding = sorted({entity for entity, code in units if code == unit}, key=dependency_order)
    if not holding:
        return None
    entity = DEFAULT_ENTITY.code if DEFAULT_ENTITY.code in holding else holding[0]
    return entity, unit


def is_own(key: tuple[str, UnitCode], own: OwnUnit | None) -> bool:
    """Whether the unit ``key`` (dependency, code) is the coordinator's own."""
    return own is not None and key == own
