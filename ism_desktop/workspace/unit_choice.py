"""The dependency of the unit a command names (``--unidad`` with ``--dependencia``)."""

from __future__ import annotations

from ism_desktop.domain.dependency_choice import ChosenUnit, choose_dependency
from ism_desktop.domain.own_unit import known_dependency
from ism_desktop.domain.unit_code import UnitCode
from ism_desktop.exchange.package.writer import coordinating_unit
from ism_desktop.store.store import Store


def chosen_unit(store: Store, year: int, unit: UnitCode, entity: str | None) -> ChosenUnit:
    """``unit`` of dependency ``entity``, or of the only dependency that holds it.

    The coordinator's own unit needs no dependency named (``own_unit``'s is meant), nor a unit
    PC's own where it holds it: the dependency it is known by (``known_dependency``).

    Raises:
        DependencyChoiceError: the dependency is not one of the unit's, or is needed.
    """
    pairs = [(entity_code, UnitCode(code)) for entity_code, code in store.reports.year_units(year)]
    known = known_dependency(store.identity.get(), unit)
    if entity is None and known is not None and (known, unit) in pairs:
        entity = known
    return choose_dependency(pairs, unit, entity, own=unit == coordinating_unit(store))
