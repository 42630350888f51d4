"""The coordinator's own unit where a state's report repeats its code under several dependencies.

The coordinating unit is 002 of one dependency; a report of several dependencies may hold a 002
under each. Nothing names the coordinator's dependency (not the profile, not the report's
header, which is only its first heading), so it is decided here, once for every list:
- the only dependency that holds the unit (the Institute's own report: as always);
- else the Institute's (``30``), if it holds the unit;
- else the first that holds it, as a report lists them (dependency 9 before 10).

A unit's PC is known by the dependency its packages named (``known_dependency``): where it
holds its code under several dependencies (a state's report imported), that one is its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from ism_desktop.domain.dependency_words import CODE_ROOM, dependency_order, with_dependency
from ism_desktop.domain.package_records import PcIdentity
from ism_desktop.domain.profile import Role
from ism_desktop.domain.report import DEFAULT_ENTITY
from ism_desktop.domain.unit_code import UnitCode
from ism_desktop.domain.wording import shortened

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


def own_said(units: Iterable[tuple[str, UnitCode]], key: OwnUnit) -> str:
    """The own unit ``key`` in words: «002», or «002 (dependencia 30)» where several hold 002.

    Where another dependency's 002 is a unit like any other, the code alone did not say which
    002 was refused (or which 003 a unit PC prints); with one, the words are as they were.
    """
    entity, unit = key
    several = len({dependency for dependency, code in units if code == unit}) > 1
    return with_dependency(unit.value, shortened(entity, CODE_ROOM), several)


def known_dependency(identity: PcIdentity | None, unit: UnitCode) -> str | None:
    """The dependency a unit's PC is known by for ``unit`` (its base named it); else None.

    Not the coordinator's: the dependency it stores is the first base's it sent, not a choice.
    """
    if identity is None or identity.role is not Role.UNIT or identity.unit != unit:
        return None
    return identity.entity


def pc_unit(
    units: Iterable[tuple[str, UnitCode]], unit: UnitCode, known: str | None
) -> OwnUnit | None:
    """This PC's ``unit``: of dependency ``known`` where it holds it, else ``own_unit``'s."""
    pairs = list(units)
    if known is not None and (known, unit) in pairs:
        return known, unit
    return own_unit(pairs, unit)
