"""Which dependency's unit a command means where a state's report repeats its code.

A report of several dependencies may hold a 003 under each; a command that names another
unit by its code alone (``--unidad 003``) names it with ``--dependencia`` too, required only
when several dependencies hold that code. The coordinator's own unit is ``own_unit``'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ism_desktop.domain.dependency_words import CODE_ROOM, dependency_order, of_dependency
from ism_desktop.domain.own_unit import own_unit
from ism_desktop.domain.unit_code import UnitCode
from ism_desktop.domain.wording import shortened


class DependencyChoiceError(ValueError):
    """The dependency named does not hold the unit, or none was named and several do."""


@dataclass(frozen=True, slots=True)
class ChosenUnit:
    """A unit with the dependency meant (None: no dependency holds it)."""

    unit: UnitCode
    entity: str | None
    several: bool  # the database holds several dependencies: the unit is said with its own

    def key(self) -> UnitCode | tuple[str, UnitCode]:
        """(dependency, code), or the code alone where no dependency holds it."""
        return self.unit if self.entity is None else (self.entity, self.unit)

    def said(self) -> str:
        """«003», or «003 de la dependencia 84» among several dependencies."""
        if self.entity is None:
            return self.unit.value
        return of_dependency(self.unit.value, shortened(self.entity, CODE_ROOM), self.several)


def _listed(entities: list[str]) -> str:
    return ", ".join(shortened(entity, CODE_ROOM) for entity in entities)


def choose_dependency(
    units: Iterable[tuple[str, UnitCode]], unit: UnitCode, entity: str | None, *, own: bool
) -> ChosenUnit:
    """Of ``units`` (dependency, code), the ``unit`` of dependency ``entity``, or the only one.

    ``own``: ``unit`` is the coordinator's own code, which needs no dependency named.

    Raises:
        DependencyChoiceError: ``entity`` does not hold ``unit``, or none was named and
            several dependencies hold it (they are listed).
    """
    pairs = list(units)
    several = len({dependency for dependency, _code in pairs}) > 1
    holding = sorted(
        {dependency for dependency, code in pairs if code == unit}, key=dependency_order
    )
    if entity is not None:
        if entity not in holding:
            held = f" (la tienen: {_listed(holding)})" if holding else ""
            raise DependencyChoiceError(
                f"la dependencia {shortened(entity, CODE_ROOM)} no tiene la unidad {unit}{held}."
            )
        return ChosenUnit(unit, entity, several)
    if len(holding) > 1 and not own:
        raise DependencyChoiceError(
            f"la unidad {unit} está en {len(holding)} dependencias ({_listed(holding)}): diga "
            f"de cuál con --dependencia (por ejemplo, --dependencia "
            f"{shortened(holding[0], CODE_ROOM)})."
        )
    key = own_unit(pairs, unit)
    return ChosenUnit(unit, None if key is None else key[0], several)
